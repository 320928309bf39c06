import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { UsageError } from './usage-error';

/** What to do with a workbook that is not an .xlsx exceljs can read, in the words of Excel's menus. */
const SAVE_AS_XLSX =
  'Mở tệp bằng Excel (hoặc LibreOffice Calc) › Tệp › Lưu thành › chọn “Sổ làm việc Excel (*.xlsx)”, rồi chạy lại với tệp .xlsx.';
const SAVE_AS_XLSX_EN =
  'Open it in Excel (or LibreOffice Calc), File › Save As › Excel Workbook (*.xlsx), then run again.';

/** The first bytes of a file: enough to tell a zip (.xlsx, .ods) from an OLE2 container (.xls, encrypted). */
function head(path: string, length = 128): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The stream an encrypted .xlsx is wrapped in, named in UTF-16 in the OLE2 container's directory. */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

const refusal = (vietnamese: string, english: string) =>
  new UsageError(`${vietnamese} ${SAVE_AS_XLSX}`, `${english} ${SAVE_AS_XLSX_EN}`);

/** An OLE2 container is either a workbook with a password (Excel keeps the real .xlsx inside) or an .xls. */
function refuseOle2(path: string): UsageError {
  // The directory can sit anywhere in the container: look through the whole file (workbooks are small).
  if (readFileSync(path).includes(ENCRYPTED))
    return new UsageError(
      `${path} có mật khẩu, chương trình không mở được. Gỡ mật khẩu: mở bằng Excel › Tệp › Thông tin › ` +
        'Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu › xóa mật khẩu › OK, lưu thành .xlsx rồi chạy lại.',
      `${path} is password-protected. In Excel: File › Info › Protect Workbook › Encrypt with Password, ` +
        'clear the password, save as .xlsx and run again.',
    );
  return refusal(
    `${path} là tệp Excel 97–2003 (.xls), chương trình chỉ đọc .xlsx.`,
    `${path} is an Excel 97-2003 .xls file; only .xlsx is read.`,
  );
}

/**
 * Refuses, with its own message and remedy, a file the offline runner cannot read: an old .xls, a
 * .csv, an OpenDocument .ods, or a password-protected workbook (Excel wraps those in OLE2 too). The
 * bytes decide, then the name: a file is often saved under the wrong extension. Anything else is
 * left for exceljs to try.
 */
export function refuseUnreadable(path: string): void {
  const bytes = head(path);
  const extension = extname(path).toLowerCase();
  if (bytes.subarray(0, 8).equals(OLE2)) throw refuseOle2(path);
  const zip = bytes.subarray(0, 4).equals(ZIP);
  // An OpenDocument file's first entry is `mimetype`, stored uncompressed: its text is in the head.
  if ((zip && bytes.includes('application/vnd.oasis.opendocument')) || extension === '.ods')
    throw refusal(
      `${path} là bảng tính OpenDocument (.ods), chương trình chỉ đọc .xlsx.`,
      `${path} is an OpenDocument spreadsheet (.ods); only .xlsx is read.`,
    );
  if (extension === '.csv')
    throw new UsageError(
      `${path} là tệp .csv: chỉ có một trang, không có các trang của kế hoạch (Cấu hình, Đơn vị, Tiêu chí…). ` +
        'Mở bằng Excel, chép các dòng vào trang “Đề cử” của bảng tính .xlsx của kế hoạch (bảng tính mới: ' +
        'npm start -- template --out F.xlsx), lưu lại rồi chạy lại với tệp .xlsx đó.',
      `${path} is a .csv: one sheet, without the plan's tabs. Paste its rows into the Đề cử tab of the ` +
        "plan's .xlsx workbook (a new one: template --out F.xlsx), save, and run again on that file.",
    );
  // Every .xlsx is a zip: anything else (a web page or text saved as .xlsx) cannot be one.
  if (!zip)
    throw refusal(
      `${path} không phải sổ làm việc .xlsx (có thể là trang web hoặc văn bản đặt tên .xlsx).`,
      `${path} is not an .xlsx workbook.`,
    );
}
