/** Sheet: a counted wrapper over one SheetModel. */
import { parseA1 } from './a1';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart';
import { SheetBound, type SpreadsheetContext } from './context';
import { enumName } from './enums';
import { RANGE_NOT_FOUND, sheetNameTaken, signatureError, toInt } from './errors';
import { FakeDeveloperMetadata, metadataArgs } from './metadata';
import { FakeProtection, newProtection } from './protection';
import { FakeRange } from './range';
import { FakeRangeList } from './range-list';
import { checkedRegion, regionFromA1 } from './range-ops';
import { Region } from './region';
import type { ProtectionModel, SheetModel } from './sheet-model';
import { FakeSpreadsheet } from './spreadsheet';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
type GasProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
type GasMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GasVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

const ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';
const COLUMNS_OUT_OF_BOUNDS = 'Those columns are out of bounds.';

/** The region an A1 string names on `sheet`; a sheet-qualified string must name this sheet. */
export function regionOfA1(sheet: SheetModel, a1: string): Region {
  const ref = parseA1(a1);
  if (!ref || (ref.sheetName !== null && ref.sheetName.toLowerCase() !== sheet.name.toLowerCase())) {
    throw new Error(RANGE_NOT_FOUND);
  }
  return regionFromA1(sheet, ref);
}

/** The model behind a Sheet argument; only live sheets of this fake are accepted. */
export function sheetModelOf(sheet: unknown, method: string): SheetModel {
  if (sheet instanceof FakeSheet && !sheet.model.deleted) return sheet.model;
  throw signatureError(method, [sheet]);
}

export class FakeSheet extends SheetBound implements Pick<GasSheet, keyof FakeSheet & keyof GasSheet> {
  constructor(
    ctx: SpreadsheetContext,
    /** The sheet's data; for the other fakes and for test assertions. */
    readonly model: SheetModel,
  ) {
    super(ctx, 'Sheet', model);
  }

  private gas(): GasSheet {
    return this as unknown as GasSheet;
  }

  private range(region: Region): GasRange {
    return new FakeRange(this.ctx, region) as unknown as GasRange;
  }

  // --- identity ---------------------------------------------------------------------------------

  getName(): string {
    this.hit('getName');
    return this.model.name;
  }

  /** Names are unique regardless of case; renaming to one's own name is allowed. */
  setName(name: string): GasSheet {
    this.hit('setName');
    if (typeof name !== 'string') throw signatureError('SpreadsheetApp.Sheet.setName', [name]);
    if (name.trim() === '') throw new Error('A sheet name cannot be empty.');
    const other = this.ctx.book.findSheet(name);
    if (other && other !== this.model) throw sheetNameTaken(name);
    this.model.rename(name);
    return this.gas();
  }

  /** Stable for the sheet's life and unrelated to its position. */
  getSheetId(): number {
    this.hit('getSheetId');
    return this.model.id;
  }

  getParent(): GasSpreadsheet {
    this.hit('getParent');
    return new FakeSpreadsheet(this.ctx) as unknown as GasSpreadsheet;
  }

  activate(): GasSheet {
    this.hit('activate');
    this.ctx.book.activeSheet = this.model;
    return this.gas();
  }

  // --- size -------------------------------------------------------------------------------------

  /** Last row with a value or formula; formatting alone does not count. 0 when empty. */
  getLastRow(): number {
    this.hit('getLastRow');
    return this.model.lastRow();
  }

  getLastColumn(): number {
    this.hit('getLastColumn');
    return this.model.lastColumn();
  }

  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    this.hit('insertRowsBefore');
    this.insertRowsAt(
      toInt(beforePosition, 'SpreadsheetApp.Sheet.insertRowsBefore') - 1,
      howMany,
      'insertRowsBefore',
    );
    return this.gas();
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    this.hit('insertColumnsBefore');
    this.insertColumnsAt(
      toInt(beforePosition, 'SpreadsheetApp.Sheet.insertColumnsBefore') - 1,
      howMany,
      'insertColumnsBefore',
    );
    return this.gas();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.hit('deleteRows');
    this.deleteRowsAt(rowPosition, howMany, 'deleteRows');
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.hit('deleteColumns');
    this.deleteColumnsAt(columnPosition, howMany, 'deleteColumns');
  }

  private insertRowsAt(after: number, howMany: number, method: string): void {
    const [at, count] = [
      toInt(after, `SpreadsheetApp.Sheet.${method}`),
      toInt(howMany, `SpreadsheetApp.Sheet.${method}`),
    ];
    if (at < 0 || at > this.model.maxRows || count < 1) throw new Error(ROWS_OUT_OF_BOUNDS);
    this.model.insertRows(at, count);
  }

  private insertColumnsAt(after: number, howMany: number, method: string): void {
    const [at, count] = [
      toInt(after, `SpreadsheetApp.Sheet.${method}`),
      toInt(howMany, `SpreadsheetApp.Sheet.${method}`),
    ];
    if (at < 0 || at > this.model.maxColumns || count < 1) throw new Error(COLUMNS_OUT_OF_BOUNDS);
    this.model.insertColumns(at, count);
  }

  private deleteRowsAt(position: number, howMany: number, method: string): void {
    const [at, count] = [
      toInt(position, `SpreadsheetApp.Sheet.${method}`),
      toInt(howMany, `SpreadsheetApp.Sheet.${method}`),
    ];
    if (at < 1 || count < 1 || at + count - 1 > this.model.maxRows) throw new Error(ROWS_OUT_OF_BOUNDS);
    if (this.model.maxRows - count <= this.model.frozenRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.model.deleteRows(at, count);
  }

  private deleteColumnsAt(position: number, howMany: number, method: string): void {
    const [at, count] = [
      toInt(position, `SpreadsheetApp.Sheet.${method}`),
      toInt(howMany, `SpreadsheetApp.Sheet.${method}`),
    ];
    if (at < 1 || count < 1 || at + count - 1 > this.model.maxColumns) throw new Error(COLUMNS_OUT_OF_BOUNDS);
    if (this.model.maxColumns - count <= this.model.frozenColumns) {
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.model.deleteColumns(at, count);
  }

  // --- ranges -----------------------------------------------------------------------------------

  /** getRange(row, column[, numRows[, numColumns]]) or getRange("B3:D9"). */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    this.hit('getRange');
    if (typeof rowOrA1 === 'string') return this.range(regionOfA1(this.model, rowOrA1));
    if (column === undefined) throw signatureError('SpreadsheetApp.Sheet.getRange', [rowOrA1]);
    return this.range(
      checkedRegion(
        this.model,
        rowOrA1,
        column,
        numRows ?? 1,
        numColumns ?? 1,
        'SpreadsheetApp.Sheet.getRange',
      ),
    );
  }

  getRangeList(a1Notations: string[]): GasRangeList {
    this.hit('getRangeList');
    if (!Array.isArray(a1Notations)) throw signatureError('SpreadsheetApp.Sheet.getRangeList', [a1Notations]);
    const regions = a1Notations.map((a1) => regionOfA1(this.model, String(a1)));
    return new FakeRangeList(this.ctx, this.model, regions) as unknown as GasRangeList;
  }

  /** A1 to the last row and column with content; just A1 on an empty sheet. */
  getDataRange(): GasRange {
    this.hit('getDataRange');
    return this.range(
      new Region(this.model, 1, 1, Math.max(1, this.model.lastRow()), Math.max(1, this.model.lastColumn())),
    );
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    this.hit('getSheetValues');
    return checkedRegion(
      this.model,
      startRow,
      startColumn,
      numRows,
      numColumns,
      'SpreadsheetApp.Sheet.getSheetValues',
    ).values();
  }

  /** Writes one row below the last row with content, interpreted as setValues does. */
  appendRow(rowContents: unknown[]): GasSheet {
    this.hit('appendRow');
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw signatureError('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    }
    new Region(this.model, this.model.lastRow() + 1, 1, 1, rowContents.length).enter([rowContents]);
    return this.gas();
  }

  // --- clearing ---------------------------------------------------------------------------------

  /** Contents and formats; clear({contentsOnly}) or clear({formatOnly}) for one of them. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GasSheet {
    this.hit('clear');
    const only = Boolean(options?.formatOnly || options?.contentsOnly);
    this.whole().clear({
      contents: !only || Boolean(options?.contentsOnly),
      formats: !only || Boolean(options?.formatOnly),
      notes: false,
      validations: false,
    });
    return this.gas();
  }

  private whole(): Region {
    return new Region(this.model, 1, 1, this.model.maxRows, this.model.maxColumns);
  }

  // --- layout -----------------------------------------------------------------------------------

  /** Sheets refuses a line through a merged cell. */
  setFrozenRows(rows: number): void {
    this.hit('setFrozenRows');
    const n = toInt(rows, 'SpreadsheetApp.Sheet.setFrozenRows');
    if (n < 0 || n > this.model.maxRows) throw new Error(ROWS_OUT_OF_BOUNDS);
    this.model.freeze('rows', n);
  }

  setFrozenColumns(columns: number): void {
    this.hit('setFrozenColumns');
    const n = toInt(columns, 'SpreadsheetApp.Sheet.setFrozenColumns');
    if (n < 0 || n > this.model.maxColumns) throw new Error(COLUMNS_OUT_OF_BOUNDS);
    this.model.freeze('columns', n);
  }

  // --- charts -----------------------------------------------------------------------------------

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.hit('newChart');
    return new FakeEmbeddedChartBuilder(
      this.ctx.calls,
    ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }

  /** A chart is an object on the sheet: a protection the user may not edit refuses it. */
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.hit('insertChart');
    if (!(chart instanceof FakeEmbeddedChart))
      throw signatureError('SpreadsheetApp.Sheet.insertChart', [chart]);
    this.model.checkWrite({ kind: 'sheet' });
    this.model.charts.push(chart.model);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.hit('getCharts');
    return this.model.charts.map(
      (model) =>
        new FakeEmbeddedChart(this.ctx.calls, model) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart,
    );
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this.hit('setColumnWidth');
    const method = 'SpreadsheetApp.Sheet.setColumnWidth';
    this.model.resize('columns', toInt(columnPosition, method), 1, toInt(width, method));
    return this.gas();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    this.hit('setColumnWidths');
    const method = 'SpreadsheetApp.Sheet.setColumnWidths';
    const [start, count, px] = [toInt(startColumn, method), toInt(numColumns, method), toInt(width, method)];
    this.model.resize('columns', start, count, px);
    return this.gas();
  }

  getColumnWidth(columnPosition: number): number {
    this.hit('getColumnWidth');
    return this.model.columnWidth(toInt(columnPosition, 'SpreadsheetApp.Sheet.getColumnWidth'));
  }

  /** Widths are not measured: the call is recorded, and refused where a resize would be. */
  autoResizeColumns(startColumn: number, numColumns: number): GasSheet {
    this.hit('autoResizeColumns');
    const method = 'SpreadsheetApp.Sheet.autoResizeColumns';
    const band = this.model.columnBand(toInt(startColumn, method), toInt(numColumns, method));
    this.model.checkWrite({ kind: 'cells', rect: band });
    return this.gas();
  }

  autoResizeColumn(columnPosition: number): GasSheet {
    this.hit('autoResizeColumn');
    const column = toInt(columnPosition, 'SpreadsheetApp.Sheet.autoResizeColumn');
    this.model.checkWrite({ kind: 'cells', rect: this.model.columnBand(column, 1) });
    return this.gas();
  }

  setRowHeight(rowPosition: number, height: number): GasSheet {
    this.hit('setRowHeight');
    const method = 'SpreadsheetApp.Sheet.setRowHeight';
    this.model.resize('rows', toInt(rowPosition, method), 1, toInt(height, method));
    return this.gas();
  }

  setRowHeights(startRow: number, numRows: number, height: number): GasSheet {
    this.hit('setRowHeights');
    const method = 'SpreadsheetApp.Sheet.setRowHeights';
    const [start, count, px] = [toInt(startRow, method), toInt(numRows, method), toInt(height, method)];
    this.model.resize('rows', start, count, px);
    return this.gas();
  }

  setRowHeightsForced(startRow: number, numRows: number, height: number): GasSheet {
    this.hit('setRowHeightsForced');
    const method = 'SpreadsheetApp.Sheet.setRowHeightsForced';
    const [start, count, px] = [toInt(startRow, method), toInt(numRows, method), toInt(height, method)];
    this.model.resize('rows', start, count, px, true);
    return this.gas();
  }

  getRowHeight(rowPosition: number): number {
    this.hit('getRowHeight');
    return this.model.rowHeight(toInt(rowPosition, 'SpreadsheetApp.Sheet.getRowHeight'));
  }

  // --- protection and metadata ------------------------------------------------------------------

  /**
   * Protects the whole sheet; if it is already protected, returns that protection instead, unless
   * the running user may not edit it. A new one's editors: see protection.ts.
   */
  protect(): GasProtection {
    this.hit('protect');
    this.model.checkWrite({ kind: 'sheet' });
    let model = this.model.protections.find((p) => p.kind === 'SHEET' && !p.removed);
    if (!model) {
      model = newProtection('SHEET', this.model, null, this.ctx.accounts);
      this.model.protections.push(model);
    }
    return new FakeProtection(this.ctx, model) as unknown as GasProtection;
  }

  getProtections(type: GasProtectionType): GasProtection[] {
    this.hit('getProtections');
    const kind = enumName(type, 'ProtectionType', 'SpreadsheetApp.Sheet.getProtections');
    return this.model.protections
      .filter((p: ProtectionModel) => p.kind === kind && !p.removed)
      .map((p) => new FakeProtection(this.ctx, p) as unknown as GasProtection);
  }

  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GasVisibility,
    visibility?: GasVisibility,
  ): GasSheet {
    this.hit('addDeveloperMetadata');
    const args = metadataArgs(
      key,
      valueOrVisibility,
      visibility,
      'SpreadsheetApp.Sheet.addDeveloperMetadata',
    );
    this.ctx.book.addMetadata(args.key, args.value, args.visibility, this.model);
    return this.gas();
  }

  /** Metadata attached to this sheet itself. */
  getDeveloperMetadata(): GasMetadata[] {
    this.hit('getDeveloperMetadata');
    return this.ctx.book
      .metadataOn(this.model)
      .map((m) => new FakeDeveloperMetadata(this.ctx, m) as unknown as GasMetadata);
  }
}
