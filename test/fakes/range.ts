/** Range: counted wrapper over a Region of the model. */
import { copyValue, DEFAULT_FORMAT, normaliseColor, type Cell } from './cells';
import { SheetBound, type SpreadsheetContext } from './context';
import { checkGrid, signatureError, toInt } from './errors';
import { blockingProtection } from './permissions';
import { FakeProtection, newProtection } from './protection';
import { FakeRichTextValue } from './rich-text';
import {
  borderSpec,
  clearParts,
  horizontal,
  setFormat,
  wrapOf,
  type ClearOptions,
  type HorizontalAlignment,
  type VerticalAlignment,
} from './range-ops';
import { FakeSheet } from './sheet';
import { Region } from './region';
import { ruleOf } from './validation';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasRichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;
type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
type GasBorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;

/** Sheets refuses a cell of more than 50,000 characters, and writes nothing of the call. */
function refuseOverLimit(values: unknown[][]): void {
  for (const row of values)
    for (const value of row)
      if (typeof value === 'string' && value.length > 50_000)
        throw new Error('Your input contains more than the maximum of 50000 characters in a single cell.');
}

/** The region behind a Range argument; only ranges of this fake are accepted. */
export function regionOf(range: unknown, method: string): Region {
  if (range instanceof FakeRange) return range.region;
  throw signatureError(method, [range]);
}

export class FakeRange extends SheetBound implements Pick<GasRange, keyof FakeRange & keyof GasRange> {
  constructor(
    ctx: SpreadsheetContext,
    /** The cells this range stands for; for the other fakes and for test assertions. */
    readonly region: Region,
  ) {
    super(ctx, 'Range', region.sheet);
  }

  private gas(): GasRange {
    return this as unknown as GasRange;
  }

  private wrap(region: Region): GasRange {
    return new FakeRange(this.ctx, region) as unknown as GasRange;
  }

  private grid<T>(get: (cell: Readonly<Cell>) => T): T[][] {
    return this.region.read(get);
  }

  private checked(data: unknown, method: string): unknown[][] {
    return checkGrid(data, this.region.numRows, this.region.numColumns, `SpreadsheetApp.Range.${method}`);
  }

  // --- position -------------------------------------------------------------------------------

  getRow(): number {
    this.hit('getRow');
    return this.region.row;
  }

  getColumn(): number {
    this.hit('getColumn');
    return this.region.column;
  }

  getNumRows(): number {
    this.hit('getNumRows');
    return this.region.numRows;
  }

  getNumColumns(): number {
    this.hit('getNumColumns');
    return this.region.numColumns;
  }

  getLastRow(): number {
    this.hit('getLastRow');
    return this.region.lastRow;
  }

  getLastColumn(): number {
    this.hit('getLastColumn');
    return this.region.lastColumn;
  }

  getA1Notation(): string {
    this.hit('getA1Notation');
    return this.region.a1Notation();
  }

  getSheet(): GasSheet {
    this.hit('getSheet');
    return new FakeSheet(this.ctx, this.region.sheet) as unknown as GasSheet;
  }

  /** 1-based position within this range. */
  getCell(row: number, column: number): GasRange {
    this.hit('getCell');
    const [r, c] = [
      toInt(row, 'SpreadsheetApp.Range.getCell'),
      toInt(column, 'SpreadsheetApp.Range.getCell'),
    ];
    if (r < 1 || c < 1 || r > this.region.numRows || c > this.region.numColumns) {
      throw new Error('Cell reference out of range');
    }
    return this.wrap(this.region.cell(r - 1, c - 1));
  }

  activate(): GasRange {
    this.hit('activate');
    const { region } = this;
    this.ctx.book.activeSheet = region.sheet;
    region.sheet.activeRange = {
      row: region.row,
      column: region.column,
      numRows: region.numRows,
      numColumns: region.numColumns,
    };
    return this.gas();
  }

  /** Whether the running user may edit every cell of the range (see permissions.ts). */
  canEdit(): boolean {
    this.hit('canEdit');
    return !blockingProtection(this.region.sheet, { kind: 'cells', rect: this.region }, this.ctx.accounts);
  }

  // --- content ----------------------------------------------------------------------------------

  getValue(): unknown {
    this.hit('getValue');
    return this.region.readFirst((cell) => copyValue(cell.value));
  }

  getValues(): unknown[][] {
    this.hit('getValues');
    return this.region.values();
  }

  /** Sets every cell of the range to `value`, interpreted as setValues does. */
  setValue(value: unknown): GasRange {
    this.hit('setValue');
    refuseOverLimit([[value]]);
    this.region.enter(this.region.read(() => value));
    return this.gas();
  }

  setValues(values: unknown[][]): GasRange {
    this.hit('setValues');
    refuseOverLimit(values);
    this.region.enter(this.checked(values, 'setValues'));
    return this.gas();
  }

  getFormulas(): string[][] {
    this.hit('getFormulas');
    return this.grid((cell) => cell.formula);
  }

  clear(options?: ClearOptions): GasRange {
    this.hit('clear');
    this.region.clear(clearParts(options));
    return this.gas();
  }

  setRichTextValues(values: GasRichTextValue[][]): GasRange {
    this.hit('setRichTextValues');
    const method = 'SpreadsheetApp.Range.setRichTextValues';
    const grid = this.checked(values, 'setRichTextValues').map((row) =>
      row.map((v) => FakeRichTextValue.from(v, method)),
    );
    this.region.forEach((cell, r, c) =>
      this.writeRichText(cell, grid[r - this.region.row][c - this.region.column], r, c),
    );
    return this.gas();
  }

  /** Rich text is always stored as text: "=…" in a rich-text value is not a formula. */
  private writeRichText(cell: Cell, rich: FakeRichTextValue, row: number, column: number): void {
    if (this.region.sheet.isHiddenByMerge(row, column)) return;
    cell.value = rich.text;
    cell.formula = '';
    cell.links = rich.links.map((link) => ({ ...link }));
  }

  /** "@" makes the cells plain text, so later writes of "=…" or "2.10" stay literal text. */
  setNumberFormat(numberFormat: string): GasRange {
    this.hit('setNumberFormat');
    if (typeof numberFormat !== 'string')
      throw signatureError('SpreadsheetApp.Range.setNumberFormat', [numberFormat]);
    setFormat(this.region, 'numberFormat', numberFormat);
    return this.gas();
  }

  setNumberFormats(numberFormats: string[][]): GasRange {
    this.hit('setNumberFormats');
    const grid = this.checked(numberFormats, 'setNumberFormats');
    this.region.forEachWith(grid, (cell, format) => {
      cell.numberFormat = typeof format === 'string' ? format : DEFAULT_FORMAT.numberFormat;
    });
    return this.gas();
  }

  getBackgrounds(): string[][] {
    this.hit('getBackgrounds');
    return this.grid((cell) => cell.background);
  }

  setBackgrounds(colors: (string | null)[][]): GasRange {
    this.hit('setBackgrounds');
    this.region.forEachWith(this.checked(colors, 'setBackgrounds'), (cell, color) => {
      cell.background = normaliseColor(color as string | null) ?? DEFAULT_FORMAT.background;
    });
    return this.gas();
  }

  setFontFamily(fontFamily: string | null): GasRange {
    this.hit('setFontFamily');
    setFormat(this.region, 'fontFamily', fontFamily);
    return this.gas();
  }

  setFontSizes(sizes: number[][]): GasRange {
    this.hit('setFontSizes');
    this.region.forEachWith(this.checked(sizes, 'setFontSizes'), (cell, size) => {
      cell.fontSize = toInt(size, 'SpreadsheetApp.Range.setFontSizes');
    });
    return this.gas();
  }

  setFontWeight(fontWeight: FontWeight | null): GasRange {
    this.hit('setFontWeight');
    setFormat(this.region, 'fontWeight', fontWeight);
    return this.gas();
  }

  setFontWeights(fontWeights: (FontWeight | null)[][]): GasRange {
    this.hit('setFontWeights');
    this.region.forEachWith(this.checked(fontWeights, 'setFontWeights'), (cell, weight) => {
      cell.fontWeight = (weight as FontWeight | null) ?? DEFAULT_FORMAT.fontWeight;
    });
    return this.gas();
  }

  setFontStyles(fontStyles: (FontStyle | null)[][]): GasRange {
    this.hit('setFontStyles');
    this.region.forEachWith(this.checked(fontStyles, 'setFontStyles'), (cell, style) => {
      cell.fontStyle = (style as FontStyle | null) ?? DEFAULT_FORMAT.fontStyle;
    });
    return this.gas();
  }

  setHorizontalAlignments(alignments: (HorizontalAlignment | null)[][]): GasRange {
    this.hit('setHorizontalAlignments');
    this.region.forEachWith(this.checked(alignments, 'setHorizontalAlignments'), (cell, alignment) => {
      cell.horizontalAlignment =
        horizontal(alignment as HorizontalAlignment | null) ?? DEFAULT_FORMAT.horizontalAlignment;
    });
    return this.gas();
  }

  setVerticalAlignment(alignment: VerticalAlignment | null): GasRange {
    this.hit('setVerticalAlignment');
    setFormat(this.region, 'verticalAlignment', alignment);
    return this.gas();
  }

  /** setWrap(false) means overflow; only setWrapStrategy can clip. */
  setWrap(isWrapEnabled: boolean): GasRange {
    this.hit('setWrap');
    setFormat(this.region, 'wrapStrategy', wrapOf(isWrapEnabled));
    return this.gas();
  }

  setWraps(isWrapEnabled: boolean[][]): GasRange {
    this.hit('setWraps');
    this.region.forEachWith(this.checked(isWrapEnabled, 'setWraps'), (cell, on) => {
      cell.wrapStrategy = wrapOf(Boolean(on));
    });
    return this.gas();
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontalLine: boolean | null,
    color?: string | null,
    style?: GasBorderStyle | null,
  ): GasRange {
    this.hit('setBorder');
    const spec = borderSpec(
      [top, left, bottom, right, vertical, horizontalLine, color, style],
      'SpreadsheetApp.Range.setBorder',
    );
    setFormat(this.region, 'border', spec);
    return this.gas();
  }

  /** Sheets refuses a second filter on a sheet; the Filter returned only knows its range. */
  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    this.hit('createFilter');
    const { sheet, row, column, numRows, numColumns } = this.region;
    if (sheet.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.region.checkWritable();
    sheet.filter = { row, column, numRows, numColumns };
    return { getRange: () => this.gas() } as unknown as GoogleAppsScript.Spreadsheet.Filter;
  }

  getNotes(): string[][] {
    this.hit('getNotes');
    return this.grid((cell) => cell.note);
  }

  setNotes(notes: (string | null)[][]): GasRange {
    this.hit('setNotes');
    this.region.forEachWith(this.checked(notes, 'setNotes'), (cell, note) => {
      cell.note = note === null || note === undefined ? '' : String(note);
    });
    return this.gas();
  }

  setDataValidation(rule: GasDataValidation | null): GasRange {
    this.hit('setDataValidation');
    const model = rule === null ? null : ruleOf(rule, 'SpreadsheetApp.Range.setDataValidation');
    this.region.forEach((cell) => {
      cell.validation = model;
    });
    return this.gas();
  }

  // --- merges and protection --------------------------------------------------------------------

  merge(): GasRange {
    this.hit('merge');
    this.region.merge();
    return this.gas();
  }

  mergeAcross(): GasRange {
    this.hit('mergeAcross');
    this.region.mergeEach('rows');
    return this.gas();
  }

  /** The merged ranges that overlap this range. */
  getMergedRanges(): GasRange[] {
    this.hit('getMergedRanges');
    return this.region
      .mergesInside()
      .map((m) => this.wrap(new Region(this.region.sheet, m.row, m.column, m.numRows, m.numColumns)));
  }

  /** A new protection of these cells, even where one exists; its editors: see protection.ts. */
  protect(): GasProtection {
    this.hit('protect');
    const { sheet, row, column, numRows, numColumns } = this.region;
    const model = newProtection('RANGE', sheet, { row, column, numRows, numColumns }, this.ctx.accounts);
    sheet.protections.push(model);
    return new FakeProtection(this.ctx, model) as unknown as GasProtection;
  }
}
