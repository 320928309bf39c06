import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../support/run-cli';

// exceljs reads only .xlsx. These fixtures are made here, byte by byte, as small as the runner's
// detection needs: the first bytes (OLE2 or zip) and the names inside.

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE2 container whose directory names one stream: `Workbook` in an .xls, `EncryptedPackage` in a locked .xlsx. */
function ole2(stream: string): Buffer {
  return Buffer.concat([OLE2, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(1024)]);
}

/** The smallest zip holding one stored file: enough to look like an OpenDocument spreadsheet. */
function odsLike(): Buffer {
  const name = Buffer.from('mimetype');
  const data = Buffer.from('application/vnd.oasis.opendocument.spreadsheet');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, data]);
}

/** Runs check on a file of these bytes: the refusal is one bilingual line on stderr, exit 2, nothing on stdout. */
function checkFile(name: string, bytes: Buffer | string): string {
  const file = join(tempDir(), name);
  writeFileSync(file, bytes);
  const run = cli(['check', file]);
  expect([run.code, run.stdout]).toEqual([2, '']);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toContain('không có trang đề cử');
  return run.stderr;
}

const SAVE_AS = /Mở tệp bằng Excel .*› Lưu thành › .*\.xlsx/;

describe('a file the runner cannot read gets its own message and remedy', () => {
  it('an old .xls gets its own message and the remedy (Save As .xlsx)', () => {
    const said = checkFile('cu.xls', ole2('Workbook'));
    expect(said).toMatch(/là tệp Excel 97–2003 \(\.xls\)/);
    expect(said).toMatch(SAVE_AS);
  });

  it('an .xls saved under an .xlsx name is still called an .xls: the bytes decide, not the name', () => {
    expect(checkFile('doi-ten.xlsx', ole2('Workbook'))).toMatch(/Excel 97–2003 \(\.xls\)/);
  });

  it('a password-protected workbook gets its own message and how to remove the password', () => {
    const said = checkFile('mat-khau.xlsx', ole2('EncryptedPackage'));
    expect(said).toMatch(/có mật khẩu.*Mã hóa bằng mật khẩu › xóa mật khẩu.*lưu thành \.xlsx/);
    expect(said).not.toContain('.xls)');
  });

  it('a .csv gets its own message and the remedy: its rows into the Đề cử tab of an .xlsx plan', () => {
    const said = checkFile('de-cu.csv', 'Năm,Đơn vị\n2026,TB1\n');
    expect(said).toMatch(/là tệp \.csv: chỉ có một trang/);
    expect(said).toContain('chép các dòng vào trang “Đề cử”');
    expect(said).toContain('template --out F.xlsx');
  });

  it('an .ods file gets its own message and the remedy, not “no nomination tab”', () => {
    for (const name of ['bang-tinh.ods', 'doi-ten.xlsx']) {
      const said = checkFile(name, odsLike());
      expect(said).toContain('là bảng tính OpenDocument (.ods)');
      expect(said).toMatch(SAVE_AS);
    }
  });

  it('a web page or text saved as .xls or .xlsx is not a workbook, and says how to make one', () => {
    for (const name of ['xuat-tu-phan-mem.xls', 'gia.xlsx']) {
      const said = checkFile(name, '<html><table><tr><td>Năm</td></tr></table></html>');
      expect(said).toContain('không phải sổ làm việc .xlsx');
      expect(said).toMatch(SAVE_AS);
    }
  });
});
