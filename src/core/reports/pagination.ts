import type { CellValue } from '../cells';
import type { Area, CellStyle, DocumentLayout, GeneratedTab } from '../port';
import { PAGE, printScale, rowHeights } from './print-geometry';

type LaidOut = GeneratedTab & { layout: DocumentLayout };

/** A tab cut into pages for a door that prints: its rows, their heights, and where pages break. */
export interface PrintedTab {
  /** The tab, with a copy of a table's column headings at the top of each page the table continues on. */
  tab: LaidOut;
  /** Each row's height in points. */
  heights: number[];
  /** Rows (1-based, in `tab`) that start a new page. */
  breaks: number[];
}

/** Keep runs that overlap or touch, merged: each is printed whole on one page where it fits one. */
function keepBlocks(layout: DocumentLayout, rows: number): Map<number, number> {
  const runs = layout.keepTogether
    .map((k) => ({ from: k.from, to: Math.min(k.to, rows) }))
    .filter((k) => k.to > k.from)
    .sort((a, b) => a.from - b.from);
  const blocks = new Map<number, number>();
  let current: { from: number; to: number } | null = null;
  for (const run of runs) {
    if (current && run.from <= current.to) current.to = Math.max(current.to, run.to);
    else {
      if (current) blocks.set(current.from, current.to);
      current = { ...run };
    }
  }
  if (current) blocks.set(current.from, current.to);
  return blocks;
}

/**
 * Where pages break, filling each page: a break falls before a row only when the row (or the run it
 * must stay with: a heading and its first rows, the last rows, the total and the signature) does not
 * fit what is left of the page. A page that continues a table starts with its column headings: the
 * print titles (`repeatRows`, one range a sheet in Excel, so only for a document of one table) or,
 * for a document of several tables, a copy of that table's heading row, counted here.
 */
function breaksOf(
  heights: number[],
  layout: DocumentLayout,
  pageHeight: number,
): { row: number; table: Area | null }[] {
  const sum = (from: number, to: number) => heights.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const blocks = keepBlocks(layout, heights.length);
  const repeat = layout.repeatRows;
  const tableAt = (row: number) => layout.tables.find((t) => row > t.row && row < t.row + t.rows) ?? null;
  const headed = (row: number): { top: number; table: Area | null } => {
    if (repeat) return { top: row > repeat.to ? sum(repeat.from, repeat.to) : 0, table: null };
    const table = tableAt(row);
    return table ? { top: heights[table.row - 1], table } : { top: 0, table: null };
  };
  const breaks: { row: number; table: Area | null }[] = [];
  let y = 0;
  let blockEnd = 0;
  for (let row = 1; row <= heights.length; row++) {
    const height = heights[row - 1];
    const { top, table } = headed(row);
    const end = row > blockEnd ? blocks.get(row) : undefined;
    const needed = end === undefined ? height : sum(row, end);
    const fitsAPage = top + needed <= pageHeight;
    // A run that fits a page moves whole to the next page; one taller than a page breaks where it must.
    if (y > top && y + (fitsAPage ? needed : height) > pageHeight) {
      breaks.push({ row, table });
      y = top;
    }
    if (end !== undefined) blockEnd = end;
    y += height;
  }
  return breaks;
}

/** Row numbers before and after inserting rows before `inserted` (ascending, old numbering). */
function shifter(inserted: number[]): (row: number) => number {
  return (row) => row + inserted.filter((r) => r <= row).length;
}

function shiftArea(area: Area, shift: (row: number) => number): Area {
  const first = shift(area.row);
  return { ...area, row: first, rows: shift(area.row + area.rows - 1) - first + 1 };
}

/**
 * A tab laid out for print on A4 landscape: row heights from the text, page breaks where pages are
 * full, and the column headings of a table copied to the top of each page it continues on when the
 * document holds several tables (Excel's print titles repeat one range on every later page, so they
 * would head another table's pages with columns that are not there). The copies are ordinary rows;
 * every row reference of the tab (merges, borders, highlights, links) is moved past them.
 */
export function paginate(tab: LaidOut, pageHeight?: number): PrintedTab {
  const { layout } = tab;
  const widths = tab.format.columnWidths ?? [];
  const heights = rowHeights(tab.values, layout, widths, tab.merges ?? []);
  const height = pageHeight ?? PAGE.height / printScale(widths);
  const found = breaksOf(heights, layout, height);
  const copies = found.filter((b) => b.table !== null);
  if (copies.length === 0) return { tab, heights, breaks: found.map((b) => b.row) };

  const shift = shifter(copies.map((b) => b.row));
  const values: CellValue[][] = [];
  const styles: (CellStyle | null)[][] = [];
  const newHeights: number[] = [];
  const copyMerges: Area[] = [];
  tab.values.forEach((cells, r) => {
    const row = r + 1;
    const copy = copies.find((b) => b.row === row);
    if (copy?.table) {
      const header = copy.table.row;
      values.push([...tab.values[header - 1]]);
      styles.push([...(layout.styles[header - 1] ?? [])]);
      newHeights.push(heights[header - 1]);
      for (const m of tab.merges ?? [])
        if (m.row === header && m.rows === 1) copyMerges.push({ ...m, row: values.length });
    }
    values.push(cells);
    styles.push(layout.styles[r] ?? []);
    newHeights.push(heights[r]);
  });
  const area = (a: Area) => shiftArea(a, shift);
  const moved: LaidOut = {
    ...tab,
    values,
    merges: [...(tab.merges ?? []).map(area), ...copyMerges],
    ...(tab.highlights ? { highlights: tab.highlights.map((h) => ({ ...h, ...area(h) })) } : {}),
    ...(tab.links ? { links: tab.links.map((l) => ({ ...l, row: shift(l.row) })) } : {}),
    layout: {
      ...layout,
      styles,
      tables: layout.tables.map(area),
      // The copies are headings of their table: bordered as the original is.
      spanningRows: layout.spanningRows.map(area),
      rules: layout.rules.map(area),
      rowHeights: layout.rowHeights.map((h) => ({ ...h, row: shift(h.row) })),
      keepTogether: layout.keepTogether.map((k) => ({ from: shift(k.from), to: shift(k.to) })),
      ...(layout.repeatRows
        ? { repeatRows: { from: shift(layout.repeatRows.from), to: shift(layout.repeatRows.to) } }
        : {}),
      ...(layout.filter ? { filter: area(layout.filter) } : {}),
    },
  };
  const breaks = found.map((b) => (b.table ? shift(b.row) - 1 : shift(b.row)));
  return { tab: moved, heights: newHeights, breaks };
}
