import { cellText, isBlank, isDate, isFormulaError, type CellValue } from '../cells';
import { cleanText } from '../text';

/** How much of a user's text a message quotes; cells may hold 50,000 characters. */
const QUOTE_LIMIT = 60;

/** User text quoted in a message, shortened so a long cell cannot flood the message. */
export function quote(text: string): string {
  const clean = cleanText(text);
  return `“${clean.length > QUOTE_LIMIT ? `${clean.slice(0, QUOTE_LIMIT - 1)}…` : clean}”`;
}

/** A cell read as text, with the reason it cannot be used when it is a formula error or a date. */
export type TextCell =
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'error'; value: string }
  | { kind: 'date'; text: string };

const BLANK: TextCell = { kind: 'blank' };

/** Short values (units, subjects, fields, stages, decisions) repeat on every row: one cell object each. */
const shortTexts = new Map<string, TextCell>();

function shortText(value: string): TextCell {
  let cell = shortTexts.get(value);
  if (!cell) {
    if (shortTexts.size >= 10_000) shortTexts.clear();
    cell = { kind: 'text', text: cleanText(value.trim()) };
    shortTexts.set(value, cell);
  }
  return cell;
}

/** `repeats`: the column holds values that recur row after row (units, subjects, fields, stages). */
export function readTextCell(value: CellValue | undefined, repeats = false): TextCell {
  if (typeof value === 'string') {
    if (isFormulaError(value)) return { kind: 'error', value: value.trim().toUpperCase() };
    if (repeats && value.length <= 64 && value.trim() !== '') return shortText(value);
  }
  if (isBlank(value) || value === undefined) return BLANK;
  if (isDate(value)) return { kind: 'date', text: cellText(value) };
  return { kind: 'text', text: cleanText(cellText(value)) };
}

/** Why a cell that should hold something is unusable, as a sentence to append to a message. */
export function unusableReason(cell: TextCell): string {
  if (cell.kind === 'error')
    return ` (ô đang báo lỗi công thức ${cell.value}; sửa công thức hoặc nhập giá trị)`;
  if (cell.kind === 'date')
    return ` (Sheets đang hiểu ô này là ngày ${cell.text}; định dạng cột thành “Văn bản thuần” rồi nhập lại)`;
  return '';
}
