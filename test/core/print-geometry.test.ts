import { DocumentBuilder } from '../../src/core/reports/document';
import { fitToPage, pageBreaks, printScale, rowHeights } from '../../src/core/reports/print-geometry';
import { communePlan } from '../../src/demo/commune-workbook';

describe('print geometry', () => {
  it('narrows columns until a sheet fits an A4 landscape page at full size', () => {
    const widths = fitToPage([45, 90, 280, 170, 75, 80, 75, 80, 90, 400]);
    expect(printScale(widths)).toBe(1);
    expect(printScale([45, 90, 280, 170, 75, 80, 75, 80, 90, 400])).toBeLessThan(1);
  });

  it('gives a wrapped cell as many lines as its text needs at its column’s width', () => {
    const doc = new DocumentBuilder(communePlan(), [200, 100]);
    doc.row(['ngắn', 'Tổ chức chính trị – xã hội của thôn, bản']);
    doc.row(['ngắn', 'một']);
    const tab = doc.build('k', 'n');
    const [two, one] = rowHeights(tab.values, tab.layout!, tab.format.columnWidths ?? [], tab.merges ?? []);
    expect(two).toBeGreaterThan(one * 1.8);
  });

  it('breaks a page before a heading that would otherwise stand alone at its foot', () => {
    const doc = new DocumentBuilder(communePlan(), [100, 100]);
    const { last } = doc.table(
      ['A', 'B'],
      Array.from({ length: 20 }, (_, i) => [i, 'x']),
      [],
    );
    const heading = doc.heading('Mục tiếp theo');
    doc.table(['C', 'D'], [[1, 'y']]);
    const tab = doc.build('k', 'n');
    const heights = rowHeights(tab.values, tab.layout!, [100, 100], []);
    // A page that ends just after the heading: the heading moves to the next page with its table.
    const pageHeight = heights.slice(0, heading).reduce((a, b) => a + b, 0) + 1;
    expect(pageBreaks(heights, tab.layout!, pageHeight)).toContain(heading);
    expect(last).toBe(heading - 1);
  });
});
