/** A1 notation as Google Sheets reads and writes it. Rows and columns are 1-based. */

/** Column ZZZ: the widest column Google Sheets can address. */
export const MAX_COLUMNS = 18278;

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A parsed reference. A missing bound is open: "A:B" has no rows, "2:5" no columns, and "C2:C" no
 * end row; the range then runs to the sheet's current edge.
 */
export interface A1Reference {
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

interface Endpoint {
  row: number | null;
  column: number | null;
}

function parseEndpoint(text: string): Endpoint | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const column = match[1] === '' ? null : columnNumber(match[1]);
  const row = match[2] === '' ? null : Number(match[2]);
  if (row === 0 || (column !== null && column > MAX_COLUMNS)) return null;
  return { row, column };
}

/** Splits "'Đề cử'!B3" into the sheet name (quotes undone) and "B3". */
function splitSheetName(text: string): { sheetName: string | null; cells: string } | null {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: text };
  const raw = text.slice(0, bang);
  const cells = text.slice(bang + 1);
  if (raw.startsWith("'")) {
    if (!raw.endsWith("'") || raw.length < 2) return null;
    return { sheetName: raw.slice(1, -1).replace(/''/g, "'"), cells };
  }
  return raw === '' ? null : { sheetName: raw, cells };
}

/** Parses "B3", "A1:C9", "A:A", "C2:C", "1:1", optionally "'Sheet name'!…"; null if not A1. */
export function parseA1(text: string): A1Reference | null {
  const split = splitSheetName(text.trim());
  if (!split) return null;
  const parts = split.cells.split(':');
  if (parts.length > 2) return null;
  const start = parseEndpoint(parts[0]);
  const end = parts.length === 2 ? parseEndpoint(parts[1]) : start;
  if (!start || !end) return null;
  const single = parts.length === 1;
  if (single && (start.row === null || start.column === null)) return null;
  // Accepted shapes: cell:cell, col:col, row:row, and cell:col (open end row, as in "C2:C").
  const wholeColumns = start.row === null && end.row === null && start.column !== null && end.column !== null;
  const wholeRows = start.column === null && end.column === null && start.row !== null && end.row !== null;
  const openEndRow = start.row !== null && start.column !== null && end.row === null && end.column !== null;
  const cells = start.row !== null && start.column !== null && end.row !== null && end.column !== null;
  if (!(cells || wholeColumns || wholeRows || openEndRow)) return null;
  // Sheets normalises reversed corners: "B2:A1" is A1:B2.
  const order = (a: number | null, b: number | null): [number | null, number | null] =>
    a !== null && b !== null && a > b ? [b, a] : [a, b];
  const [startRow, endRow] = order(start.row, end.row);
  const [startColumn, endColumn] = order(start.column, end.column);
  return { sheetName: split.sheetName, startRow, startColumn, endRow, endColumn };
}

/** Quotes a sheet name for a formula or a qualified reference when Sheets would. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
