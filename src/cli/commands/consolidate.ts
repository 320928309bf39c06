import { writeFileSync } from 'node:fs';
import { runCouncil, runPeriodReport } from '../../core/jobs/reports';
import type { Draft } from '../../core/reports/draft';
import { printHtml, type PrintDocument } from '../../core/reports/print-html';
import type { ParsedArgs } from '../args';
import { openWorkbook, outputPath, saveWorkbook } from '../open-workbook';
import { checkHtmlOutput } from '../paths';
import type { XlsxPort } from '../xlsx-port';
import { UsageError } from '../usage-error';
import { offline } from '../offline-words';
import { toStderr, wrap } from '../terminal';

/** After writing the council's tabs: how to look at them as they will print. */
function printNext(out: string | null, html: string | null): string {
  const ways = [
    ...(out
      ? [
          `mở ${out} để xem và in (A4 ngang, đã chia trang), hoặc npm run preview -- ${out} để xem trước các trang in`,
        ]
      : []),
    ...(html ? [`mở ${html} bằng trình duyệt rồi bấm “In / Lưu PDF”`] : []),
  ];
  return wrap(`Tiếp theo: ${ways.join('; ')}.`);
}

/** Where `consolidate`/`report` write: `--out` (the .xlsx), `--html` (the print view), or both; checked before any work. */
function outputs(args: ParsedArgs, command: string): { out: string | null; html: string | null } {
  const html = args.html === null ? null : checkHtmlOutput(args.html, args.file);
  const out = args.out === null && html !== null ? null : outputPath(args.out, args.file, command);
  return { out, html };
}

/** Writes the .xlsx and the print view, whichever was asked for. */
async function write(
  port: XlsxPort,
  where: { out: string | null; html: string | null },
  title: string,
  documents: PrintDocument[],
): Promise<void> {
  if (where.out) await saveWorkbook(port, where.out);
  if (where.html) writeFileSync(where.html, printHtml(title, documents), 'utf8');
}

/**
 * What the command wrote and what to do next; exit 1 when it is a draft. The file is still written (the
 * secretariat may want to see the figures), but a script or a person running it learns from the exit
 * code and the last line on stderr that nothing in it is ready to sign.
 */
function finish(
  message: string,
  draft: Draft | null,
  file: string,
  where: { out: string | null; html: string | null },
  command: string,
): number {
  const written = [where.out, where.html].filter((w): w is string => w !== null).join(', ');
  process.stdout.write(`${offline(message)}\nĐã ghi: ${written}\n`);
  if (!draft) {
    process.stdout.write(`${printNext(where.out, where.html)}\n`);
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
  const where = outputs(args, 'consolidate');
  const port = await openWorkbook(args.file, 'consolidate');
  const report = runCouncil(port, new Date(), args.year ?? undefined);
  if (args.onlyCouncil) port.keepOnly(report.written);
  const documents = report.generated.map((tab) => ({ tab }));
  await write(port, where, `Bản in năm ${report.year}`, documents);
  return finish(report.message, report.draft, args.file ?? '', where, 'consolidate');
}

/** `report F --from Y1 --to Y2 --out F2`: the mid-term or final review over a range of years; exit 1 for a draft. */
export async function report(args: ParsedArgs): Promise<number> {
  const where = outputs(args, 'report');
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
  const [tab, models] = result.generated;
  const documents = [{ tab, charts: result.charts }, { tab: models }];
  await write(port, where, `Bản in ${tab.name}`, documents);
  return finish(result.message, result.draft, args.file ?? '', where, 'report');
}
