import { cellText, type CellValue } from '../cells';
import {
  fitToPage,
  LINE_HEIGHT,
  PAGE,
  POINTS_PER_PIXEL,
  textRoom,
  textWidth,
  wrappedLines,
} from './print-geometry';

/** Pixels added to a column at each step of the search. */
const STEP = 6;
/** A column is at least as wide as its longest word, but never more than this share of the page. */
const LONGEST_WORD_SHARE = 0.25;
const P = 8;

const longestWord = (text: string, size: number, bold: boolean) =>
  text.split(/\s+/).reduce((most, w) => Math.max(most, textWidth(w, size, bold)), 0);

/**
 * The widths that make a table's rows shortest on the page's width: each column starts as wide as its
 * longest word (the headings' in bold), then the page's remaining width goes, a few pixels at a time,
 * to the column whose widening saves the most lines over all rows (a row is as tall as its tallest
 * cell). A list's long “criteria” column gets the room its text needs instead of a guess made once for
 * every council. `preferred` gives the page's width (fitted) and shares what no column needs.
 */
export function balancedWidths(
  preferred: number[],
  headers: string[],
  rows: CellValue[][],
  size: number,
): number[] {
  const total = fitToPage(preferred).reduce((a, b) => a + b, 0);
  const toPixels = (points: number) => Math.ceil((points + 3) / POINTS_PER_PIXEL);
  const mins = preferred.map((_, c) =>
    Math.min(
      Math.floor(total * LONGEST_WORD_SHARE),
      rows.reduce(
        (most, r) => Math.max(most, toPixels(longestWord(cellText(r[c] ?? null), size, false))),
        toPixels(longestWord(headers[c] ?? '', size, true)),
      ),
    ),
  );
  if (mins.reduce((a, b) => a + b, 0) > total) return fitToPage(preferred);
  const widths = [...mins];
  const texts = rows.map((r) => preferred.map((_, c) => cellText(r[c] ?? null)));
  const steps = Math.floor((total - mins.reduce((a, b) => a + b, 0)) / STEP);
  // Each cell's lines at each width the search may give its column: lines[c][k][r] at mins[c] + k·STEP.
  const lines = preferred.map((_, c) =>
    Array.from({ length: steps + 1 }, (_, k) => {
      const room = textRoom(mins[c] + k * STEP);
      return [
        ...texts.map((t) => (t[c] === '' ? 1 : wrappedLines(t[c], room, size, false))),
        // The heading row counts as one more row.
        wrappedLines(headers[c] ?? '', room, size, true),
      ];
    }),
  );
  // The heading row is printed again on every page: it weighs as many rows as the table has pages.
  const fitted = fitToPage(preferred);
  const pages = Math.max(1, (tableLines(fitted, headers, texts, size) * size * LINE_HEIGHT) / PAGE.height);
  const weight = (r: number) => (r === texts.length ? pages : 1);
  const at = preferred.map(() => 0);
  // A row is as tall as its tallest cell; a soft maximum (the P-norm of its cells' lines) lets the
  // search see that widening one of two equally tall cells brings the row nearer to a line less.
  const sums = lines[0][0].map((_, r) => lines.reduce((sum, col) => sum + col[0][r] ** P, 0));
  const norm = (sum: number) => sum ** (1 / P);
  let left = steps;
  while (left > 0) {
    // The widening, of any column by any number of steps, that saves the most per step (a column may
    // save nothing until its cells' texts take a line less, many steps on).
    let best: { c: number; k: number; rate: number } | null = null;
    for (let c = 0; c < preferred.length; c++) {
      const current = lines[c][at[c]];
      for (let k = at[c] + 1; k <= at[c] + left; k++) {
        const next = lines[c][k];
        let gain = 0;
        for (let r = 0; r < next.length; r++)
          if (next[r] !== current[r])
            gain += weight(r) * (norm(sums[r]) - norm(sums[r] - current[r] ** P + next[r] ** P));
        const rate = gain / (k - at[c]);
        if (gain > 0 && (!best || rate > best.rate)) best = { c, k, rate };
      }
    }
    if (!best) break;
    const { c, k } = best;
    lines[c][k].forEach((n, r) => (sums[r] += n ** P - lines[c][at[c]][r] ** P));
    left -= k - at[c];
    at[c] = k;
    widths[c] = mins[c] + k * STEP;
  }
  // What no column needs is shared in proportion to the preferred widths.
  const rest = total - widths.reduce((a, b) => a + b, 0);
  const sumPreferred = preferred.reduce((a, b) => a + b, 0);
  const balanced = widths.map((w, c) => w + Math.floor((rest * preferred[c]) / sumPreferred));
  // A search can miss; the preferred widths stand when they give the table no more lines.
  return tableLines(balanced, headers, texts, size) < tableLines(fitted, headers, texts, size)
    ? balanced
    : fitted;
}

/** The lines a table takes at these widths: each row as many as its tallest cell. */
function tableLines(widths: number[], headers: string[], texts: string[][], size: number): number {
  const rowLines = (cells: string[], bold: boolean) =>
    widths.reduce(
      (most, w, c) => Math.max(most, cells[c] ? wrappedLines(cells[c], textRoom(w), size, bold) : 1),
      1,
    );
  return texts.reduce((sum, cells) => sum + rowLines(cells, false), rowLines(headers, true));
}
