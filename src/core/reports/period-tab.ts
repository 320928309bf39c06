import type { CellValue } from '../cells';
import type { Plan } from '../plan/types';
import type { Area, GeneratedTab, TabChart } from '../port';
import type { PeriodTally } from '../tally/period';
import { NO_QUOTA_CATEGORY } from '../tally/year';
import type { CheckedNomination } from '../validate/nomination';
import { FLAG_LABEL } from '../models/paths';
import { DocumentBuilder } from './document';
import type { Draft } from './draft';
import { PERIOD_CHART } from './period-charts';
import { SHORTFALL_COLOR } from './quotas-tab';

/**
 * A final review covers the whole plan period once it has ended; a shorter range, or the whole period
 * while it still runs (the review year before its last), is a mid-term review.
 */
export function periodTitle(
  plan: Plan,
  from: number,
  to: number,
  currentYear: number = to,
): 'Sơ kết' | 'Tổng kết' {
  const whole = plan.period !== null && from <= plan.period.from && to >= plan.period.to;
  return whole && currentYear >= to ? 'Tổng kết' : 'Sơ kết';
}

/** The year columns every section of the report shares, padded to the page's width. */
class YearColumns {
  readonly years: number[];
  readonly gap: string[];

  constructor(
    from: number,
    to: number,
    readonly width: number,
  ) {
    this.years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    this.gap = new Array<string>(width - this.years.length - 3).fill('');
  }

  headers(code: string, first: string, last: string): string[] {
    return [code, first, ...this.years.map(String), ...this.gap, last];
  }

  /** A row of one figure a year and, last, what the section totals it as. */
  row(code: string | number, name: string, cells: CellValue[], last: CellValue): CellValue[] {
    return [code, name, ...cells, ...this.gap, last];
  }

  /** A row of counts a year, summed in the last column. */
  counts(code: string | number, name: string, counts: number[]): CellValue[] {
    return this.row(
      code,
      name,
      counts,
      counts.reduce((a, b) => a + b, 0),
    );
  }
}

/** The names and year columns of a table's header and first `rows` rows: what a chart draws. */
function chartArea(first: number, rows: number, columns: YearColumns): Area {
  return { row: first, column: 2, rows: rows + 1, columns: columns.years.length + 1 };
}

/**
 * Units × years, valid/quota; a year short of quota highlighted, a year still to come left blank.
 * Then the quota holders' valid rows and quotas summed year by year, as numbers: the first chart's.
 */
function unitsSection(
  doc: DocumentBuilder,
  plan: Plan,
  period: PeriodTally,
  columns: YearColumns,
): { highlights: (Area & { color: string })[]; totals: Area } {
  doc.heading('1. Đơn vị được giao chỉ tiêu: số đề cử hợp lệ / chỉ tiêu');
  // A year still to come has no figures: its quotas are not yet due.
  const tallies = period.byYear.map((t) => (period.begun.includes(t) ? t.quotas : null));
  const holders = plan.units.filter((u) => tallies.some((t) => t?.lines.some((l) => l.code === u.code)));
  const lines = holders.map((unit) => tallies.map((t) => t?.lines.find((l) => l.code === unit.code)));
  const table = doc.table(
    columns.headers('Mã', 'Đơn vị', 'Số năm đạt'),
    holders.map((unit, i) =>
      columns.row(
        unit.code,
        unit.name,
        lines[i].map((l) => (l ? `${l.valid}/${l.quota}` : '')),
        lines[i].filter((l) => l?.met).length,
      ),
    ),
  );
  doc.blank();
  const ofBegun = (pick: (t: PeriodTally['byYear'][number]) => number) =>
    period.byYear.map((t, y) => (tallies[y] ? pick(t) : ''));
  const summed = (name: string, cells: (number | '')[]) =>
    columns.row(
      '',
      name,
      cells,
      cells.reduce<number>((a, b) => a + Number(b), 0),
    );
  // Rows of units under no quota holder count toward no quota, but in the year's total all the same.
  const outside = ofBegun((t) => t.quotas.outside.valid);
  const totals = doc.table(columns.headers('', 'Cộng các đơn vị được giao chỉ tiêu', 'Cộng'), [
    summed(
      PERIOD_CHART.valid,
      ofBegun((t) => t.quotaValid),
    ),
    summed(
      PERIOD_CHART.quota,
      ofBegun((t) => t.quotaTotal),
    ),
    ...(outside.some(Boolean)
      ? [
          summed(`Đề cử hợp lệ của các ${NO_QUOTA_CATEGORY.toLowerCase()}`, outside),
          summed(
            'Tổng số đề cử hợp lệ',
            ofBegun((t) => t.valid.length),
          ),
        ]
      : []),
  ]);
  doc.blank();
  const highlights = lines.flatMap((cells, i) =>
    cells.flatMap((l, y) =>
      l && !l.met
        ? [{ row: table.first + 1 + i, column: 3 + y, rows: 1, columns: 1, color: SHORTFALL_COLOR }]
        : [],
    ),
  );
  return { highlights, totals: chartArea(totals.first, 2, columns) };
}

/**
 * Fields, stages and the council's decisions, each a count of valid rows a year. Rows with no stage or
 * no decision get a line of their own when there are any, so each table adds up to the valid rows.
 */
function countSections(doc: DocumentBuilder, plan: Plan, period: PeriodTally, columns: YearColumns): void {
  const count = (pick: (r: CheckedNomination) => boolean) =>
    period.byYear.map((t) => t.valid.filter(pick).length);
  // A table's last row sums its columns, year by year.
  const total = (lines: number[][]) => columns.years.map((_, y) => lines.reduce((sum, l) => sum + l[y], 0));
  doc.heading('2. Lĩnh vực (số đề cử hợp lệ)');
  const byField = plan.fields.map((f) => count((r) => r.field === f.code));
  doc.table(columns.headers('Mã', 'Lĩnh vực', 'Cộng'), [
    ...plan.fields.map((f, i) => columns.counts(f.code, f.name, byField[i])),
    columns.counts('', 'Cộng', total(byField)),
  ]);
  doc.blank();
  doc.heading('3. Khâu (số đề cử hợp lệ)');
  const unstaged = count((r) => r.stage === null);
  const byStage = plan.stages.map((stage) => count((r) => r.stage === stage));
  doc.table(columns.headers('STT', 'Khâu', 'Cộng'), [
    ...plan.stages.map((stage, i) => columns.counts(i + 1, stage, byStage[i])),
    ...(unstaged.some(Boolean) ? [columns.counts('', 'Chưa ghi khâu', unstaged)] : []),
    columns.counts('', 'Cộng', total([...byStage, unstaged])),
  ]);
  doc.blank();
  // A valid row with no decision yet counts under the plan's pending decision, and the line says so.
  doc.heading('4. Kết quả xét của Hội đồng (số đề cử hợp lệ)');
  const names = [...new Set(period.byYear.flatMap((t) => t.decisions.map((d) => d.name)))];
  const byDecision = names.map((name) => period.byYear.map((t) => t.decisions.find((d) => d.name === name)));
  doc.table(columns.headers('STT', 'Kết quả xét', 'Cộng'), [
    ...names.map((name, i) =>
      columns.counts(
        i + 1,
        byDecision[i].some((d) => d?.blank) ? `${name} (kể cả dòng chưa ghi kết quả)` : name,
        byDecision[i].map((d) => d?.count ?? 0),
      ),
    ),
    columns.counts(
      '',
      'Tổng số đề cử hợp lệ',
      count(() => true),
    ),
  ]);
  doc.blank();
}

/**
 * The same figures as `Theo dõi mô hình`: how many models stand at each stage at the end of each year
 * and of the range, and how many carry each flag. Models are counted from valid rows only (see
 * trackedModels), so their total never exceeds the valid rows above. Returns the table's last row,
 * for the signature, and the stages' rows, for the second chart.
 */
function modelsSection(
  doc: DocumentBuilder,
  plan: Plan,
  period: PeriodTally,
  columns: YearColumns,
): { last: number; stages: Area } {
  doc.heading('5. Mô hình theo khâu đạt được gần nhất (tính trên các đề cử hợp lệ)');
  const { models, to } = period;
  const blanks = columns.years.map(() => '');
  // A year still to come has no figures: its column is left blank, as in section 1.
  const begun = (year: number) => period.begun.some((t) => t.year === year);
  const stageRow = (s: number, code: string | number, name: string) =>
    columns.row(
      code,
      name,
      columns.years.map((y) => (begun(y) ? period.atStage(s, y) : '')),
      period.atStage(s, to),
    );
  // A model whose rows so far carry no stage is counted on a line of its own, so the stages add up.
  const unstaged = columns.years.some((y) => period.atStage(-1, y) > 0);
  const table = doc.table(columns.headers('STT', 'Khâu', 'Cuối kỳ'), [
    ...plan.stages.map((stage, s) => stageRow(s, s + 1, stage)),
    ...(unstaged ? [stageRow(-1, '', 'Chưa ghi khâu')] : []),
    columns.row(
      '',
      'Tổng số mô hình',
      columns.years.map((y) => (begun(y) ? period.modelsBy(y) : '')),
      models.length,
    ),
    ...Object.values(FLAG_LABEL).map((label) =>
      columns.row('', `Có cảnh báo: ${label}`, blanks, models.filter((t) => t.flags.includes(label)).length),
    ),
  ]);
  return {
    last: table.last,
    stages: chartArea(table.first, plan.stages.length + (unstaged ? 1 : 0), columns),
  };
}

/**
 * `Sơ kết <từ>-<đến>` / `Tổng kết <từ>-<đến>`: units × years (valid/quota, short years highlighted),
 * fields × years, stages × years, the council's decisions per year and where the models stand.
 */
export function periodTab(plan: Plan, period: PeriodTally, draft: Draft | null = null): GeneratedTab {
  const { from, to } = period;
  const columns = new YearColumns(from, to, Math.max(4, to - from + 4));
  const widths = [70, 300, ...columns.years.map(() => 80), 90];
  while (widths.length < columns.width) widths.splice(-1, 0, 80);
  const doc = new DocumentBuilder(plan, widths, { draft });
  const kind = periodTitle(plan, from, to, period.currentYear);
  doc.letterhead(
    `BÁO CÁO ${kind.toUpperCase()} XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN ${from} – ${to}`,
    'Số đề cử hợp lệ theo năm',
  );
  const { highlights, totals } = unitsSection(doc, plan, period, columns);
  countSections(doc, plan, period, columns);
  const { last, stages } = modelsSection(doc, plan, period, columns);
  doc.signature([], last);
  // Under the signature, one above the other (a chart is some 20 rows high), so the page keeps its width.
  const below = doc.lastRow + 2;
  const charts: TabChart[] = [
    {
      title: PERIOD_CHART.quotaTitle,
      kind: 'bars-with-line',
      area: totals,
      anchor: { row: below, column: 2 },
    },
    { title: PERIOD_CHART.stageTitle, kind: 'stacked', area: stages, anchor: { row: below + 20, column: 2 } },
  ];
  return { ...doc.build(`period:${from}-${to}`, `${kind} ${from}-${to}`, { highlights }), charts };
}
