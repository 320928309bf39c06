/**
 * One cell of the fake grid, and the rules by which Google Sheets turns what a script writes into
 * what the cell holds. These rules are the reason the fake exists: `setValues` treats strings like a
 * person typing into the cell, so "=…" becomes a formula and "2.10" becomes the number 2.1, unless
 * the cell's number format is "@" (plain text), in which case the string is kept exactly.
 */
import type { Region } from './sheet-model';

export type CellValue = string | number | boolean | Date;
export type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
export type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;
export type FontLine = GoogleAppsScript.Spreadsheet.FontLine;
export type WrapStrategyName = 'WRAP' | 'OVERFLOW' | 'CLIP';

/** Plain text: strings written into such a cell are never parsed, "=…" included. */
export const TEXT_FORMAT = '@';

/** What Range.setBorder was last given for the cell; kept only so tests can see it was called. */
export interface BorderSpec {
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

export interface CellFormat {
  numberFormat: string;
  background: string;
  fontColor: string;
  fontFamily: string;
  fontSize: number;
  fontWeight: FontWeight;
  fontStyle: FontStyle;
  fontLine: FontLine;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapStrategy: WrapStrategyName;
  border: BorderSpec | null;
}

export type ValidationCriterion =
  | { type: 'VALUE_IN_LIST'; values: string[]; showDropdown: boolean }
  | { type: 'VALUE_IN_RANGE'; range: Region; showDropdown: boolean };

/** A built data-validation rule; immutable, shared by every cell it was set on. */
export interface ValidationRule {
  readonly criterion: ValidationCriterion;
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

/** A hyperlink over text[start, end) of a rich-text cell. */
export interface LinkRun {
  start: number;
  end: number;
  url: string;
}

export interface Cell extends CellFormat {
  /** What getValues returns: "" when empty; for a formula, its last result (set by a test helper). */
  value: CellValue;
  /** "" unless the cell holds a formula. */
  formula: string;
  note: string;
  validation: ValidationRule | null;
  links: LinkRun[];
}

/**
 * Formats of a cell nobody has touched. "0.###############" is what getNumberFormat returns for
 * the "Automatic" format.
 */
export const DEFAULT_FORMAT: Readonly<CellFormat> = Object.freeze({
  numberFormat: '0.###############',
  background: '#ffffff',
  fontColor: '#000000',
  fontFamily: 'Arial',
  fontSize: 10,
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontLine: 'none',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrapStrategy: 'OVERFLOW',
  border: null,
});

export function blankCell(): Cell {
  return { ...DEFAULT_FORMAT, value: '', formula: '', note: '', validation: null, links: [] };
}

/** Shared by every read of an untouched cell; frozen so a stray write fails loudly. */
export const BLANK_CELL: Readonly<Cell> = Object.freeze({
  ...blankCell(),
  links: Object.freeze([]) as unknown as LinkRun[],
});

export function hasContent(cell: Readonly<Cell>): boolean {
  return cell.value !== '' || cell.formula !== '';
}

/** The content a write produces. */
export interface Content {
  value: CellValue;
  formula: string;
}

export const EMPTY: Content = Object.freeze({ value: '', formula: '' });

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What a cell holds after a script writes `input` to it (setValue, setValues, setFormula).
 *
 * Sheets parses strings as if typed by a user. The fake models the parts our code must defend
 * against: "=…" is a formula; plain decimals become numbers ("2.10" → 2.1, "007" → 7); TRUE/FALSE
 * become booleans; a leading apostrophe forces text and is not kept. Real Sheets also turns dates,
 * percentages and currency amounts into numbers, following the spreadsheet's locale; the fake does
 * not, so tests cannot rely on it either way. None of this happens in a cell formatted "@".
 */
export function interpretInput(input: unknown, numberFormat: string): Content {
  if (input === null || input === undefined || input === '') return EMPTY;
  if (input instanceof Date) return { value: new Date(input.getTime()), formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  const text = String(input);
  if (numberFormat === TEXT_FORMAT) return { value: text, formula: '' };
  if (text.startsWith('=')) return { value: '', formula: text };
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (NUMBER.test(text)) return { value: Number(text), formula: '' };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE', formula: '' };
  return { value: text, formula: '' };
}

/**
 * What getDisplayValues shows. Number formats are not applied (the fake does not render them):
 * numbers and dates come out as String() gives them, booleans as TRUE/FALSE.
 */
export function displayValue(value: CellValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** A copy safe to hand to callers: Dates are mutable. */
export function copyValue(value: CellValue): CellValue {
  return value instanceof Date ? new Date(value.getTime()) : value;
}

/** Sheets stores hex colours in lower case; names such as "red" are kept as given. */
export function normaliseColor(color: string | null): string | null {
  return color !== null && color.startsWith('#') ? color.toLowerCase() : color;
}
