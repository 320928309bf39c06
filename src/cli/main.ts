import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { setupWorkbook } from '../core/jobs/setup';
import { parseArgs, type ParsedArgs } from './args';
import { UsageError } from './usage-error';
import { XlsxPort } from './xlsx-port';

const HELP: Record<string, string> = {
  '': [
    'Điển hình tiên tiến — chạy ngoại tuyến trên tệp .xlsx / offline runner for .xlsx workbooks',
    '',
    'Cách dùng / usage: npm start -- <lệnh> [tệp.xlsx] [tùy chọn]',
    '  template --out F     tạo bảng tính mẫu từ kế hoạch / write the template workbook',
    '',
    'Thêm --help sau một lệnh để xem chi tiết / add --help after a command for details.',
  ].join('\n'),
  template: [
    'npm start -- template --out F.xlsx',
    'Tạo bảng tính mẫu: các trang Cấu hình, Đơn vị, Lĩnh vực, Tiêu chí lấy từ kế hoạch mẫu và một trang Đề cử',
    'có sẵn tiêu đề và danh sách chọn. / Writes the template workbook from the preset plan.',
  ].join('\n'),
};

async function template(args: ParsedArgs): Promise<number> {
  if (!args.out)
    throw new UsageError('Lệnh template cần --out <tệp.xlsx>.', 'template needs --out <file.xlsx>.');
  if (args.file) throw new UsageError('Lệnh template không đọc tệp nào.', 'template takes no input file.');
  const out = resolve(args.out);
  if (existsSync(out)) {
    throw new UsageError(
      `Tệp ${out} đã có; chọn tên khác để không ghi đè.`,
      `${out} exists; choose another name so nothing is overwritten.`,
    );
  }
  const port = XlsxPort.empty();
  const report = setupWorkbook(port);
  await port.save(out);
  for (const message of report.messages) process.stderr.write(`${message}\n`);
  process.stdout.write(`Đã ghi bảng tính mẫu: ${out}\n`);
  return 0;
}

const COMMANDS: Record<string, (args: ParsedArgs) => Promise<number>> = { template };

/** Runs one command and returns the process exit code (0 ok, 1 problems found, 2 bad usage or file). */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help || !args.command) {
      process.stdout.write(`${HELP[args.command ?? ''] ?? HELP['']}\n`);
      return args.command || args.help ? 0 : 2;
    }
    const command = COMMANDS[args.command];
    if (!command)
      throw new UsageError(`Không có lệnh “${args.command}”.`, `Unknown command "${args.command}".`);
    return await command(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`Lỗi: ${error.vietnamese} / Error: ${error.english}\n`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(
        `Lỗi không mong đợi / Unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
