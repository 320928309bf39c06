import type { CellValue } from '../cells';
import { quotaText } from '../plan/quota';
import type { Plan } from '../plan/types';
import type { Area, GeneratedTab } from '../port';
import type { QuotaTally } from '../tally/quotas';
import { NO_QUOTA_CATEGORY, type YearTally } from '../tally/year';
import {
  UNIT_PLAN_KINDS,
  unitPlanShortLabel,
  type UnitPlanKind,
  type UnitPlanLine,
} from '../tally/unit-plans';
import { balancedWidths } from './column-widths';
import { DOCUMENT_FONT, DocumentBuilder } from './document';
import type { Draft } from './draft';

/** The units' two plans, a column each: the period's, then the year's. */
const PLAN_KINDS = UNIT_PLAN_KINDS;

/** Every quota holder has a plan line (the tally makes one for each); `undefined` only to the type. */
function planCell(line: UnitPlanLine | undefined, kind: UnitPlanKind): string {
  return line ? unitPlanShortLabel(line, kind) : 'Chưa gửi';
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
/** With the units' two plans columns (a date each), the names give them room. */
const WIDTHS_WITH_PLANS = [40, 75, 230, 135, 65, 70, 65, 70, 70, 90, 90];

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
 * When the workbook follows units' plans, two last columns say whose plan for the period and whose plan
 * for the year has not arrived.
 */
export function quotasTab(plan: Plan, year: YearTally, draft: Draft | null = null): GeneratedTab {
  const { quotas: tally, plans } = year;
  const planOf = new Map((plans ?? []).map((l) => [l.code, l]));
  const withPlans = plans !== null;
  const periodName = plan.period ? ` ${plan.period.from}–${plan.period.to}` : '';
  const planHeaders = [`Nhận KH giai đoạn${periodName}`, `Nhận KH năm ${tally.year}`];
  const headers = withPlans ? [...HEADERS, ...planHeaders] : HEADERS;
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
    ...(withPlans ? PLAN_KINDS.map((kind) => planCell(planOf.get(line.code), kind)) : []),
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
    ...(withPlans ? PLAN_KINDS : [])
      .map((kind, k) => ({ kind, column: HEADERS.length + 1 + k }))
      .filter(({ kind }) => planOf.get(line.code)?.plans[kind].status !== 'received')
      .map(({ column }) => ({ row: first + 1 + i, column, rows: 1, columns: 1, color: SHORTFALL_COLOR })),
  ]);
  doc.blank();
  doc.heading('Tổng hợp theo loại đơn vị');
  const sum = (pick: (t: QuotaTally['totals'][number]) => number) =>
    tally.totals.reduce((s, t) => s + pick(t), 0);
  const received = (category: string | null, kind: UnitPlanKind) =>
    (plans ?? []).filter(
      (l) => l.plans[kind].status === 'received' && (category === null || l.category === category),
    ).length;
  const plansReceived = (category: string | null) =>
    withPlans ? PLAN_KINDS.map((kind) => received(category, kind)) : [];
  const totalHeaders = withPlans
    ? [...TOTAL_HEADERS, 'Số đơn vị đã nộp KH giai đoạn', `Số đơn vị đã nộp KH năm ${tally.year}`]
    : TOTAL_HEADERS;
  // Rows that count toward no quota still count in the year's total, which so equals every other
  // document's (the roll-up rule: each row toward the nearest quota holder up its chain, once).
  const blankPlans = withPlans ? PLAN_KINDS.map(() => '') : [];
  const apart: CellValue[][] = [
    ...(tally.outside.submitted
      ? [
          // No unit count: the table counts quota holders, and these units hold none.
          [NO_QUOTA_CATEGORY, '', '', tally.outside.submitted, tally.outside.valid, '', '', ...blankPlans],
        ]
      : []),
    // A row whose unit cannot be read has an error, so none of them is valid.
    ...(tally.unplaced
      ? [['Dòng chưa xác định được đơn vị', '', '', tally.unplaced, 0, '', '', ...blankPlans]]
      : []),
  ];
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
      ...apart,
      [
        'Tổng cộng',
        sum((t) => t.units),
        totalQuota(tally),
        year.rows,
        year.valid.length,
        sum((t) => t.shortfall),
        sum((t) => t.met),
        ...plansReceived(null),
      ],
    ],
    [],
    [3, ...totalHeaders.slice(1).map(() => 1)],
  );
  doc.explanation(
    'Đã đề cử: mọi dòng đã gửi, kể cả dòng có lỗi. Hợp lệ: các dòng không có lỗi, là các dòng duy nhất được tính; ' +
      'mỗi dòng được tính một lần, cho đơn vị gần nhất (chính đơn vị đó hoặc đơn vị cấp trên) được giao chỉ tiêu.',
  );
  doc.signature([], totals.last);
  return doc.build(`quotas:${tally.year}`, `Chỉ tiêu ${tally.year}`, { highlights });
}
