/**
 * The plain data behind the fake services: a workbook of sheets of cells, plus merges, protections
 * and developer metadata. Nothing here counts calls; the service classes (Spreadsheet, Sheet,
 * Range…) count and then act on this model, and test helpers read it directly.
 */
import { columnLetter } from './a1';
import {
  BLANK_CELL,
  blankCell,
  copyValue,
  DEFAULT_FORMAT,
  displayValue,
  EMPTY,
  hasContent,
  interpretInput,
  type Cell,
  type CellValue,
  type Content,
  type ValidationRule,
} from './cells';
import { sheetNameTaken } from './errors';

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
  warningOnly: boolean;
  removed: boolean;
}

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
  /** The sheet's one filter, as Range.createFilter made it (Sheets allows one per sheet). */
  filter: GridRect | null = null;
  activeRange: GridRect = { row: 1, column: 1, numRows: 1, numColumns: 1 };
  /** rows[r - 1][c - 1]; sparse: untouched cells are absent. */
  private rows: (Cell | undefined)[][] = [];

  constructor(
    readonly id: number,
    public name: string,
    maxRows = DEFAULT_ROWS,
    maxColumns = DEFAULT_COLUMNS,
  ) {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
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
    if (after < this.rows.length) this.rows.splice(after, 0, ...Array.from({ length: count }, () => []));
    this.maxRows += count;
    this.reshapeRects('row', (start, size) => insertShift(start, size, after, count));
    this.rowHeights = shiftKeys(this.rowHeights, (r) => (r > after ? r + count : r));
  }

  insertColumns(after: number, count: number): void {
    for (const cells of this.rows) {
      if (cells && cells.length > after) cells.splice(after, 0, ...new Array<undefined>(count));
    }
    this.maxColumns += count;
    this.reshapeRects('column', (start, size) => insertShift(start, size, after, count));
    this.columnWidths = shiftKeys(this.columnWidths, (c) => (c > after ? c + count : c));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
    this.maxRows -= count;
    this.reshapeRects('row', (start, size) => deleteShift(start, size, at, count));
    this.rowHeights = shiftKeys(this.rowHeights, (r) => (r < at ? r : r >= at + count ? r - count : null));
  }

  deleteColumns(at: number, count: number): void {
    for (const cells of this.rows) if (cells) cells.splice(at - 1, count);
    this.maxColumns -= count;
    this.reshapeRects('column', (start, size) => deleteShift(start, size, at, count));
    this.columnWidths = shiftKeys(this.columnWidths, (c) =>
      c < at ? c : c >= at + count ? c - count : null,
    );
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

/** Whether `content` satisfies a rule; formulas are not evaluated, so they always pass. */
function satisfies(rule: ValidationRule, content: Content): boolean {
  if (content.formula !== '' || content.value === '') return true;
  const text = displayValue(content.value);
  const { criterion } = rule;
  if (criterion.type === 'VALUE_IN_LIST') return criterion.values.includes(text);
  return criterion.range.read((cell) => displayValue(cell.value)).some((row) => row.includes(text));
}

/**
 * A rectangle of one sheet: what a Range or each member of a RangeList stands for. Reads never
 * grow the sheet; writes past its edge grow it, as Sheets does.
 */
export class Region implements GridRect {
  constructor(
    readonly sheet: SheetModel,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
    /** False for the open sides of "A:A" (start and end row) or "C2:C" (end row). */
    readonly bounded = { startRow: true, startColumn: true, endRow: true, endColumn: true },
  ) {}

  get lastRow(): number {
    return lastRowOf(this);
  }

  get lastColumn(): number {
    return lastColumnOf(this);
  }

  /** "B3", "B3:D9", "A:A", "C2:C" or "1:1", as Range.getA1Notation gives it. */
  a1Notation(): string {
    const { startRow, startColumn, endRow, endColumn } = this.bounded;
    const first = `${startColumn ? columnLetter(this.column) : ''}${startRow ? this.row : ''}`;
    const last = `${endColumn ? columnLetter(this.lastColumn) : ''}${endRow ? this.lastRow : ''}`;
    return first === last && startRow && startColumn ? first : `${first}:${last}`;
  }

  cell(rowOffset: number, columnOffset: number): Region {
    return new Region(this.sheet, this.row + rowOffset, this.column + columnOffset, 1, 1);
  }

  read<T>(get: (cell: Readonly<Cell>, row: number, column: number) => T): T[][] {
    const grid: T[][] = [];
    for (let r = this.row; r <= this.lastRow; r++) {
      const line: T[] = [];
      for (let c = this.column; c <= this.lastColumn; c++) line.push(get(this.sheet.read(r, c), r, c));
      grid.push(line);
    }
    return grid;
  }

  readFirst<T>(get: (cell: Readonly<Cell>) => T): T {
    return get(this.sheet.read(this.row, this.column));
  }

  values(): CellValue[][] {
    return this.read((cell) => copyValue(cell.value));
  }

  /** Applies `write` to every cell (formats, notes, validations). */
  forEach(write: (cell: Cell, row: number, column: number) => void): void {
    this.sheet.growTo(this.lastRow, this.lastColumn);
    for (let r = this.row; r <= this.lastRow; r++) {
      for (let c = this.column; c <= this.lastColumn; c++) write(this.sheet.cellAt(r, c), r, c);
    }
  }

  /** Applies `write` with the matching entry of `grid`, already checked to be this region's size. */
  forEachWith<T>(grid: readonly (readonly T[])[], write: (cell: Cell, value: T) => void): void {
    this.forEach((cell, r, c) => write(cell, grid[r - this.row][c - this.column]));
  }

  /**
   * Writes `inputs` as a script's setValues does: each string is interpreted (see interpretInput),
   * cells hidden by a merge keep nothing, and a value breaking a "reject input" validation rule
   * fails the whole write before any cell changes.
   */
  enter(inputs: readonly (readonly unknown[])[]): void {
    const planned: Content[][] = this.read((cell, r, c) => {
      if (this.sheet.isHiddenByMerge(r, c)) return EMPTY;
      const content = interpretInput(inputs[r - this.row][c - this.column], cell.numberFormat);
      if (cell.validation && !cell.validation.allowInvalid && !satisfies(cell.validation, content)) {
        throw new Error(
          `The data you entered in cell ${columnLetter(c)}${r} violates the data validation rules set on this cell.`,
        );
      }
      return content;
    });
    this.forEach((cell, r, c) => {
      const { value, formula } = planned[r - this.row][c - this.column];
      cell.value = value;
      cell.formula = formula;
      cell.links = [];
    });
  }

  /** Clears only cells that exist: untouched cells are blank already, and stay unmaterialised. */
  clear(parts: ClearParts): void {
    this.sheet.forEachExisting(this, (cell) => {
      if (parts.contents) Object.assign(cell, { value: '', formula: '', links: [] });
      if (parts.formats) Object.assign(cell, DEFAULT_FORMAT);
      if (parts.notes) cell.note = '';
      if (parts.validations) cell.validation = null;
    });
  }

  /** Merges the whole region into one cell; only the top-left cell keeps its content. */
  merge(): void {
    if (this.numRows * this.numColumns === 1) return;
    this.replaceMerges([
      { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns },
    ]);
  }

  /** One merge per row (mergeAcross) or per column (mergeVertically). */
  mergeEach(axis: 'rows' | 'columns'): void {
    const merges: GridRect[] = [];
    if (axis === 'rows' && this.numColumns > 1) {
      for (let r = this.row; r <= this.lastRow; r++)
        merges.push({ row: r, column: this.column, numRows: 1, numColumns: this.numColumns });
    }
    if (axis === 'columns' && this.numRows > 1) {
      for (let c = this.column; c <= this.lastColumn; c++)
        merges.push({ row: this.row, column: c, numRows: this.numRows, numColumns: 1 });
    }
    this.replaceMerges(merges);
  }

  breakApart(): void {
    this.replaceMerges([]);
  }

  mergesInside(): GridRect[] {
    return this.sheet.merges.filter((m) => intersects(m, this));
  }

  /** Replaces the merges within this region, which must not cut through a merge outside it. */
  private replaceMerges(merges: GridRect[]): void {
    const existing = this.mergesInside();
    if (existing.some((m) => !contains(this, m))) {
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    const sheetMerges = this.sheet.merges;
    for (const m of existing) sheetMerges.splice(sheetMerges.indexOf(m), 1);
    this.sheet.growTo(this.lastRow, this.lastColumn);
    for (const m of merges) {
      sheetMerges.push(m);
      for (let r = m.row; r <= lastRowOf(m); r++) {
        for (let c = m.column; c <= lastColumnOf(m); c++) {
          if (r === m.row && c === m.column) continue;
          Object.assign(this.sheet.cellAt(r, c), { value: '', formula: '', links: [] });
        }
      }
    }
  }
}

export class BookModel {
  readonly sheets: SheetModel[] = [];
  /** Developer metadata of the spreadsheet and of its sheets. */
  readonly metadata: MetadataModel[] = [];
  readonly toasts: Toast[] = [];
  flushes = 0;
  private active: SheetModel | null = null;
  private sheetsCreated = 0;
  private metadataCreated = 0;

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
    public locale: string,
  ) {}

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
    const sheet = new SheetModel(id, sheetName, maxRows, maxColumns);
    this.sheets.splice(at, 0, sheet);
    this.active = sheet;
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
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
