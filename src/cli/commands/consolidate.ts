import { runCouncil, runPeriodReport } from '../../core/jobs/reports';
import type { ParsedArgs } from '../args';
import { openWorkbook, outputPath, saveWorkbook } from '../open-workbook';
import { UsageError } from '../usage-error';
import { offline } from '../offline-words';
import { wrap } from '../terminal';

/** After writing the council's tabs: how to look at them as they will print. */
function printNext(out: string): string {
  return wrap(
    `Tiếp theo: mở ${out} để xem và in (A4 ngang, đã chia trang), hoặc npm run preview -- ${out} để xem trước các trang in.`,
  );
}

/** `consolidate F [--year Y] --out F2`: the council's tabs, in a new file; the input is never written. */
export async function consolidate(args: ParsedArgs): Promise<number> {
  const out = outputPath(args.out, args.file, 'consolidate');
  const port = await openWorkbook(args.file, 'consolidate');
  const report = runCouncil(port, new Date(), args.year ?? undefined);
  if (args.onlyCouncil) port.keepOnly(report.written);
  await saveWorkbook(port, out);
  process.stdout.write(`${offline(report.message)}\nĐã ghi: ${out}\n${printNext(out)}\n`);
  return 0;
}

/** `report F --from Y1 --to Y2 --out F2`: the mid-term or final review over a range of years. */
export async function report(args: ParsedArgs): Promise<number> {
  const out = outputPath(args.out, args.file, 'report');
  if ((args.from === null) !== (args.to === null)) {
    throw new UsageError(
      'Cần cả --from và --to (hoặc bỏ cả hai để lấy cả giai đoạn).',
      'Give both --from and --to (or neither, for the whole period).',
    );
  }
  if (args.from !== null && args.to !== null && args.from > args.to) {
    throw new UsageError(
      `--from ${args.from} đứng sau --to ${args.to}.`,
      `--from ${args.from} is after --to ${args.to}.`,
    );
  }
  const port = await openWorkbook(args.file, 'report');
  const range = args.from !== null && args.to !== null ? { from: args.from, to: args.to } : undefined;
  const result = runPeriodReport(port, new Date(), range);
  if (args.onlyCouncil) port.keepOnly(result.written);
  await saveWorkbook(port, out);
  process.stdout.write(`${offline(result.message)}\nĐã ghi: ${out}\n${printNext(out)}\n`);
  return 0;
}
