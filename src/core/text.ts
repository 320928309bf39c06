/**
 * Text normalisation in one place. Display keeps the user's text (NFC); matching uses `matchKey`,
 * which folds everything a clerk's keyboard may vary: Unicode form (NFC, NFD, the Microsoft
 * Vietnamese keyboard's mixed form such as "ê" + U+0301), case, diacritics, spacing, NBSP and
 * zero-width characters.
 */

import { compareVietnameseBase } from './collation';

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Most cells need no change at all: precomposed Vietnamese, single spaces, nothing invisible. For
 * those, NFC is the identity (it composes only after a combining mark, a Hangul jamo or one of a few
 * singletons such as the ohm sign, none of which Vietnamese text uses), so the costly normalisation
 * is skipped; 100,000 rows are checked several times faster.
 */
const NEEDS_CLEANING =
  // Combining marks are listed on purpose: their presence is what makes a text need NFC.
  // eslint-disable-next-line no-misleading-character-class
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u1100-\u11ff\u2126\u212a\u212b\u200b-\u200d\u2060\ufeff\u00ad\u00a0\u2000-\u200a\u202f\u205f\u3000\t\n\r\v\f]|\s\s|^\s|\s$/;

/** NFC, invisible characters removed, spacing collapsed and trimmed: how user text is displayed. */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** The key two strings are compared by: "Đơn vị  ĐỀ NGHỊ" and "don vi de nghi" share one key. */
export function foldText(text: string): string {
  return cleanText(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd') // đ has no decomposition, so it is folded by hand
    .toLowerCase();
}

const keys = new Map<string, string>();

/**
 * foldText, remembered for short texts: unit names, codes, subjects and stages repeat on every row.
 * Use foldText directly for texts that rarely repeat (nominee names), so they do not crowd the memory.
 */
export function matchKey(text: string): string {
  if (text.length > 64) return foldText(text);
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= 10_000) keys.clear();
    key = foldText(text);
    keys.set(text, key);
  }
  return key;
}

/**
 * Vietnamese collation for sorting names: tones and case ignored, numbers read whole, and texts that
 * sort alike ordered by code unit so the order is total. See collation.ts for how the host's is trusted.
 */
export function compareVietnamese(a: string, b: string): number {
  return compareVietnameseBase(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
