/** What a spreadsheet cell can hold once read, in either door (Apps Script or .xlsx). */
export type CellValue = string | number | boolean | Date | null;
export type Grid = CellValue[][];

const FORMULA_ERRORS = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Formula error values arrive as their text ("#N/A") from Sheets and from the xlsx reader. */
export function isFormulaError(value: CellValue | undefined): boolean {
  if (typeof value !== 'string' || value.length >= 20) return false;
  const first = value.charCodeAt(0);
  // Every error starts with "#"; the cheap test spares the trim on every ordinary cell.
  return (first === 35 || first <= 32) && FORMULA_ERRORS.has(value.trim().toUpperCase());
}

/** Works across realms (the vm test, Apps Script), where `instanceof Date` does not. */
export function isDate(value: unknown): value is Date {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
  );
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A cell as the text a user sees, trimmed (cleanText normalises it); dates as dd/mm/yyyy, the Vietnamese convention. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) {
    if (isNaN(value.getTime())) return '';
    return `${pad2(value.getDate())}/${pad2(value.getMonth() + 1)}/${value.getFullYear()}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'string' ? value.trim() : String(value);
}

/** The most characters a cell holds: Excel 32,767, Google Sheets 50,000. */
export const CELL_LIMIT = { xlsx: 32_767, sheets: 50_000 } as const;

/** A text cut to what a cell can hold, with a visible “…” where it was cut; other values as they are. */
export function capText(value: CellValue, limit: number): CellValue {
  return typeof value === 'string' && value.length > limit ? `${value.slice(0, limit - 1)}…` : value;
}

/**
 * What Sheets' getDataRange() gives: the rectangle from A1 to the last cell that holds a value, its
 * holes (and blank strings) as "". Both doors that read a grid themselves shape it so.
 */
export function dataRange(grid: readonly (readonly (CellValue | undefined)[] | undefined)[]): Grid {
  const blank = (v: CellValue | undefined) => v === null || v === undefined || v === '';
  let height = grid.length;
  while (height > 0 && (grid[height - 1] ?? []).every(blank)) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const row = grid[r] ?? [];
    for (let c = row.length; c > width; c--) if (!blank(row[c - 1])) width = c;
  }
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const v = grid[r]?.[c];
      return blank(v) ? '' : v;
    }),
  );
}
