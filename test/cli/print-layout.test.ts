import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { toCellValue, XlsxPort } from '../../src/cli/xlsx-port';
import { CELL_LIMIT, cellText } from '../../src/core/cells';
import { runCouncil } from '../../src/core/jobs/reports';
import { communeWorkbook } from '../../src/demo/commune-workbook';
import { tempDir } from '../support/run-cli';

/** The commune example consolidated offline, one summary made longer than an Excel cell holds. */
async function consolidated(): Promise<ExcelJS.Workbook> {
  const port = XlsxPort.empty();
  for (const tab of communeWorkbook().tabs) {
    port.addTab(tab.name);
    const values = tab.values.map((r) => r.slice());
    if (tab.name === 'Đề cử các thôn, bản') values[1][7] = 'Thành tích rất dài. '.repeat(2_000);
    port.writeCells(tab.name, { row: 1, column: 1, values });
  }
  runCouncil(port, new Date(2026, 10, 25));
  const file = join(tempDir(), 'tong-hop.xlsx');
  await port.save(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe('the council’s tabs in a written .xlsx, as Decree 30 lays a document out', () => {
  let workbook: ExcelJS.Workbook;
  let list: ExcelJS.Worksheet;
  beforeAll(async () => {
    workbook = await consolidated();
    list = workbook.getWorksheet('Tổng hợp 2026') as ExcelJS.Worksheet;
  });

  it('sets Times New Roman, 13 pt body and 14 pt bold title', () => {
    expect(list.getCell('B11').font).toMatchObject({ name: 'Times New Roman', size: 13 });
    expect(list.getCell('B11').font.bold).toBeFalsy();
    expect(list.getCell('A6').value).toBe('DANH SÁCH MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2026');
    expect(list.getCell('A6').font).toMatchObject({ size: 14, bold: true });
  });

  it('heads it with the superior body regular, the council bold, the national name, motto, number and italic date', () => {
    const right = (row: number) => list.getRow(row).values as ExcelJS.CellValue[];
    expect(list.getCell('A1')).toMatchObject({ value: 'ỦY BAN NHÂN DÂN XÃ HÒA SƠN' });
    expect(list.getCell('A1').font.bold).toBeFalsy();
    expect(list.getCell('A2')).toMatchObject({ value: 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG XÃ HÒA SƠN' });
    expect(list.getCell('A2').font.bold).toBe(true);
    expect(right(1)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(right(2)).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(cellText(toCellValue(list.getCell('A4').value))).toMatch(/^Số: /);
    const date = list.getRow(4).findCell(6);
    expect(date?.value).toBe('Hòa Sơn, ngày ..... tháng ..... năm ..........');
    expect(date?.font.italic).toBe(true);
    // The short rules under the council and the motto.
    const rules = [...Array(9).keys()].filter((c) => list.getCell(3, c + 1).border?.top?.style === 'thin');
    expect(rules).toHaveLength(2);
  });

  it('borders the table, centres its headings and figures, and repeats the headings on every page', () => {
    expect(list.getCell('A9').value).toBe('STT');
    expect(list.getCell('A9').font.bold).toBe(true);
    expect(list.getCell('A9').alignment.horizontal).toBe('center');
    expect(list.getCell('A11').alignment.horizontal).toBe('center');
    expect(list.getCell('F11').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(list.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      scale: 100,
      printTitlesRow: '9:9',
    });
    expect(list.headerFooter.oddFooter).toContain('Trang &P/&N');
  });

  it('gives a row the height its wrapped text needs', () => {
    const heights = [...Array(list.rowCount).keys()].map((r) => list.getRow(r + 1).height ?? 0);
    expect(Math.max(...heights)).toBeGreaterThan(40);
    expect(heights.every((h) => h > 0)).toBe(true);
  });

  it('ends with the signature block: TM. the council, CHỦ TỊCH, room to sign and the signer from Cấu hình', () => {
    const texts = (list.getColumn(6).values as ExcelJS.CellValue[]).map(String);
    const tm = texts.indexOf('TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG XÃ HÒA SƠN');
    expect(tm).toBeGreaterThan(0);
    expect(texts[tm + 1]).toBe('CHỦ TỊCH');
    expect(texts[tm + 4]).toBe('Lò Văn Thắng');
    expect(list.getRow(tm + 2).height).toBeGreaterThan(20);
  });

  it('addresses the propagation list to the recipient in a “Nơi nhận:” block', () => {
    const propagation = workbook.getWorksheet('Tuyên truyền 2026') as ExcelJS.Worksheet;
    const texts = (propagation.getColumn(1).values as ExcelJS.CellValue[]).map(String);
    const at = texts.indexOf('Nơi nhận:');
    expect(texts.slice(at, at + 3)).toEqual(['Nơi nhận:', '- Đài Truyền thanh xã Hòa Sơn;', '- Lưu: VT.']);
  });

  it('writes no cell longer than Excel holds', () => {
    let longest = 0;
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => (longest = Math.max(longest, cellText(toCellValue(cell.value)).length))),
      );
    expect(longest).toBe(CELL_LIMIT.xlsx);
  });
});
