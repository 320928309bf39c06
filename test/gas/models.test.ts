import { buildPeriodReport } from '../../src/gas/commands';
import { gasWorkbook } from '../support/gas-env';
import { PLANTED, plantedRows } from '../support/model-paths';

describe('Theo dõi mô hình through SpreadsheetApp', () => {
  it('the period report builds the tracking tab with every planted model’s path and flags', () => {
    const { env, uninstall } = gasWorkbook(plantedRows());
    try {
      env.ui.answerNextPrompt('');
      buildPeriodReport();
      expect(env.ui.alerts[0].prompt).toContain('“Theo dõi mô hình 2021-2025”');
      const tab = env.spreadsheet.peek('Theo dõi mô hình 2021-2025');
      for (const planted of PLANTED) {
        const row = tab.values.find((r) => r[1] === planted.name) ?? [];
        expect(row[9]).toBe(planted.flags.join('; '));
      }
      expect(tab.formulas.flat().every((f) => f === '')).toBe(true);
    } finally {
      uninstall();
    }
  });
});
