import { buildPeriodReport } from '../../src/gas/commands';
import { documentCalls, gasWorkbook } from '../support/gas-env';
import { goodRow } from '../support/workbook';
import type { ChartModel, FakeEnv } from '../fakes/gas';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

function periodReport(rows: ReturnType<typeof goodRow>[], run: (env: FakeEnv) => void): void {
  const { env, uninstall } = gasWorkbook(rows);
  try {
    env.ui.answerNextPrompt('2021-2025');
    run(env);
  } finally {
    uninstall();
  }
}

const charts = (env: FakeEnv, tab: string): ChartModel[] =>
  env.spreadsheet
    .getSheetByName(tab)
    ?.getCharts()
    .map((c) => (c as unknown as { model: ChartModel }).model) ?? [];

describe('the period report’s charts in Sheets', () => {
  it('inserts two charts on the tab, under the signature, over the figures the tab holds', () => {
    periodReport([goodRow({ Năm: 2021 }), goodRow({ Năm: 2022 }), goodRow({ Năm: 2022 })], (env) => {
      buildPeriodReport();
      const tab = 'Tổng kết 2021-2025';
      const drawn = charts(env, tab);
      expect(drawn).toHaveLength(2);
      const values = env.spreadsheet.peek(tab).values;
      const cells = ({ row, column, numRows, numColumns }: ChartModel['ranges'][0]) =>
        values.slice(row - 1, row - 1 + numRows).map((r) => r.slice(column - 1, column - 1 + numColumns));
      const [quota, stages] = drawn;
      expect(quota).toMatchObject({
        type: 'COMBO',
        transposed: true,
        options: {
          title: 'Đề cử hợp lệ so với chỉ tiêu, theo năm',
          seriesType: 'bars',
          series: { 1: { type: 'line' } },
        },
      });
      expect(stages).toMatchObject({
        type: 'COLUMN',
        transposed: true,
        options: { title: 'Mô hình theo khâu đạt được, theo năm', isStacked: true },
      });
      for (const chart of drawn) {
        expect(chart.ranges).toHaveLength(1);
        expect(chart.ranges[0].sheet.name).toBe(tab);
        // The years head the columns; a name heads each series' row.
        expect(cells(chart.ranges[0])[0].slice(1)).toEqual(['2021', '2022', '2023', '2024', '2025']);
        expect(chart.position?.row).toBeGreaterThan(values.length);
      }
      const [validRow, quotaRow] = cells(quota.ranges[0]).slice(1);
      expect(validRow[0]).toBe('Đề cử hợp lệ (các đơn vị được giao chỉ tiêu)');
      expect(quotaRow[0]).toBe('Tổng chỉ tiêu');
      expect(
        cells(stages.ranges[0])
          .slice(1)
          .map((r) => r[0]),
      ).toContain('Phát hiện');
      expect((stages.position?.row ?? 0) - (quota.position?.row ?? 0)).toBeGreaterThanOrEqual(20);
    });
  });

  it('leaves no old chart behind when the report is built again: the rebuilt tab is a new tab', () => {
    periodReport([goodRow({ Năm: 2021 })], (env) => {
      buildPeriodReport();
      env.ui.answerNextPrompt('2021-2025');
      buildPeriodReport();
      expect(charts(env, 'Tổng kết 2021-2025')).toHaveLength(2);
    });
  });

  it('makes the same service calls at 100 and at 5,000 rows, two charts included', () => {
    const measure = (n: number) => {
      let counts: Record<string, number> = {};
      const rows = Array.from({ length: n }, (_, i) =>
        goodRow({ [NAME]: `Hộ số ${i + 1}`, Năm: 2021 + (i % 5) }),
      );
      periodReport(rows, (env) => {
        env.calls.reset();
        buildPeriodReport();
        counts = documentCalls(env.calls);
      });
      return counts;
    };
    // One setColumnWidths call per run of equal widths, and the tracking tab's widths follow what it
    // holds: the rest must not change at all.
    const fixed = (counts: Record<string, number>) => ({ ...counts, 'Sheet.setColumnWidths': 0 });
    const small = measure(100);
    expect(fixed(measure(5000))).toEqual(fixed(small));
    expect(small['Sheet.insertChart']).toBe(2);
    expect(small['Sheet.newChart']).toBe(2);
  });
});
