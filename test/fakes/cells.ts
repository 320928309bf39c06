/**
 * One cell of the fake grid, and the rules by which Google Sheets turns what a script writes into
 * what the cell holds. These rules are the reason the fake exists: `setValues` treats strings like a
 * person typing into the cell, so "=…" becomes a formula and "2.10" becomes the number 2.1, unless
 * the cell's number format is "@" (plain text), in which case the string is kept exactly.
 */
import type { Region } from './region';
import type { HostQuirks } from './host-quirks';
import { instantAt, partsIn } from './time-zone';

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
const DAY_DOT_MONTH = /^(\d{1,2})\.(\d{1,2})$/;

/** How the spreadsheet reads typed strings: its locale's habits, as far as the fake models them. */
export interface InputRules {
  /**
   * A day-first locale whose date separator is a dot: "2.10" is 2 October of the current year, at
   * midnight in the spreadsheet's time zone (a typed field code turning into a date).
   */
  dottedDates: boolean;
  /** The spreadsheet's time zone. */
  timeZone: string;
  /** A host that writes otherwise than Sheets (none unless a test switches one on). */
  quirks?: Pick<HostQuirks, 'datesWrittenIn' | 'plainTextIgnored' | 'apostropheKept'>;
}

export const PLAIN_INPUT: InputRules = Object.freeze({ dottedDates: false, timeZone: 'UTC' });

/** "2.10" → 2 October this year, midnight in `timeZone`; null unless it is a real day and month. */
function dottedDate(text: string, timeZone: string): Date | null {
  const match = DAY_DOT_MONTH.exec(text);
  if (!match) return null;
  const [day, month] = [Number(match[1]), Number(match[2])];
  const { year } = partsIn(new Date(), timeZone);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null;
  return instantAt({ year, month, day }, timeZone);
}

/**
 * What a cell holds after a script writes `input` to it (setValue, setValues, setFormula).
 *
 * Sheets parses strings as if typed by a user. The fake models the parts our code must defend
 * against: "=…" is a formula; plain decimals become numbers ("2.10" → 2.1, "007" → 7); TRUE/FALSE
 * become booleans; a leading apostrophe forces text and is not kept; with `rules.dottedDates`,
 * "day.month" becomes a date (other dotted numbers stay decimals). Real Sheets also turns other
 * date forms, percentages and currency amounts into numbers, following the spreadsheet's locale;
 * the fake does not, so tests cannot rely on it either way. None of this happens in a cell
 * formatted "@".
 */
export function interpretInput(
  input: unknown,
  numberFormat: string,
  rules: InputRules = PLAIN_INPUT,
): Content {
  if (input === null || input === undefined || input === '') return EMPTY;
  const quirks = rules.quirks;
  if (input instanceof Date) {
    const zone = quirks?.datesWrittenIn;
    const kept = zone ? instantAt(partsIn(input, zone), rules.timeZone) : new Date(input.getTime());
    return { value: kept, formula: '' };
  }
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  const text = String(input);
  if (numberFormat === TEXT_FORMAT && !quirks?.plainTextIgnored) return { value: text, formula: '' };
  if (text.startsWith('=')) return { value: '', formula: text };
  if (text.startsWith("'")) return { value: quirks?.apostropheKept ? text : text.slice(1), formula: '' };
  const date = rules.dottedDates ? dottedDate(text, rules.timeZone) : null;
  if (date) return { value: date, formula: '' };
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
