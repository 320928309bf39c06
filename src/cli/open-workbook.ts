import { existsSync, statSync } from 'node:fs';
import { CELL_LIMIT } from '../core/cells';
import { groupThousands } from '../core/numbers';
import { vocabularyKey } from '../core/text';
import { TAB } from '../core/workbook/layout';
import { readWorkbook } from '../core/workbook/read-workbook';
import { progress, progressDone } from './progress';
import { toStderr } from './terminal';
import { UsageError } from './usage-error';
import { refuseUnreadable } from './file-kind';
import { checkOutput, userPath } from './paths';
import { XlsxPort } from './xlsx-port';

/** Opens an input workbook, turning every way a file can be unusable into one bilingual line. */
export async function openWorkbook(file: string | null, command: string): Promise<XlsxPort> {
  if (!file) throw new UsageError(`Lệnh ${command} cần tên tệp .xlsx.`, `${command} needs an .xlsx file.`);
  const port = await openReadable(file);
  const path = userPath(file);
  const reading = readWorkbook(port.readTabs());
  const brokenNominationTab = reading.issues.some(
    (i) => i.code === 'E_MISSING_COLUMN' && !isReferenceTab(i.sheet),
  );
  if (reading.nominationTabs.length === 0 && !brokenNominationTab) {
    throw new UsageError(
      `${path} không có trang đề cử nào (trang có các cột Năm, Đơn vị đề nghị, Tên, Đối tượng, Lĩnh vực, Thành tích tóm tắt, Tiêu chí đáp ứng).`,
      `${path} has no nomination tab (a tab whose header row has the nomination columns).`,
    );
  }
  const rows = reading.nominationTabs.reduce((n, t) => n + t.rows.length, 0);
  progress(`Đang xử lý ${rows} dòng đề cử trong ${reading.nominationTabs.length} trang đề cử`);
  return port;
}

/** Opens any .xlsx file that exceljs can read, without asking what it holds. */
export async function openReadable(file: string): Promise<XlsxPort> {
  const path = userPath(file);
  if (!existsSync(path)) throw new UsageError(`Không thấy tệp ${path}.`, `File not found: ${path}.`);
  if (!statSync(path).isFile()) throw new UsageError(`${path} không phải là tệp.`, `${path} is not a file.`);
  refuseUnreadable(path);
  let port: XlsxPort;
  try {
    progress(`Đang đọc ${path}`);
    port = await XlsxPort.open(path);
  } catch {
    progressDone();
    throw new UsageError(
      `Không đọc được ${path}: tệp không phải .xlsx, bị hỏng hoặc có mật khẩu.`,
      `Cannot read ${path}: not an .xlsx file, damaged or password-protected.`,
    );
  }
  progressDone();
  return port;
}

function isReferenceTab(name: string): boolean {
  return (
    Object.values(TAB).some((tab) => vocabularyKey(tab) === vocabularyKey(name)) &&
    vocabularyKey(name) !== vocabularyKey(TAB.nominations)
  );
}

/** The output file of a command that must write one, checked before any work is done. */
export function outputPath(out: string | null, input: string | null, command: string): string {
  if (!out)
    throw new UsageError(`Lệnh ${command} cần --out <tệp.xlsx>.`, `${command} needs --out <file.xlsx>.`);
  return checkOutput(out, input);
}

/** Writes the output file, with the progress line while exceljs writes it. */
export async function saveWorkbook(port: XlsxPort, out: string): Promise<void> {
  progress(`Đang ghi ${out}`);
  const cut = await port.save(out);
  progressDone();
  for (const { cell, length } of cut)
    toStderr(
      'warning',
      `Cảnh báo: ô ${cell} có ${groupThousands(length)} ký tự, quá ${groupThousands(CELL_LIMIT.xlsx)} ký tự một ô Excel giữ được; ` +
        'tệp vừa ghi chỉ giữ phần đầu (có dấu “…”). Rút gọn ô đó trong bảng tính gốc.',
    );
}
