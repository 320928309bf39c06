/** Range: counted wrapper over a Region of the model. */
import {
  copyValue,
  DEFAULT_FORMAT,
  displayValue,
  hasContent,
  normaliseColor,
  type Cell,
  type WrapStrategyName,
} from './cells';
import { SheetBound, type SpreadsheetContext } from './context';
import { enumName, WrapStrategy } from './enums';
import { checkGrid, signatureError, toInt } from './errors';
import { blockingProtection } from './permissions';
import { FakeProtection, newProtection } from './protection';
import { FakeRichTextValue } from './rich-text';
import {
  borderSpec,
  checkedRegion,
  CLEAR_CONTENTS,
  CLEAR_FORMATS,
  CLEAR_NOTES,
  CLEAR_VALIDATIONS,
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
import { FakeDataValidation, ruleOf } from './validation';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasRichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;
type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
type GasBorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;
type GasWrapStrategy = GoogleAppsScript.Spreadsheet.WrapStrategy;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;
type FontLine = GoogleAppsScript.Spreadsheet.FontLine;

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

  getRowIndex(): number {
    this.hit('getRowIndex');
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

  getHeight(): number {
    this.hit('getHeight');
    return this.region.numRows;
  }

  getWidth(): number {
    this.hit('getWidth');
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

  isStartRowBounded(): boolean {
    this.hit('isStartRowBounded');
    return this.region.bounded.startRow;
  }

  isStartColumnBounded(): boolean {
    this.hit('isStartColumnBounded');
    return this.region.bounded.startColumn;
  }

  isEndRowBounded(): boolean {
    this.hit('isEndRowBounded');
    return this.region.bounded.endRow;
  }

  isEndColumnBounded(): boolean {
    this.hit('isEndColumnBounded');
    return this.region.bounded.endColumn;
  }

  getSheet(): GasSheet {
    this.hit('getSheet');
    return new FakeSheet(this.ctx, this.region.sheet) as unknown as GasSheet;
  }

  getGridId(): number {
    this.hit('getGridId');
    return this.region.sheet.id;
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

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    this.hit('offset');
    const { region } = this;
    return this.wrap(
      checkedRegion(
        region.sheet,
        region.row + rowOffset,
        region.column + columnOffset,
        numRows ?? region.numRows,
        numColumns ?? region.numColumns,
        'SpreadsheetApp.Range.offset',
      ),
    );
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

  getDisplayValue(): string {
    this.hit('getDisplayValue');
    return this.region.readFirst((cell) => displayValue(cell.value));
  }

  getDisplayValues(): string[][] {
    this.hit('getDisplayValues');
    return this.grid((cell) => displayValue(cell.value));
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

  getFormula(): string {
    this.hit('getFormula');
    return this.region.readFirst((cell) => cell.formula);
  }

  getFormulas(): string[][] {
    this.hit('getFormulas');
    return this.grid((cell) => cell.formula);
  }

  /** The same formula in every cell (the fake does not shift relative references). */
  setFormula(formula: string): GasRange {
    this.hit('setFormula');
    if (typeof formula !== 'string') throw signatureError('SpreadsheetApp.Range.setFormula', [formula]);
    this.region.enter(this.region.read(() => formula));
    return this.gas();
  }

  setFormulas(formulas: string[][]): GasRange {
    this.hit('setFormulas');
    this.region.enter(this.checked(formulas, 'setFormulas'));
    return this.gas();
  }

  isBlank(): boolean {
    this.hit('isBlank');
    return this.grid((cell) => hasContent(cell)).every((row) => row.every((filled) => !filled));
  }

  clear(options?: ClearOptions): GasRange {
    this.hit('clear');
    this.region.clear(clearParts(options));
    return this.gas();
  }

  clearContent(): GasRange {
    this.hit('clearContent');
    this.region.clear(CLEAR_CONTENTS);
    return this.gas();
  }

  clearFormat(): GasRange {
    this.hit('clearFormat');
    this.region.clear(CLEAR_FORMATS);
    return this.gas();
  }

  clearNote(): GasRange {
    this.hit('clearNote');
    this.region.clear(CLEAR_NOTES);
    return this.gas();
  }

  clearDataValidations(): GasRange {
    this.hit('clearDataValidations');
    this.region.clear(CLEAR_VALIDATIONS);
    return this.gas();
  }

  // --- rich text --------------------------------------------------------------------------------

  /** Null unless the cell holds text, as in Apps Script. */
  getRichTextValue(): GasRichTextValue | null {
    this.hit('getRichTextValue');
    return this.region.readFirst((cell) => this.richText(cell));
  }

  getRichTextValues(): (GasRichTextValue | null)[][] {
    this.hit('getRichTextValues');
    return this.grid((cell) => this.richText(cell));
  }

  setRichTextValue(value: GasRichTextValue): GasRange {
    this.hit('setRichTextValue');
    const rich = FakeRichTextValue.from(value, 'SpreadsheetApp.Range.setRichTextValue');
    this.region.forEach((cell, r, c) => this.writeRichText(cell, rich, r, c));
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

  private richText(cell: Readonly<Cell>): GasRichTextValue | null {
    if (typeof cell.value !== 'string' || cell.formula !== '') return null;
    return new FakeRichTextValue(this.calls, cell.value, cell.links) as unknown as GasRichTextValue;
  }

  /** Rich text is always stored as text: "=…" in a rich-text value is not a formula. */
  private writeRichText(cell: Cell, rich: FakeRichTextValue, row: number, column: number): void {
    if (this.region.sheet.isHiddenByMerge(row, column)) return;
    cell.value = rich.text;
    cell.formula = '';
    cell.links = rich.links.map((link) => ({ ...link }));
  }

  // --- number formats ---------------------------------------------------------------------------

  getNumberFormat(): string {
    this.hit('getNumberFormat');
    return this.region.readFirst((cell) => cell.numberFormat);
  }

  getNumberFormats(): string[][] {
    this.hit('getNumberFormats');
    return this.grid((cell) => cell.numberFormat);
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

  // --- colours and fonts ------------------------------------------------------------------------

  getBackground(): string {
    this.hit('getBackground');
    return this.region.readFirst((cell) => cell.background);
  }

  getBackgrounds(): string[][] {
    this.hit('getBackgrounds');
    return this.grid((cell) => cell.background);
  }

  setBackground(color: string | null): GasRange {
    this.hit('setBackground');
    setFormat(this.region, 'background', normaliseColor(color));
    return this.gas();
  }

  setBackgrounds(colors: (string | null)[][]): GasRange {
    this.hit('setBackgrounds');
    this.region.forEachWith(this.checked(colors, 'setBackgrounds'), (cell, color) => {
      cell.background = normaliseColor(color as string | null) ?? DEFAULT_FORMAT.background;
    });
    return this.gas();
  }

  setFontColor(color: string | null): GasRange {
    this.hit('setFontColor');
    setFormat(this.region, 'fontColor', normaliseColor(color));
    return this.gas();
  }

  setFontColors(colors: unknown[][]): GasRange {
    this.hit('setFontColors');
    this.region.forEachWith(this.checked(colors, 'setFontColors'), (cell, color) => {
      cell.fontColor = normaliseColor(typeof color === 'string' ? color : null) ?? DEFAULT_FORMAT.fontColor;
    });
    return this.gas();
  }

  getFontFamily(): string {
    this.hit('getFontFamily');
    return this.region.readFirst((cell) => cell.fontFamily);
  }

  getFontFamilies(): string[][] {
    this.hit('getFontFamilies');
    return this.grid((cell) => cell.fontFamily);
  }

  setFontFamily(fontFamily: string | null): GasRange {
    this.hit('setFontFamily');
    setFormat(this.region, 'fontFamily', fontFamily);
    return this.gas();
  }

  getFontSize(): number {
    this.hit('getFontSize');
    return this.region.readFirst((cell) => cell.fontSize);
  }

  getFontSizes(): number[][] {
    this.hit('getFontSizes');
    return this.grid((cell) => cell.fontSize);
  }

  setFontSize(size: number): GasRange {
    this.hit('setFontSize');
    setFormat(this.region, 'fontSize', toInt(size, 'SpreadsheetApp.Range.setFontSize'));
    return this.gas();
  }

  setFontSizes(sizes: number[][]): GasRange {
    this.hit('setFontSizes');
    this.region.forEachWith(this.checked(sizes, 'setFontSizes'), (cell, size) => {
      cell.fontSize = toInt(size, 'SpreadsheetApp.Range.setFontSizes');
    });
    return this.gas();
  }

  getFontWeight(): FontWeight {
    this.hit('getFontWeight');
    return this.region.readFirst((cell) => cell.fontWeight);
  }

  getFontWeights(): FontWeight[][] {
    this.hit('getFontWeights');
    return this.grid((cell) => cell.fontWeight);
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

  getFontStyle(): FontStyle {
    this.hit('getFontStyle');
    return this.region.readFirst((cell) => cell.fontStyle);
  }

  getFontStyles(): FontStyle[][] {
    this.hit('getFontStyles');
    return this.grid((cell) => cell.fontStyle);
  }

  setFontStyle(fontStyle: FontStyle | null): GasRange {
    this.hit('setFontStyle');
    setFormat(this.region, 'fontStyle', fontStyle);
    return this.gas();
  }

  setFontStyles(fontStyles: (FontStyle | null)[][]): GasRange {
    this.hit('setFontStyles');
    this.region.forEachWith(this.checked(fontStyles, 'setFontStyles'), (cell, style) => {
      cell.fontStyle = (style as FontStyle | null) ?? DEFAULT_FORMAT.fontStyle;
    });
    return this.gas();
  }

  getFontLine(): FontLine {
    this.hit('getFontLine');
    return this.region.readFirst((cell) => cell.fontLine);
  }

  getFontLines(): FontLine[][] {
    this.hit('getFontLines');
    return this.grid((cell) => cell.fontLine);
  }

  setFontLine(fontLine: FontLine | null): GasRange {
    this.hit('setFontLine');
    setFormat(this.region, 'fontLine', fontLine);
    return this.gas();
  }

  // --- alignment and wrapping -------------------------------------------------------------------

  getHorizontalAlignment(): string {
    this.hit('getHorizontalAlignment');
    return this.region.readFirst((cell) => cell.horizontalAlignment);
  }

  getHorizontalAlignments(): string[][] {
    this.hit('getHorizontalAlignments');
    return this.grid((cell) => cell.horizontalAlignment);
  }

  setHorizontalAlignment(alignment: HorizontalAlignment | null): GasRange {
    this.hit('setHorizontalAlignment');
    setFormat(this.region, 'horizontalAlignment', horizontal(alignment));
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

  getVerticalAlignment(): string {
    this.hit('getVerticalAlignment');
    return this.region.readFirst((cell) => cell.verticalAlignment);
  }

  getVerticalAlignments(): string[][] {
    this.hit('getVerticalAlignments');
    return this.grid((cell) => cell.verticalAlignment);
  }

  setVerticalAlignment(alignment: VerticalAlignment | null): GasRange {
    this.hit('setVerticalAlignment');
    setFormat(this.region, 'verticalAlignment', alignment);
    return this.gas();
  }

  setVerticalAlignments(alignments: (VerticalAlignment | null)[][]): GasRange {
    this.hit('setVerticalAlignments');
    this.region.forEachWith(this.checked(alignments, 'setVerticalAlignments'), (cell, alignment) => {
      cell.verticalAlignment = (alignment as VerticalAlignment | null) ?? DEFAULT_FORMAT.verticalAlignment;
    });
    return this.gas();
  }

  /** True only for the WRAP strategy; new cells overflow. */
  getWrap(): boolean {
    this.hit('getWrap');
    return this.region.readFirst((cell) => cell.wrapStrategy === 'WRAP');
  }

  getWraps(): boolean[][] {
    this.hit('getWraps');
    return this.grid((cell) => cell.wrapStrategy === 'WRAP');
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

  getWrapStrategy(): GasWrapStrategy {
    this.hit('getWrapStrategy');
    return this.region.readFirst((cell) => wrapEnum(cell.wrapStrategy));
  }

  getWrapStrategies(): GasWrapStrategy[][] {
    this.hit('getWrapStrategies');
    return this.grid((cell) => wrapEnum(cell.wrapStrategy));
  }

  setWrapStrategy(strategy: GasWrapStrategy): GasRange {
    this.hit('setWrapStrategy');
    const name = enumName(
      strategy,
      'WrapStrategy',
      'SpreadsheetApp.Range.setWrapStrategy',
    ) as WrapStrategyName;
    setFormat(this.region, 'wrapStrategy', name);
    return this.gas();
  }

  setWrapStrategies(strategies: GasWrapStrategy[][]): GasRange {
    this.hit('setWrapStrategies');
    const method = 'SpreadsheetApp.Range.setWrapStrategies';
    this.region.forEachWith(this.checked(strategies, 'setWrapStrategies'), (cell, strategy) => {
      cell.wrapStrategy = enumName(strategy, 'WrapStrategy', method) as WrapStrategyName;
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

  // --- notes ------------------------------------------------------------------------------------

  getNote(): string {
    this.hit('getNote');
    return this.region.readFirst((cell) => cell.note);
  }

  getNotes(): string[][] {
    this.hit('getNotes');
    return this.grid((cell) => cell.note);
  }

  setNote(note: string | null): GasRange {
    this.hit('setNote');
    this.region.forEach((cell) => {
      cell.note = note === null ? '' : String(note);
    });
    return this.gas();
  }

  setNotes(notes: (string | null)[][]): GasRange {
    this.hit('setNotes');
    this.region.forEachWith(this.checked(notes, 'setNotes'), (cell, note) => {
      cell.note = note === null || note === undefined ? '' : String(note);
    });
    return this.gas();
  }

  // --- data validation --------------------------------------------------------------------------

  getDataValidation(): GasDataValidation | null {
    this.hit('getDataValidation');
    return this.region.readFirst((cell) => this.validation(cell));
  }

  getDataValidations(): (GasDataValidation | null)[][] {
    this.hit('getDataValidations');
    return this.grid((cell) => this.validation(cell));
  }

  setDataValidation(rule: GasDataValidation | null): GasRange {
    this.hit('setDataValidation');
    const model = rule === null ? null : ruleOf(rule, 'SpreadsheetApp.Range.setDataValidation');
    this.region.forEach((cell) => {
      cell.validation = model;
    });
    return this.gas();
  }

  setDataValidations(rules: (GasDataValidation | null)[][]): GasRange {
    this.hit('setDataValidations');
    const method = 'SpreadsheetApp.Range.setDataValidations';
    const grid = this.checked(rules, 'setDataValidations').map((row) =>
      row.map((r) => (r === null ? null : ruleOf(r, method))),
    );
    this.region.forEachWith(grid, (cell, model) => {
      cell.validation = model;
    });
    return this.gas();
  }

  private validation(cell: Readonly<Cell>): GasDataValidation | null {
    return cell.validation ? new FakeDataValidation(this.ctx, cell.validation) : null;
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

  mergeVertically(): GasRange {
    this.hit('mergeVertically');
    this.region.mergeEach('columns');
    return this.gas();
  }

  breakApart(): GasRange {
    this.hit('breakApart');
    this.region.breakApart();
    return this.gas();
  }

  /** The merged ranges that overlap this range. */
  getMergedRanges(): GasRange[] {
    this.hit('getMergedRanges');
    return this.region
      .mergesInside()
      .map((m) => this.wrap(new Region(this.region.sheet, m.row, m.column, m.numRows, m.numColumns)));
  }

  isPartOfMerge(): boolean {
    this.hit('isPartOfMerge');
    return this.region.mergesInside().length > 0;
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

function wrapEnum(name: WrapStrategyName): GasWrapStrategy {
  return WrapStrategy[name];
}
