import { cellText, isDate, type CellValue } from '../cells';
import { toWholeNumber } from '../numbers';
import { vocabularyKey } from '../text';

/** An annual quota as a plan writes it: a number, or a range whose minimum is what counts. */
export interface QuotaRange {
  min: number;
  /** The range's upper end; equal to min for a plain number. */
  max: number;
}

/** "1 – 3", "1-3", "từ 1 đến 3", "1 đến 3", with any of the dashes a keyboard types. */
const RANGE = /^(?:tu\s+)?(\d{1,9})\s*(?:[-\u2010-\u2015\u2212]|den|toi)\s*(\d{1,9})$/;

/**
 * A quota cell: a whole number, or a range from a minimum to a maximum. The minimum counts toward
 * the quota (shortfall, met); the range is shown where the quota is. null when it is neither.
 */
export function parseQuota(raw: CellValue): QuotaRange | null {
  const whole = toWholeNumber(raw);
  if (whole !== null) return { min: whole, max: whole };
  if (typeof raw !== 'string') return null;
  const m = RANGE.exec(vocabularyKey(cellText(raw)).replace(/\s+/g, ' '));
  if (!m) return null;
  const [min, max] = [Number(m[1]), Number(m[2])];
  return min <= max ? { min, max } : null;
}

/** "3", or "1–3" for a range. */
export function quotaText(min: number, max: number | undefined): string {
  return max === undefined || max === min ? String(min) : `${min}–${max}`;
}

/**
 * What is wrong with a quota cell (`what`: “Chỉ tiêu”, “Chỉ tiêu mặc định của …”) and what to write. A
 * date is said to be one: Sheets and Excel turn a range such as “1-3” typed in a number cell into a day,
 * and a guess at which range it was could be wrong.
 */
export function badQuota(raw: CellValue, what: string, otherwise: string): string {
  if (isDate(raw))
    return (
      `${what} đã bị bảng tính đổi thành ngày ${cellText(raw)}: định dạng ô là văn bản thuần ` +
      '(Định dạng › Số › Văn bản thuần) rồi ghi lại một số hoặc một khoảng như “1 – 3”.'
    );
  return `${what} phải là số nguyên không âm hoặc một khoảng như “1 – 3”, không phải “${cellText(raw)}” (${otherwise}).`;
}
