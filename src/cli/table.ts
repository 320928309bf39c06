import { cutTo, displayWidth } from './text-width';
import { terminalWidth } from './terminal';

/** Column widths narrowed, widest text column first, until the table fits in `maxWidth` columns. */
function fitWidths(widths: number[], numeric: boolean[], maxWidth: number): number[] {
  const fitted = widths.slice();
  const total = () => fitted.reduce((a, b) => a + b, 0) + 2 * (fitted.length - 1);
  while (total() > maxWidth) {
    let widest = -1;
    fitted.forEach((w, c) => {
      if (!numeric[c] && w > 8 && (widest < 0 || w > fitted[widest])) widest = c;
    });
    if (widest < 0) break;
    fitted[widest]--;
  }
  return fitted;
}

/**
 * A plain aligned text table that fits the terminal (80 columns in a pipe): numbers right-aligned,
 * the widest text columns (names) cut with “…” when the whole does not fit.
 */
export function renderTable(
  headers: string[],
  rows: (string | number)[][],
  maxWidth = terminalWidth(),
): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  // Not Math.max(...rows): one argument per row overflows the stack at some 150,000 rows.
  const natural = headers.map((_, c) => cells.reduce((w, r) => Math.max(w, displayWidth(r[c] ?? '')), 0));
  const numeric = headers.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number'));
  const widths = fitWidths(natural, numeric, maxWidth);
  const line = (row: string[], raw?: (string | number)[]) =>
    row
      .map((text, c) => {
        const cell = cutTo(text, widths[c]);
        const pad = ' '.repeat(widths[c] - displayWidth(cell));
        return typeof raw?.[c] === 'number' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map((r) => line(r.map(String), r)),
  ].join('\n');
}
