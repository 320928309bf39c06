import { CHECK_NEEDS, runCheck, summaryMessage } from '../../core/jobs/check';
import { checkTabs } from '../../core/jobs/reports';
import type { ValidationResult } from '../../core/validate/validate';
import type { TabData } from '../../core/workbook/tab';
import type { ParsedArgs } from '../args';
import { openWorkbook, outputPath, saveWorkbook } from '../open-workbook';

/** `check F [--json] [--out F2]`: exit 1 when any row or tab has an error. */
export async function check(args: ParsedArgs): Promise<number> {
  const port = await openWorkbook(args.file, 'check');
  const out = args.out ? outputPath(args.out, args.file, 'check') : null;
  // With --out the checked copy gets the check column, marks and `Lỗi hồ sơ`; the input is never written.
  const { result, message } = out ? runCheck(port) : reportOnly(port.readTabs());
  if (out) await saveWorkbook(port, out);
  if (args.json) {
    const { rows, valid, errors, warnings } = result.summary;
    const issues = result.issues.map(({ sheet, row, column, severity, code, message: text }) => ({
      sheet,
      row,
      column,
      severity,
      code,
      message: text,
    }));
    process.stdout.write(`${JSON.stringify({ rows, valid, errors, warnings, issues })}\n`);
  } else {
    for (const i of result.issues) {
      const where = `${i.sheet}${i.row !== null ? `!${i.row}` : ''}${i.column ? ` [${i.column}]` : ''}`;
      process.stdout.write(
        `${i.severity === 'error' ? 'LỖI     ' : 'CẢNH BÁO'} ${i.code.padEnd(22)} ${where}: ${i.message}\n`,
      );
    }
    process.stdout.write(`${message}\n`);
    if (out) process.stdout.write(`Đã ghi bản đã kiểm tra: ${out}\n`);
  }
  return result.summary.errors > 0 ? 1 : 0;
}

function reportOnly(tabs: TabData[]): { result: ValidationResult; message: string } {
  const { reading, result } = checkTabs(tabs, CHECK_NEEDS);
  return { result, message: summaryMessage(result, reading.defaults) };
}
