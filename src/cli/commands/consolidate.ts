import { runCouncil, runPeriodReport } from '../../core/jobs/reports';
import type { Draft } from '../../core/reports/draft';
import type { ParsedArgs } from '../args';
import { openWorkbook, outputPath, saveWorkbook } from '../open-workbook';
import { UsageError } from '../usage-error';
import { offline } from '../offline-words';
import { toStderr, wrap } from '../terminal';

/** After writing the council's tabs: how to look at them as they will print. */
function printNext(out: string): string {
  return wrap(
    `Tiếp theo: mở ${out} để xem và in (A4 ngang, đã chia trang), hoặc npm run preview -- ${out} để xem trước các trang in.`,
  );
}

/**
 * What the command wrote and what to do next; exit 1 when it is a draft. The file is still written (the
 * secretariat may want to see the figures), but a script or a person running it learns from the exit
 * code and the last line on stderr that nothing in it is ready to sign.
 */
function finish(message: string, draft: Draft | null, file: string, out: string, command: string): number {
  process.stdout.write(`${offline(message)}\nĐã ghi: ${out}\n`);
  if (!draft) {
    process.stdout.write(`${printNext(out)}\n`);
    return 0;
  }
  const tabs = draft.tabs.map((t) => `“${t}”`).join(', ');
  toStderr(
    'error',
    `Dự thảo, chưa ký được: sửa ${draft.errors.length} lỗi ở trang ${tabs} trong ${file} ` +
      `(npm start -- check ${file} để xem từng lỗi) rồi chạy lại ${command}.`,
  );
  return 1;
}

/**
 * `consolidate F [--year Y] --out F2`: the council's tabs, in a new file; the input is never written.
 * Exit 1 when the plan has errors: the tabs are then drafts.
 */
export async function consolidate(args: ParsedArgs): Promise<number> {
  const out = outputPath(args.out, args.file, 'consolidate');
  const port = await openWorkbook(args.file, 'consolidate');
  const report = runCouncil(port, new Date(), args.year ?? undefined);
  if (args.onlyCouncil) port.keepOnly(report.written);
  await saveWorkbook(port, out);
  return finish(report.message, report.draft, args.file ?? '', out, 'consolidate');
}

/** `report F --from Y1 --to Y2 --out F2`: the mid-term or final review over a range of years; exit 1 for a draft. */
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
  return finish(result.message, result.draft, args.file ?? '', out, 'report');
}
