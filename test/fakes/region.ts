/**
 * A rectangle of one sheet: what a Range or each member of a RangeList stands for, and the one
 * place cell contents, formats and merges change. Every change first asks the sheet whether the
 * running user may write there (SheetModel.checkWrite: protections, see permissions.ts), so a
 * refused write changes nothing. Reads never grow the sheet and are never refused; writes past
 * its edge grow it, as Sheets does.
 */
import { columnLetter } from './a1';
import {
  copyValue,
  DEFAULT_FORMAT,
  displayValue,
  EMPTY,
  interpretInput,
  type Cell,
  type CellValue,
  type Content,
  type ValidationRule,
} from './cells';
import { mergeAcrossFreeze } from './errors';
import {
  contains,
  intersects,
  lastColumnOf,
  lastRowOf,
  type ClearParts,
  type GridRect,
  type SheetModel,
} from './sheet-model';

/** Whether `content` satisfies a rule; formulas are not evaluated, so they always pass. */
function satisfies(rule: ValidationRule, content: Content): boolean {
  if (content.formula !== '' || content.value === '') return true;
  const text = displayValue(content.value);
  const { criterion } = rule;
  if (criterion.type === 'VALUE_IN_LIST') return criterion.values.includes(text);
  return criterion.range.read((cell) => displayValue(cell.value)).some((row) => row.includes(text));
}

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

  /** Refuses, before anything changes, a write the running user may not make here. */
  checkWritable(): void {
    this.sheet.checkWrite({ kind: 'cells', rect: this });
  }

  /** Applies `write` to every cell (formats, notes, validations). */
  forEach(write: (cell: Cell, row: number, column: number) => void): void {
    this.checkWritable();
    this.writeEach(write);
  }

  /** Applies `write` with the matching entry of `grid`, already checked to be this region's size. */
  forEachWith<T>(grid: readonly (readonly T[])[], write: (cell: Cell, value: T) => void): void {
    this.forEach((cell, r, c) => write(cell, grid[r - this.row][c - this.column]));
  }

  private writeEach(write: (cell: Cell, row: number, column: number) => void): void {
    this.sheet.growTo(this.lastRow, this.lastColumn);
    for (let r = this.row; r <= this.lastRow; r++) {
      for (let c = this.column; c <= this.lastColumn; c++) write(this.sheet.cellAt(r, c), r, c);
    }
  }

  /**
   * Writes `inputs` as a script's setValues does: each string is interpreted (see interpretInput,
   * with the spreadsheet's input rules), cells hidden by a merge keep nothing, and a value breaking
   * a "reject input" validation rule fails the whole write before any cell changes.
   */
  enter(inputs: readonly (readonly unknown[])[]): void {
    this.checkWritable();
    const rules = this.sheet.book.inputRules();
    const planned: Content[][] = this.read((cell, r, c) => {
      if (this.sheet.isHiddenByMerge(r, c)) return EMPTY;
      const content = interpretInput(inputs[r - this.row][c - this.column], cell.numberFormat, rules);
      if (cell.validation && !cell.validation.allowInvalid && !satisfies(cell.validation, content)) {
        throw new Error(
          `The data you entered in cell ${columnLetter(c)}${r} violates the data validation rules set on this cell.`,
        );
      }
      return content;
    });
    this.writeEach((cell, r, c) => {
      const { value, formula } = planned[r - this.row][c - this.column];
      cell.value = value;
      cell.formula = formula;
      cell.links = [];
    });
  }

  /** Clears only cells that exist: untouched cells are blank already, and stay unmaterialised. */
  clear(parts: ClearParts): void {
    this.checkWritable();
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

  /**
   * Replaces the merges within this region, which must not cut through a merge outside it; a new
   * merge may not straddle the line below the frozen rows or right of the frozen columns.
   */
  private replaceMerges(merges: GridRect[]): void {
    this.checkWritable();
    const existing = this.mergesInside();
    if (existing.some((m) => !contains(this, m))) {
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    const { frozenRows, frozenColumns } = this.sheet;
    for (const m of merges) {
      if (m.row <= frozenRows && lastRowOf(m) > frozenRows) throw mergeAcrossFreeze('rows');
      if (m.column <= frozenColumns && lastColumnOf(m) > frozenColumns) throw mergeAcrossFreeze('columns');
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
