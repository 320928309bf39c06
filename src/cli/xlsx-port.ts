import ExcelJS from 'exceljs';
import { columnLetter, quoteSheetName } from '../core/a1';
import { capText, CELL_LIMIT, cellText, dataRange, isDate, type CellValue, type Grid } from '../core/cells';
import type { Area, CellBlock, Dropdown, GeneratedTab, Marks, TabFormat, WorkbookPort } from '../core/port';
import { generatedKeyForName } from '../core/reports/generated-names';
import { paginate } from '../core/reports/pagination';
import type { TabData } from '../core/workbook/tab';
import { drawLayout } from './xlsx-layout';

/** Excel measures widths in characters; Sheets in pixels. */
const PIXELS_PER_CHARACTER = 7;

/** Turns whatever exceljs holds in a cell into what Sheets' getValues would return. */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return value;
  if (typeof value === 'object') {
    if ('error' in value) return String(value.error);
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? null : toCellValue(result);
    }
    if ('text' in value) return toCellValue((value as { text: ExcelJS.CellValue }).text);
  }
  return String(value);
}

function readGrid(sheet: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // As in Sheets, only the top-left cell of a merged range holds the value.
      cells[col - 1] = cell.isMerged && cell.master !== cell ? null : toCellValue(cell.value);
    });
    grid[rowNumber - 1] = cells;
  });
  return dataRange(grid);
}

/**
 * Changes one cell's style. exceljs gives every cell read with the same style the same style object,
 * so setting `cell.fill` would colour them all: the cell gets its own copy first.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

/** exceljs has range data validations at run time, but its typings omit them. */
type WithDataValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

/** The Workbook port over an exceljs workbook held in memory; `save` writes it out. */
export class XlsxPort implements WorkbookPort {
  /** Converting every cell is the costly part of a read; it is redone only after a write. */
  private tabs: TabData[] | null = null;

  constructor(readonly workbook: ExcelJS.Workbook) {}

  static async open(file: string): Promise<XlsxPort> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return new XlsxPort(workbook);
  }

  static empty(): XlsxPort {
    return new XlsxPort(new ExcelJS.Workbook());
  }

  /**
   * Writes the file. A cell read from the input longer than Excel holds (32,767 characters: a Sheets
   * cell may hold 50,000) would make Excel call the file damaged, so it is cut with a visible “…”;
   * each such cell is returned, as `Tab!A1` and its length, for the user to be told.
   */
  async save(file: string): Promise<{ cell: string; length: number }[]> {
    const cut: { cell: string; length: number }[] = [];
    for (const sheet of this.workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string' && cell.value.length > CELL_LIMIT.xlsx) {
            cut.push({ cell: `${sheet.name}!${cell.address}`, length: cell.value.length });
            cell.value = capText(cell.value, CELL_LIMIT.xlsx);
          }
        }),
      );
    await this.workbook.xlsx.writeFile(file);
    return cut;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`Không thấy trang “${name}”.`);
    return sheet;
  }

  readTabs(): TabData[] {
    return (this.tabs ??= this.workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      values: readGrid(sheet),
      generated: generatedKeyForName(sheet.name),
    })));
  }

  addTab(name: string): void {
    this.tabs = null;
    this.workbook.addWorksheet(name);
  }

  writeCells(tab: string, block: CellBlock): void {
    this.tabs = null;
    const sheet = this.sheet(tab);
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = sheet.getCell(block.row + r, block.column + c);
        // exceljs never parses strings, so text is literal; '@' keeps Excel from re-reading it on edit.
        cell.value = value === '' ? null : capText(value, CELL_LIMIT.xlsx);
        if (typeof value === 'string' && cell.numFmt !== '@') restyle(cell, { numFmt: '@' });
      }),
    );
  }

  /** An .xlsx file has no signed-in users: Excel's sheet protection guards Excel's editor, not this writer. */
  ensureWritable(): void {}

  /** Nor accounts to let in: per-unit protection is a Sheets matter. */
  planProtections(): null {
    return null;
  }

  protectTabs(): string[] {
    return [];
  }

  removeTab(name: string): void {
    this.tabs = null;
    this.workbook.removeWorksheet(this.sheet(name).id);
  }

  formatTab(tab: string, format: TabFormat): string[] {
    const sheet = this.sheet(tab);
    if (format.frozenRows) sheet.views = [{ state: 'frozen', ySplit: format.frozenRows, xSplit: 0 }];
    for (const r of format.boldRows ?? []) {
      sheet.getRow(r).eachCell((cell) => restyle(cell, { font: { ...cell.font, bold: true } }));
    }
    format.columnWidths?.forEach(
      (px, i) => (sheet.getColumn(i + 1).width = Math.round(px / PIXELS_PER_CHARACTER)),
    );
    for (const c of format.textColumns?.columns ?? []) sheet.getColumn(c).numFmt = '@';
    if (format.wrap) {
      for (let c = 1; c <= sheet.columnCount; c++) {
        sheet.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
      }
    }
    for (const dropdown of format.dropdowns ?? []) this.addDropdown(sheet, dropdown);
    // Excel has no "warning only" protection; reference tabs stay editable in the offline door.
    // Excel freezes through merged cells, so nothing here is left undone.
    return [];
  }

  readMarks(tab: string, area: Area): Marks {
    const sheet = this.sheet(tab);
    const backgrounds: (string | null)[][] = [];
    const notes: string[][] = [];
    for (let r = 0; r < area.rows; r++) {
      const row = sheet.getRow(area.row + r);
      backgrounds.push([]);
      notes.push([]);
      for (let c = 0; c < area.columns; c++) {
        const cell = row.findCell(area.column + c);
        const fill = cell?.fill;
        const argb = fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined;
        backgrounds[r].push(argb ? `#${argb.slice(-6).toLowerCase()}` : null);
        notes[r].push(noteText(cell?.note));
      }
    }
    return { backgrounds, notes };
  }

  writeMarks(tab: string, area: Area, marks: Marks): void {
    const sheet = this.sheet(tab);
    const before = this.readMarks(tab, area);
    marks.backgrounds.forEach((row, r) =>
      row.forEach((background, c) => {
        const note = marks.notes[r][c];
        // Touch only cells whose marks change, so untouched cells are not created in the file.
        if (background === before.backgrounds[r][c] && note === before.notes[r][c]) return;
        const cell = sheet.getCell(area.row + r, area.column + c);
        restyle(cell, {
          fill: background
            ? {
                type: 'pattern',
                pattern: 'solid',
                fgColor: { argb: `FF${background.slice(1).toUpperCase()}` },
              }
            : { type: 'pattern', pattern: 'none' },
        });
        cell.note = note === '' ? (undefined as unknown as string) : note;
      }),
    );
  }

  /** Drops every tab but these, for a file that carries only the council's tabs. */
  keepOnly(names: readonly string[]): void {
    this.tabs = null;
    for (const sheet of [...this.workbook.worksheets])
      if (!names.includes(sheet.name)) this.workbook.removeWorksheet(sheet.id);
  }

  /** An .xlsx has no developer metadata: generated tabs are known by name and never fingerprinted. */
  replaceGeneratedTab(generated: GeneratedTab, options: { keepOldAs?: string } = {}): void {
    // A printed document is cut into pages first: a table's headings may be copied onto later pages.
    const printed = generated.layout ? paginate({ ...generated, layout: generated.layout }) : null;
    const tab = printed?.tab ?? generated;
    const existing = this.workbook.worksheets.find((s) => generatedKeyForName(s.name) === tab.key);
    const name = existing?.name ?? tab.name;
    this.tabs = null;
    if (existing && options.keepOldAs) existing.name = options.keepOldAs;
    else if (existing) this.workbook.removeWorksheet(existing.id);
    this.addTab(name);
    this.writeCells(name, { row: 1, column: 1, values: tab.values });
    const sheet = this.sheet(name);
    for (const link of tab.links ?? []) {
      const cell = sheet.getCell(link.row, link.column);
      const target = `${quoteSheetName(link.target.tab)}!${columnLetter(link.target.column)}${link.target.row}`;
      // The link's text is the cell as read, never an object's “[object Object]”.
      cell.value = { text: cellText(toCellValue(cell.value)), hyperlink: `#${target}` };
      restyle(cell, { font: { color: { argb: 'FF1155CC' }, underline: true } });
    }
    for (const h of tab.highlights ?? []) {
      for (let r = 0; r < h.rows; r++) {
        for (let c = 0; c < h.columns; c++) {
          restyle(sheet.getCell(h.row + r, h.column + c), {
            fill: {
              type: 'pattern',
              pattern: 'solid',
              fgColor: { argb: `FF${h.color.slice(1).toUpperCase()}` },
            },
          });
        }
      }
    }
    for (const m of tab.merges ?? [])
      sheet.mergeCells(m.row, m.column, m.row + m.rows - 1, m.column + m.columns - 1);
    this.formatTab(name, tab.format);
    if (printed) drawLayout(sheet, printed);
  }

  private addDropdown(sheet: ExcelJS.Worksheet, dropdown: Dropdown): void {
    const letter = columnLetter(dropdown.column);
    const { source } = dropdown;
    const formula =
      source.kind === 'list'
        ? `"${source.values.map((v) => v.replace(/"/g, '""')).join(',')}"`
        : `${quoteSheetName(source.tab)}!$${columnLetter(source.column)}$${source.fromRow}:$${columnLetter(source.column)}$${source.fromRow + 1999}`;
    (sheet as WithDataValidations).dataValidations.add(
      `${letter}${dropdown.fromRow}:${letter}${dropdown.fromRow + dropdown.rows - 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: false,
      },
    );
  }
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}
