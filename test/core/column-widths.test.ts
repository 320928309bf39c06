import { balancedWidths } from '../../src/core/reports/column-widths';
import { fitToPage, textRoom, textWidth, wrappedLines } from '../../src/core/reports/print-geometry';

const criteria = 'G1; G2; G3; G4; 2.1.C1; 2.1.C2; 2.1.C3; 2.1.C4; 2.1.C5; 2.1.C6';
const rows = Array.from({ length: 30 }, (_, i) => [i + 1, `Hộ ông Nguyễn Văn ${i}`, 'Cá nhân', criteria]);
const headers = ['STT', 'Tên', 'Đối tượng', 'Tiêu chí đáp ứng'];
const preferred = [40, 400, 300, 90];
const lines = (widths: number[]) =>
  rows.reduce(
    (sum, row) =>
      sum + Math.max(...row.map((cell, c) => wrappedLines(String(cell), textRoom(widths[c]), 13))),
    0,
  );

describe('column widths balanced to the text', () => {
  it('gives a column the room its text needs, so the table takes fewer lines on the same page width', () => {
    const widths = balancedWidths(preferred, headers, rows, 13);
    expect(lines(widths)).toBeLessThan(lines(fitToPage(preferred)));
    expect(widths[3]).toBeGreaterThan(preferred[3]);
  });

  it('keeps the page’s width: the columns add up to the preferred widths fitted to the page', () => {
    const widths = balancedWidths(preferred, headers, rows, 13);
    const total = fitToPage(preferred).reduce((a, b) => a + b, 0);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(total);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(total - widths.length);
  });

  it('makes no column narrower than its longest word, the headings’ in bold', () => {
    const widths = balancedWidths(preferred, headers, rows, 13);
    expect(textRoom(widths[2])).toBeGreaterThanOrEqual(textWidth('Cá nhân'.split(' ')[1], 13));
    expect(textRoom(widths[0])).toBeGreaterThanOrEqual(textWidth('STT', 13, true));
  });

  it('keeps the preferred widths when the text fits them as well', () => {
    const short = rows.map(([n]) => [n, 'A', 'B', 'C']);
    expect(balancedWidths(preferred, ['STT', 'Tên', 'Loại', 'Mã'], short, 13)).toEqual(fitToPage(preferred));
  });

  it('gives a column printed on one line (a link) the width of its whole text', () => {
    const linked = rows.map(([n, name]) => [n, name, 'Đề cử - Xã, thị trấn', criteria]);
    const widths = balancedWidths(preferred, headers, linked, 13, [2]);
    expect(textRoom(widths[2])).toBeGreaterThanOrEqual(textWidth('Đề cử - Xã, thị trấn', 13));
  });
});
