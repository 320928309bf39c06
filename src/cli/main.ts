import { parseArgs, type ParsedArgs } from './args';
import { check } from './commands/check';
import { template } from './commands/template';
import { UsageError } from './usage-error';

const HELP: Record<string, string> = {
  '': [
    'Điển hình tiên tiến — chạy ngoại tuyến trên tệp .xlsx / offline runner for .xlsx workbooks',
    '',
    'Cách dùng / usage: npm start -- <lệnh> [tệp.xlsx] [tùy chọn]',
    '  template --out F     tạo bảng tính mẫu từ kế hoạch / write the template workbook',
    '  check F [--json] [--out F2]  kiểm tra các dòng đề cử / check every nomination row',
    '',
    'Thêm --help sau một lệnh để xem chi tiết / add --help after a command for details.',
  ].join('\n'),
  template: [
    'npm start -- template --out F.xlsx',
    'Tạo bảng tính mẫu: các trang Cấu hình, Đơn vị, Lĩnh vực, Tiêu chí lấy từ kế hoạch mẫu và một trang Đề cử',
    'có sẵn tiêu đề và danh sách chọn. / Writes the template workbook from the preset plan.',
  ].join('\n'),
  check: [
    'npm start -- check F.xlsx [--json] [--out F2.xlsx]',
    'Kiểm tra mọi dòng đề cử theo tiêu chí của kế hoạch; --out ghi bản sao có cột “Kết quả kiểm tra”, ô bị tô màu',
    'và trang “Lỗi hồ sơ”. Tệp đầu vào không bị sửa. Mã thoát 1 nếu có lỗi.',
    '/ Checks every nomination row; --out writes a checked copy. Exit code 1 when there are errors.',
  ].join('\n'),
};

const COMMANDS: Record<string, (args: ParsedArgs) => Promise<number>> = { template, check };

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
