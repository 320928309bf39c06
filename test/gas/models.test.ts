import { createFakeEnv, installFakeGlobals } from '../fakes/gas';
import { buildPeriodReport, checkQuotas, writeModelCodes } from '../../src/gas/commands';
import { demoWorkbook } from '../../src/demo/demo-workbook';
import { gasWorkbook } from '../support/gas-env';
import { PLANTED, plantedRows } from '../support/model-paths';
import { goodRow } from '../support/workbook';

/** The demo workbook (2021–2025, models that progress, stall and slip back) in the fake host. */
function demoHost() {
  const env = createFakeEnv({
    sheets: Object.fromEntries(demoWorkbook().tabs.map((t) => [t.name, t.values])),
  });
  return { env, uninstall: installFakeGlobals(env) };
}

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

  it('in the demo workbook, among hundreds of living models, each planted model shows its path and flags', () => {
    const { env, uninstall } = demoHost();
    try {
      env.ui.answerNextPrompt('');
      buildPeriodReport();
      const tab = env.spreadsheet.peek('Theo dõi mô hình 2021-2025');
      for (const planted of PLANTED) {
        const row = tab.values.find((r) => r[1] === planted.name) ?? [];
        const years = row.slice(4, 9).filter((cell) => cell !== '');
        expect(years).toHaveLength(planted.steps.length);
        expect(row[9]).toBe(planted.flags.join('; '));
      }
      const flags = tab.values.map((r) => String(r[9] ?? ''));
      // The demo's models live: some walk on cleanly, others stall, skip or slip back.
      for (const label of ['khâu lùi', 'bỏ qua khâu', 'dừng ở một khâu', 'chưa nhân rộng'])
        expect(flags.filter((f) => f.includes(label)).length).toBeGreaterThan(3);
    } finally {
      uninstall();
    }
  });

  it('the demo’s quota tab says which units have not sent this year’s plan, apart from the period plan', () => {
    const { env, uninstall } = demoHost();
    try {
      checkQuotas();
      const tab = env.spreadsheet.peek('Chỉ tiêu 2025');
      const header = tab.values.find((r) => r[0] === 'STT') ?? [];
      expect(header.slice(-2)).toEqual(['Nhận KH giai đoạn 2021–2025', 'Nhận KH năm 2025']);
      // The units short of quota in 2024–2025 have not sent their 2025 plan either.
      for (const code of ['X04', 'X09', 'CQ05', 'H04'])
        expect(tab.values.find((r) => r[1] === code)?.at(-1)).toBe('Chưa gửi');
      expect(env.ui.alerts[0].prompt).toMatch(/Kế hoạch năm 2025 của đơn vị: \d+\/34 đã nộp\./);
      expect(env.ui.alerts[0].prompt).toMatch(/Kế hoạch giai đoạn 2021–2025 của đơn vị: \d+\/34 đã nộp\./);
    } finally {
      uninstall();
    }
  });
});

describe('Ghi mã mô hình through SpreadsheetApp', () => {
  it('writes the codes in one column of the nomination tab, and the same calls at 10 and at 1,000 rows', () => {
    const run = (count: number) => {
      const rows = Array.from({ length: count }, (_, i) =>
        goodRow({ 'Tên mô hình, tập thể, cá nhân, hộ gia đình': `Hộ ông Hoàng Văn Sáu ${i + 1}` }),
      );
      const { env, uninstall } = gasWorkbook(rows);
      try {
        env.calls.reset();
        writeModelCodes();
        const tab = env.spreadsheet.peek('Đề cử');
        const column = tab.values[0].indexOf('Mã mô hình');
        expect(column).toBeGreaterThan(0);
        expect(tab.values.slice(1).every((r) => /^MH-X01-2024-\d+$/.test(String(r[column])))).toBe(true);
        expect(env.ui.alerts.at(-1)?.prompt).toContain(`cho ${count} dòng (${count} mô hình)`);
        return env.calls.log.length;
      } finally {
        uninstall();
      }
    };
    expect(run(1000)).toBe(run(10));
  });
});
