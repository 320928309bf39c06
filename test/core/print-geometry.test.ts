import { DocumentBuilder } from '../../src/core/reports/document';
import { paginate } from '../../src/core/reports/pagination';
import {
  fitToPage,
  linesHeight,
  printScale,
  rowHeights,
  textRoom,
  textWidth,
  wrappedLines,
} from '../../src/core/reports/print-geometry';
import type { DocumentLayout, GeneratedTab } from '../../src/core/port';
import { communePlan } from '../../src/demo/commune-workbook';

type LaidOut = GeneratedTab & { layout: DocumentLayout };
const laidOut = (doc: DocumentBuilder): LaidOut => doc.build('k', 'n') as LaidOut;
const rowsOf = (n: number, text = 'x'): (string | number)[][] =>
  Array.from({ length: n }, (_, i) => [i + 1, text]);

describe('print geometry', () => {
  it('narrows columns until a sheet fits an A4 landscape page at full size', () => {
    const widths = fitToPage([45, 90, 280, 170, 75, 80, 75, 80, 90, 400]);
    expect(printScale(widths)).toBe(1);
    expect(printScale([45, 90, 280, 170, 75, 80, 75, 80, 90, 400])).toBeLessThan(1);
  });

  it('measures text with Times New Roman’s advance widths, bold wider, Vietnamese letters as printed', () => {
    // “Times” in Times New Roman: T 611, i 278, m 778, e 444, s 389 thousandths of an em.
    expect(textWidth('Times', 10)).toBeCloseTo(25, 1);
    expect(textWidth('Hội đồng', 13, true)).toBeGreaterThan(textWidth('Hội đồng', 13));
    expect(textWidth('Ư', 13)).toBeCloseTo(textWidth('U', 13) + 0.8, 0);
  });

  it('wraps at spaces, and inside a word only when the word alone is wider than the line', () => {
    const line = textWidth('Gương mẫu học tập', 13);
    expect(wrappedLines('Gương mẫu học tập', line, 13)).toBe(1);
    expect(wrappedLines('Gương mẫu học tập', line - 1, 13)).toBe(2);
    expect(wrappedLines('2.1.C1;2.1.C2;2.1.C3', textWidth('2.1.C1;', 13), 13)).toBe(3);
    expect(wrappedLines('một\nhai', 500, 13)).toBe(2);
  });

  it('makes a row as tall as its wrapped text and no taller', () => {
    const doc = new DocumentBuilder(communePlan(), [200, 100]);
    const long = 'Tổ chức chính trị – xã hội của thôn, bản';
    const row = doc.row(['ngắn', long]);
    doc.row(['ngắn', 'một']);
    const tab = laidOut(doc);
    const [two, one] = rowHeights(tab.values, tab.layout, tab.format.columnWidths ?? [], []).slice(row - 1);
    const lines = wrappedLines(long, textRoom(100), 13);
    expect(lines).toBeGreaterThan(1);
    // Rounded up to a whole pixel (0.75 pt), as LibreOffice draws rows.
    expect(two).toBeGreaterThanOrEqual(linesHeight(lines, 13));
    expect(two).toBeLessThan(linesHeight(lines, 13) + 0.75);
    expect(one).toBeGreaterThanOrEqual(linesHeight(1, 13));
    expect(one).toBeLessThan(linesHeight(1, 13) + 0.75);
    expect((two / 0.75) % 1).toBeCloseTo(0, 6);
  });
});

describe('page breaks', () => {
  const pageOf = (breaks: number[], row: number) => breaks.filter((b) => b <= row).length;

  it('fills each page: a break falls only where the next row does not fit', () => {
    const doc = new DocumentBuilder(communePlan(), [100, 100]);
    doc.table(['A', 'B'], rowsOf(40));
    const tab = laidOut(doc);
    const { heights, breaks } = paginate(tab, 200);
    let start = 1;
    for (const b of breaks) {
      const used = heights.slice(start - 1, b - 1).reduce((a, h) => a + h, 0);
      const top = start === 1 ? 0 : heights[0];
      expect(used + top + heights[b - 1]).toBeGreaterThan(200);
      start = b;
    }
  });

  it('keeps a section heading with its column headings and first two rows', () => {
    const doc = new DocumentBuilder(communePlan(), [100, 100]);
    doc.table(['A', 'B'], rowsOf(20));
    const heading = doc.heading('Mục tiếp theo');
    doc.table(['C', 'D'], rowsOf(5));
    const tab = laidOut(doc);
    const heights = paginate(tab).heights;
    // A page that would end just after the heading's first row: the heading moves on with them.
    const page = heights.slice(0, heading + 1).reduce((a, b) => a + b, 0) + 1;
    const { breaks } = paginate(tab, page);
    expect(breaks).toContain(heading);
  });

  it('repeats a table’s column headings at the top of each page it continues on, for every table', () => {
    const doc = new DocumentBuilder(communePlan(), [100, 100]);
    doc.table(['A', 'B'], rowsOf(30, 'một'));
    doc.heading('Bảng hai');
    doc.table(['C', 'D'], rowsOf(30, 'hai'));
    const printed = paginate(laidOut(doc), 300);
    const { values } = printed.tab;
    expect(printed.breaks.length).toBeGreaterThan(2);
    for (const b of printed.breaks) {
      const first = values[b - 1];
      // Each page starts with a heading row: the section heading or a table's column headings.
      expect(['A', 'C', 'Bảng hai']).toContain(first[0]);
    }
    // The copies are bordered as rows of their own table.
    const copy = printed.breaks.find((b) => values[b - 1][0] === 'C') as number;
    const second = printed.tab.layout.tables[1];
    expect(copy).toBeGreaterThan(second.row);
    expect(copy).toBeLessThan(second.row + second.rows);
  });

  it('keeps the signature with the total and the last rows, never on a page alone', () => {
    const doc = new DocumentBuilder(communePlan(), [100, 100]);
    const { last } = doc.table(['A', 'B'], rowsOf(24));
    doc.signature([], last);
    const tab = laidOut(doc);
    const all = paginate(tab, 10_000).heights;
    // A page that ends just before the signature: the last row goes over with it.
    const page = all.slice(0, last).reduce((a, b) => a + b, 0) + 1;
    const { breaks, tab: printed } = paginate(tab, page);
    const lastPage = pageOf(breaks, printed.values.length);
    const lastRow = printed.values.findIndex((r) => r[0] === 24) + 1;
    expect(pageOf(breaks, lastRow)).toBe(lastPage);
  });

  it('leaves a small table on the page where it fits', () => {
    const doc = new DocumentBuilder(communePlan(), [100, 100]);
    doc.table(['A', 'B'], rowsOf(3));
    doc.heading('Bảng hai');
    doc.table(['C', 'D'], rowsOf(3));
    expect(paginate(laidOut(doc)).breaks).toEqual([]);
  });
});
