import type { CellValue } from '../cells';
import type { Plan } from '../plan/types';
import type { Area, GeneratedTab } from '../port';
import type { QuotaTally } from '../quotas/tally';
import { DocumentBuilder } from './document';

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
const TOTAL_HEADERS = [
  '',
  '',
  'Loại đơn vị',
  'Số đơn vị',
  'Chỉ tiêu',
  'Đã đề cử',
  'Hợp lệ',
  'Còn thiếu',
  'Số đơn vị đạt',
];
const WIDTHS = [45, 90, 280, 170, 75, 80, 75, 80, 90];

/** `Chỉ tiêu <năm>`: one row per quota-holding unit, shortfalls highlighted, then totals per category. */
export function quotasTab(plan: Plan, tally: QuotaTally): GeneratedTab {
  const doc = new DocumentBuilder(plan, WIDTHS);
  doc.letterhead(
    `KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN NĂM ${tally.year}`,
    'Số mô hình, gương điển hình tiên tiến hợp lệ so với chỉ tiêu hằng năm của từng đơn vị',
  );
  const lines: CellValue[][] = tally.lines.map((line, i) => [
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
  const empty = lines.length === 0;
  if (empty) lines.push(['', '', 'Không có đơn vị nào được giao chỉ tiêu.']);
  const { first } = doc.table(HEADERS, lines, empty ? [1] : []);
  const highlights: (Area & { color: string })[] = tally.lines.flatMap((line, i) =>
    line.met
      ? []
      : [{ row: first + 1 + i, column: 1, rows: 1, columns: HEADERS.length, color: SHORTFALL_COLOR }],
  );
  doc.blank();
  doc.heading('Tổng hợp theo loại đơn vị');
  const sum = (pick: (t: QuotaTally['totals'][number]) => number) =>
    tally.totals.reduce((s, t) => s + pick(t), 0);
  const totals = doc.table(TOTAL_HEADERS, [
    ...tally.totals.map((t) => [
      '',
      '',
      t.category,
      t.units,
      t.quota,
      t.submitted,
      t.valid,
      t.shortfall,
      t.met,
    ]),
    [
      '',
      '',
      'Tổng cộng',
      sum((t) => t.units),
      sum((t) => t.quota),
      sum((t) => t.submitted),
      sum((t) => t.valid),
      sum((t) => t.shortfall),
      sum((t) => t.met),
    ],
  ]);
  doc.signature([], totals.last);
  return doc.build(`quotas:${tally.year}`, `Chỉ tiêu ${tally.year}`, { highlights });
}
