import { CHECK_NEEDS } from '../../core/jobs/check';
import { analyse, councilDraft, periodWarning, reviewYear } from '../../core/jobs/reports';
import { NO_QUOTA_CATEGORY, type YearTally } from '../../core/tally/year';
import { planTitle, type UnitPlanStatus } from '../../core/tally/unit-plans';
import type { ParsedArgs } from '../args';
import { progressDone } from '../progress';
import { openWorkbook } from '../open-workbook';
import { renderTable } from '../table';
import { toStderr, wrap } from '../terminal';

/** A plan's state in the table's one narrow column for both (80 columns in a pipe leave room for one). */
const PLAN_MARK: Record<UnitPlanStatus, string> = {
  received: '✓',
  awaited: 'chờ',
  missing: 'chưa',
};

/** A quota as its number (right-aligned), or its range (“1–3”) when it is one. */
const shown = (quota: number, text: string): string | number => (text === String(quota) ? quota : text);

/** The year's quotas as terminal tables; the totals are every row of the year's, as in `Chỉ tiêu`. */
export function quotaTable(figures: YearTally): string {
  const { quotas: tally, plans } = figures;
  const planOf = new Map((plans ?? []).map((l) => [l.code, l]));
  const mark = (code: string, kind: 'period' | 'year') =>
    PLAN_MARK[planOf.get(code)?.plans[kind].status ?? 'missing'];
  const rows = tally.lines.map((l) => [
    l.met ? ' ' : '✗',
    l.code,
    l.name,
    l.category,
    shown(l.quota, l.quotaText),
    l.submitted,
    l.valid,
    l.shortfall,
    ...(plans ? [`${mark(l.code, 'period')}/${mark(l.code, 'year')}`] : []),
  ]);
  const met = tally.lines.filter((l) => l.met).length;
  const received = (kind: 'period' | 'year') =>
    (plans ?? []).filter((l) => l.plans[kind].status === 'received').length;
  const period = plans?.[0]?.periodYears ?? null;
  const headers = ['', 'Mã', 'Đơn vị', 'Loại', 'Chỉ tiêu', 'Đã đề cử', 'Hợp lệ', 'Còn thiếu'];
  return [
    `CHỈ TIÊU NĂM ${tally.year} (✗ = chưa đạt)`,
    renderTable(plans ? [...headers, 'KH GĐ/năm'] : headers, rows),
    ...(plans
      ? [
          wrap(
            `KH GĐ/năm: ${planTitle('period', tally.year, period)} / ${planTitle('year', tally.year, period)} ` +
              '(✓ đã nhận, chờ = đã ghi số nhưng chưa nhận, chưa = chưa gửi).',
          ),
        ]
      : []),
    '',
    renderTable(
      ['Loại đơn vị', 'Số đơn vị', 'Đạt', 'Chỉ tiêu', 'Đã đề cử', 'Hợp lệ', 'Còn thiếu'],
      [
        ...tally.totals.map((t) => [
          t.category,
          t.units,
          t.met,
          shown(t.quota, t.quotaText),
          t.submitted,
          t.valid,
          t.shortfall,
        ]),
        // Rows toward no quota still count in the year's total, as in the quota tab.
        ...(tally.outside.submitted
          ? [[NO_QUOTA_CATEGORY, '', '', '', tally.outside.submitted, tally.outside.valid, '']]
          : []),
        ...(tally.unplaced ? [['Chưa xác định đơn vị', '', '', '', tally.unplaced, 0, '']] : []),
        ['Tổng cộng', tally.lines.length, met, '', figures.rows, figures.valid.length, ''],
      ],
    ),
    '',
    `${met}/${tally.lines.length} đơn vị đạt chỉ tiêu năm ${tally.year}.`,
    ...(plans
      ? (['period', 'year'] as const).map(
          (kind) => `${received(kind)}/${plans.length} đơn vị đã nộp ${planTitle(kind, tally.year, period)}.`,
        )
      : []),
  ].join('\n');
}

/** `quotas F [--year Y] [--json]`: exit 1 when a unit has not met its quota. */
export async function quotas(args: ParsedArgs): Promise<number> {
  const port = await openWorkbook(args.file, 'quotas');
  const { reading, tally: all } = analyse(port, CHECK_NEEDS);
  const year = args.year ?? reviewYear(reading, new Date());
  const warning = periodWarning(reading.plan, year);
  if (warning) toStderr('warning', warning);
  // The tally prints no document, but its figures stand on the plan's quotas and units: say they may be wrong.
  const draft = councilDraft(reading);
  if (draft)
    toStderr(
      'warning',
      `Cảnh báo: bảng tính còn ${draft.errors.length} lỗi ở trang ${draft.tabs.map((t) => `“${t}”`).join(', ')}; ` +
        `các con số dưới đây tính trên kế hoạch còn lỗi (npm start -- check ${args.file ?? 'F.xlsx'} để xem từng lỗi).`,
    );
  const figures = all.year(year);
  const { quotas: tally, plans } = figures;
  progressDone();
  const planOf = new Map((plans ?? []).map((l) => [l.code, l.plans]));
  if (args.json) {
    const units = tally.lines.map((line) => {
      const { code, name, category, quota, quotaMax, quotaText, submitted, valid, shortfall, met } = line;
      return {
        code,
        name,
        category,
        // The minimum counts; a range is also given as written for display ("1–3").
        quota,
        ...(quotaMax !== quota ? { quotaText } : {}),
        submitted,
        valid,
        shortfall,
        met,
        // Each plan received, awaited or missing; `plan`, the year's alone, as before.
        ...(plans
          ? {
              plans: {
                period: planOf.get(code)?.period.status ?? 'missing',
                year: planOf.get(code)?.year.status ?? 'missing',
              },
              plan: planOf.get(code)?.year.status ?? 'missing',
            }
          : {}),
      };
    });
    // The rows toward no quota and the year's totals too, so that the figures add up as in `Chỉ tiêu`.
    const total = { submitted: figures.rows, valid: figures.valid.length };
    process.stdout.write(
      `${JSON.stringify({ year: tally.year, units, outside: tally.outside, unplaced: tally.unplaced, total })}\n`,
    );
  } else
    process.stdout.write(
      `${quotaTable(figures)}\n${wrap(
        `Tiếp theo: npm start -- consolidate ${args.file ?? 'F.xlsx'} --out <tệp.xlsx> để lập các trang cho Hội đồng.`,
      )}\n`,
    );
  return tally.lines.every((l) => l.met) ? 0 : 1;
}
