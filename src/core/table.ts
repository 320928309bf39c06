import { cellText, type CellValue, type Grid } from './cells';
import { vocabularyKey } from './text';

/** A column found by its header, never by position. */
export interface ColumnDef<K extends string = string> {
  key: K;
  header: string;
  /** Other headers staff actually type for the same column. */
  aliases?: readonly string[];
  required: boolean;
}

export interface HeaderMatch<K extends string> {
  /** 0-based index of the header row in the grid. */
  headerRow: number;
  /** 0-based column index of each column found. */
  columns: Partial<Record<K, number>>;
  missing: ColumnDef<K>[];
}

/** How many rows from the top a header row may sit below title rows. */
export const HEADER_SCAN_ROWS = 10;

/** Header keys also ignore punctuation, so "Chức vụ, đơn vị công tác/địa chỉ" still matches. */
export function headerKey(text: string): string {
  return vocabularyKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function keysOf<K extends string>(defs: readonly ColumnDef<K>[]): Map<string, K> {
  const keys = new Map<string, K>();
  for (const def of defs) {
    for (const header of [def.header, ...(def.aliases ?? [])]) keys.set(headerKey(header), def.key);
  }
  return keys;
}

/** Matches one row against the column definitions; the first occurrence of a header wins. */
function matchRow<K extends string>(
  row: readonly CellValue[],
  keys: Map<string, K>,
): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  row.forEach((cell, index) => {
    const key = keys.get(headerKey(cellText(cell)));
    if (key !== undefined && columns[key] === undefined) columns[key] = index;
  });
  return columns;
}

/**
 * Finds the header row among the first rows: the one matching the most required columns.
 * Returns null when no row matches at least `minRequired` required columns (the tab is not of
 * this kind at all); otherwise lists the required columns that are still missing.
 */
export function findHeaderRow<K extends string>(
  grid: Grid,
  defs: readonly ColumnDef<K>[],
  minRequired: number,
): HeaderMatch<K> | null {
  const keys = keysOf(defs);
  const required = defs.filter((def) => def.required);
  let best: HeaderMatch<K> | null = null;
  let bestCount = 0;
  const scan = Math.min(grid.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < scan; r++) {
    const columns = matchRow(grid[r] ?? [], keys);
    const count = required.filter((def) => columns[def.key] !== undefined).length;
    if (count > bestCount) {
      bestCount = count;
      best = { headerRow: r, columns, missing: required.filter((def) => columns[def.key] === undefined) };
    }
  }
  return bestCount >= minRequired ? best : null;
}
