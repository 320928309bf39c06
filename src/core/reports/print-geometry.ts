import { cellText, type Grid } from '../cells';
import type { Area, DocumentLayout } from '../port';
import { TIMES } from './font-metrics';

/**
 * A4 landscape (841.9 × 595.3 pt) in points, less the margins the .xlsx door sets (0.5 in left and
 * right, 0.75 in top and bottom) and a point to spare across: printed at 100 %, a sheet a hair wider
 * than the page would lose its last column to a page of its own.
 */
export const PAGE = { width: 841.9 - 72 - 1, height: 595.3 - 108 };

/**
 * What a column of the model's pixels measures on paper. The .xlsx door writes px / 7 character units;
 * LibreOffice prints a unit as its default font's digit (Carlito's, Calibri's metrics: 5.55 pt,
 * measured in a rendered probe), so a pixel is 0.793 pt; the geometry is calibrated to that. Excel
 * prints a unit as 7 px at 96 dpi (0.75 pt a pixel): its columns are 5 % narrower, so a cell filled to
 * its edge in LibreOffice can need one more line there (see README › Documents the council signs).
 */
export const POINTS_PER_PIXEL = 5.55 / 7;
/**
 * Inside a cell: the text's room left and right (LibreOffice leaves 1 pt a side, measured) and below the
 * lines (the text starts at the row's top; the bottom border).
 */
const PADDING = { horizontal: 2.5, vertical: 2 };
/**
 * One line of text, in em: LibreOffice spaces lines by the font's Windows ascent and descent
 * (1.107 em: 14.4 pt at 13 pt, measured), without the line gap.
 */
export const LINE_HEIGHT = (TIMES.ascent + TIMES.descent) / 1000;

const widthOf = {
  regular: new Map([...TIMES.characters].map((ch, i) => [ch, TIMES.regular[i]])),
  bold: new Map([...TIMES.characters].map((ch, i) => [ch, TIMES.bold[i]])),
};

/** A character's advance in 1/1000 em; one not in the table counts as its base letter, else as “M”. */
function advance(ch: string, bold: boolean): number {
  const table = bold ? widthOf.bold : widthOf.regular;
  return table.get(ch) ?? table.get(ch.normalize('NFD')[0]) ?? (table.get('M') as number);
}

/** A text's width in points, set in Times New Roman at `size`, kerning aside (it only narrows). */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) units += advance(ch, bold);
  return (units * size) / 1000;
}

/** A text measured once, to be wrapped at many widths: each paragraph's words and their widths. */
export interface MeasuredText {
  space: number;
  paragraphs: { word: string; width: number }[][];
  size: number;
  bold: boolean;
}

export function measureText(text: string, size: number, bold = false): MeasuredText {
  return {
    space: textWidth(' ', size, bold),
    paragraphs: text
      .split('\n')
      .map((p) => p.split(' ').map((word) => ({ word, width: textWidth(word, size, bold) }))),
    size,
    bold,
  };
}

/**
 * The lines a measured text takes when wrapped word by word at a width in points, as office programs
 * wrap: at spaces, and inside a word only when the word alone is wider than the line.
 */
export function linesAt(text: MeasuredText, width: number): number {
  const { space } = text;
  let lines = 0;
  for (const paragraph of text.paragraphs) {
    lines += 1;
    let x = 0;
    for (const { word, width: w } of paragraph) {
      if (word === '') {
        x += space;
        continue;
      }
      if (x > 0 && x + space + w > width) {
        lines += 1;
        x = 0;
      }
      x += (x > 0 ? space : 0) + w;
      // A word longer than the line breaks inside it, character by character.
      if (x > width) {
        let run = 0;
        for (const ch of word) {
          const c = textWidth(ch, text.size, text.bold);
          if (run > 0 && run + c > width) {
            lines += 1;
            run = 0;
          }
          run += c;
        }
        x = run;
      }
    }
  }
  return lines;
}

/** The lines a text takes when wrapped at a width in points (see `linesAt`). */
export function wrappedLines(text: string, width: number, size: number, bold = false): number {
  return linesAt(measureText(text, size, bold), width);
}

/** A row's height in points for `lines` lines of text at `size`. */
export function linesHeight(lines: number, size: number): number {
  return lines * size * LINE_HEIGHT + PADDING.vertical;
}

/** The width in points that a cell spanning these pixels gives its text. */
export function textRoom(pixels: number): number {
  return pixels * POINTS_PER_PIXEL - PADDING.horizontal;
}

/**
 * Each row's height in points, for a door that must set it (Excel does not grow a row for wrapped
 * text it did not lay out itself): the most lines any cell of the row needs at its column's width
 * (a merged cell's whole width), or the height the layout fixes. An empty row is one line high.
 */
export function rowHeights(
  values: Grid,
  layout: DocumentLayout,
  columnWidths: number[],
  merges: Area[],
): number[] {
  const spans = new Map(merges.map((m) => [`${m.row}:${m.column}`, m]));
  // A row's pixel is 0.75 pt in both programs (96 dpi), unlike a column's character unit.
  const fixed = new Map(layout.rowHeights.map((h) => [h.row, h.pixels * 0.75]));
  return values.map((cells, r) => {
    const row = r + 1;
    const fixedHeight = fixed.get(row);
    if (fixedHeight !== undefined) return fixedHeight;
    let height = linesHeight(1, layout.font.size);
    cells.forEach((value, c) => {
      const text = cellText(value);
      if (text === '') return;
      const style = layout.styles[r]?.[c] ?? {};
      const size = style.size ?? layout.font.size;
      const span = spans.get(`${row}:${c + 1}`);
      const pixels = span
        ? columnWidths.slice(c, c + span.columns).reduce((a, b) => a + b, 0)
        : (columnWidths[c] ?? 100);
      const lines = style.wrap === false ? 1 : wrappedLines(text, textRoom(pixels), size, style.bold);
      height = Math.max(height, linesHeight(lines, size));
    });
    // Whole pixels (0.75 pt at 96 dpi): LibreOffice draws a row's height rounded down to a pixel.
    return Math.ceil(height / 0.75 - 1e-9) * 0.75;
  });
}

/** How much a page shrinks a sheet wider than it, as "fit to one page wide" does. */
export function printScale(columnWidths: number[]): number {
  const points = columnWidths.reduce((a, b) => a + b, 0) * POINTS_PER_PIXEL;
  return Math.min(1, PAGE.width / points);
}

/**
 * Column widths narrowed in proportion until the sheet fits the page's width, so “fit to one page
 * wide” has nothing to shrink and 13 pt text prints at 13 pt.
 */
export function fitToPage(columnWidths: number[]): number[] {
  if (printScale(columnWidths) >= 1) return columnWidths;
  const room = PAGE.width / POINTS_PER_PIXEL;
  const scale = room / columnWidths.reduce((a, b) => a + b, 0);
  return columnWidths.map((w) => Math.floor(w * scale));
}
