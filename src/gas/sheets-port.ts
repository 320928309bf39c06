import { columnLetter } from '../core/a1';
import { capText, CELL_LIMIT, isDate, type CellValue, type Grid } from '../core/cells';
import {
  WriteRefused,
  type Area,
  type FileAccess,
  type TabProtection,
  type CellBlock,
  type Dropdown,
  type GeneratedTab,
  type Marks,
  type TabChart,
  type TabFormat,
  type WorkbookPort,
  type WriteTarget,
} from '../core/port';
import { blocks_, lockedAreas_, refusal_ } from './protections';
import {
  NO_PROTECTION,
  protectAll_,
  readAccess_,
  readProtection_,
  runnerEmail_,
  type Before,
} from './tab-protection';
import type { TabData } from '../core/workbook/tab';
import { freeTabName, tabNameKey } from '../core/workbook/tab-names';
import { textMode_, type TextMode } from './text-mode';
import { WallClock } from './wall-clock';
import { a1, heightRuns, mergeRuns, styleGrids } from './tab-style';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/**
 * Developer metadata key that marks a generated tab. Its value is JSON: `{"key":"issues",
 * "fingerprint":"…"}` for a generated tab (the fingerprint notices hand edits), `{"backupOf":"issues"}`
 * for a hand-edited one kept aside. One item per tab, so finding a tab costs one read of it.
 */
export const GENERATED_KEY = 'dienhinh.generated';
/**
 * Put on a tab the moment it is inserted to be built, before anything else: a tab that has it and no
 * GENERATED_KEY was left half-built by an execution the host stopped (a killed script runs no `catch`),
 * and the next command removes it.
 */
export const BUILDING_KEY = 'dienhinh.building';

interface Marker {
  key?: string;
  fingerprint?: string;
  backupOf?: string;
}

function parseMarker(value: string | null): Marker {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {}; // not ours to understand: the tab is treated as a user's tab
  }
}

/** Plain text: what a string is written as, so "=…" or "2.10" stays exactly what the core wrote. */
const TEXT_FORMAT = '@';
/** Sheets' automatic format, under which a leading apostrophe marks text (the fallback text mode). */
const AUTOMATIC_FORMAT = 'General';

function numberFormat(value: CellValue, mode: TextMode): string {
  if (typeof value === 'number') return Number.isInteger(value) ? '0' : '0.##';
  if (isDate(value)) return 'dd/mm/yyyy';
  return mode === 'plain' ? TEXT_FORMAT : AUTOMATIC_FORMAT;
}

function cellInput(value: CellValue, mode: TextMode): CellValue {
  const text = capText(value, CELL_LIMIT.sheets);
  return mode === 'apostrophe' && typeof text === 'string' && text !== '' ? `'${text}` : text;
}

/** Pads a ragged grid to a rectangle, as setValues requires. */
function rectangle(values: Grid): Grid {
  let width = 1;
  for (const row of values) width = Math.max(width, row.length); // no spread: rows can number 150,000
  return values.map((row) => {
    const out = row.slice();
    while (out.length < width) out.push('');
    return out.map((v) => (v === null ? '' : v));
  });
}

/** Writes a rectangle as one range: number formats first, so strings land as text. */
function writeRectangle(sheet: Sheet, row: number, column: number, values: Grid, mode: TextMode): Range {
  const range = sheet.getRange(row, column, values.length, values[0].length);
  range.setNumberFormats(values.map((r) => r.map((value) => numberFormat(value, mode))));
  range.setValues(values.map((r) => r.map((value) => cellInput(value, mode))));
  return range;
}

/** One call per run of equal widths. */
function setColumnWidths(sheet: Sheet, widths: number[]): void {
  for (let start = 0; start < widths.length;) {
    let end = start + 1;
    while (end < widths.length && widths[end] === widths[start]) end++;
    sheet.setColumnWidths(start + 1, end - start, widths[start]);
    start = end;
  }
}

/**
 * A chart of the tab's own cells, its series a row each: a fixed number of calls. A Sheets chart is
 * part of the sheet, so it needs no scope beyond `spreadsheets.currentonly`, and goes with the tab.
 */
function insertChart(sheet: Sheet, chart: TabChart): void {
  const { area, anchor } = chart;
  const builder = sheet
    .newChart()
    .setChartType(chart.kind === 'stacked' ? Charts.ChartType.COLUMN : Charts.ChartType.COMBO)
    .addRange(sheet.getRange(area.row, area.column, area.rows, area.columns))
    .setTransposeRowsAndColumns(true)
    .setOption('title', chart.title)
    .setOption('legend', { position: 'bottom' });
  if (chart.kind === 'stacked') builder.setOption('isStacked', true);
  else builder.setOption('seriesType', 'bars').setOption('series', { 1: { type: 'line' } });
  sheet.insertChart(builder.setPosition(anchor.row, anchor.column, 0, 0).build());
}

/** A merged range that crosses the line under row `rows`, as A1 notation; null when none does. */
function mergeCrossing(sheet: Sheet, rows: number, columns: number): string | null {
  if (rows < 1) return null;
  for (const merged of sheet.getRange(rows, 1, 2, columns).getMergedRanges()) {
    const top = merged.getRow();
    if (top <= rows && top + merged.getNumRows() - 1 > rows) return merged.getA1Notation();
  }
  return null;
}

function unfrozen(tab: string, rows: number, merged: string): string {
  return (
    `Chưa cố định ${rows} dòng đầu của trang “${tab}”: ô gộp ${merged} vắt qua dòng ${rows} và ${rows + 1}, ` +
    'Google Sheets không cho cố định ngang qua ô gộp. Muốn cố định, hãy bỏ gộp ô đó (Định dạng › Gộp ô › Hủy gộp) ' +
    'rồi chạy lại “Thiết lập bảng tính”.'
  );
}

/**
 * The Workbook port over SpreadsheetApp. Every method makes a fixed number of service calls,
 * whatever the number of rows: values go in and out as whole 2-D arrays.
 */
export class SheetsPort implements WorkbookPort {
  /** Tabs by `tabNameKey` of their name: Sheets finds and refuses names without regard to case. */
  private readonly sheets = new Map<string, Sheet>();
  /** Tabs a stopped execution left half-built, removed before this command builds its own. */
  private leftovers: Sheet[] = [];
  /** Each known tab's name as written, for messages. */
  private readonly names = new Map<Sheet, string>();
  /** Generated tabs by key: as the last readTabs found them (with their marker), or as built since. */
  private readonly generated = new Map<string, { sheet: Sheet; name: string; marker?: DeveloperMetadata }>();
  /**
   * The tabs in order, as read and then as this port changed them, so placing a tab asks the document
   * nothing: after a command's first write, any read would have to wait for the writes to commit.
   */
  private order: Sheet[] | null = null;

  private mode: TextMode | null = null;

  /** The owner's address, lower case, once asked for (see `owner`); null in a shared drive. */
  private ownerEmail: string | null | undefined;
  /** What planProtections read: who reaches the file, and each planned tab's protection. */
  private access: ReturnType<typeof readAccess_> | null = null;
  private readonly before = new Map<Sheet, Before>();

  constructor(private readonly spreadsheet: Spreadsheet) {}

  /** Asked once, at the first write: a document property, not a read of the spreadsheet. */
  private textMode(): TextMode {
    return (this.mode ??= textMode_());
  }

  /** A tab's id, the `gid` of its links; it never changes, so asking is not a read of the document. */
  sheetId(name: string): number {
    return this.sheet(name).getSheetId();
  }

  private sheet(name: string): Sheet {
    let sheet = this.sheets.get(tabNameKey(name));
    if (!sheet) {
      sheet = this.spreadsheet.getSheetByName(name) ?? undefined;
      if (!sheet) throw new Error(`Không thấy trang “${name}”.`);
      this.know(name, sheet);
    }
    return sheet;
  }

  private know(name: string, sheet: Sheet): void {
    this.sheets.set(tabNameKey(name), sheet);
    this.names.set(sheet, name);
  }

  readTabs(): TabData[] {
    this.sheets.clear();
    this.names.clear();
    this.generated.clear();
    this.leftovers = [];
    this.order = this.spreadsheet.getSheets();
    const tabs: TabData[] = [];
    const dates = new WallClock(this.spreadsheet);
    for (const sheet of this.order) {
      const name = sheet.getName();
      this.know(name, sheet);
      const items = sheet.getDeveloperMetadata();
      const item = items.find((m) => m.getKey() === GENERATED_KEY);
      if (!item && items.some((m) => m.getKey() === BUILDING_KEY)) {
        this.leftovers.push(sheet);
        continue;
      }
      const marker = item ? parseMarker(item.getValue()) : {};
      const generated = typeof marker.key === 'string' ? marker.key : undefined;
      if (item && generated) this.generated.set(generated, { sheet, name, marker: item });
      tabs.push({
        name,
        values: dates.inGrid(sheet.getDataRange().getValues() as Grid),
        generated,
        fingerprint: generated && typeof marker.fingerprint === 'string' ? marker.fingerprint : undefined,
      });
    }
    return tabs;
  }

  /** Reads the protections once, after the command's other reads; refuses before anything is written. */
  ensureWritable(targets: WriteTarget[]): void {
    const locked = lockedAreas_(this.spreadsheet);
    if (locked.length === 0) return;
    // A half-built tab left by a stopped run is removed before the command writes.
    const wanted = this.leftovers.map((sheet) => ({ sheet, area: null as Area | null }));
    for (const target of targets) {
      if ('generated' in target) {
        const found = this.generated.get(target.generated);
        if (found) wanted.push({ sheet: found.sheet, area: null });
      } else wanted.push({ sheet: this.sheet(target.tab), area: target.area ?? null });
    }
    for (const { sheet, area } of wanted) {
      const name = this.nameOf(sheet);
      const lock = locked.find((l) => tabNameKey(l.tab) === tabNameKey(name) && blocks_(l, area));
      // Asked only to refuse, still before any write: a shared drive's file has no owner to send to.
      if (lock) throw new WriteRefused(refusal_(name, lock, this.owner() !== null));
    }
  }

  /** A known tab's name, without asking the document. */
  private nameOf(sheet: Sheet): string {
    return this.names.get(sheet) ?? sheet.getName();
  }

  planProtections(tabs: string[]): FileAccess {
    this.access = readAccess_(this.spreadsheet);
    this.ownerEmail = this.access.access.owner;
    for (const tab of tabs) {
      const sheet = this.sheets.get(tabNameKey(tab));
      if (sheet) this.before.set(sheet, readProtection_(sheet));
    }
    return this.access.access;
  }

  protectTabs(protections: TabProtection[]): string[] {
    const access = this.access ?? readAccess_(this.spreadsheet);
    const context = { ...access.access, fileEditors: access.fileEditors };
    const requests = protections.map((request) => {
      const sheet = this.sheet(request.tab);
      return { sheet, request, before: this.before.get(sheet) ?? NO_PROTECTION };
    });
    return protectAll_(requests, context);
  }

  removeTab(name: string): void {
    const sheet = this.sheet(name);
    this.remove(sheet);
    this.sheets.delete(tabNameKey(name));
  }

  /** The spreadsheet owner's address, lower case, asked once; null in a shared drive (no owner). */
  private owner(): string | null {
    if (this.ownerEmail === undefined)
      this.ownerEmail = this.spreadsheet.getOwner()?.getEmail().toLowerCase() || null;
    return this.ownerEmail;
  }

  addTab(name: string): void {
    this.know(name, this.insertAt(name, this.tabOrder().length));
  }

  private tabOrder(): Sheet[] {
    return (this.order ??= this.spreadsheet.getSheets());
  }

  /** Inserts a tab at a 0-based position (without one, Sheets would put it after the active tab). */
  private insertAt(name: string, index: number): Sheet {
    const sheet = this.spreadsheet.insertSheet(name, index);
    this.tabOrder().splice(index, 0, sheet);
    return sheet;
  }

  private remove(sheet: Sheet): void {
    this.spreadsheet.deleteSheet(sheet);
    const order = this.tabOrder();
    order.splice(order.indexOf(sheet), 1);
  }

  writeCells(tab: string, block: CellBlock): void {
    const values = rectangle(block.values);
    if (values.length) writeRectangle(this.sheet(tab), block.row, block.column, values, this.textMode());
  }

  formatTab(tab: string, format: TabFormat): string[] {
    const notes: string[] = [];
    const sheet = this.sheet(tab);
    const lastColumn = Math.max(1, sheet.getLastColumn());
    if (format.frozenRows !== undefined) {
      const crossing = mergeCrossing(sheet, format.frozenRows, lastColumn);
      // Sheets refuses to freeze through a merged cell; the user's merge stays and the rows stay unfrozen.
      if (crossing) notes.push(unfrozen(tab, format.frozenRows, crossing));
      else sheet.setFrozenRows(format.frozenRows);
    }
    if (format.boldRows?.length) {
      sheet
        .getRangeList(format.boldRows.map((r) => `A${r}:${columnLetter(lastColumn)}${r}`))
        .setFontWeight('bold');
    }
    setColumnWidths(sheet, format.columnWidths ?? []);
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
    return notes;
  }

  readMarks(tab: string, area: Area): Marks {
    const range = this.sheet(tab).getRange(area.row, area.column, area.rows, area.columns);
    return { backgrounds: range.getBackgrounds(), notes: range.getNotes() };
  }

  writeMarks(tab: string, area: Area, marks: Marks): void {
    const range = this.sheet(tab).getRange(area.row, area.column, area.rows, area.columns);
    range.setBackgrounds(marks.backgrounds);
    range.setNotes(marks.notes);
  }

  /**
   * Builds the new tab beside the old one and swaps them only when it is complete. Any failure before
   * the swap ends removes the half-built tab and leaves the old one whole; a stop by the host (which
   * runs no `catch`) leaves a tab marked as building, which the next command removes.
   * The tab keeps the name a user may have given it.
   */
  replaceGeneratedTab(tab: GeneratedTab, options: { keepOldAs?: string } = {}): void {
    this.removeLeftovers();
    const found = this.generated.get(tab.key);
    const existing = found?.sheet;
    const name = found?.name ?? this.freeName(tab.name);
    const order = this.tabOrder();
    const at = existing ? order.indexOf(existing) : -1;
    const temporary = this.freeName(`${name} (đang tạo)`);
    const building = this.insertAt(temporary, at < 0 ? order.length : at);
    try {
      building.addDeveloperMetadata(BUILDING_KEY, tab.key);
      this.know(temporary, building);
      this.fill(building, tab);
      if (found && options.keepOldAs) {
        // The hand-edited tab stays, renamed, and is no longer treated as generated.
        // Only a tab read from the document can have been edited by hand, so its marker is known.
        found.marker?.setValue(JSON.stringify({ backupOf: tab.key }));
        found.sheet.setName(options.keepOldAs);
        this.know(options.keepOldAs, found.sheet);
      } else if (existing) this.remove(existing);
      building.setName(name);
      // Last: only a tab that got this far counts as built.
      building.addDeveloperMetadata(
        GENERATED_KEY,
        JSON.stringify({ key: tab.key, fingerprint: tab.fingerprint }),
      );
    } catch (error) {
      this.remove(building);
      throw error;
    } finally {
      this.sheets.delete(tabNameKey(temporary));
    }
    this.know(name, building);
    this.generated.set(tab.key, { sheet: building, name });
  }

  private removeLeftovers(): void {
    for (const sheet of this.leftovers) this.remove(sheet);
    this.leftovers = [];
  }

  /** Values, then every style on the same range as whole grids: a fixed number of calls a tab. */
  private fill(building: Sheet, tab: GeneratedTab): void {
    const values = rectangle(tab.values);
    const range = values.length ? writeRectangle(building, 1, 1, values, this.textMode()) : undefined;
    if (tab.links?.length) this.writeLinks(building, tab);
    if (range) this.drawLayout(building, range, tab, values.length, values[0].length);
    for (const { area, across } of mergeRuns(tab.merges ?? [])) {
      const merged = building.getRange(area.row, area.column, area.rows, area.columns);
      if (across) merged.mergeAcross();
      else merged.merge();
    }
    if (tab.format.frozenRows !== undefined) building.setFrozenRows(tab.format.frozenRows);
    setColumnWidths(building, tab.format.columnWidths ?? []);
    for (const chart of tab.charts ?? []) insertChart(building, chart);
    // A new tab's protection: its editors are read from it, the reference's way (a read after writes).
    if (tab.editors?.length)
      protectAll_(
        [
          {
            sheet: building,
            request: {
              tab: tab.name,
              editors: tab.editors,
              description: 'Trang do tiện ích tạo: chỉ thư ký Hội đồng sửa được; chạy lại lệnh để cập nhật.',
            },
            before: NO_PROTECTION,
          },
        ],
        { owner: this.owner(), runner: runnerEmail_(), fileEditors: null },
      );
  }

  /**
   * The document layout the core describes, in a fixed number of calls whatever the rows: the font,
   * each style as one grid, a border call per table, one for all spanning headings and one for the
   * rules, the fixed row heights (Sheets sizes the other rows to their wrapped text) and the filter.
   * Apps Script has no page setup: the PDF export link carries the paper, fit and repeated rows.
   */
  private drawLayout(sheet: Sheet, range: Range, tab: GeneratedTab, rows: number, columns: number): void {
    const styles = styleGrids(tab, rows, columns);
    range.setFontFamily(tab.layout?.font.family ?? 'Arial');
    range.setVerticalAlignment('top');
    range.setFontWeights(styles.fontWeights);
    range.setFontStyles(styles.fontStyles);
    range.setFontSizes(styles.fontSizes);
    range.setHorizontalAlignments(styles.alignments);
    range.setWraps(styles.wraps);
    if (styles.backgrounds) range.setBackgrounds(styles.backgrounds);
    const layout = tab.layout;
    if (!layout) return;
    for (const t of layout.tables)
      sheet.getRange(t.row, t.column, t.rows, t.columns).setBorder(true, true, true, true, true, true);
    // Headings spanning their table keep their outer edges only.
    if (layout.spanningRows.length)
      sheet.getRangeList(layout.spanningRows.map(a1)).setBorder(null, null, null, null, false, null);
    if (layout.rules.length)
      sheet.getRangeList(layout.rules.map(a1)).setBorder(true, null, null, null, null, null);
    // Forced: setRowHeights lets Sheets grow a row to fit its wrapped text, and these heights are meant.
    for (const run of heightRuns(layout.rowHeights))
      sheet.setRowHeightsForced(run.from, run.count, run.pixels);
    if (layout.filter) {
      const f = layout.filter;
      sheet.getRange(f.row, f.column, f.rows, f.columns).createFilter();
    }
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
      let first = Infinity;
      let last = 0;
      for (const row of urls.keys()) {
        first = Math.min(first, row);
        last = Math.max(last, row);
      }
      const texts = tab.values.slice(first - 1, last).map((row) => String(row[column - 1] ?? ''));
      const rich = texts.map((text, i) => {
        const builder = SpreadsheetApp.newRichTextValue().setText(text);
        const url = urls.get(first + i);
        return [(url && text ? builder.setLinkUrl(url) : builder).build()];
      });
      sheet.getRange(first, column, rich.length, 1).setRichTextValues(rich);
    });
  }

  /** A name no tab has, ignoring case, from the tabs the last readTabs saw and those added since. */
  private freeName(name: string): string {
    return freeTabName(this.sheets.keys(), name);
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
