import type { CellValue } from '../cells';
import type { Plan } from '../plan/types';
import type { Area, GeneratedTab } from '../port';
import { tallyQuotas } from '../quotas/tally';
import type { CheckedNomination } from '../validate/nomination';
import { FLAG_LABEL } from '../models/paths';
import { DocumentBuilder } from './document';
import { latestStage, type TrackedModel } from './models-tab';
import { SHORTFALL_COLOR } from './quotas-tab';

/** A final review covers the whole plan period; any shorter range is a mid-term review. */
export function periodTitle(plan: Plan, from: number, to: number): 'Sơ kết' | 'Tổng kết' {
  return plan.period && from <= plan.period.from && to >= plan.period.to ? 'Tổng kết' : 'Sơ kết';
}

/**
 * `Sơ kết <từ>-<đến>` / `Tổng kết <từ>-<đến>`: units × years (valid of quota, short years highlighted),
 * fields × years, stages × years and the council's decisions per year.
 */
export function periodTab(
  plan: Plan,
  rows: CheckedNomination[],
  from: number,
  to: number,
  currentYear: number = to,
  models: TrackedModel[] = [],
): GeneratedTab {
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const width = Math.max(4, years.length + 3);
  const widths = [70, 300, ...years.map(() => 80), 90];
  while (widths.length < width) widths.splice(-1, 0, 80);
  const doc = new DocumentBuilder(plan, widths);
  const kind = periodTitle(plan, from, to);
  doc.letterhead(
    `BÁO CÁO ${kind.toUpperCase()} XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN ${from} – ${to}`,
    'Số đề cử hợp lệ theo năm',
  );
  const highlights: (Area & { color: string })[] = [];
  const valid = rows.filter((r) => r.valid && r.year !== null && r.year >= from && r.year <= to);
  const count = (pick: (r: CheckedNomination) => boolean, year: number) =>
    valid.filter((r) => r.year === year && pick(r)).length;
  const gap = new Array<string>(width - years.length - 3).fill('');
  const headers = (code: string, first: string, last: string) => [
    code,
    first,
    ...years.map(String),
    ...gap,
    last,
  ];
  const perYear = (code: string | number, name: string, counts: number[]): CellValue[] => [
    code,
    name,
    ...counts,
    ...gap,
    counts.reduce((a, b) => a + b, 0),
  ];

  doc.heading('1. Đơn vị: hợp lệ / chỉ tiêu');
  // Years still to come have no quota result yet: their cells stay blank, not short.
  const tallies = years.map((y) => (y <= currentYear ? tallyQuotas(plan, rows, y) : null));
  const holders = plan.units.filter((u) => tallies.some((t) => t?.lines.some((l) => l.code === u.code)));
  const unitRows = holders.map((unit) => {
    const cells = tallies.map((t) => t?.lines.find((l) => l.code === unit.code));
    return {
      cells,
      row: [
        unit.code,
        unit.name,
        ...cells.map((l) => (l ? `${l.valid}/${l.quota}` : '')),
        ...gap,
        cells.filter((l) => l?.met).length,
      ],
    };
  });
  const units = doc.table(
    headers('Mã', 'Đơn vị', 'Số năm đạt'),
    unitRows.map((u) => u.row),
  );
  unitRows.forEach((u, i) =>
    u.cells.forEach((l, y) => {
      if (l && !l.met)
        highlights.push({
          row: units.first + 1 + i,
          column: 3 + y,
          rows: 1,
          columns: 1,
          color: SHORTFALL_COLOR,
        });
    }),
  );
  doc.blank();

  doc.heading('2. Lĩnh vực');
  doc.table(
    headers('Mã', 'Lĩnh vực', 'Cộng'),
    plan.fields.map((f) =>
      perYear(
        f.code,
        f.name,
        years.map((y) => count((r) => r.field === f.code, y)),
      ),
    ),
  );
  doc.blank();

  doc.heading('3. Khâu');
  doc.table(
    headers('STT', 'Khâu', 'Cộng'),
    plan.stages.map((stage, i) =>
      perYear(
        i + 1,
        stage,
        years.map((y) => count((r) => r.stage === stage, y)),
      ),
    ),
  );
  doc.blank();

  doc.heading('4. Kết quả xét của Hội đồng');
  doc.table(headers('STT', 'Kết quả xét', 'Cộng'), [
    ...plan.decisions.map((d, i) =>
      perYear(
        i + 1,
        d.name,
        years.map((y) => count((r) => r.decision === d.name, y)),
      ),
    ),
    perYear(
      '',
      'Tổng số đề cử hợp lệ',
      years.map((y) => count(() => true, y)),
    ),
  ]);
  doc.blank();

  // The same figures as `Theo dõi mô hình`: where the models stand, year by year, and their flags.
  doc.heading('5. Mô hình theo khâu đạt được gần nhất');
  const stageBy = (t: TrackedModel, year: number) =>
    latestStage(
      plan,
      t.rows.filter((r) => (r.year as number) <= year),
    );
  const flagged = (label: string) => models.filter((t) => t.flags.includes(label)).length;
  const modelTable = doc.table(
    [...headers('STT', 'Khâu', 'Cuối kỳ')],
    [
      ...plan.stages.map((stage, s): CellValue[] => [
        s + 1,
        stage,
        ...years.map((y) => models.filter((t) => stageBy(t, y) === s).length),
        ...gap,
        models.filter((t) => stageBy(t, to) === s).length,
      ]),
      ['', 'Tổng số mô hình', ...years.map(() => ''), ...gap, models.length],
      ...Object.values(FLAG_LABEL).map((label): CellValue[] => [
        '',
        `Có cảnh báo: ${label}`,
        ...years.map(() => ''),
        ...gap,
        flagged(label),
      ]),
    ],
  );
  doc.signature([], modelTable.last);
  return doc.build(`period:${from}-${to}`, `${kind} ${from}-${to}`, { highlights });
}
