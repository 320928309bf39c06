import { cellText, type CellValue } from '../cells';
import {
  fitToPage,
  LINE_HEIGHT,
  linesAt,
  measureText,
  PAGE,
  POINTS_PER_PIXEL,
  textRoom,
  textWidth,
  wrappedLines,
  type MeasuredText,
} from './print-geometry';

/** Pixels added to a column at each step of the search. */
const STEP = 6;
/** A column is at least as wide as its longest word, but never more than this share of the page. */
const LONGEST_WORD_SHARE = 0.25;
/** The most steps one widening looks ahead (180 px: a text's line less is seldom further). */
const LOOKAHEAD = 30;
/** Rows a long table is balanced on, at most. */
const SAMPLE = 300;

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
  /** Columns whose cells print on one line (LibreOffice does not wrap a link): as wide as their texts. */
  unwrapped: readonly number[] = [],
): number[] {
  const total = fitToPage(preferred).reduce((a, b) => a + b, 0);
  const toPixels = (points: number) => Math.ceil((points + 3) / POINTS_PER_PIXEL);
  // A long list is balanced on an even sample of its rows: widths follow the texts' spread, and the
  // search stays quick in Apps Script. A word beyond the sample wider than its column still wraps inside.
  const stride = Math.max(1, Math.ceil(rows.length / SAMPLE));
  const texts = rows
    .filter((_, r) => r % stride === 0)
    .map((r) => preferred.map((_, c) => cellText(r[c] ?? null)));
  const mins = preferred.map((_, c) => {
    // A text printed on one line is never cut, so every row's counts there (each distinct text once).
    const widest = unwrapped.includes(c)
      ? [...new Set(rows.map((r) => cellText(r[c] ?? null)))].map((t) => textWidth(t, size, false))
      : texts.map((row) => longestWord(row[c], size, false));
    return Math.min(
      Math.floor(total * LONGEST_WORD_SHARE),
      widest.reduce(
        (most, w) => Math.max(most, toPixels(w)),
        toPixels(longestWord(headers[c] ?? '', size, true)),
      ),
    );
  });
  if (mins.reduce((a, b) => a + b, 0) > total) return fitToPage(preferred);
  const widths = [...mins];
  const steps = Math.floor((total - mins.reduce((a, b) => a + b, 0)) / STEP);
  // Each cell's lines at each width the search may give its column: lines[c][k][r] at mins[c] + k·STEP,
  // each distinct text measured once and wrapped once per width.
  const lines = preferred.map((_, c) => {
    const distinct = new Map<string, MeasuredText>();
    for (const t of [...texts.map((row) => row[c]), headers[c] ?? ''])
      if (!distinct.has(t)) distinct.set(t, measureText(t, size, false));
    const header = measureText(headers[c] ?? '', size, true);
    return Array.from({ length: steps + 1 }, (_, k) => {
      const room = textRoom(mins[c] + k * STEP);
      const at = new Map<string, number>();
      for (const [t, m] of distinct) at.set(t, t === '' ? 1 : linesAt(m, room));
      return [
        ...texts.map((row) => at.get(row[c]) as number),
        // The heading row counts as one more row.
        linesAt(header, room),
      ];
    });
  });
  // The heading row is printed again on every page: it weighs as many rows as the table has pages.
  const fitted = fitToPage(preferred);
  const pages = Math.max(1, (tableLines(fitted, headers, texts, size) * size * LINE_HEIGHT) / PAGE.height);
  const weight = (r: number) => (r === texts.length ? pages : 1);
  const at = preferred.map(() => 0);
  // A row is as tall as its tallest cell; a soft maximum (the P-norm of its cells' lines) lets the
  // search see that widening one of two equally tall cells brings the row nearer to a line less
  // (P = 8: powers and roots by multiplying and square roots).
  const power = (n: number) => n * n * n * n * n * n * n * n;
  const norm = (sum: number) => Math.sqrt(Math.sqrt(Math.sqrt(sum)));
  const sums = lines[0][0].map((_, r) => lines.reduce((sum, col) => sum + power(col[0][r]), 0));
  let left = steps;
  while (left > 0) {
    // The widening, of any column by any number of steps, that saves the most per step (a column may
    // save nothing until its cells' texts take a line less, many steps on).
    let best: { c: number; k: number; rate: number } | null = null;
    const base = sums.map(norm);
    for (let c = 0; c < preferred.length; c++) {
      const current = lines[c][at[c]];
      const others = sums.map((sum, r) => sum - power(current[r]));
      for (let k = at[c] + 1; k <= at[c] + Math.min(left, LOOKAHEAD); k++) {
        const next = lines[c][k];
        let gain = 0;
        for (let r = 0; r < next.length; r++)
          if (next[r] !== current[r]) gain += weight(r) * (base[r] - norm(others[r] + power(next[r])));
        const rate = gain / (k - at[c]);
        if (gain > 0 && (!best || rate > best.rate)) best = { c, k, rate };
      }
    }
    if (!best) break;
    const { c, k } = best;
    lines[c][k].forEach((n, r) => (sums[r] += power(n) - power(lines[c][at[c]][r])));
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
