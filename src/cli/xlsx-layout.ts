import type ExcelJS from 'exceljs';
import { columnLetter } from '../core/a1';
import type { Area, CellStyle, DocumentLayout } from '../core/port';
import type { PrintedTab } from '../core/reports/pagination';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

function cellsOf(area: Area, each: (row: number, column: number) => void): void {
  for (let r = area.row; r < area.row + area.rows; r++)
    for (let c = area.column; c < area.column + area.columns; c++) each(r, c);
}

function font(layout: DocumentLayout, style: CellStyle | null): Partial<ExcelJS.Font> {
  return {
    name: layout.font.family,
    size: style?.size ?? layout.font.size,
    bold: style?.bold ?? false,
    italic: style?.italic ?? false,
  };
}

/**
 * Draws a generated tab's document layout into a new worksheet: fonts and alignment cell by cell,
 * table borders, the short rules, row heights computed for wrapped text, A4 landscape fitted to the
 * width, column headings repeated on every page, page numbers, page breaks that keep headings with
 * their rows, and the filter. The cells are new, so each gets its own style.
 */
export function drawLayout(sheet: ExcelJS.Worksheet, printed: PrintedTab): void {
  const { tab, heights, breaks } = printed;
  const { layout } = tab;
  const widths = tab.format.columnWidths ?? [];
  // Not Math.max(...rows): one argument per row overflows the stack at some 150,000 rows.
  const width = tab.values.reduce((w, r) => Math.max(w, r.length), widths.length);
  tab.values.forEach((_, r) => {
    for (let c = 0; c < width; c++) {
      const style = layout.styles[r]?.[c] ?? null;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.style = {
        ...cell.style,
        font: { ...cell.style.font, ...font(layout, style) },
        alignment: { horizontal: style?.align ?? 'left', vertical: 'top', wrapText: style?.wrap ?? true },
      };
    }
  });
  const border = (row: number, column: number, sides: Partial<ExcelJS.Borders>) => {
    const cell = sheet.getCell(row, column);
    cell.style = { ...cell.style, border: { ...cell.style.border, ...sides } };
  };
  for (const table of layout.tables)
    cellsOf(table, (r, c) => border(r, c, { top: THIN, left: THIN, bottom: THIN, right: THIN }));
  // A heading row spanning its table keeps its outer edges only.
  for (const span of layout.spanningRows)
    cellsOf(span, (r, c) =>
      border(r, c, {
        left: c === span.column ? THIN : {},
        right: c === span.column + span.columns - 1 ? THIN : {},
      }),
    );
  for (const rule of layout.rules) cellsOf(rule, (r, c) => border(r, c, { top: THIN }));

  // Exact widths (px / 7 character units, not rounded to whole ones): the geometry measured them.
  widths.forEach((px, i) => (sheet.getColumn(i + 1).width = Math.round((px / 7) * 100) / 100));
  heights.forEach((points, r) => (sheet.getRow(r + 1).height = points));
  for (const row of breaks) sheet.getRow(row - 1).addPageBreak();

  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    // At 100 %, not “fit to one page wide”: the columns already fit (print-geometry's fitToPage), and
    // Excel ignores manual page breaks under a Fit To option, so the breaks (and the headings copied
    // after them) would fall elsewhere.
    fitToPage: false,
    scale: 100,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(layout.repeatRows ? { printTitlesRow: `${layout.repeatRows.from}:${layout.repeatRows.to}` } : {}),
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddFooter: `&C&"${layout.font.family}"&11Trang &P/&N`,
  };
  sheet.views = [{ state: 'frozen', ySplit: tab.format.frozenRows ?? 0, xSplit: 0, showGridLines: false }];
  if (layout.filter) {
    const f = layout.filter;
    sheet.autoFilter = `A${f.row}:${columnLetter(f.column + f.columns - 1)}${f.row + f.rows - 1}`;
  }
}
