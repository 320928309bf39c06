/**
 * Text normalisation in one place. Display keeps the user's text (NFC). Identity (README › "One
 * rule for identity") uses `sameKey`: what a clerk's keyboard may vary without changing the meaning
 * is forgiven (Unicode form: NFC, NFD, the Microsoft Vietnamese keyboard's mixed form such as "ê" +
 * U+0301; case; spacing, NBSP and zero-width characters; dashes and quotes), letters and tones are
 * not. `looseKey` drops the marks too, for suggestions and for the add-on's own vocabulary.
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

/**
 * Dashes, quotes and spaces a keyboard or a word processor varies: `-` typed for `–`, curly quotes
 * for straight ones. They never change what a name means.
 */
const DASHES = /\s*[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]\s*/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const TRAILING_DOTS = /[.\u2026]+$/;

/** The five tone marks (huyền, sắc, ngã, hỏi, nặng), as combining characters after NFD. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONED_WORD = /[^\s\-,;:/()"']+/g;

/**
 * A word with its tone mark moved to the word's end. A Vietnamese syllable carries one tone, and
 * where it sits is a matter of style (old "hoà", "thuỷ" and new "hòa", "thủy"), not of meaning, so
 * the key keeps which tone and drops where. The vowel's own marks (â ê ô ơ ư ă) and đ stay letters.
 */
function toneAtEnd(word: string): string {
  let key = toneKeys.get(word);
  if (key === undefined) {
    const decomposed = word.normalize('NFD');
    const tones = decomposed.match(TONE_MARKS);
    key = tones ? decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones.join('') : word;
    // Vietnamese has some thousands of syllables, and names repeat them: each is worked out once.
    if (toneKeys.size >= 20_000) toneKeys.clear();
    toneKeys.set(word, key);
  }
  return key;
}
const toneKeys = new Map<string, string>();

/**
 * The identity key of a name, code or value a user typed (units, fields, criteria, subjects, stages,
 * decisions, nominees): two texts are the same when their keys are equal. Forgiven: Unicode form,
 * case, spaces, dash and quote variants, trailing dots, where the tone mark sits. Counted: every
 * letter and which tone it carries, so `đ ≠ d` and `Hùng ≠ Hưng` (see looseKey for those).
 */
export function sameKey(text: string): string {
  const key = punctuationKey(text);
  return /[\u0300-\u036f\u00c0-\u024f\u1e00-\u1eff]/.test(key) ? key.replace(TONED_WORD, toneAtEnd) : key;
}

/** cleanText in lower case with one dash, one kind of each quote and no trailing dots. */
function punctuationKey(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(DASHES, ' - ')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(TRAILING_DOTS, '')
    .trim();
}

/**
 * sameKey with tone marks and the breve, circumflex and horn dropped and đ read as d: "Hưng" and
 * "Hùng" share one loose key. A match found only this way is a guess: a user's entry matched so is
 * accepted with a warning quoting the right spelling, never silently, never a duplicate or a merge.
 * Also the key of the add-on's own vocabulary (headers, tab, parameter and list names), whose words
 * never differ by a mark alone, so a header typed without diacritics is still found.
 */
export function looseKey(text: string): string {
  return punctuationKey(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd') // đ has no decomposition, so it is folded by hand
    .normalize('NFC');
}

/** Remembers a key function's results for short texts: names and codes repeat on every row. */
function remembered(key: (text: string) => string): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    if (text.length > 64) return key(text);
    let found = keys.get(text);
    if (found === undefined) {
      if (keys.size >= 10_000) keys.clear();
      found = key(text);
      keys.set(text, found);
    }
    return found;
  };
}

/** sameKey, remembered: use it for units, fields, subjects and other values that recur. */
export const nameKey = remembered(sameKey);

/** looseKey, remembered: headers, tab and parameter names, and spelling suggestions. */
export const vocabularyKey = remembered(looseKey);

/**
 * Vietnamese collation for sorting names: tones and case ignored, numbers read whole, and texts that
 * sort alike ordered by code unit so the order is total. See collation.ts for how the host's is trusted.
 */
export function compareVietnamese(a: string, b: string): number {
  return compareVietnameseBase(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
