import { columnLetter } from '../core/a1';
import { isDate, type CellValue, type Grid } from '../core/cells';
import type { Area, CellBlock, Dropdown, GeneratedTab, Marks, TabFormat, WorkbookPort } from '../core/port';
import type { TabData } from '../core/workbook/tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Developer metadata key that marks a generated tab; its value is the tab's key ("issues"). */
export const GENERATED_KEY = 'dienhinh.generated';
/** Developer metadata key holding the fingerprint of what was written (to notice hand edits). */
export const FINGERPRINT_KEY = 'dienhinh.fingerprint';

/** Plain text: what a string is written as, so "=…" or "2.10" stays exactly what the core wrote. */
const TEXT_FORMAT = '@';

function numberFormat(value: CellValue): string {
  if (typeof value === 'number') return Number.isInteger(value) ? '0' : '0.##';
  if (isDate(value)) return 'dd/mm/yyyy';
  return TEXT_FORMAT;
}

/** An area in A1 notation, built here rather than asked of the service. */
function a1(area: Area): string {
  const last = `${columnLetter(area.column + area.columns - 1)}${area.row + area.rows - 1}`;
  return `${columnLetter(area.column)}${area.row}:${last}`;
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
  /** Generated tabs by key, as found by the last readTabs. */
  private readonly generated = new Map<string, Sheet>();

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
    this.generated.clear();
    return this.spreadsheet.getSheets().map((sheet) => {
      const name = sheet.getName();
      this.sheets.set(name, sheet);
      const metadata = new Map(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]));
      const generated = metadata.get(GENERATED_KEY) ?? undefined;
      if (generated) this.generated.set(generated, sheet);
      return {
        name,
        values: sheet.getDataRange().getValues() as Grid,
        generated,
        fingerprint: metadata.get(FINGERPRINT_KEY) ?? undefined,
      };
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
    const widths = format.columnWidths ?? [];
    for (let start = 0; start < widths.length;) {
      let end = start + 1;
      while (end < widths.length && widths[end] === widths[start]) end++;
      sheet.setColumnWidths(start + 1, end - start, widths[start]);
      start = end;
    }
    if (format.textColumns?.columns.length) {
      const { columns, fromRow, rows } = format.textColumns;
      const to = fromRow + rows - 1;
      sheet
        .getRangeList(columns.map((c) => `${columnLetter(c)}${fromRow}:${columnLetter(c)}${to}`))
        .setNumberFormat(TEXT_FORMAT);
    }
    if (format.wrap) sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), lastColumn).setWrap(true);
    if (format.centredRows?.length) {
      sheet
        .getRangeList(format.centredRows.map((r) => `A${r}:${columnLetter(lastColumn)}${r}`))
        .setHorizontalAlignment('center');
    }
    for (const dropdown of format.dropdowns ?? []) this.addDropdown(sheet, dropdown);
    if (format.warningProtection && sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
      sheet.protect().setDescription(format.warningProtection).setWarningOnly(true);
    }
  }

  readMarks(tab: string, area: Area): Marks {
    const range = this.sheet(tab).getRange(area.row, area.column, area.rows, area.columns);
    return { backgrounds: range.getBackgrounds(), notes: range.getNotes() };
  }

  writeMarks(tab: string, area: Area, marks: Marks): void {
    const range = this.sheet(tab).getRange(area.row, area.column, area.rows, area.columns);
    range.setBackgrounds(marks.backgrounds as string[][]);
    range.setNotes(marks.notes);
  }

  /**
   * Builds the new tab beside the old one and swaps them only when it is complete, so a failure
   * half-way leaves the old tab whole. The tab keeps the name a user may have given it.
   */
  replaceGeneratedTab(tab: GeneratedTab, options: { keepOldAs?: string } = {}): void {
    const existing = this.generated.get(tab.key);
    const name = existing?.getName() ?? this.freeName(tab.name);
    const index = existing ? existing.getIndex() - 1 : this.spreadsheet.getNumSheets();
    const temporary = this.freeName(`${name} (đang tạo)`);
    const building = this.spreadsheet.insertSheet(temporary, index);
    try {
      this.fill(building, temporary, tab);
    } catch (error) {
      // The half-built tab goes; the old one was never touched.
      this.sheets.delete(temporary);
      this.spreadsheet.deleteSheet(building);
      throw error;
    }
    if (existing && options.keepOldAs) {
      // The hand-edited tab stays, renamed, and is no longer treated as generated.
      for (const m of existing.getDeveloperMetadata()) {
        if (m.getKey() === GENERATED_KEY) m.setValue(`backup:${tab.key}`);
        else if (m.getKey() === FINGERPRINT_KEY) m.remove();
      }
      existing.setName(options.keepOldAs);
      this.sheets.set(options.keepOldAs, existing);
    } else if (existing) this.spreadsheet.deleteSheet(existing);
    this.sheets.delete(temporary);
    building.setName(name);
    this.sheets.set(name, building);
    this.generated.set(tab.key, building);
  }

  private fill(building: Sheet, name: string, tab: GeneratedTab): void {
    this.sheets.set(name, building);
    this.writeCells(name, { row: 1, column: 1, values: tab.values });
    if (tab.links?.length) this.writeLinks(building, tab);
    const byColor = new Map<string, string[]>();
    for (const h of tab.highlights ?? []) byColor.set(h.color, [...(byColor.get(h.color) ?? []), a1(h)]);
    byColor.forEach((a1s, color) => building.getRangeList(a1s).setBackground(color));
    for (const m of tab.merges ?? []) building.getRange(m.row, m.column, m.rows, m.columns).merge();
    this.formatTab(name, tab.format);
    building.addDeveloperMetadata(GENERATED_KEY, tab.key);
    if (tab.fingerprint) building.addDeveloperMetadata(FINGERPRINT_KEY, tab.fingerprint);
  }

  /** Links go in as rich text (a link, not a HYPERLINK formula), one column at a time. */
  private writeLinks(sheet: Sheet, tab: GeneratedTab): void {
    const columns = new Map<number, Map<number, string>>();
    const gids = new Map<string, number>();
    for (const link of tab.links ?? []) {
      const { target } = link;
      let gid = gids.get(target.tab);
      if (gid === undefined) gids.set(target.tab, (gid = this.sheet(target.tab).getSheetId()));
      const url = `#gid=${gid}&range=${columnLetter(target.column)}${target.row}`;
      columns.set(link.column, (columns.get(link.column) ?? new Map()).set(link.row, url));
    }
    columns.forEach((urls, column) => {
      const rows = [...urls.keys()];
      const first = Math.min(...rows);
      const last = Math.max(...rows);
      const texts = tab.values.slice(first - 1, last).map((row) => String(row[column - 1] ?? ''));
      const rich = texts.map((text, i) => {
        const builder = SpreadsheetApp.newRichTextValue().setText(text);
        const url = urls.get(first + i);
        return [(url && text ? builder.setLinkUrl(url) : builder).build()];
      });
      sheet.getRange(first, column, rich.length, 1).setRichTextValues(rich);
    });
  }

  /** A name no tab has, from the names the last readTabs saw (and tabs added since). */
  private freeName(name: string): string {
    const taken = new Set(this.sheets.keys());
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
    return candidate;
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

/** The port over the spreadsheet the add-on is open in. */
export function activePort_(): SheetsPort {
  return new SheetsPort(SpreadsheetApp.getActive());
}
