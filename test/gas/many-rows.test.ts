import { syntheticWorkbook } from '../../src/demo/demo-workbook';
import { validateNominations } from '../../src/gas/commands';
import { createFakeEnv, installFakeGlobals } from '../fakes/gas';

describe('150,000 nomination rows through SpreadsheetApp', () => {
  it('checks them all without overflowing the stack (no spread over an array of rows)', () => {
    const sheets = Object.fromEntries(syntheticWorkbook(150_000).tabs.map((t) => [t.name, t.values]));
    const env = createFakeEnv({ sheets });
    const uninstall = installFakeGlobals(env);
    try {
      validateNominations();
      expect(env.ui.alerts[0].prompt).toMatch(/^Đã kiểm tra 150000 dòng đề cử/);
      expect(env.spreadsheet.sheetNames()).toContain('Lỗi hồ sơ');
    } finally {
      uninstall();
    }
  }, 120_000);
});
