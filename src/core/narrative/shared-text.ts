import { count } from './figures';

/**
 * What both doors write the same way around the composed text: the heading's fixed lines, the date
 * line, a table cell's text. One place, so the .docx and the print view never differ by a word.
 */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The date line: the place as given when it already has one, else Decree 30's “ngày … tháng … năm …” to fill. */
export function placeAndDate(place: string): string {
  return /ngày/i.test(place) ? place : `${place}, ngày ..... tháng ..... năm ..........`;
}

/** The office's copy, last of Nơi nhận; what follows “VT, ” (the drafting office, the copies) is to fill. */
export const OFFICE_COPY = '- Lưu: VT, ';

/**
 * A table cell's text: a number is a count, written 1.105 (a year in a table is given as text, “2021”,
 * or it would read 2.021).
 */
export function tableCellText(value: string | number): string {
  return typeof value === 'number' && Number.isSafeInteger(value) ? count(value) : String(value);
}

/** A figure (a count, “19/34”, “45,2 %”, a dash) is centred in its cell; words are not. */
export function isFigureText(text: string): boolean {
  return /^[\d.,/ %–-]+$/.test(text.trim()) && text.trim() !== '';
}
