import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './usage-error';
import { XlsxPort } from './xlsx-port';

/** Opens an input workbook, turning every way a file can be unusable into one bilingual line. */
export async function openWorkbook(file: string | null, command: string): Promise<XlsxPort> {
  if (!file) throw new UsageError(`Lệnh ${command} cần tên tệp .xlsx.`, `${command} needs an .xlsx file.`);
  const path = resolve(file);
  if (!existsSync(path)) throw new UsageError(`Không thấy tệp ${path}.`, `File not found: ${path}.`);
  if (!statSync(path).isFile()) throw new UsageError(`${path} không phải là tệp.`, `${path} is not a file.`);
  try {
    return await XlsxPort.open(path);
  } catch {
    throw new UsageError(
      `Không đọc được ${path}: tệp không phải .xlsx, bị hỏng hoặc có mật khẩu.`,
      `Cannot read ${path}: not an .xlsx file, damaged or password-protected.`,
    );
  }
}

/** Refuses to overwrite an existing file or the input itself. */
export function outputPath(out: string | null, input: string | null, command: string): string {
  if (!out)
    throw new UsageError(`Lệnh ${command} cần --out <tệp.xlsx>.`, `${command} needs --out <file.xlsx>.`);
  const path = resolve(out);
  if (input && resolve(input) === path) {
    throw new UsageError(
      'Tệp kết quả phải khác tệp đầu vào.',
      'The output file must differ from the input file.',
    );
  }
  if (existsSync(path)) {
    throw new UsageError(
      `Tệp ${path} đã có; chọn tên khác để không ghi đè.`,
      `${path} exists; choose another name so nothing is overwritten.`,
    );
  }
  return path;
}
