import type { Grid } from '../cells';
import type { Plan } from '../plan/types';
import type { Area, GeneratedTab } from '../port';
import type { QuotaTally } from '../quotas/tally';
import { letterhead, LETTERHEAD_ROWS, printFormat } from './letterhead';

export const SHORTFALL_COLOR = '#f4c7c3';
const HEADERS = [
  'STT',
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại đơn vị',
  'Chỉ tiêu',
  'Đã đề cử',
  'Hợp lệ',
  'Còn thiếu',
  'Đạt',
];

/** `Chỉ tiêu <năm>`: one row per quota-holding unit, shortfalls highlighted, then totals per category. */
export function quotasTab(plan: Plan, tally: QuotaTally): GeneratedTab {
  const head = letterhead(
    plan,
    HEADERS.length,
    `KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN NĂM ${tally.year}`,
    'Số mô hình, gương điển hình tiên tiến hợp lệ so với chỉ tiêu hằng năm của từng đơn vị',
  );
  const values: Grid = [...head.rows, HEADERS];
  const headerRow = LETTERHEAD_ROWS + 1;
  const highlights: (Area & { color: string })[] = [];
  tally.lines.forEach((line, i) => {
    values.push([
      i + 1,
      line.code,
      line.name,
      line.category,
      line.quota,
      line.submitted,
      line.valid,
      line.shortfall,
      line.met ? 'Đạt' : 'Chưa đạt',
    ]);
    if (!line.met)
      highlights.push({
        row: values.length,
        column: 1,
        rows: 1,
        columns: HEADERS.length,
        color: SHORTFALL_COLOR,
      });
  });
  if (tally.lines.length === 0) values.push(['', '', 'Không có đơn vị nào được giao chỉ tiêu.']);
  values.push(new Array(HEADERS.length).fill(''));
  const totalsHeader = values.length + 1;
  values.push([
    '',
    '',
    'Tổng hợp theo loại đơn vị',
    'Số đơn vị',
    'Chỉ tiêu',
    'Đã đề cử',
    'Hợp lệ',
    'Còn thiếu',
    'Số đơn vị đạt',
  ]);
  for (const t of tally.totals)
    values.push(['', '', t.category, t.units, t.quota, t.submitted, t.valid, t.shortfall, t.met]);
  const sum = (pick: (t: QuotaTally['totals'][number]) => number) =>
    tally.totals.reduce((s, t) => s + pick(t), 0);
  values.push([
    '',
    '',
    'Tổng cộng',
    sum((t) => t.units),
    sum((t) => t.quota),
    sum((t) => t.submitted),
    sum((t) => t.valid),
    sum((t) => t.shortfall),
    sum((t) => t.met),
  ]);
  return {
    key: `quotas:${tally.year}`,
    name: `Chỉ tiêu ${tally.year}`,
    values,
    highlights,
    merges: head.merges,
    format: printFormat(
      headerRow,
      [...head.boldRows, headerRow, totalsHeader, values.length],
      [45, 90, 280, 170, 75, 80, 75, 80, 90],
    ),
  };
}
