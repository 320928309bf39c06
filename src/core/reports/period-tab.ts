import type { Grid } from '../cells';
import type { Plan } from '../plan/types';
import type { Area, GeneratedTab } from '../port';
import { tallyQuotas } from '../quotas/tally';
import type { CheckedNomination } from '../validate/nomination';
import { letterhead, LETTERHEAD_ROWS, printFormat } from './letterhead';
import { SHORTFALL_COLOR } from './quotas-tab';

/** A final review covers the whole plan period; any shorter range is a mid-term review. */
export function periodTitle(plan: Plan, from: number, to: number): 'Sơ kết' | 'Tổng kết' {
  return plan.period && from <= plan.period.from && to >= plan.period.to ? 'Tổng kết' : 'Sơ kết';
}

/**
 * `Sơ kết <từ>-<đến>` / `Tổng kết <từ>-<đến>`: units × years (valid of quota, short years highlighted),
 * fields × years, stages × years and the council's recognitions per year.
 */
export function periodTab(plan: Plan, rows: CheckedNomination[], from: number, to: number): GeneratedTab {
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const width = Math.max(4, years.length + 3);
  const pad = (row: Grid[number]) => [...row, ...new Array(Math.max(0, width - row.length)).fill('')];
  const kind = periodTitle(plan, from, to);
  const head = letterhead(
    plan,
    width,
    `BÁO CÁO ${kind.toUpperCase()} XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN ${from} – ${to}`,
    'Số đề cử hợp lệ theo năm',
  );
  const values: Grid = [...head.rows];
  const bold = [...head.boldRows];
  const highlights: (Area & { color: string })[] = [];
  const valid = rows.filter((r) => r.valid && r.year !== null && r.year >= from && r.year <= to);
  const count = (pick: (r: CheckedNomination) => boolean, year: number) =>
    valid.filter((r) => r.year === year && pick(r)).length;
  const section = (title: string, first: string, last: string) => {
    values.push(pad([title]));
    bold.push(values.length);
    values.push(pad(['', first, ...years.map(String), last]));
    bold.push(values.length);
  };

  section('1. Đơn vị: hợp lệ / chỉ tiêu', 'Đơn vị', 'Số năm đạt');
  const tallies = years.map((y) => tallyQuotas(plan, rows, y));
  const holders = plan.units.filter((u) => tallies.some((t) => t.lines.some((l) => l.code === u.code)));
  for (const unit of holders) {
    const cells = tallies.map((t) => t.lines.find((l) => l.code === unit.code));
    values.push(
      pad([
        unit.code,
        unit.name,
        ...cells.map((l) => (l ? `${l.valid}/${l.quota}` : '')),
        cells.filter((l) => l?.met).length,
      ]),
    );
    cells.forEach((l, i) => {
      if (l && !l.met)
        highlights.push({ row: values.length, column: 3 + i, rows: 1, columns: 1, color: SHORTFALL_COLOR });
    });
  }
  values.push(pad([]));

  section('2. Lĩnh vực', 'Lĩnh vực', 'Cộng');
  for (const field of plan.fields) {
    const perYear = years.map((y) => count((r) => r.field === field.code, y));
    values.push(pad([field.code, field.name, ...perYear, perYear.reduce((a, b) => a + b, 0)]));
  }
  values.push(pad([]));

  section('3. Khâu', 'Khâu', 'Cộng');
  for (const stage of plan.stages) {
    const perYear = years.map((y) => count((r) => r.stage === stage, y));
    values.push(pad(['', stage, ...perYear, perYear.reduce((a, b) => a + b, 0)]));
  }
  values.push(pad([]));

  section('4. Kết quả xét của Hội đồng', 'Kết quả xét', 'Cộng');
  for (const decision of plan.decisions) {
    const perYear = years.map((y) => count((r) => r.decision === decision.name, y));
    values.push(pad(['', decision.name, ...perYear, perYear.reduce((a, b) => a + b, 0)]));
  }
  const all = years.map((y) => count(() => true, y));
  values.push(pad(['', 'Tổng số đề cử hợp lệ', ...all, all.reduce((a, b) => a + b, 0)]));

  return {
    key: `period:${from}-${to}`,
    name: `${kind} ${from}-${to}`,
    values,
    highlights,
    merges: head.merges,
    format: printFormat(LETTERHEAD_ROWS, bold, [70, 300, ...years.map(() => 80), 90]),
  };
}
