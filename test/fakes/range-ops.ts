/**
 * What Range and RangeList share: the checks of Sheet.getRange, A1 regions, and the formatting and
 * clearing rules applied to a Region.
 */
import { MAX_COLUMNS, type A1Reference } from './a1';
import {
  DEFAULT_FORMAT,
  normaliseColor,
  type BorderSpec,
  type CellFormat,
  type WrapStrategyName,
} from './cells';
import { enumName } from './enums';
import { OUTSIDE_SHEET, toInt } from './errors';
import { Region } from './region';
import type { ClearParts, SheetModel } from './sheet-model';

export type HorizontalAlignment = 'left' | 'center' | 'normal' | 'right';
export type VerticalAlignment = 'top' | 'middle' | 'bottom';
export type ClearOptions = {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
};

/** A rectangle of `sheet`, with the checks (and messages) of Sheet.getRange. */
export function checkedRegion(
  sheet: SheetModel,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  method: string,
): Region {
  const [r, c, nr, nc] = [row, column, numRows, numColumns].map((n) => toInt(n, method));
  if (r < 1) throw new Error('The starting row of the range is too small.');
  if (c < 1) throw new Error('The starting column of the range is too small.');
  if (nr < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (nc < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (c + nc - 1 > MAX_COLUMNS) throw new Error(OUTSIDE_SHEET);
  return new Region(sheet, r, c, nr, nc);
}

/** The rectangle an A1 reference names on `sheet`; open sides run to the sheet's current edge. */
export function regionFromA1(sheet: SheetModel, ref: A1Reference): Region {
  const row = ref.startRow ?? 1;
  const column = ref.startColumn ?? 1;
  const lastRow = ref.endRow ?? sheet.maxRows;
  const lastColumn = ref.endColumn ?? sheet.maxColumns;
  return new Region(
    sheet,
    row,
    column,
    Math.max(1, lastRow - row + 1),
    Math.max(1, lastColumn - column + 1),
    {
      startRow: ref.startRow !== null,
      startColumn: ref.startColumn !== null,
      endRow: ref.endRow !== null,
      endColumn: ref.endColumn !== null,
    },
  );
}

/** Sets one format on every cell; null restores the default, as in Apps Script. */
export function setFormat<K extends keyof CellFormat>(
  region: Region,
  key: K,
  value: CellFormat[K] | null,
): void {
  region.forEach((cell) => {
    const format: CellFormat = cell;
    format[key] = value ?? DEFAULT_FORMAT[key];
  });
}

export function horizontal(alignment: HorizontalAlignment | null): string | null {
  return alignment === 'normal' ? null : alignment;
}

export function wrapOf(on: boolean): WrapStrategyName {
  return on ? 'WRAP' : 'OVERFLOW';
}

export function borderSpec(args: readonly unknown[], method: string): BorderSpec {
  const [top, left, bottom, right, vertical, horizontalLine, color, style] = args;
  const flag = (v: unknown): boolean | null => (v === null || v === undefined ? null : Boolean(v));
  return {
    top: flag(top),
    left: flag(left),
    bottom: flag(bottom),
    right: flag(right),
    vertical: flag(vertical),
    horizontal: flag(horizontalLine),
    color: typeof color === 'string' ? normaliseColor(color) : null,
    style: style === null || style === undefined ? null : enumName(style, 'BorderStyle', method),
  };
}

/** What Range.clear(options) removes: everything when no option is set, contents and formats without options. */
export function clearParts(options: ClearOptions | undefined): ClearParts {
  if (!options) return { contents: true, formats: true, notes: false, validations: false };
  const { commentsOnly, contentsOnly, formatOnly, validationsOnly } = options;
  const any = Boolean(commentsOnly || contentsOnly || formatOnly || validationsOnly);
  return {
    contents: !any || Boolean(contentsOnly),
    formats: !any || Boolean(formatOnly),
    notes: !any || Boolean(commentsOnly),
    validations: !any || Boolean(validationsOnly),
  };
}

export const CLEAR_CONTENTS: ClearParts = {
  contents: true,
  formats: false,
  notes: false,
  validations: false,
};
export const CLEAR_FORMATS: ClearParts = { contents: false, formats: true, notes: false, validations: false };
export const CLEAR_NOTES: ClearParts = { contents: false, formats: false, notes: true, validations: false };
export const CLEAR_VALIDATIONS: ClearParts = {
  contents: false,
  formats: false,
  notes: false,
  validations: true,
};
