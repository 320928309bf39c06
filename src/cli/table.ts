/** Display width of a string in a terminal: combining marks take no column. */
function width(text: string): number {
  return text.normalize('NFC').replace(/[\u0300-\u036f]/g, '').length;
}

/** A plain aligned text table; numbers are right-aligned. */
export function renderTable(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  // Not Math.max(...rows): one argument per row overflows the stack at some 150,000 rows.
  const widths = headers.map((_, c) => cells.reduce((w, r) => Math.max(w, width(r[c] ?? '')), 0));
  const line = (row: string[], raw?: (string | number)[]) =>
    row
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - width(cell));
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
