import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { UsageError } from './usage-error';

/**
 * A path the user typed, from where they typed it: `npm start` runs in the project's folder, and npm
 * says in INIT_CWD where the user was.
 */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/**
 * An output file, checked before any work is done: an .xlsx (the only thing written), in a folder that
 * exists, not the input, not a file already there.
 */
export function checkOutput(out: string, input: string | null): string {
  const path = userPath(out);
  if (extname(path).toLowerCase() !== '.xlsx')
    throw new UsageError(
      `--out phải là tệp .xlsx (chương trình chỉ ghi .xlsx), không phải “${out}”.`,
      `--out must name an .xlsx file, got "${out}".`,
    );
  return checkPlace(path, input);
}

/** The print view's file (`--html`), checked before any work as `--out` is: an .html, in a folder that exists, new. */
export function checkHtmlOutput(out: string, input: string | null): string {
  const path = userPath(out);
  if (extname(path).toLowerCase() !== '.html')
    throw new UsageError(
      `--html phải là tệp .html (bản in mở bằng trình duyệt), không phải “${out}”.`,
      `--html must name an .html file, got "${out}".`,
    );
  return checkPlace(path, input);
}

/** The báo cáo's file (`--docx`), checked before any work as `--out` is: a .docx, in a folder that exists, new. */
export function checkDocxOutput(out: string, input: string | null): string {
  const path = userPath(out);
  if (extname(path).toLowerCase() !== '.docx')
    throw new UsageError(
      `--docx phải là tệp .docx (báo cáo mở bằng Word hoặc LibreOffice Writer), không phải “${out}”.`,
      `--docx must name a .docx file, got "${out}".`,
    );
  return checkPlace(path, input);
}

/** A new file in a folder that exists, and not the input. */
function checkPlace(path: string, input: string | null): string {
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UsageError(
      `Không có thư mục ${folder} để ghi ${path}; tạo thư mục đó trước hoặc chọn chỗ khác.`,
      `Folder ${folder} does not exist; create it first or choose another place.`,
    );
  if (input && userPath(input) === path)
    throw new UsageError(
      'Tệp kết quả phải khác tệp đầu vào.',
      'The output file must differ from the input file.',
    );
  if (existsSync(path))
    throw new UsageError(
      `Tệp ${path} đã có; chọn tên khác để không ghi đè.`,
      `${path} exists; choose another name so nothing is overwritten.`,
    );
  return path;
}
