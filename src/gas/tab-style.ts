import { columnLetter } from '../core/a1';
import type { Area, GeneratedTab } from '../core/port';

type Grid<T> = T[][];

/**
 * A generated tab's styles as whole grids over its values, so each style is one call on the range the
 * values went into instead of one call per row or cell.
 */
export interface StyleGrids {
  fontWeights: Grid<'bold' | 'normal'>;
  fontStyles: Grid<'italic' | 'normal'>;
  fontSizes: Grid<number>;
  alignments: Grid<'left' | 'center' | 'right'>;
  wraps: boolean[][];
  /** Absent for a tab that cannot highlight, which then costs no call. */
  backgrounds?: Grid<string | null>;
}

function grid<T>(rows: number, columns: number, at: (row: number, column: number) => T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => at(r + 1, c + 1)));
}

export function styleGrids(tab: GeneratedTab, rows: number, columns: number): StyleGrids {
  const styles = tab.layout?.styles ?? [];
  const size = tab.layout?.font.size ?? 10;
  const style = (r: number, c: number) => styles[r - 1]?.[c - 1] ?? null;
  const grids: StyleGrids = {
    fontWeights: grid(rows, columns, (r, c) => (style(r, c)?.bold ? 'bold' : 'normal')),
    fontStyles: grid(rows, columns, (r, c) => (style(r, c)?.italic ? 'italic' : 'normal')),
    fontSizes: grid(rows, columns, (r, c) => style(r, c)?.size ?? size),
    alignments: grid(rows, columns, (r, c) => style(r, c)?.align ?? 'left'),
    wraps: grid(rows, columns, (r, c) => style(r, c)?.wrap ?? true),
  };
  // A tab that can highlight always sets its backgrounds, even with nothing to highlight, so its
  // call count does not depend on the data.
  if (tab.highlights) {
    const colours = new Map<string, string>();
    for (const h of tab.highlights) {
      for (let r = h.row; r < h.row + h.rows; r++) {
        for (let c = h.column; c < h.column + h.columns; c++) colours.set(`${r}:${c}`, h.color);
      }
    }
    // Only cells inside the values take part; the core highlights nothing outside them.
    grids.backgrounds = grid(rows, columns, (r, c) => colours.get(`${r}:${c}`) ?? null);
  }
  return grids;
}

/** An area in A1 notation, for a RangeList. */
export function a1(area: Area): string {
  return `${columnLetter(area.column)}${area.row}:${columnLetter(area.column + area.columns - 1)}${area.row + area.rows - 1}`;
}

/** Consecutive rows of one fixed height become one call: { from, count, pixels }. */
export function heightRuns(
  heights: { row: number; pixels: number }[],
): { from: number; count: number; pixels: number }[] {
  const runs: { from: number; count: number; pixels: number }[] = [];
  for (const h of [...heights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.pixels === h.pixels && last.from + last.count === h.row) last.count++;
    else runs.push({ from: h.row, count: 1, pixels: h.pixels });
  }
  return runs;
}

/** A merge to make: `across` merges each row of the area on its own (one call for several titles). */
export interface MergeRun {
  area: Area;
  across: boolean;
}

/**
 * Merges one row high over the same columns on consecutive rows (the left and right halves of a
 * letterhead, the title lines) become one mergeAcross each; any other merge stays as it is.
 */
export function mergeRuns(merges: Area[]): MergeRun[] {
  const runs: MergeRun[] = [];
  const single = merges
    .filter((m) => m.rows === 1)
    .sort((a, b) => a.column - b.column || a.columns - b.columns || a.row - b.row);
  for (const m of single) {
    const last = runs[runs.length - 1]?.area;
    if (last && last.column === m.column && last.columns === m.columns && last.row + last.rows === m.row) {
      last.rows++;
    } else runs.push({ area: { ...m }, across: true });
  }
  for (const m of merges) if (m.rows > 1) runs.push({ area: { ...m }, across: false });
  return runs;
}
