import type { Area, GeneratedTab } from '../core/port';

type Grid<T> = (T | null)[][];

/**
 * A generated tab's bold rows, centred rows and highlights as whole grids over its values, so each
 * style is one call on the range the values went into instead of one call per row or area.
 * A style the tab does not use is left out, and costs no call.
 */
export interface StyleGrids {
  fontWeights?: Grid<'bold'>;
  alignments?: Grid<'center'>;
  backgrounds?: Grid<string>;
}

function grid<T>(rows: number, columns: number, at: (row: number, column: number) => T | null): Grid<T> {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => at(r + 1, c + 1)));
}

export function styleGrids(tab: GeneratedTab, rows: number, columns: number): StyleGrids {
  const styles: StyleGrids = {};
  const { boldRows = [], centredRows = [] } = tab.format;
  if (boldRows.length) {
    const bold = new Set(boldRows);
    styles.fontWeights = grid(rows, columns, (r) => (bold.has(r) ? 'bold' : null));
  }
  if (centredRows.length) {
    const centred = new Set(centredRows);
    styles.alignments = grid(rows, columns, (r) => (centred.has(r) ? 'center' : null));
  }
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
    styles.backgrounds = grid(rows, columns, (r, c) => colours.get(`${r}:${c}`) ?? null);
  }
  return styles;
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
