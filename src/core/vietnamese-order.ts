/**
 * Vietnamese alphabetical order written out by hand, for hosts whose Intl has no Vietnamese collation
 * (Apps Script's V8 or a small-ICU Node may quietly sort by the root order). It gives the order of
 * ICU's `new Intl.Collator('vi', { sensitivity: 'base', numeric: true })`:
 * - letters a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z: ă, â, đ, ê, ô, ơ, ư are
 *   letters of their own, while tones, case and other accents (ñ, ç, ö) do not count; ß, æ, œ, ø, ł
 *   and ð count as ss, ae, oe, o, l and d;
 * - a run of digits is one number: “Tổ 2” before “Tổ 10”, and “07” the same as “7”;
 * - spaces, then punctuation and symbols in ICU's order, then numbers, then letters; a shorter text
 *   before a longer one it begins;
 * - invisible characters (zero-width space, soft hyphen, controls) do not count.
 * Other characters (Greek, CJK, superscripts, ħ, ŋ…) come after the letters by code unit, where ICU
 * has an order of its own; nominee and unit names do not use them.
 */

const LETTERS = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';

/** Before the digits, in ICU's order, one weight each. */
const PUNCTUATION =
  '\t\n\v\f\r\u0085\u2028\u2029 _-\u2010\u2012\u2013\u2014\u2015,;:!¡?¿.·\'‹›"«»()[]{}§¶@*/\\&#%‰†‡•′`^°©®+±÷×<=>¬|¦~¤¢$£¥₫€';

/** Characters ICU weighs as another character or as several. */
const SAME_AS: Record<string, string> = {
  '\u00a0': ' ',
  '\u2011': '\u2010',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '…': '...',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  ð: 'd',
};

const OTHER_SPACES = /[\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Weighed as nothing at all. */
const IGNORED =
  // Controls and joiners are listed on purpose: they are what this pattern finds.
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
/** Combining marks, listed on purpose. */
// eslint-disable-next-line no-misleading-character-class
const MARK = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
/**
 * Marks written below or through a letter (canonical class under 230). They do not stop a letter from
 * taking the breve or circumflex after them: “ặ” is a + dot below + breve, and is ă with a tone.
 */
const BELOW = /[\u0316-\u0319\u031b-\u033c\u0347-\u0349\u034d\u034e\u0353-\u0356\u0359\u035a]/;
const HORN = '\u031b';
const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';

/** Weights as characters, so that keys compare with `<`: punctuation, then numbers, then letters. */
const NUMBER = String.fromCharCode(PUNCTUATION.length + 1);
const weight = new Map<string, string>();
[...PUNCTUATION].forEach((ch, i) => weight.set(ch, String.fromCharCode(i + 1)));
[...LETTERS].forEach((ch, i) => weight.set(ch, String.fromCharCode(PUNCTUATION.length + 2 + i)));

/** The letter a base letter and the marks after it make: o + horn + acute is ơ. */
function letterOf(base: string, marks: string): string {
  if ((base === 'o' || base === 'u') && marks.includes(HORN)) return base === 'o' ? 'ơ' : 'ư';
  if (base !== 'a' && base !== 'e' && base !== 'o') return base;
  // The first mark above the letter decides; one below (a tone's dot) does not get in the way.
  for (const mark of marks) {
    if (BELOW.test(mark)) continue;
    if (mark === CIRCUMFLEX) return base === 'a' ? 'â' : base === 'e' ? 'ê' : 'ô';
    if (mark === BREVE && base === 'a') return 'ă';
    break;
  }
  return base;
}

/** A string whose code-unit order is the Vietnamese order of `text`, ignoring tones and case. */
export function vietnameseSortKey(text: string): string {
  const s = text.normalize('NFD').toLowerCase().replace(OTHER_SPACES, ' ');
  let key = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch >= '0' && ch <= '9') {
      let end = i;
      while (end < s.length && s[end] >= '0' && s[end] <= '9') end++;
      const digits = s.slice(i, end).replace(/^0+(?=\d)/, '');
      // Longer numbers are larger: the count of digits goes first.
      key += NUMBER + String.fromCharCode(Math.min(digits.length, 0xffff)) + digits;
      i = end;
      continue;
    }
    let end = i + 1;
    while (end < s.length && MARK.test(s[end])) end++;
    const marks = s.slice(i + 1, end);
    i = end;
    if (MARK.test(ch) || IGNORED.test(ch)) continue;
    const same = SAME_AS[ch];
    if (same !== undefined) {
      for (const c of same) key += weight.get(c) as string;
      continue;
    }
    key += weight.get(letterOf(ch, marks)) ?? ch;
  }
  return key;
}

const keys = new Map<string, string>();

/** A sort compares each name some 2·log₂(n) times: its key is worked out once. */
function sortKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= 50_000) keys.clear();
    key = vietnameseSortKey(text);
    keys.set(text, key);
  }
  return key;
}

/** Vietnamese order at the level of letters: negative, zero (same letters) or positive. */
export function compareVietnameseLetters(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
