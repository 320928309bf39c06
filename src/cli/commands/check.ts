import { CHECK_NEEDS, runCheck, summaryMessage } from '../../core/jobs/check';
import { checkTabs } from '../../core/jobs/reports';
import type { ValidationResult } from '../../core/validate/validate';
import type { TabData } from '../../core/workbook/tab';
import type { ParsedArgs } from '../args';
import { progressDone } from '../progress';
import { openWorkbook, outputPath, saveWorkbook } from '../open-workbook';
import { DEFAULT_LIMIT, issueList } from '../issue-list';
import { offline } from '../offline-words';
import { wrap } from '../terminal';

/** `check F [--json] [--out F2]`: exit 1 when any row or tab has an error. */
export async function check(args: ParsedArgs): Promise<number> {
  const out = args.out ? outputPath(args.out, args.file, 'check') : null;
  const port = await openWorkbook(args.file, 'check');
  // With --out the checked copy gets the check column, marks and `Lỗi hồ sơ`; the input is never written.
  const { result, message } = out ? runCheck(port) : reportOnly(port.readTabs());
  if (out) await saveWorkbook(port, out);
  progressDone();
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
    // The summary first, then the rows' problems, then what to do next.
    const lines = [wrap(offline(message)), ...issueList(result.issues, args.limit ?? DEFAULT_LIMIT)];
    if (out) lines.push(`Đã ghi bản đã kiểm tra: ${out}`);
    lines.push(wrap(nextStep(result.summary.errors > 0, out, args.file ?? '')));
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return result.summary.errors > 0 ? 1 : 0;
}

function reportOnly(tabs: TabData[]): { result: ValidationResult; message: string } {
  const { reading, result } = checkTabs(tabs, CHECK_NEEDS);
  return { result, message: summaryMessage(result, reading.defaults) };
}

function nextStep(errors: boolean, out: string | null, file: string): string {
  if (!errors)
    return `Tiếp theo: npm start -- quotas ${file} để xem chỉ tiêu, rồi consolidate để lập các trang cho Hội đồng.`;
  return out
    ? `Tiếp theo: mở ${out}, xem cột “Kết quả kiểm tra” và trang “Lỗi hồ sơ”, sửa các dòng trong tệp gốc rồi chạy lại check.`
    : `Tiếp theo: sửa các dòng trên trong ${file} rồi chạy lại check; thêm --out <bản sao.xlsx> để có bản đánh dấu từng ô.`;
}
