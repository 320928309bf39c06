import { TIMES } from '../reports/font-metrics';
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

/** How wide a line of Times New Roman is, in points, from the metrics the sheets are measured by. */
export function textPoints(text: string, points: number, bold: boolean): number {
  const widths = bold ? TIMES.bold : TIMES.regular;
  let thousandths = 0;
  for (const ch of text) {
    const i = TIMES.characters.indexOf(ch);
    thousandths += i >= 0 ? widths[i] : 500;
  }
  return (thousandths / 1000) * points;
}

/** The signature's right half, in both doors: the page's text (165 mm) less the left's 75 mm. */
export const SIGNATURE_RIGHT_MM = 90;

/**
 * “TM. <council>” in 13 pt bold where it fits on one line of the signature's right half, else in 12
 * (Decree 30 allows 12–14), so a long council's name does not break under “TM.”.
 */
export function signatureOnSize(on: string): number {
  const fits = textPoints(on.toUpperCase(), 13, true) <= (SIGNATURE_RIGHT_MM * 72) / 25.4;
  return fits ? 13 : 12;
}

/** A figure (a count, “19/34”, “45,2 %”, a dash) is centred in its cell; words are not. */
export function isFigureText(text: string): boolean {
  return /^[\d.,/ \u00a0%–-]+$/.test(text.trim()) && text.trim() !== '';
}

/** The line under an annex's title: which report it goes with, its number left to fill as the heading's. */
export function annexOf(report: { number: string; title: string }): string {
  return `(Kèm theo ${report.title.toLowerCase()} ${report.number.replace(/^Số:\s*/, 'số ').replace(/\s+\//, ' …/')})`;
}
