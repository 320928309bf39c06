/**
 * Text normalisation in one place. Display keeps the user's text (NFC); matching uses `matchKey`,
 * which folds everything a clerk's keyboard may vary: Unicode form (NFC, NFD, the Microsoft
 * Vietnamese keyboard's mixed form such as "ê" + U+0301), case, diacritics, spacing, NBSP and
 * zero-width characters.
 */

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** NFC, invisible characters removed, spacing collapsed and trimmed: how user text is displayed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** The key two strings are compared by: "Đơn vị  ĐỀ NGHỊ" and "don vi de nghi" share one key. */
export function matchKey(text: string): string {
  return cleanText(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd') // đ has no decomposition, so it is folded by hand
    .toLowerCase();
}

let collator: Intl.Collator | null = null;

/** Vietnamese collation for sorting names; falls back to key order where Intl lacks "vi". */
export function compareVietnamese(a: string, b: string): number {
  if (!collator) collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
