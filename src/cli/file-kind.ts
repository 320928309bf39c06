import { closeSync, openSync, readSync } from 'node:fs';
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

/**
 * Refuses, with its own message and remedy, a file the offline runner cannot read: an old .xls, a
 * .csv, an OpenDocument .ods, or a password-protected workbook (Excel wraps those in OLE2 too).
 * Anything else is left for exceljs to try.
 */
export function refuseUnreadable(path: string): void {
  const bytes = head(path);
  const extension = extname(path).toLowerCase();
  if (bytes.subarray(0, 8).equals(OLE2)) {
    if (extension === '.xls')
      throw new UsageError(
        `${path} là tệp Excel 97–2003 (.xls), chương trình chỉ đọc .xlsx. ${SAVE_AS_XLSX}`,
        `${path} is an Excel 97-2003 .xls file; only .xlsx is read. ${SAVE_AS_XLSX_EN}`,
      );
    throw new UsageError(
      `${path} có mật khẩu (hoặc là định dạng Excel cũ), chương trình không mở được. Gỡ mật khẩu: mở bằng Excel › ` +
        'Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu › xóa mật khẩu, lưu thành .xlsx rồi chạy lại.',
      `${path} is password-protected (or an old Excel format). Remove the password in Excel and save as .xlsx.`,
    );
  }
  if (bytes.subarray(0, 4).equals(ZIP) && bytes.includes('application/vnd.oasis.opendocument')) {
    throw new UsageError(
      `${path} là bảng tính OpenDocument (.ods), chương trình chỉ đọc .xlsx. ${SAVE_AS_XLSX}`,
      `${path} is an OpenDocument spreadsheet (.ods); only .xlsx is read. ${SAVE_AS_XLSX_EN}`,
    );
  }
  if (extension === '.csv' || (!bytes.subarray(0, 4).equals(ZIP) && extension !== '.xlsx')) {
    throw new UsageError(
      `${path} không phải sổ làm việc .xlsx${extension === '.csv' ? ' (là tệp .csv: chỉ có một trang, không có các trang tham chiếu)' : ''}. ${SAVE_AS_XLSX}`,
      `${path} is not an .xlsx workbook. ${SAVE_AS_XLSX_EN}`,
    );
  }
}
