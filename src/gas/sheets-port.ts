import { columnLetter } from '../core/a1';
import { isDate, type CellValue, type Grid } from '../core/cells';
import type { CellBlock, Dropdown, TabFormat, WorkbookPort } from '../core/port';
import type { TabData } from '../core/workbook/tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Plain text: what a string is written as, so "=…" or "2.10" stays exactly what the core wrote. */
const TEXT_FORMAT = '@';

function numberFormat(value: CellValue): string {
  if (typeof value === 'number') return Number.isInteger(value) ? '0' : '0.##';
  if (isDate(value)) return 'dd/mm/yyyy';
  return TEXT_FORMAT;
}

/** Pads a ragged grid to a rectangle, as setValues requires. */
function rectangle(values: Grid): Grid {
  const width = Math.max(1, ...values.map((row) => row.length));
  return values.map((row) => {
    const out = row.slice();
    while (out.length < width) out.push('');
    return out.map((v) => (v === null ? '' : v));
  });
}

/**
 * The Workbook port over SpreadsheetApp. Every method makes a fixed number of service calls,
 * whatever the number of rows: values go in and out as whole 2-D arrays.
 */
export class SheetsPort implements WorkbookPort {
  private readonly sheets = new Map<string, Sheet>();

  constructor(private readonly spreadsheet: Spreadsheet) {}

  private sheet(name: string): Sheet {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = this.spreadsheet.getSheetByName(name) ?? undefined;
      if (!sheet) throw new Error(`Không thấy trang “${name}”.`);
      this.sheets.set(name, sheet);
    }
    return sheet;
  }

  readTabs(): TabData[] {
    this.sheets.clear();
    return this.spreadsheet.getSheets().map((sheet) => {
      const name = sheet.getName();
      this.sheets.set(name, sheet);
      return { name, values: sheet.getDataRange().getValues() as Grid };
    });
  }

  addTab(name: string): void {
    this.sheets.set(name, this.spreadsheet.insertSheet(name));
  }

  writeCells(tab: string, block: CellBlock): void {
    const values = rectangle(block.values);
    if (values.length === 0) return;
    const range = this.sheet(tab).getRange(block.row, block.column, values.length, values[0].length);
    range.setNumberFormats(values.map((row) => row.map(numberFormat)));
    range.setValues(values);
  }

  formatTab(tab: string, format: TabFormat): void {
    const sheet = this.sheet(tab);
    const lastColumn = Math.max(1, sheet.getLastColumn());
    if (format.frozenRows !== undefined) sheet.setFrozenRows(format.frozenRows);
    if (format.boldRows?.length) {
      sheet
        .getRangeList(format.boldRows.map((r) => `A${r}:${columnLetter(lastColumn)}${r}`))
        .setFontWeight('bold');
    }
    format.columnWidths?.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
    if (format.textColumns?.columns.length) {
      const { columns, fromRow, rows } = format.textColumns;
      const to = fromRow + rows - 1;
      sheet
        .getRangeList(columns.map((c) => `${columnLetter(c)}${fromRow}:${columnLetter(c)}${to}`))
        .setNumberFormat(TEXT_FORMAT);
    }
    if (format.wrap) sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), lastColumn).setWrap(true);
    for (const dropdown of format.dropdowns ?? []) this.addDropdown(sheet, dropdown);
    if (format.warningProtection && sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
      sheet.protect().setDescription(format.warningProtection).setWarningOnly(true);
    }
  }

  private addDropdown(sheet: Sheet, dropdown: Dropdown): void {
    const builder = SpreadsheetApp.newDataValidation();
    const { source } = dropdown;
    if (source.kind === 'list') builder.requireValueInList(source.values, true);
    else {
      const letter = columnLetter(source.column);
      builder.requireValueInRange(
        this.sheet(source.tab).getRange(`${letter}${source.fromRow}:${letter}`),
        true,
      );
    }
    // Codes and spelling variants are accepted by the checker, so the dropdown only suggests.
    const rule = builder.setAllowInvalid(true).build();
    sheet.getRange(dropdown.fromRow, dropdown.column, dropdown.rows, 1).setDataValidation(rule);
  }
}
