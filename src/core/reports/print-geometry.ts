import { cellText, type Grid } from '../cells';
import type { Area, DocumentLayout } from '../port';

/** A4 landscape in points, less the margins the .xlsx door sets (0.5 in left and right, 0.75 in top and bottom). */
export const PAGE = { width: 842 - 72, height: 595 - 108 };

const POINTS_PER_PIXEL = 0.75;
/**
 * Widths of Times New Roman's characters as a share of the font size, by kind (Vietnamese letters
 * count as their base letter), a little generous so that a wrapped cell is never cut short.
 */
function characterWidth(ch: string): number {
  const base = ch.normalize('NFD')[0].replace(/[đ]/, 'd').replace(/[Đ]/, 'D');
  if (base === ' ') return 0.25;
  if (/[iljtfr.,;:'|!]/.test(base)) return 0.3;
  if (/[mw]/.test(base)) return 0.74;
  if (/[a-z]/.test(base)) return 0.5;
  if (/[MW]/.test(base)) return 0.9;
  if (/[A-Z]/.test(base)) return 0.66;
  if (/[0-9]/.test(base)) return 0.5;
  return 0.5;
}

/** The lines a text takes when wrapped word by word at a width, in points. */
export function wrappedLines(text: string, width: number, size: number, bold = false): number {
  const scale = size * (bold ? 1.05 : 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let x = 0;
    for (const word of paragraph.split(' ')) {
      const w = [...word].reduce((sum, ch) => sum + characterWidth(ch), 0) * scale;
      const gap = x === 0 ? 0 : 0.25 * scale;
      if (x > 0 && x + gap + w > width) {
        lines += 1;
        x = w;
      } else x += gap + w;
      // A word longer than the line breaks inside it.
      while (x > width) {
        lines += 1;
        x -= width;
      }
    }
  }
  return lines;
}
const LINE_HEIGHT = 1.2;
const PADDING = 4;

/**
 * Each row's height in points, for a door that must set it (Excel does not grow a row for wrapped
 * text it did not lay out itself): the most lines any cell of the row needs at its column's width
 * (a merged cell's whole width), or the height the layout fixes.
 */
export function rowHeights(
  values: Grid,
  layout: DocumentLayout,
  columnWidths: number[],
  merges: Area[],
): number[] {
  const spans = new Map(merges.map((m) => [`${m.row}:${m.column}`, m]));
  const fixed = new Map(layout.rowHeights.map((h) => [h.row, h.pixels * POINTS_PER_PIXEL]));
  return values.map((cells, r) => {
    const row = r + 1;
    const fixedHeight = fixed.get(row);
    if (fixedHeight !== undefined) return fixedHeight;
    let height = layout.font.size * LINE_HEIGHT + PADDING;
    cells.forEach((value, c) => {
      const text = cellText(value);
      if (text === '') return;
      const style = layout.styles[r]?.[c] ?? {};
      const size = style.size ?? layout.font.size;
      const span = spans.get(`${row}:${c + 1}`);
      const pixels = span
        ? columnWidths.slice(c, c + span.columns).reduce((a, b) => a + b, 0)
        : (columnWidths[c] ?? 100);
      const lines =
        style.wrap === false ? 1 : wrappedLines(text, pixels * POINTS_PER_PIXEL - PADDING, size, style.bold);
      height = Math.max(height, lines * size * LINE_HEIGHT + PADDING);
    });
    return Math.round(height * 10) / 10;
  });
}

/** Excel adds a few pixels of padding to every column's width. */
const COLUMN_PADDING = 5;

function printedPixels(columnWidths: number[]): number {
  return columnWidths.reduce((a, b) => a + b + COLUMN_PADDING, 0);
}

/** How much a page shrinks a sheet wider than it, as "fit to one page wide" does. */
export function printScale(columnWidths: number[]): number {
  return Math.min(1, PAGE.width / (printedPixels(columnWidths) * POINTS_PER_PIXEL));
}

/**
 * Column widths narrowed in proportion until the sheet fits the page's width, so “fit to one page
 * wide” has nothing to shrink and 13 pt text prints at 13 pt.
 */
export function fitToPage(columnWidths: number[]): number[] {
  if (printScale(columnWidths) >= 1) return columnWidths;
  const room = PAGE.width / POINTS_PER_PIXEL - COLUMN_PADDING * columnWidths.length;
  const scale = room / columnWidths.reduce((a, b) => a + b, 0);
  return columnWidths.map((w) => Math.floor(w * scale));
}

/**
 * Rows before which a page must break so that no run of `keepTogether` is split (a heading at a page
 * foot, totals apart from the signature), for a page of `pageHeight` points of sheet, the repeated
 * heading rows included on every page after the first.
 */
export function pageBreaks(heights: number[], layout: DocumentLayout, pageHeight: number): number[] {
  const sum = (from: number, to: number) => heights.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const repeat = layout.repeatRows;
  const repeated = repeat ? sum(repeat.from, repeat.to) : 0;
  const groups = new Map<number, number>();
  for (const g of layout.keepTogether) groups.set(g.from, Math.max(groups.get(g.from) ?? 0, g.to));
  const breaks: number[] = [];
  let y = 0;
  for (let row = 1; row <= heights.length; row++) {
    const height = heights[row - 1];
    const to = groups.get(row);
    const needed = to === undefined ? height : sum(row, Math.min(to, heights.length));
    const top = repeat && row > repeat.to ? repeated : 0;
    if (y > top && y + needed > pageHeight && top + needed <= pageHeight) {
      breaks.push(row);
      y = top;
    } else if (y + height > pageHeight) y = top;
    y += height;
  }
  return breaks;
}
