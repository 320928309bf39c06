import { setupWorkbook } from '../../core/jobs/setup';
import type { ParsedArgs } from '../args';
import { outputPath } from '../open-workbook';
import { UsageError } from '../usage-error';
import { XlsxPort } from '../xlsx-port';

/** `template --out F`: the template workbook, built by the same setup job as the add-on's menu. */
export async function template(args: ParsedArgs): Promise<number> {
  if (args.file) throw new UsageError('Lệnh template không đọc tệp nào.', 'template takes no input file.');
  const out = outputPath(args.out, null, 'template');
  const port = XlsxPort.empty();
  const report = setupWorkbook(port);
  await port.save(out);
  for (const message of report.messages) process.stderr.write(`${message}\n`);
  process.stdout.write(`Đã ghi bảng tính mẫu: ${out}\n`);
  return 0;
}
