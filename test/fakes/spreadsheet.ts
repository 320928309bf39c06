/**
 * Spreadsheet: counted wrapper over the workbook model, plus test helpers (peek, poke, …) that
 * read or change the model without counting, to set up a scenario or inspect the result.
 */
import { parseA1 } from './a1';
import { Counted } from './calls';
import type { CellValue } from './cells';
import type { SpreadsheetContext } from './context';
import { enumName } from './enums';
import { RANGE_NOT_FOUND, signatureError, toInt } from './errors';
import { FakeDeveloperMetadata, metadataArgs } from './metadata';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import { FakeRangeList } from './range-list';
import { regionFromA1 } from './range-ops';
import { FakeUser } from './session';
import { FakeSheet, regionOfA1, sheetModelOf } from './sheet';
import { Region } from './region';
import type { SheetModel, Toast } from './sheet-model';
import { cellSnapshot, sheetSnapshot, type CellSnapshot, type SheetSnapshot } from './snapshot';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
type GasProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
type GasMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GasVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type InsertOptions = { template?: GasSheet };

export class FakeSpreadsheet
  extends Counted
  implements Pick<GasSpreadsheet, keyof FakeSpreadsheet & keyof GasSpreadsheet>
{
  constructor(private readonly ctx: SpreadsheetContext) {
    super(ctx.calls, 'Spreadsheet');
  }

  private get book() {
    return this.ctx.book;
  }

  private gas(): GasSpreadsheet {
    return this as unknown as GasSpreadsheet;
  }

  private sheet(model: SheetModel): GasSheet {
    return new FakeSheet(this.ctx, model) as unknown as GasSheet;
  }

  private range(region: Region): GasRange {
    return new FakeRange(this.ctx, region) as unknown as GasRange;
  }

  // --- identity ---------------------------------------------------------------------------------

  getId(): string {
    this.hit('getId');
    return this.book.id;
  }

  getName(): string {
    this.hit('getName');
    return this.book.name;
  }

  /** The owner; a file in a shared drive has none, and gives null (FakeEnvOptions.sharedDrive). */
  getOwner(): GoogleAppsScript.Base.User | null {
    this.hit('getOwner');
    const { owner } = this.ctx.accounts;
    return owner ? (new FakeUser(this.calls, owner) as unknown as GoogleAppsScript.Base.User) : null;
  }

  /** Those the file is shared with to edit (groups by their address), the owner not among them. */
  getEditors(): GoogleAppsScript.Base.User[] {
    this.hit('getEditors');
    return this.users(this.ctx.accounts.sharedWith);
  }

  /** Those the file is shared with to view or comment. */
  getViewers(): GoogleAppsScript.Base.User[] {
    this.hit('getViewers');
    return this.users(this.ctx.accounts.viewers);
  }

  private users(emails: readonly string[]): GoogleAppsScript.Base.User[] {
    return emails.map((email) => new FakeUser(this.calls, email) as unknown as GoogleAppsScript.Base.User);
  }

  rename(newName: string): void {
    this.hit('rename');
    this.book.name = String(newName);
  }

  getSpreadsheetTimeZone(): string {
    this.hit('getSpreadsheetTimeZone');
    return this.book.timeZone;
  }

  // --- sheets -----------------------------------------------------------------------------------

  getSheets(): GasSheet[] {
    this.hit('getSheets');
    return this.book.sheets.map((s) => this.sheet(s));
  }

  /** Null when absent; names match regardless of case, as in Sheets. */
  getSheetByName(name: string): GasSheet | null {
    this.hit('getSheetByName');
    const model = this.book.findSheet(String(name));
    return model ? this.sheet(model) : null;
  }

  /**
   * insertSheet([name][, index][, options]); index is 0-based. The new sheet goes after the active
   * sheet unless an index is given, and becomes the active sheet.
   */
  insertSheet(
    first?: string | number | InsertOptions,
    second?: number | InsertOptions,
    third?: InsertOptions,
  ): GasSheet {
    this.hit('insertSheet');
    const args = [first, second, third].filter((a) => a !== undefined);
    const name = typeof first === 'string' ? first : null;
    const index = typeof first === 'number' ? first : typeof second === 'number' ? second : null;
    const options = args.find((a): a is InsertOptions => typeof a === 'object' && a !== null);
    if (options?.template) throw new Error('The fake does not support insertSheet with a template.');
    if (index !== null) toInt(index, 'SpreadsheetApp.Spreadsheet.insertSheet');
    if (name !== null && name.trim() === '') throw new Error('A sheet name cannot be empty.');
    return this.sheet(this.book.insertSheet(name, index));
  }

  deleteSheet(sheet: GasSheet): void {
    this.hit('deleteSheet');
    this.book.deleteSheet(sheetModelOf(sheet, 'SpreadsheetApp.Spreadsheet.deleteSheet'));
  }

  setActiveSheet(sheet: GasSheet, restoreSelection?: boolean): GasSheet {
    this.hit('setActiveSheet');
    void restoreSelection;
    this.book.activeSheet = sheetModelOf(sheet, 'SpreadsheetApp.Spreadsheet.setActiveSheet');
    return sheet;
  }

  /** Moves the active sheet to 1-based position `pos`. */
  moveActiveSheet(pos: number): void {
    this.hit('moveActiveSheet');
    const to = toInt(pos, 'SpreadsheetApp.Spreadsheet.moveActiveSheet');
    const { sheets, activeSheet } = this.book;
    if (to < 1 || to > sheets.length) throw new Error(`Sheet index ${to} is out of range.`);
    sheets.splice(sheets.indexOf(activeSheet), 1);
    sheets.splice(to - 1, 0, activeSheet);
  }

  // --- ranges -----------------------------------------------------------------------------------

  /** "B3" on the active sheet, or "'Đề cử'!B3" on the named sheet. */
  getRange(a1Notation: string): GasRange {
    this.hit('getRange');
    const ref = typeof a1Notation === 'string' ? parseA1(a1Notation) : null;
    if (!ref) throw new Error(RANGE_NOT_FOUND);
    const sheet = ref.sheetName === null ? this.book.activeSheet : this.book.findSheet(ref.sheetName);
    if (!sheet) throw new Error(RANGE_NOT_FOUND);
    return this.range(regionFromA1(sheet, ref));
  }

  /** Ranges of the active sheet. */
  getRangeList(a1Notations: string[]): GasRangeList {
    this.hit('getRangeList');
    if (!Array.isArray(a1Notations))
      throw signatureError('SpreadsheetApp.Spreadsheet.getRangeList', [a1Notations]);
    const sheet = this.book.activeSheet;
    return new FakeRangeList(
      this.ctx,
      sheet,
      a1Notations.map((a1) => regionOfA1(sheet, a1)),
    ) as unknown as GasRangeList;
  }

  getActiveRange(): GasRange | null {
    this.hit('getActiveRange');
    const sheet = this.book.activeSheet;
    const { row, column, numRows, numColumns } = sheet.activeRange;
    return this.range(new Region(sheet, row, column, numRows, numColumns));
  }

  getProtections(type: GasProtectionType): GasProtection[] {
    this.hit('getProtections');
    const kind = enumName(type, 'ProtectionType', 'SpreadsheetApp.Spreadsheet.getProtections');
    return this.book.sheets.flatMap((sheet) =>
      sheet.protections
        .filter((p) => p.kind === kind && !p.removed)
        .map((p) => new FakeProtection(this.ctx, p) as unknown as GasProtection),
    );
  }

  // --- metadata and messages --------------------------------------------------------------------

  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GasVisibility,
    visibility?: GasVisibility,
  ): GasSpreadsheet {
    this.hit('addDeveloperMetadata');
    const args = metadataArgs(
      key,
      valueOrVisibility,
      visibility,
      'SpreadsheetApp.Spreadsheet.addDeveloperMetadata',
    );
    this.book.addMetadata(args.key, args.value, args.visibility, null);
    return this.gas();
  }

  /** Metadata of the spreadsheet itself, not of its sheets (use a finder for all). */
  getDeveloperMetadata(): GasMetadata[] {
    this.hit('getDeveloperMetadata');
    return this.book
      .metadataOn(null)
      .map((m) => new FakeDeveloperMetadata(this.ctx, m) as unknown as GasMetadata);
  }

  // --- test helpers: no service calls -----------------------------------------------------------

  /** This spreadsheet typed as Apps Script's, to hand to code under test. */
  asGas(): GasSpreadsheet {
    return this.gas();
  }

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  /** Everything about one sheet as plain data; see SheetSnapshot. */
  peek(sheetName: string): SheetSnapshot {
    return sheetSnapshot(this.book, this.model(sheetName));
  }

  /** Everything about one cell, e.g. peekCell('Đề cử', 'B3'). */
  peekCell(sheetName: string, a1: string): CellSnapshot {
    const region = regionOfA1(this.model(sheetName), a1);
    return region.readFirst(cellSnapshot);
  }

  get toasts(): readonly Toast[] {
    return this.book.toasts;
  }

  /**
   * Types `values` into the sheet from the top-left cell of `a1`, as a user would: "=…" becomes a
   * formula, "2.10" a number (unless the cells are formatted "@"). Grows the sheet as needed.
   * Protections do not apply: this is the owner setting up the scenario.
   */
  poke(sheetName: string, a1: string, values: unknown[][]): void {
    const corner = regionOfA1(this.model(sheetName), a1);
    const width = values.reduce((w, row) => Math.max(w, row.length), 0);
    if (values.length === 0 || width === 0) return;
    const rows = values.map((row) => [...row, ...new Array<unknown>(width - row.length).fill('')]);
    const region = new Region(corner.sheet, corner.row, corner.column, rows.length, width);
    this.book.unguarded(() => region.enter(rows));
  }

  /** Sets what a formula cell evaluates to, i.e. what getValues will return for it. */
  setFormulaResult(sheetName: string, a1: string, value: CellValue): void {
    const region = regionOfA1(this.model(sheetName), a1);
    if (region.readFirst((cell) => cell.formula) === '')
      throw new Error(`${a1} on "${sheetName}" holds no formula.`);
    region.sheet.cellAt(region.row, region.column).value = value;
  }

  private model(sheetName: string): SheetModel {
    const model = this.book.findSheet(sheetName);
    if (!model) throw new Error(`No sheet named "${sheetName}"; sheets are: ${this.sheetNames().join(', ')}`);
    return model;
  }
}
