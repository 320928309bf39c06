import { syntheticWorkbook } from '../../src/demo/demo-workbook';
import { validateNominations } from '../../src/gas/commands';
import { createFakeEnv, installFakeGlobals } from '../fakes/gas';
import { documentCalls } from '../support/gas-env';

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

describe('service calls do not grow with rows, whatever the rows hold', () => {
  function calls(rows: number): Record<string, number> {
    const sheets = Object.fromEntries(syntheticWorkbook(rows).tabs.map((t) => [t.name, t.values]));
    const env = createFakeEnv({ sheets });
    const uninstall = installFakeGlobals(env);
    try {
      validateNominations();
      env.calls.reset();
      validateNominations();
      return documentCalls(env.calls);
    } finally {
      uninstall();
    }
  }

  it('a check of 5,000 synthetic rows (dates where text belongs, every kind of mistake) calls as a check of 100', () => {
    expect(calls(5000)).toEqual(calls(100));
  });
});
