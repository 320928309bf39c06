import type { CellValue } from '../cells';
import { quotaText } from '../plan/quota';
import type { Plan } from '../plan/types';
import type { Area, GeneratedTab } from '../port';
import type { QuotaTally } from '../quotas/tally';
import { unitPlanShortLabel, type UnitPlanLine } from '../quotas/unit-plans';
import { balancedWidths } from './column-widths';
import { DOCUMENT_FONT, DocumentBuilder } from './document';
import type { Draft } from './draft';

/** A unit missing from the plan lines holds no record at all. */
function planCell(line: UnitPlanLine | undefined): string {
  return line ? unitPlanShortLabel(line) : 'Chưa gửi';
}

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
/** The summary by category: its own grid, the category's name over the unit table's first three columns. */
const TOTAL_HEADERS = [
  'Loại đơn vị',
  'Số đơn vị',
  'Chỉ tiêu',
  'Đã đề cử',
  'Hợp lệ',
  'Còn thiếu',
  'Số đơn vị đạt',
];
const WIDTHS = [45, 90, 280, 170, 75, 80, 75, 80, 90];
/** With the units' plans column, the names give it room. */
const WIDTHS_WITH_PLANS = [40, 80, 250, 150, 70, 75, 70, 75, 75, 110];

/** A quota as a number, or as its range (“1–3”) when it is one: the minimum is what counts. */
const shownQuota = (quota: number, text: string): CellValue => (text === String(quota) ? quota : text);

/** The grand total, as a range when some quota is one. */
function totalQuota(tally: QuotaTally): CellValue {
  const min = tally.lines.reduce((s, l) => s + l.quota, 0);
  const max = tally.lines.reduce((s, l) => s + l.quotaMax, 0);
  return shownQuota(min, quotaText(min, max));
}

/**
 * `Chỉ tiêu <năm>`: one row per quota-holding unit, shortfalls highlighted, then totals per category.
 * When the workbook follows units' plans, a last column says whose plan for the year has not arrived.
 */
export function quotasTab(
  plan: Plan,
  tally: QuotaTally,
  plans: UnitPlanLine[] | null,
  draft: Draft | null = null,
): GeneratedTab {
  const planOf = new Map((plans ?? []).map((l) => [l.code, l]));
  const withPlans = plans !== null;
  const planHeader = `Nhận kế hoạch năm ${tally.year}`;
  const headers = withPlans ? [...HEADERS, planHeader] : HEADERS;
  const lines: CellValue[][] = tally.lines.map((line, i) => [
    i + 1,
    line.code,
    line.name,
    line.category,
    shownQuota(line.quota, line.quotaText),
    line.submitted,
    line.valid,
    line.shortfall,
    line.met ? 'Đạt' : 'Chưa đạt',
    ...(withPlans ? [planCell(planOf.get(line.code))] : []),
  ]);
  const empty = lines.length === 0;
  if (empty) lines.push(['', '', 'Không có đơn vị nào được giao chỉ tiêu.']);
  const preferred = withPlans ? WIDTHS_WITH_PLANS : WIDTHS;
  const doc = new DocumentBuilder(
    plan,
    // Columns sized to the units' names, so that a row takes as few lines as the page's width allows.
    empty ? preferred : balancedWidths(preferred, headers, lines, DOCUMENT_FONT.size),
    { draft },
  );
  doc.letterhead(
    `KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN NĂM ${tally.year}`,
    'Số mô hình, gương điển hình tiên tiến hợp lệ so với chỉ tiêu hằng năm của từng đơn vị',
  );
  const { first } = doc.table(headers, lines, empty ? [1] : []);
  const highlights: (Area & { color: string })[] = tally.lines.flatMap((line, i) => [
    ...(line.met
      ? []
      : [{ row: first + 1 + i, column: 1, rows: 1, columns: HEADERS.length, color: SHORTFALL_COLOR }]),
    ...(withPlans && planOf.get(line.code)?.status !== 'received'
      ? [{ row: first + 1 + i, column: headers.length, rows: 1, columns: 1, color: SHORTFALL_COLOR }]
      : []),
  ]);
  doc.blank();
  doc.heading('Tổng hợp theo loại đơn vị');
  const sum = (pick: (t: QuotaTally['totals'][number]) => number) =>
    tally.totals.reduce((s, t) => s + pick(t), 0);
  const received = (category: string | null) =>
    (plans ?? []).filter((l) => l.status === 'received' && (category === null || l.category === category))
      .length;
  const plansReceived = (category: string | null) => (withPlans ? [received(category)] : []);
  const totalHeaders = withPlans ? [...TOTAL_HEADERS, 'Số đơn vị đã gửi kế hoạch'] : TOTAL_HEADERS;
  const totals = doc.table(
    totalHeaders,
    [
      ...tally.totals.map((t) => [
        t.category,
        t.units,
        shownQuota(t.quota, t.quotaText),
        t.submitted,
        t.valid,
        t.shortfall,
        t.met,
        ...plansReceived(t.category),
      ]),
      [
        'Tổng cộng',
        sum((t) => t.units),
        totalQuota(tally),
        sum((t) => t.submitted),
        sum((t) => t.valid),
        sum((t) => t.shortfall),
        sum((t) => t.met),
        ...plansReceived(null),
      ],
    ],
    [],
    [3, ...totalHeaders.slice(1).map(() => 1)],
  );
  doc.signature([], totals.last);
  return doc.build(`quotas:${tally.year}`, `Chỉ tiêu ${tally.year}`, { highlights });
}
