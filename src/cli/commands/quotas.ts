import { CHECK_NEEDS } from '../../core/jobs/check';
import { analyse, periodWarning, reviewYear } from '../../core/jobs/reports';
import { tallyQuotas, type QuotaTally } from '../../core/quotas/tally';
import type { ParsedArgs } from '../args';
import { openWorkbook } from '../open-workbook';
import { renderTable } from '../table';

export function quotaTable(tally: QuotaTally): string {
  const rows = tally.lines.map((l) => [
    l.met ? ' ' : '✗',
    l.code,
    l.name,
    l.category,
    l.quota,
    l.submitted,
    l.valid,
    l.shortfall,
  ]);
  const met = tally.lines.filter((l) => l.met).length;
  return [
    `CHỈ TIÊU NĂM ${tally.year} (✗ = chưa đạt)`,
    renderTable(['', 'Mã', 'Đơn vị', 'Loại', 'Chỉ tiêu', 'Đã đề cử', 'Hợp lệ', 'Còn thiếu'], rows),
    '',
    renderTable(
      ['Loại đơn vị', 'Số đơn vị', 'Đạt', 'Chỉ tiêu', 'Hợp lệ', 'Còn thiếu'],
      tally.totals.map((t) => [t.category, t.units, t.met, t.quota, t.valid, t.shortfall]),
    ),
    '',
    `${met}/${tally.lines.length} đơn vị đạt chỉ tiêu năm ${tally.year}.`,
  ].join('\n');
}

/** `quotas F [--year Y] [--json]`: exit 1 when a unit has not met its quota. */
export async function quotas(args: ParsedArgs): Promise<number> {
  const port = await openWorkbook(args.file, 'quotas');
  const { reading, result } = analyse(port, CHECK_NEEDS);
  const year = args.year ?? reviewYear(reading, new Date());
  const warning = periodWarning(reading.plan, year);
  if (warning) process.stderr.write(`${warning}\n`);
  const tally = tallyQuotas(reading.plan, result.rows, year);
  if (args.json) {
    const units = tally.lines.map(({ code, name, category, quota, submitted, valid, shortfall, met }) => ({
      code,
      name,
      category,
      quota,
      submitted,
      valid,
      shortfall,
      met,
    }));
    process.stdout.write(`${JSON.stringify({ year: tally.year, units })}\n`);
  } else process.stdout.write(`${quotaTable(tally)}\n`);
  return tally.lines.every((l) => l.met) ? 0 : 1;
}
