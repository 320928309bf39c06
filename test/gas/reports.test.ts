import { buildCouncilSheets, buildPeriodReport, checkQuotas } from '../../src/gas/commands';
import { documentCalls, gasWorkbook, total } from '../support/gas-env';
import { goodRow, referenceTabs, type Row } from '../support/workbook';
import type { FakeEnv } from '../fakes/gas';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';
const INJECTIONS = [
  '=IMPORTXML("http://x","//a")',
  '+84 912 345',
  '-1',
  '@SUM(A1)',
  '2.10',
  'TRUE',
  "'quoted",
];

const reviewYear2024 = Object.fromEntries(
  referenceTabs()
    .filter((t) => t.name === 'Cấu hình')
    .map((t) => [t.name, t.values.map((r) => (r[0] === 'Năm xét' ? ['Năm xét', 2024] : r))]),
);

function withWorkbook(rows: Row[], run: (env: FakeEnv) => void): void {
  const { env, uninstall } = gasWorkbook(rows, reviewYear2024);
  try {
    run(env);
  } finally {
    uninstall();
  }
}

const numbered = (n: number) =>
  Array.from({ length: n }, (_, i) => goodRow({ [NAME]: `Hộ số ${i + 1}`, 'Kết quả xét': 'Công nhận' }));

describe('generated tabs through SpreadsheetApp', () => {
  it('writes formula-like names back as the same text, with no formula anywhere', () => {
    withWorkbook(
      INJECTIONS.map((name) => goodRow({ [NAME]: name, 'Kết quả xét': 'Công nhận' })),
      (env) => {
        buildCouncilSheets();
        for (const tab of ['Tổng hợp 2024', 'Tuyên truyền 2024']) {
          const snapshot = env.spreadsheet.peek(tab);
          expect(snapshot.formulas.flat().every((f) => f === '')).toBe(true);
          const names = snapshot.values.map((r) => r[1]);
          for (const name of INJECTIONS) expect(names).toContain(name);
        }
      },
    );
  });

  it('checkQuotas writes Chỉ tiêu <năm> and highlights units short of quota', () => {
    withWorkbook(numbered(3), (env) => {
      checkQuotas();
      const tab = env.spreadsheet.peek('Chỉ tiêu 2024');
      const x01 = tab.values.findIndex((r) => r[1] === 'X01');
      expect(tab.values[x01].slice(4)).toEqual([10, 3, 3, 7, 'Chưa đạt']);
      expect(tab.backgrounds[x01][0]).toBe('#f4c7c3');
      expect(tab.merges).toContain('A6:I6');
      expect(env.ui.alerts[0].prompt).toMatch(/^Năm 2024: 0\/34 đơn vị đạt chỉ tiêu/);
    });
  });

  it('lays the council tab out as an official document: merged letterhead, bold centred titles, set widths', () => {
    withWorkbook(numbered(3), (env) => {
      buildCouncilSheets();
      const tab = env.spreadsheet.peek('Tổng hợp 2024');
      // Heading halves (body and council, national name and motto, number and date), title, subtitle.
      expect(tab.merges).toEqual(
        expect.arrayContaining(['A1:E1', 'F1:I1', 'A2:E2', 'F2:I2', 'A4:E4', 'F4:I4', 'A6:I6', 'A7:I7']),
      );
      for (const cell of ['F1', 'A2', 'F2', 'A6']) {
        expect(env.spreadsheet.peekCell('Tổng hợp 2024', cell)).toMatchObject({
          fontWeight: 'bold',
          horizontalAlignment: 'center',
        });
      }
      expect(env.spreadsheet.peekCell('Tổng hợp 2024', 'B11')).toMatchObject({
        fontWeight: 'normal',
        horizontalAlignment: 'left',
        fontFamily: 'Times New Roman',
        fontSize: 13,
      });
      // Body rows wrap; the field heading (row 10) runs across its table instead.
      expect(tab.wraps[10].every(Boolean)).toBe(true);
      expect(tab.wraps[9][1]).toBe(false);
      expect(tab.frozenRows).toBeGreaterThan(0);
      expect(Object.keys(tab.columnWidths)).toHaveLength(9);
      // The heights the layout fixes (the thin rules, the room to sign) are forced: Sheets would grow
      // a row set with setRowHeights to fit its text.
      const fixed = Object.values(tab.rowHeights);
      expect(fixed.length).toBeGreaterThan(1);
      expect(fixed.every((h) => h.forced)).toBe(true);
    });
  });

  it('is idempotent and finds a renamed generated tab again', () => {
    withWorkbook(numbered(4), (env) => {
      buildCouncilSheets();
      const sheet = env.spreadsheet.asGas().getSheetByName('Tổng hợp 2024');
      sheet?.setName('Trình Hội đồng');
      const once = env.spreadsheet.peek('Trình Hội đồng').values;
      buildCouncilSheets();
      expect(env.spreadsheet.sheetNames()).not.toContain('Tổng hợp 2024');
      expect(env.spreadsheet.peek('Trình Hội đồng').values).toEqual(once);
      expect(env.spreadsheet.sheetNames().filter((n) => n.includes('2024'))).toHaveLength(3);
    });
  });

  it('keeps a hand-edited tab as a dated backup and says so', () => {
    withWorkbook(numbered(2), (env) => {
      buildCouncilSheets();
      env.spreadsheet.poke('Tổng hợp 2024', 'B11', [['Sửa tay']]);
      buildCouncilSheets();
      const backup = env.spreadsheet.sheetNames().find((n) => n.startsWith('Tổng hợp 2024 (sửa tay'));
      expect(backup).toBeDefined();
      expect(env.spreadsheet.peek(backup as string).values[10][1]).toBe('Sửa tay');
      expect(env.spreadsheet.peek('Tổng hợp 2024').values[10][1]).toBe('Hộ số 1');
      expect(env.ui.alerts[1].prompt).toContain('đã bị sửa tay');
    });
  });

  it('asks for the years of the period report and writes Sơ kết 2021-2022', () => {
    withWorkbook([goodRow({ Năm: 2021 }), goodRow({ Năm: 2022 })], (env) => {
      env.ui.answerNextPrompt('2021-2022');
      buildPeriodReport();
      expect(env.spreadsheet.sheetNames()).toContain('Sơ kết 2021-2022');
    });
  });

  it('explains a range of years it cannot read and writes nothing', () => {
    withWorkbook([goodRow()], (env) => {
      env.ui.answerNextPrompt('năm ngoái');
      buildPeriodReport();
      expect(env.ui.alerts[0].prompt).toContain('không phải khoảng năm');
      expect(
        env.spreadsheet.sheetNames().some((n) => n.startsWith('Sơ kết') || n.startsWith('Tổng kết')),
      ).toBe(false);
    });
  });

  it('makes the same service calls for the council tabs at 100 and at 5,000 rows', () => {
    const measure = (n: number) => {
      let counts: Record<string, number> = {};
      withWorkbook(numbered(n), (env) => {
        env.calls.reset();
        buildCouncilSheets();
        counts = documentCalls(env.calls);
      });
      return counts;
    };
    const small = measure(100);
    expect(measure(5000)).toEqual(small);
    // Reading ten tabs and building four, each with its letterhead, styles, widths and two markers
    // (building, then built), plus the spreadsheet's time zone for today's date; the quota summary's
    // merged category cells (one run of rows) add a range and its merge, and so does the line under it
    // that says what the tab counts.
    expect(total(small)).toBeLessThanOrEqual(225);
  });
});

describe('the mid-term range from Cấu hình', () => {
  it('answers “sơ kết” with the mid-term years of the plan (2021–2022)', () => {
    const { env, uninstall } = gasWorkbook([goodRow({ Năm: 2021 })]);
    try {
      env.ui.answerNextPrompt('Sơ kết');
      buildPeriodReport();
      expect(env.spreadsheet.sheetNames()).toContain('Sơ kết 2021-2022');
    } finally {
      uninstall();
    }
  });

  it('makes the final review of the whole period when the answer is blank', () => {
    const { env, uninstall } = gasWorkbook([goodRow({ Năm: 2021 })]);
    try {
      env.ui.answerNextPrompt('');
      buildPeriodReport();
      expect(env.spreadsheet.sheetNames()).toContain('Tổng kết 2021-2025');
    } finally {
      uninstall();
    }
  });
});
