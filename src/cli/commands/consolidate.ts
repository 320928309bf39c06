import { writeFileSync } from 'node:fs';
import { runCouncil, runPeriodReport } from '../../core/jobs/reports';
import { narrativeName } from '../../core/narrative/compose';
import type { Draft } from '../../core/reports/draft';
import { printHtml, type PrintPart } from '../../core/reports/print-html';
import type { ParsedArgs } from '../args';
import { openWorkbook, outputPath, saveWorkbook } from '../open-workbook';
import { writeNarrativeDocx } from '../docx/write-docx';
import { checkDocxOutput, checkHtmlOutput } from '../paths';
import type { XlsxPort } from '../xlsx-port';
import { UsageError } from '../usage-error';
import { offline } from '../offline-words';
import { toStderr, wrap } from '../terminal';

type Outputs = { out: string | null; html: string | null; docx: string | null };

/** After writing the council's tabs: how to look at them as they will print. */
function printNext({ out, html, docx }: Outputs): string {
  const ways = [
    ...(out
      ? [
          `mở ${out} để xem và in (A4 ngang, đã chia trang), hoặc npm run preview -- ${out} để xem trước các trang in`,
        ]
      : []),
    ...(html ? [`mở ${html} bằng trình duyệt rồi bấm “In / Lưu PDF”`] : []),
    ...(docx
      ? [`mở ${docx} bằng Word hoặc LibreOffice Writer, viết vào các chỗ tô vàng […] rồi trình ký`]
      : []),
  ];
  return wrap(`Tiếp theo: ${ways.join('; ')}.`);
}

/**
 * Where `consolidate`/`report` write: `--out` (the .xlsx), `--html` (the print view), `--docx` (the
 * báo cáo, `report` only), any of them; checked before any work. Without `--out`, no .xlsx is written
 * when one of the others is asked for.
 */
function outputs(args: ParsedArgs, command: string): Outputs {
  const html = args.html === null ? null : checkHtmlOutput(args.html, args.file);
  const docx = args.docx === null ? null : checkDocxOutput(args.docx, args.file);
  const others = html !== null || docx !== null;
  const out = args.out === null && others ? null : outputPath(args.out, args.file, command);
  return { out, html, docx };
}

/** Writes the .xlsx and the print view, whichever was asked for. */
async function write(port: XlsxPort, where: Outputs, title: string, documents: PrintPart[]): Promise<void> {
  if (where.out) await saveWorkbook(port, where.out);
  if (where.html) writeFileSync(where.html, printHtml(title, documents), 'utf8');
}

/**
 * What the command wrote and what to do next; exit 1 when it is a draft. The file is still written (the
 * secretariat may want to see the figures), but a script or a person running it learns from the exit
 * code and the last line on stderr that nothing in it is ready to sign.
 */
function finish(message: string, draft: Draft | null, file: string, where: Outputs, command: string): number {
  const written = [where.out, where.html, where.docx].filter((w): w is string => w !== null).join(', ');
  process.stdout.write(`${offline(message)}\nĐã ghi: ${written}\n`);
  if (!draft) {
    process.stdout.write(`${printNext(where)}\n`);
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

/**
 * `report F --from Y1 --to Y2 --out F2 [--html F.html] [--docx F.docx]`: the mid-term or final review
 * over a range of years, and the draft báo cáo (its text composed in the core) as a .docx; exit 1 for
 * a draft.
 */
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
  const documents: PrintPart[] = [
    { tab, charts: result.charts },
    { tab: models },
    { narrative: result.narrative, name: narrativeName(tab.name) },
  ];
  await write(port, where, `Bản in ${tab.name}`, documents);
  if (where.docx) await writeNarrativeDocx(result.narrative, where.docx);
  return finish(result.message, result.draft, args.file ?? '', where, 'report');
}
