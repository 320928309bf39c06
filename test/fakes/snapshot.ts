/**
 * Plain-data views of the model for test assertions (`env.spreadsheet.peek(...)`). Building them
 * makes no service call, so they never disturb a call-count assertion.
 */
import { quoteSheetName } from './a1';
import { copyValue, type Cell, type CellValue, type LinkRun, type ValidationRule } from './cells';
import { Region } from './region';
import type { BookModel, GridRect, SheetModel, Visibility } from './sheet-model';

export type ValidationSnapshot =
  | {
      type: 'VALUE_IN_LIST';
      values: string[];
      showDropdown: boolean;
      allowInvalid: boolean;
    }
  | {
      type: 'VALUE_IN_RANGE';
      range: string;
      showDropdown: boolean;
      allowInvalid: boolean;
    };

export interface ProtectionSnapshot {
  type: 'SHEET' | 'RANGE';
  /** A1 of the protected cells; null for a whole sheet. */
  range: string | null;
  description: string;
  /** Anyone may edit after a warning; never stops a script. */
  warningOnly: boolean;
  /** Who may edit besides the owner, in lower case, in the order added. */
  editors: string[];
  /** Whether everyone in the owner's domain may edit. */
  domainEdit: boolean;
  /** A1 notations of the ranges a sheet protection leaves open. */
  unprotected: string[];
}

export interface MetadataSnapshot {
  id: number;
  key: string;
  value: string | null;
  visibility: Visibility;
  /** The sheet it is attached to; null for the spreadsheet. */
  sheet: string | null;
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  /** 1-based tab position. */
  index: number;
  hidden: boolean;
  tabColor: string | null;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Times a write past the edge grew the sheet. */
  growths: number;
  /** Cached values up to the last row and column with content, as getDataRange().getValues() (but [] when empty). */
  values: CellValue[][];
  /** Formulas over the same rectangle as `values`; "" where none. */
  formulas: string[][];
  /** The format grids below cover every cell ever written to, content or format. */
  numberFormats: string[][];
  backgrounds: string[][];
  fontWeights: string[][];
  notes: string[][];
  wraps: boolean[][];
  validations: (ValidationSnapshot | null)[][];
  /** A1 notations of merged ranges. */
  merges: string[];
  /** A1 notation of the sheet's filter, null when it has none. */
  filter: string | null;
  /** Widths set explicitly, by column number; others are 100 px. */
  columnWidths: Record<number, number>;
  /**
   * Heights set explicitly, by row number, and whether forced: Sheets grows a row set with
   * setRowHeights to fit its wrapped text; only setRowHeightsForced holds the height.
   */
  rowHeights: Record<number, { pixels: number; forced: boolean }>;
  protections: ProtectionSnapshot[];
  metadata: MetadataSnapshot[];
}

export interface CellSnapshot extends Omit<Cell, 'validation' | 'links'> {
  validation: ValidationSnapshot | null;
  links: LinkRun[];
}

function a1Of(sheet: SheetModel, rect: GridRect): string {
  return new Region(sheet, rect.row, rect.column, rect.numRows, rect.numColumns).a1Notation();
}

export function validationSnapshot(rule: ValidationRule | null): ValidationSnapshot | null {
  if (!rule) return null;
  const { criterion, allowInvalid } = rule;
  if (criterion.type === 'VALUE_IN_LIST') {
    return {
      type: criterion.type,
      values: criterion.values.slice(),
      showDropdown: criterion.showDropdown,
      allowInvalid,
    };
  }
  const range = `${quoteSheetName(criterion.range.sheet.name)}!${criterion.range.a1Notation()}`;
  return { type: criterion.type, range, showDropdown: criterion.showDropdown, allowInvalid };
}

export function metadataSnapshots(book: BookModel, sheet?: SheetModel | null): MetadataSnapshot[] {
  return book.metadata
    .filter((m) => !m.removed && (sheet === undefined || m.sheet === sheet))
    .map((m) => ({
      id: m.id,
      key: m.key,
      value: m.value,
      visibility: m.visibility,
      sheet: m.sheet?.name ?? null,
    }));
}

export function sheetSnapshot(book: BookModel, sheet: SheetModel): SheetSnapshot {
  const content = new Region(sheet, 1, 1, Math.max(1, sheet.lastRow()), Math.max(1, sheet.lastColumn()));
  const hasContent = sheet.lastRow() > 0;
  const touched = sheet.touchedExtent();
  const formats = new Region(sheet, 1, 1, Math.max(1, touched.rows), Math.max(1, touched.columns));
  const formatGrid = <T>(get: (cell: Readonly<Cell>) => T): T[][] =>
    touched.rows > 0 && touched.columns > 0 ? formats.read(get) : [];
  return {
    name: sheet.name,
    sheetId: sheet.id,
    index: book.sheets.indexOf(sheet) + 1,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    growths: sheet.growths,
    values: hasContent ? content.values() : [],
    formulas: hasContent ? content.read((cell) => cell.formula) : [],
    numberFormats: formatGrid((cell) => cell.numberFormat),
    backgrounds: formatGrid((cell) => cell.background),
    fontWeights: formatGrid((cell) => cell.fontWeight),
    notes: formatGrid((cell) => cell.note),
    wraps: formatGrid((cell) => cell.wrapStrategy === 'WRAP'),
    validations: formatGrid((cell) => validationSnapshot(cell.validation)),
    merges: sheet.merges.map((m) => a1Of(sheet, m)),
    filter: sheet.filter ? a1Of(sheet, sheet.filter) : null,
    columnWidths: Object.fromEntries(sheet.columnWidths),
    rowHeights: Object.fromEntries(
      [...sheet.rowHeights].map(([row, pixels]) => [row, { pixels, forced: sheet.forcedRows.has(row) }]),
    ),
    protections: sheet.protections
      .filter((p) => !p.removed)
      .map((p) => ({
        type: p.kind,
        range: p.rect ? a1Of(sheet, p.rect) : null,
        description: p.description,
        warningOnly: p.warningOnly,
        editors: p.editors.slice(),
        domainEdit: p.domainEdit,
        unprotected: p.unprotected.map((r) => a1Of(sheet, r)),
      })),
    metadata: metadataSnapshots(book, sheet),
  };
}

export function cellSnapshot(cell: Readonly<Cell>): CellSnapshot {
  return {
    ...cell,
    value: copyValue(cell.value),
    border: cell.border ? { ...cell.border } : null,
    validation: validationSnapshot(cell.validation),
    links: cell.links.map((link) => ({ ...link })),
  };
}
