import type { CellValue, Grid } from '../../src/core/cells';
import type { CellBlock, TabFormat, WorkbookPort } from '../../src/core/port';
import type { TabData } from '../../src/core/workbook/tab';

/** A plain in-memory workbook for core tests: it records formats instead of applying them. */
export class MemoryPort implements WorkbookPort {
  readonly tabs = new Map<string, Grid>();
  readonly formats = new Map<string, TabFormat[]>();

  constructor(tabs: Record<string, Grid> = {}) {
    for (const [name, grid] of Object.entries(tabs))
      this.tabs.set(
        name,
        grid.map((row) => row.slice()),
      );
  }

  readTabs(): TabData[] {
    return [...this.tabs].map(([name, values]) => ({ name, values: trim(values) }));
  }

  addTab(name: string): void {
    if (this.tabs.has(name)) throw new Error(`tab exists: ${name}`);
    this.tabs.set(name, []);
  }

  writeCells(tab: string, block: CellBlock): void {
    const grid = this.tabs.get(tab);
    if (!grid) throw new Error(`no tab ${tab}`);
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const target = (grid[block.row - 1 + r] ??= []);
        target[block.column - 1 + c] = value;
      }),
    );
  }

  formatTab(tab: string, format: TabFormat): void {
    this.formats.set(tab, [...(this.formats.get(tab) ?? []), format]);
  }
}

/** Like getDataRange: a rectangle up to the last non-blank cell, holes filled with "". */
function trim(grid: Grid): Grid {
  const blank = (v: CellValue | undefined) => v === null || v === undefined || v === '';
  let height = grid.length;
  while (height > 0 && (grid[height - 1] ?? []).every(blank)) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const row = grid[r] ?? [];
    for (let c = 0; c < row.length; c++) if (!blank(row[c])) width = Math.max(width, c + 1);
  }
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const v = grid[r]?.[c];
      return blank(v) ? '' : (v as CellValue);
    }),
  );
}
