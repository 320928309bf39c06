import { parseArgs, type ParsedArgs } from './args';
import { check } from './commands/check';
import { consolidate, report } from './commands/consolidate';
import { demo, writeCommune, writeDemo } from './commands/demo';
import { models } from './commands/models';
import { quotas } from './commands/quotas';
import { template } from './commands/template';
import { UsageError } from './usage-error';
import { offline } from './offline-words';
import { toStderr, wrap } from './terminal';
import { progressDone } from './progress';
import { PlanIncomplete } from '../core/workbook/plan-gaps';

const HELP: Record<string, string> = {
  '': [
    'Điển hình tiên tiến — chạy ngoại tuyến trên tệp .xlsx / offline runner for .xlsx workbooks',
    '',
    'npm start                 chạy toàn bộ trên bảng tính mẫu / the whole job on the demo workbook',
    'Cách dùng / usage: npm start -- <lệnh> [tệp.xlsx] [tùy chọn]',
    '  template [--blank | --from CU.xlsx --period Y1-Y2] --out F  bảng tính mới / a new workbook',
    '  template --unit MÃ --from F --out F2  tệp nhập riêng cho một đơn vị / one unit’s intake file',
    '  check F [--json] [--limit N] [--out F2]  kiểm tra các dòng đề cử / check every nomination row',
    '  quotas F [--year Y] [--json]  chỉ tiêu từng đơn vị / per-unit quotas',
    '  consolidate F [--year Y] [--only-council] --out F2 [--html F.html]  các trang tổng hợp cho Hội đồng / the council tabs',
    '  report F --from Y1 --to Y2 [--only-council] --out F2 [--html F.html] [--docx F.docx]  báo cáo sơ kết, tổng kết / period review',
    '  models F [--from Y1 --to Y2] [--json]  theo dõi từng mô hình qua các năm / each model through the years',
    '  models F --write-codes --out F2  ghi “Mã mô hình” còn trống / write the blank model codes',
    '',
    'Thêm --help sau một lệnh, hoặc “help <lệnh>”, để xem chi tiết / add --help after a command, or “help <command>”, for details.',
    'Chỉ JSON trên stdout (cho chương trình khác đọc) / pure JSON on stdout: npm start --silent -- check F.xlsx --json',
  ].join('\n'),
  template: [
    'npm start -- template --out F.xlsx',
    'npm start -- template --blank --out F.xlsx',
    'npm start -- template --from CU.xlsx --period 2026-2030 --out F.xlsx',
    'npm start -- template --unit MÃ --from BANG-TINH.xlsx --out DON-VI.xlsx',
    'Tạo bảng tính: các trang Cấu hình, Danh mục, Đơn vị, Lĩnh vực, Tiêu chí và một trang Đề cử có sẵn tiêu đề',
    'và danh sách chọn; theo kế hoạch mẫu, để trống (--blank), hoặc mang kế hoạch của tệp cũ sang giai đoạn mới',
    '(--from, --period: giữ đơn vị, lĩnh vực, tiêu chí, danh mục và cấu hình; không mang dòng đề cử, năm xét, sơ kết, mốc).',
    'Với --unit: tệp nhập riêng cho một đơn vị không có tài khoản Google, chỉ một trang “Đề cử - <đơn vị>”',
    '(dòng tiêu đề, cột và danh sách chọn); thư ký đưa vào Google Sheets bằng Tệp › Nhập › Chèn trang tính mới.',
    "/ Writes a new workbook: from the preset, blank, or carrying an old workbook's plan into a new period;",
    "/ --unit writes one unit's intake file (its tab only), to bring back in with Sheets' File › Import.",
  ].join('\n'),
  quotas: [
    'npm start -- quotas F.xlsx [--year Y] [--json]',
    'Chỉ tiêu năm Y (mặc định: “Năm xét” trong Cấu hình, hoặc năm nay) của từng đơn vị: đã đề cử, hợp lệ, còn thiếu.',
    'Mã thoát 1 nếu có đơn vị chưa đạt. / Per-unit quota tally; exit code 1 when a unit is short.',
  ].join('\n'),
  consolidate: [
    'npm start -- consolidate F.xlsx [--year Y] [--only-council] --out F2.xlsx [--html F.html]',
    'Ghi tệp mới gồm các trang của tệp đầu vào và các trang Chỉ tiêu, Tổng hợp, Thống kê, Tuyên truyền của năm Y;',
    'với --only-council, chỉ các trang của Hội đồng (không kèm dữ liệu cá nhân của các trang đề cử).',
    'Khi các trang kế hoạch còn lỗi, các trang vẫn được ghi nhưng là dự thảo (không có chỗ ký), mã thoát 1.',
    'Với --html: bản in, một trang HTML chia trang A4 ngang để mở bằng trình duyệt và in hoặc lưu PDF',
    '(có thể dùng --html mà không cần --out).',
    '/ Writes a new file with the council tabs for year Y; the input file is not modified.',
    '/ --html also writes the print view: one HTML page laid out for A4 landscape, to print from a browser.',
    '/ With errors in the reference tabs the tabs are drafts (no signature block) and the exit code is 1.',
  ].join('\n'),
  report: [
    'npm start -- report F.xlsx --from Y1 --to Y2 [--only-council] --out F2.xlsx [--html F.html] [--docx F.docx]',
    'Báo cáo sơ kết (một phần giai đoạn) hoặc tổng kết (cả giai đoạn); bỏ --from/--to để lấy cả giai đoạn.',
    'Với --html: bản in của báo cáo (có biểu đồ) và trang Theo dõi mô hình, mở bằng trình duyệt để in.',
    'Với --docx: dự thảo văn bản báo cáo (Word, A4 đứng, thể thức Nghị định 30/2020/NĐ-CP) có sẵn mọi số liệu',
    'và biểu đồ; các phần chỉ người viết được để trống, tô vàng “[…]”, để điền rồi trình ký',
    '(--html, --docx dùng được mà không cần --out).',
    'Khi các trang kế hoạch còn lỗi, báo cáo là dự thảo, mã thoát 1.',
    '/ Writes the mid-term or final review over years Y1–Y2 into a new file; a draft (exit 1) while the',
    '/ reference tabs have errors. --docx also writes the draft written report (báo cáo) as a Word document',
    '/ with every figure filled in and the parts only people can write marked “[…]” in yellow.',
  ].join('\n'),
  models: [
    'npm start -- models F.xlsx [--from Y1 --to Y2] [--json]',
    'npm start -- models F.xlsx --write-codes --out F2.xlsx',
    'Từng mô hình qua các năm (mặc định: cả giai đoạn): khâu và kết quả xét mỗi năm, cảnh báo khâu lùi, bỏ qua khâu,',
    'dừng ở một khâu, công nhận nhưng chưa nhân rộng. Mã thoát 1 nếu có cảnh báo.',
    'Với --write-codes: ghi bản sao có cột “Mã mô hình” điền cho các dòng còn trống (mã đã có được giữ nguyên).',
    '/ Each model through the years with the flags of its path; exit code 1 when a path is flagged.',
    '/ With --write-codes: a copy with the blank model codes written; codes already there are kept.',
  ].join('\n'),
  check: [
    'npm start -- check F.xlsx [--json] [--limit N] [--out F2.xlsx]',
    'Kiểm tra mọi dòng đề cử theo tiêu chí của kế hoạch; --out ghi bản sao có cột “Kết quả kiểm tra”, ô bị tô màu',
    'và trang “Lỗi hồ sơ”. Tệp đầu vào không bị sửa. In tóm tắt trước, rồi vấn đề theo trang và dòng (--limit N dòng,',
    'mặc định 30). Mã thoát 1 nếu có lỗi.',
    '/ Checks every nomination row; --out writes a checked copy. Exit code 1 when there are errors.',
  ].join('\n'),
};

const COMMANDS: Record<string, (args: ParsedArgs) => Promise<number>> = {
  template,
  check,
  quotas,
  consolidate,
  report,
  models,
  'demo-workbook': writeDemo,
  'commune-workbook': writeCommune,
};

/** Runs one command and returns the process exit code (0 ok, 1 problems found, 2 bad usage or file). */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      process.stdout.write(`${wrap(HELP[args.command ?? ''] ?? HELP[''])}\n`);
      return 0;
    }
    if (!args.command) return await demo();
    const command = COMMANDS[args.command];
    if (!command)
      throw new UsageError(`Không có lệnh “${args.command}”.`, `Unknown command "${args.command}".`);
    return await command(args);
  } catch (error) {
    progressDone();
    if (error instanceof UsageError) {
      toStderr('error', `Lỗi: ${error.vietnamese} / Error: ${error.english}`);
      return 2;
    }
    if (error instanceof PlanIncomplete) {
      toStderr('error', offline(error.message));
      toStderr(
        'error',
        "Error: the workbook's plan is incomplete (see the lines above); nothing was written.",
      );
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      toStderr('error', `Lỗi không mong đợi / Unexpected error: ${text}`);
      process.exitCode = 2;
    },
  );
}
