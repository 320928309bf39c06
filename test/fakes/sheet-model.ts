/**
 * The plain data behind the fake services: a workbook of sheets of cells, plus merges, protections
 * and developer metadata. Nothing here counts calls; the service classes (Spreadsheet, Sheet,
 * Range…) count and then act on this model, and test helpers read it directly. Every change a
 * script makes passes one gate first (BookModel.checkWrite), which refuses what the running user
 * may not write; cell changes go through Region (region.ts), sheet changes through SheetModel.
 */
import type { ChartModel } from './chart';
import { BLANK_CELL, blankCell, hasContent, type Cell, type InputRules } from './cells';
import { freezeThroughMerge, sheetNameTaken } from './errors';
import { faithfulHost, type HostQuirks } from './host-quirks';
import { instantAt, partsIn } from './time-zone';

/** A rectangle of cells; 1-based. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function lastRowOf(rect: GridRect): number {
  return rect.row + rect.numRows - 1;
}

export function lastColumnOf(rect: GridRect): number {
  return rect.column + rect.numColumns - 1;
}

export function intersects(a: GridRect, b: GridRect): boolean {
  return (
    a.row <= lastRowOf(b) &&
    b.row <= lastRowOf(a) &&
    a.column <= lastColumnOf(b) &&
    b.column <= lastColumnOf(a)
  );
}

export function contains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    lastRowOf(inner) <= lastRowOf(outer) &&
    inner.column >= outer.column &&
    lastColumnOf(inner) <= lastColumnOf(outer)
  );
}

/** The interval [start, start+size) after inserting `count` positions after position `after`. */
function insertShift(start: number, size: number, after: number, count: number): [number, number] {
  if (start > after) return [start + count, size];
  if (start + size - 1 > after) return [start, size + count];
  return [start, size];
}

/** The interval after deleting positions [at, at+count); null if nothing of it is left. */
function deleteShift(start: number, size: number, at: number, count: number): [number, number] | null {
  const end = start + size - 1;
  const deletedEnd = at + count - 1;
  const before = Math.max(0, Math.min(deletedEnd, start - 1) - at + 1);
  const inside = Math.max(0, Math.min(deletedEnd, end) - Math.max(at, start) + 1);
  return size - inside > 0 ? [start - before, size - inside] : null;
}

export type ProtectionKind = 'SHEET' | 'RANGE';

export interface ProtectionModel {
  kind: ProtectionKind;
  sheet: SheetModel;
  /** The protected cells of a RANGE protection; null for a whole sheet. */
  rect: GridRect | null;
  description: string;
  /** Anyone may edit after a warning; scripts are never stopped. */
  warningOnly: boolean;
  removed: boolean;
  /** Who may edit, besides the owner (who always may); emails in lower case. */
  editors: string[];
  /** Whether everyone in the owner's domain may edit. */
  domainEdit: boolean;
  /** Ranges a SHEET protection leaves open to everyone; always empty for RANGE. */
  unprotected: GridRect[];
}

/** What a write changes, for the gate to judge. */
export type WriteTarget =
  /** Cells: values, formats, notes, validations, merges; deleting or resizing rows and columns. */
  | { kind: 'cells'; rect: GridRect }
  /** The sheet itself: its name, frozen rows and columns, its protection and its metadata. */
  | { kind: 'sheet' }
  /** Deleting the sheet, and every protected cell on it. */
  | { kind: 'removal' }
  /** New rows (or columns) after position `after`, which stretch a protection spanning that line. */
  | { kind: 'insertion'; axis: 'row' | 'column'; after: number };

/** Decides whether the running user may make a write; throws Apps Script's error if not. */
export interface WriteGate {
  check(sheet: SheetModel, target: WriteTarget): void;
}

export const OPEN_GATE: WriteGate = { check: () => undefined };

export type Visibility = 'DOCUMENT' | 'PROJECT';

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: Visibility;
  /** The sheet it is attached to; null for the spreadsheet itself. */
  sheet: SheetModel | null;
  removed: boolean;
}

export interface Toast {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

/** What a clear removes. */
export interface ClearParts {
  contents: boolean;
  formats: boolean;
  notes: boolean;
  validations: boolean;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class SheetModel {
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  deleted = false;
  /** Times a write reached past the sheet's edge and grew it, which real Sheets does silently. */
  growths = 0;
  readonly merges: GridRect[] = [];
  readonly protections: ProtectionModel[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  /** Rows whose height was set with setRowHeightsForced: the host does not grow them to fit text. */
  forcedRows = new Set<number>();
  /** The sheet's one filter, as Range.createFilter made it (Sheets allows one per sheet). */
  filter: GridRect | null = null;
  /** Charts inserted on the sheet, in order (Sheet.insertChart). */
  readonly charts: ChartModel[] = [];
  activeRange: GridRect = { row: 1, column: 1, numRows: 1, numColumns: 1 };
  /** rows[r - 1][c - 1]; sparse: untouched cells are absent. */
  private rows: (Cell | undefined)[][] = [];

  constructor(
    readonly book: BookModel,
    readonly id: number,
    public name: string,
    maxRows = DEFAULT_ROWS,
    maxColumns = DEFAULT_COLUMNS,
  ) {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  /** Refuses a write the running user may not make (see WriteTarget); nothing has changed yet. */
  checkWrite(target: WriteTarget): void {
    this.book.checkWrite(this, target);
  }

  /** Whole rows [first, first + count), all columns. */
  rowBand(first: number, count: number): GridRect {
    return { row: first, column: 1, numRows: count, numColumns: this.maxColumns };
  }

  /** Whole columns [first, first + count), all rows. */
  columnBand(first: number, count: number): GridRect {
    return { row: 1, column: first, numRows: this.maxRows, numColumns: count };
  }

  read(row: number, column: number): Readonly<Cell> {
    return this.rows[row - 1]?.[column - 1] ?? BLANK_CELL;
  }

  /** The cell to write to, created on first write. The caller has grown the sheet if needed. */
  cellAt(row: number, column: number): Cell {
    const cells = (this.rows[row - 1] ??= []);
    return (cells[column - 1] ??= blankCell());
  }

  /** Visits the cells of `rect` that have ever been written to. */
  forEachExisting(rect: GridRect, visit: (cell: Cell, row: number, column: number) => void): void {
    const lastRow = Math.min(lastRowOf(rect), this.rows.length);
    for (let r = rect.row; r <= lastRow; r++) {
      const cells = this.rows[r - 1];
      if (!cells) continue;
      const lastColumn = Math.min(lastColumnOf(rect), cells.length);
      for (let c = rect.column; c <= lastColumn; c++) {
        const cell = cells[c - 1];
        if (cell) visit(cell, r, c);
      }
    }
  }

  growTo(lastRow: number, lastColumn: number): void {
    if (lastRow <= this.maxRows && lastColumn <= this.maxColumns) return;
    this.maxRows = Math.max(this.maxRows, lastRow);
    this.maxColumns = Math.max(this.maxColumns, lastColumn);
    this.growths += 1;
  }

  /** Last row holding a value or formula (formats alone do not count), 0 when empty. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      if (this.rows[r - 1]?.some((cell) => cell !== undefined && hasContent(cell))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length; c > last; c--) {
        const cell = cells[c - 1];
        if (cell !== undefined && hasContent(cell)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** The rectangle holding every cell ever written to, content or format. */
  touchedExtent(): { rows: number; columns: number } {
    let columns = 0;
    for (const cells of this.rows) if (cells) columns = Math.max(columns, cells.length);
    return { rows: this.rows.length, columns };
  }

  mergeAt(row: number, column: number): GridRect | undefined {
    return this.merges.find(
      (m) => row >= m.row && row <= lastRowOf(m) && column >= m.column && column <= lastColumnOf(m),
    );
  }

  /** A merged cell other than the top-left one: it shows nothing and keeps no content. */
  isHiddenByMerge(row: number, column: number): boolean {
    const merge = this.mergeAt(row, column);
    return merge !== undefined && (merge.row !== row || merge.column !== column);
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Inserts blank rows after row `after` (0 inserts at the top); merges and protections move. */
  insertRows(after: number, count: number): void {
    this.checkWrite({ kind: 'insertion', axis: 'row', after });
    if (after < this.rows.length)
      this.rows = [
        ...this.rows.slice(0, after),
        ...Array.from({ length: count }, () => []),
        ...this.rows.slice(after),
      ];
    this.maxRows += count;
    this.reshapeRects('row', (start, size) => insertShift(start, size, after, count));
    this.rowHeights = shiftKeys(this.rowHeights, (r) => (r > after ? r + count : r));
    this.forcedRows = new Set([...this.forcedRows].map((r) => (r > after ? r + count : r)));
  }

  insertColumns(after: number, count: number): void {
    this.checkWrite({ kind: 'insertion', axis: 'column', after });
    for (const cells of this.rows) {
      if (cells && cells.length > after) {
        const tail = cells.splice(after);
        for (let i = 0; i < count; i++) cells.push(undefined);
        for (const cell of tail) cells.push(cell);
      }
    }
    this.maxColumns += count;
    this.reshapeRects('column', (start, size) => insertShift(start, size, after, count));
    this.columnWidths = shiftKeys(this.columnWidths, (c) => (c > after ? c + count : c));
  }

  deleteRows(at: number, count: number): void {
    this.checkWrite({ kind: 'cells', rect: this.rowBand(at, count) });
    this.rows.splice(at - 1, count);
    this.maxRows -= count;
    this.reshapeRects('row', (start, size) => deleteShift(start, size, at, count));
    this.rowHeights = shiftKeys(this.rowHeights, (r) => (r < at ? r : r >= at + count ? r - count : null));
    this.forcedRows = new Set(
      [...this.forcedRows].filter((r) => r < at || r >= at + count).map((r) => (r < at ? r : r - count)),
    );
  }

  deleteColumns(at: number, count: number): void {
    this.checkWrite({ kind: 'cells', rect: this.columnBand(at, count) });
    for (const cells of this.rows) if (cells) cells.splice(at - 1, count);
    this.maxColumns -= count;
    this.reshapeRects('column', (start, size) => deleteShift(start, size, at, count));
    this.columnWidths = shiftKeys(this.columnWidths, (c) =>
      c < at ? c : c >= at + count ? c - count : null,
    );
  }

  /** Renames the sheet; the caller has checked the name is free. */
  rename(name: string): void {
    this.checkWrite({ kind: 'sheet' });
    this.name = name;
  }

  /** Freezes `count` rows or columns; Sheets refuses a line through a merged cell. */
  freeze(axis: 'rows' | 'columns', count: number): void {
    this.checkWrite({ kind: 'sheet' });
    const crosses = (m: GridRect) =>
      axis === 'rows' ? m.row <= count && lastRowOf(m) > count : m.column <= count && lastColumnOf(m) > count;
    if (this.merges.some(crosses)) throw freezeThroughMerge(axis);
    if (axis === 'rows') this.frozenRows = count;
    else this.frozenColumns = count;
  }

  /**
   * Sets the height of rows [first, first + count) or the width of such columns, in pixels; `forced`
   * rows keep that height whatever their text needs (setRowHeightsForced).
   */
  resize(axis: 'rows' | 'columns', first: number, count: number, pixels: number, forced = false): void {
    const band = axis === 'rows' ? this.rowBand(first, count) : this.columnBand(first, count);
    this.checkWrite({ kind: 'cells', rect: band });
    const sizes = axis === 'rows' ? this.rowHeights : this.columnWidths;
    for (let i = first; i < first + count; i++) {
      sizes.set(i, pixels);
      if (axis === 'rows' && forced) this.forcedRows.add(i);
      else if (axis === 'rows') this.forcedRows.delete(i);
    }
  }

  /** Moves or resizes merges and range protections along one axis; drops those reduced to nothing. */
  private reshapeRects(
    axis: 'row' | 'column',
    reshape: (start: number, size: number) => [number, number] | null,
  ): void {
    const sizeKey = axis === 'row' ? 'numRows' : 'numColumns';
    const apply = (rect: GridRect): boolean => {
      const shaped = reshape(rect[axis], rect[sizeKey]);
      if (!shaped) return false;
      [rect[axis], rect[sizeKey]] = shaped;
      return true;
    };
    for (let i = this.merges.length - 1; i >= 0; i--) {
      if (!apply(this.merges[i]) || this.merges[i].numRows * this.merges[i].numColumns === 1)
        this.merges.splice(i, 1);
    }
    for (const protection of this.protections) {
      if (protection.rect && !apply(protection.rect)) protection.removed = true;
      protection.unprotected = protection.unprotected.filter(apply);
    }
  }
}

function shiftKeys(map: Map<number, number>, move: (key: number) => number | null): Map<number, number> {
  const moved = new Map<number, number>();
  for (const [key, value] of map) {
    const to = move(key);
    if (to !== null) moved.set(to, value);
  }
  return moved;
}

export class BookModel {
  readonly sheets: SheetModel[] = [];
  /** Developer metadata of the spreadsheet and of its sheets. */
  readonly metadata: MetadataModel[] = [];
  readonly toasts: Toast[] = [];
  flushes = 0;
  /** Who may write where; open unless createFakeEnv installs the protection rules. */
  gate: WriteGate = OPEN_GATE;
  /** Typed "2.10" becomes 2 October, as in a day-first locale (see cells.ts). */
  dottedDates = false;
  /** Where this host differs from Sheets, for the self-test's tests; none by default. */
  readonly quirks: HostQuirks = faithfulHost();
  private active: SheetModel | null = null;
  private sheetsCreated = 0;
  private metadataCreated = 0;
  private unguardedDepth = 0;

  constructor(
    readonly id: string,
    public name: string,
    /** Change with changeTimeZone, which keeps what date cells show. */
    public timeZone: string,
    public locale: string,
  ) {}

  checkWrite(sheet: SheetModel, target: WriteTarget): void {
    if (this.unguardedDepth === 0) this.gate.check(sheet, target);
  }

  /** Runs `change` past the gate: for test helpers that stand for the owner setting things up. */
  unguarded<T>(change: () => T): T {
    this.unguardedDepth += 1;
    try {
      return change();
    } finally {
      this.unguardedDepth -= 1;
    }
  }

  /** How typed strings are read; see interpretInput. */
  inputRules(): InputRules {
    return { dottedDates: this.dottedDates, timeZone: this.timeZone, quirks: this.quirks };
  }

  /**
   * Sheets keeps a date as a day count in the spreadsheet's time zone, so a new time zone keeps
   * what each date cell shows and moves the instant a script reads back.
   */
  changeTimeZone(timeZone: string): void {
    const from = this.timeZone;
    for (const sheet of this.sheets) {
      const extent = sheet.touchedExtent();
      const all = { row: 1, column: 1, numRows: extent.rows, numColumns: extent.columns };
      sheet.forEachExisting(all, (cell) => {
        if (cell.value instanceof Date) cell.value = instantAt(partsIn(cell.value, from), timeZone);
      });
    }
    this.timeZone = timeZone;
  }

  /** Sheet names are unique regardless of case, and looked up regardless of case. */
  findSheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  get activeSheet(): SheetModel {
    if (!this.active || this.active.deleted) this.active = this.sheets[0];
    return this.active;
  }

  set activeSheet(sheet: SheetModel) {
    this.active = sheet;
  }

  /**
   * Adds a sheet at 0-based `index`, by default right after the active sheet, and makes it
   * active, as Spreadsheet.insertSheet does. The first sheet has id 0 like a new spreadsheet's
   * "gid=0"; later ids are large and unrelated to positions, so code cannot confuse the two.
   */
  insertSheet(name: string | null, index: number | null, maxRows?: number, maxColumns?: number): SheetModel {
    const sheetName = name ?? this.unusedSheetName();
    if (this.findSheet(sheetName)) throw sheetNameTaken(sheetName);
    const at = index ?? (this.active ? this.sheets.indexOf(this.activeSheet) + 1 : this.sheets.length);
    if (at < 0 || at > this.sheets.length) throw new Error(`Sheet index ${at} is out of range.`);
    const id = this.sheetsCreated === 0 ? 0 : 1_000_000 + this.sheetsCreated * 7919;
    this.sheetsCreated += 1;
    const sheet = new SheetModel(this, id, sheetName, maxRows, maxColumns);
    this.sheets.splice(at, 0, sheet);
    this.active = sheet;
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.checkWrite(sheet, { kind: 'removal' });
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    for (const entry of this.metadata) if (entry.sheet === sheet) entry.removed = true;
    if (this.active === sheet) this.active = this.sheets[Math.min(index, this.sheets.length - 1)];
  }

  addMetadata(
    key: string,
    value: string | null,
    visibility: Visibility,
    sheet: SheetModel | null,
  ): MetadataModel {
    if (sheet) this.checkWrite(sheet, { kind: 'sheet' });
    this.metadataCreated += 1;
    const entry: MetadataModel = { id: this.metadataCreated, key, value, visibility, sheet, removed: false };
    this.metadata.push(entry);
    return entry;
  }

  /** Live metadata attached to `sheet` (null: to the spreadsheet itself). */
  metadataOn(sheet: SheetModel | null): MetadataModel[] {
    return this.metadata.filter((m) => !m.removed && m.sheet === sheet);
  }

  private unusedSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.findSheet(`Sheet${n}`)) return `Sheet${n}`;
  }
}
