import { compareVietnameseLetters } from './vietnamese-order';

/**
 * Which Vietnamese order sorts names on this host. `new Intl.Collator('vi')` does not fail where the
 * host lacks Vietnamese data (Apps Script's V8, a small-ICU Node): it quietly sorts by the root order,
 * Đ among the D's and ă with a. So the host's collator is tried once, on first use, and kept only if
 * it says it is Vietnamese and sorts a few probes the Vietnamese way; otherwise our own order is used.
 */
export type CollationKind = 'intl' | 'fallback';

/** The part of Intl.Collator used here; tests hand in a fake host's. */
export type Collator = Pick<Intl.Collator, 'compare' | 'resolvedOptions'>;
export type CollatorHost = (locale: string, options: Intl.CollatorOptions) => Collator;

const OPTIONS: Intl.CollatorOptions = { sensitivity: 'base', numeric: true };

/** Each strictly before the next in Vietnamese: the letters ICU's root order files under a, d, e, o, u. */
const LETTER_PROBE = ['a', 'ă', 'â', 'b', 'd', 'đ', 'e', 'ê', 'g', 'o', 'ô', 'ơ', 'p', 'u', 'ư', 'v'];
/** Grave, hook, tilde, acute, dot below on one base (the root order puts acute first). */
const TONE_PROBE = ['a', 'à', 'ả', 'ã', 'á', 'ạ'];
/** The same letters as far as sorting goes: tones and case ignored, numbers read whole. */
const SAME_PROBE: [string, string][] = [
  ['Ánh', 'anh'],
  ['ĐẶNG', 'đặng'],
  ['Tổ 07', 'tô 7'],
];

const increasing = (collator: Collator, list: string[]) =>
  list.every((s, i) => i === 0 || collator.compare(list[i - 1], s) < 0);

/** The host's Vietnamese collator when it is one, else null. */
export function verifiedCollator(host: CollatorHost): Collator | null {
  try {
    const collator = host('vi', OPTIONS);
    const tones = host('vi', { sensitivity: 'accent' });
    const vietnamese = (c: Collator) => /^vi(-|$)/i.test(c.resolvedOptions().locale);
    const ok =
      vietnamese(collator) &&
      vietnamese(tones) &&
      increasing(collator, LETTER_PROBE) &&
      increasing(collator, ['Tổ 2', 'Tổ 10']) &&
      SAME_PROBE.every(([a, b]) => collator.compare(a, b) === 0) &&
      increasing(tones, TONE_PROBE);
    return ok ? collator : null;
  } catch {
    return null; // no Intl at all, or a host that refuses the options
  }
}

const realHost: CollatorHost = (locale, options) => new Intl.Collator(locale, options);

let chosen: { kind: CollationKind; compare: (a: string, b: string) => number } | null = null;

function choose(host: CollatorHost | 'fallback'): NonNullable<typeof chosen> {
  const collator = host === 'fallback' ? null : verifiedCollator(host);
  return collator
    ? { kind: 'intl', compare: (a, b) => collator.compare(a, b) }
    : { kind: 'fallback', compare: compareVietnameseLetters };
}

/**
 * Vietnamese order ignoring tones and case (zero for “Ánh” and “anh”), digits read as numbers; the
 * host's collator when verified, else ours, which gives the same order.
 */
export function compareVietnameseBase(a: string, b: string): number {
  return (chosen ??= choose(realHost)).compare(a, b);
}

/** Which order is in use, for the self-test: the host's verified collator or ours. */
export function collationInUse(): CollationKind {
  return (chosen ??= choose(realHost)).kind;
}

/**
 * For tests: decide again with a fake host's collator, or use our order whatever the host has.
 * Without an argument the next use decides again on the real host.
 */
export function chooseCollation(host?: CollatorHost | 'fallback'): CollationKind | null {
  chosen = host === undefined ? null : choose(host);
  return chosen?.kind ?? null;
}
