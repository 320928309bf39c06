import { CHECK_NEEDS } from '../../core/jobs/check';
import { analyse, councilDraft, periodWarning, reviewYear, tallyPlans } from '../../core/jobs/reports';
import { tallyQuotas, type QuotaTally } from '../../core/quotas/tally';
import type { UnitPlanLine, UnitPlanStatus } from '../../core/quotas/unit-plans';
import type { ParsedArgs } from '../args';
import { progressDone } from '../progress';
import { openWorkbook } from '../open-workbook';
import { renderTable } from '../table';
import { toStderr, wrap } from '../terminal';

const PLAN_WORD: Record<UnitPlanStatus, string> = {
  received: 'đã nhận',
  awaited: 'chưa nhận',
  missing: 'chưa gửi',
};

/** A quota as its number (right-aligned), or its range (“1–3”) when it is one. */
const shown = (quota: number, text: string): string | number => (text === String(quota) ? quota : text);

export function quotaTable(tally: QuotaTally, plans: UnitPlanLine[] | null = null): string {
  const planOf = new Map((plans ?? []).map((l) => [l.code, l.status]));
  const rows = tally.lines.map((l) => [
    l.met ? ' ' : '✗',
    l.code,
    l.name,
    l.category,
    shown(l.quota, l.quotaText),
    l.submitted,
    l.valid,
    l.shortfall,
    ...(plans ? [PLAN_WORD[planOf.get(l.code) ?? 'missing']] : []),
  ]);
  const met = tally.lines.filter((l) => l.met).length;
  const received = (plans ?? []).filter((l) => l.status === 'received').length;
  const headers = ['', 'Mã', 'Đơn vị', 'Loại', 'Chỉ tiêu', 'Đã đề cử', 'Hợp lệ', 'Còn thiếu'];
  return [
    `CHỈ TIÊU NĂM ${tally.year} (✗ = chưa đạt)`,
    renderTable(plans ? [...headers, 'Kế hoạch'] : headers, rows),
    '',
    renderTable(
      ['Loại đơn vị', 'Số đơn vị', 'Đạt', 'Chỉ tiêu', 'Hợp lệ', 'Còn thiếu'],
      tally.totals.map((t) => [
        t.category,
        t.units,
        t.met,
        shown(t.quota, t.quotaText),
        t.valid,
        t.shortfall,
      ]),
    ),
    '',
    `${met}/${tally.lines.length} đơn vị đạt chỉ tiêu năm ${tally.year}.`,
    ...(plans ? [`${received}/${plans.length} đơn vị đã gửi kế hoạch năm ${tally.year}.`] : []),
  ].join('\n');
}

/** `quotas F [--year Y] [--json]`: exit 1 when a unit has not met its quota. */
export async function quotas(args: ParsedArgs): Promise<number> {
  const port = await openWorkbook(args.file, 'quotas');
  const { reading, result } = analyse(port, CHECK_NEEDS);
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
  const tally = tallyQuotas(reading.plan, result.rows, year);
  progressDone();
  const plans = tallyPlans(reading, tally);
  const planOf = new Map((plans ?? []).map((l) => [l.code, l.status]));
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
        ...(plans ? { plan: planOf.get(code) ?? 'missing' } : {}),
      };
    });
    process.stdout.write(`${JSON.stringify({ year: tally.year, units })}\n`);
  } else
    process.stdout.write(
      `${quotaTable(tally, plans)}\n${wrap(
        `Tiếp theo: npm start -- consolidate ${args.file ?? 'F.xlsx'} --out <tệp.xlsx> để lập các trang cho Hội đồng.`,
      )}\n`,
    );
  return tally.lines.every((l) => l.met) ? 0 : 1;
}
