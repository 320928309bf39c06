import fc from 'fast-check';
import {
  chooseCollation,
  collationInUse,
  verifiedCollator,
  type Collator,
  type CollatorHost,
} from '../../src/core/collation';
import { compareVietnamese } from '../../src/core/text';
import { compareVietnameseLetters } from '../../src/core/vietnamese-order';

/** Node's full ICU: the order the fallback must give. */
const icu = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const nodeHost: CollatorHost = (locale, options) => new Intl.Collator(locale, options);

afterEach(() => chooseCollation());

describe('the host’s Vietnamese collation, verified at first use', () => {
  it('keeps a full-ICU host’s “vi” collator', () => {
    expect(verifiedCollator(nodeHost)).not.toBeNull();
    expect(chooseCollation(nodeHost)).toBe('intl');
  });

  it('detects a host that falls back to another locale for “vi” (small ICU) and uses our order', () => {
    const host: CollatorHost = (_, options) => new Intl.Collator('en-US', options);
    expect(verifiedCollator(host)).toBeNull();
    expect(chooseCollation(host)).toBe('fallback');
    expect(collationInUse()).toBe('fallback');
  });

  it('detects a host that says “vi” but sorts by the root order (Đ among the D’s, ă with a)', () => {
    const host: CollatorHost = (_, options) => {
      const root = new Intl.Collator('und', options);
      return { compare: root.compare, resolvedOptions: () => ({ ...root.resolvedOptions(), locale: 'vi' }) };
    };
    expect(verifiedCollator(host)).toBeNull();
    expect(chooseCollation(host)).toBe('fallback');
  });

  it('detects a Vietnamese collator that ignores numeric or counts tones', () => {
    const sayingVi = (collator: Intl.Collator): Collator => ({
      compare: collator.compare,
      resolvedOptions: () => ({ ...collator.resolvedOptions(), locale: 'vi' }),
    });
    expect(verifiedCollator((l, o) => sayingVi(new Intl.Collator(l, { ...o, numeric: false })))).toBeNull();
    expect(verifiedCollator((l) => sayingVi(new Intl.Collator(l)))).toBeNull();
  });

  it('uses our order where Intl throws', () => {
    expect(
      chooseCollation(() => {
        throw new RangeError('Incorrect locale information provided');
      }),
    ).toBe('fallback');
  });

  it.each(['intl', 'fallback'] as const)('sorts names the Vietnamese way (%s)', (kind) => {
    chooseCollation(kind === 'intl' ? nodeHost : 'fallback');
    expect(collationInUse()).toBe(kind);
    const names = [
      'Tổ 10',
      'Đinh Văn An',
      'Dương Thị Hoa',
      'Ánh',
      'Âu Văn Bình',
      'anh',
      'An Thị Cúc',
      'Tổ 2',
    ];
    expect([...names].sort(compareVietnamese)).toEqual([
      'An Thị Cúc',
      'anh', // the same letters as “Ánh”: code-unit order breaks the tie
      'Ánh',
      'Âu Văn Bình',
      'Dương Thị Hoa',
      'Đinh Văn An',
      'Tổ 2',
      'Tổ 10',
    ]);
  });
});

const INITIALS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'ngh',
  'nh',
];
const MORE_INITIALS = ['p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const NUCLEI = [
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'ia',
  'iê',
  'ua',
  'uô',
  'ươ',
  'oa',
];
const MORE_NUCLEI = [
  'oă',
  'oe',
  'uy',
  'uyê',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'oi',
  'ôi',
  'ơi',
];
const FINALS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o', 'u', 'y'];
/** Level, grave, hook, tilde, acute, dot below. */
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

type Shape = 'lower' | 'capital' | 'upper';
interface Syllable {
  initial: string;
  nucleus: string;
  final: string;
  tone: number;
  /** Which vowel carries the tone. */
  at: number;
  shape: Shape;
}
type Token = Syllable | { digits: string };

const shapeArb = fc.constantFrom<Shape>('lower', 'capital', 'capital', 'upper');
const syllableArb: fc.Arbitrary<Syllable> = fc.record({
  initial: fc.constantFrom(...INITIALS, ...MORE_INITIALS),
  nucleus: fc.constantFrom(...NUCLEI, ...MORE_NUCLEI),
  final: fc.constantFrom(...FINALS),
  tone: fc.integer({ min: 0, max: 5 }),
  at: fc.nat({ max: 2 }),
  shape: shapeArb,
});
const digitsArb = fc
  .tuple(fc.nat({ max: 2 }), fc.nat({ max: 1200 }))
  .map(([zeros, n]) => ({ digits: '0'.repeat(zeros) + String(n) }));
const tokenArb: fc.Arbitrary<Token> = fc.oneof(
  { weight: 6, arbitrary: syllableArb },
  { weight: 1, arbitrary: digitsArb },
);
/** A name: syllables and numbers, with the spaces between (sometimes two, sometimes none). */
const nameArb = fc.record({
  tokens: fc.array(tokenArb, { minLength: 1, maxLength: 5 }),
  gaps: fc.array(fc.constantFrom(' ', ' ', ' ', ' ', '  ', ''), { minLength: 5, maxLength: 5 }),
  nfd: fc.boolean(),
});
type Name = typeof nameArb extends fc.Arbitrary<infer T> ? T : never;

function syllableText(s: Syllable): string {
  const vowels = [...s.nucleus];
  const at = Math.min(s.at, vowels.length - 1);
  vowels[at] = (vowels[at] + TONES[s.tone]).normalize('NFC');
  const text = s.initial + vowels.join('') + s.final;
  if (s.shape === 'upper') return text.toUpperCase();
  return s.shape === 'capital' ? text[0].toUpperCase() + text.slice(1) : text;
}

function render(name: Name): string {
  const text = name.tokens
    .map((t, i) => (i === 0 ? '' : name.gaps[i - 1]) + ('digits' in t ? t.digits : syllableText(t)))
    .join('');
  // The Microsoft Vietnamese keyboard and some pasted text arrive decomposed.
  return name.nfd ? text.normalize('NFD') : text;
}

/**
 * The same name with other tones and case (ICU's base strength ranks these equal), and now and then
 * another vowel, final or number in one place, so that the order of close letters (o, ô, ơ) decides.
 */
const twinArb = nameArb.chain((name) =>
  fc
    .array(
      fc.record({
        tone: fc.integer({ min: 0, max: 5 }),
        shape: shapeArb,
        nucleus: fc.option(fc.constantFrom(...NUCLEI, ...MORE_NUCLEI), { freq: 3, nil: undefined }),
        final: fc.option(fc.constantFrom(...FINALS), { freq: 3, nil: undefined }),
        digits: fc.option(digitsArb, { freq: 3, nil: undefined }),
      }),
      { minLength: name.tokens.length, maxLength: name.tokens.length },
    )
    .map((changes) => {
      const tokens = name.tokens.map((t, i): Token => {
        const { nucleus, final, digits, tone, shape } = changes[i];
        if ('digits' in t) return digits ?? t;
        return { ...t, tone, shape, nucleus: nucleus ?? t.nucleus, final: final ?? t.final };
      });
      return [render(name), render({ ...name, tokens })] as const;
    }),
);
const prefixArb = fc
  .tuple(nameArb, nameArb, fc.nat({ max: 4 }))
  .map(
    ([a, b, keep]) =>
      [render(a), render({ ...b, tokens: [...a.tokens.slice(0, keep), ...b.tokens] })] as const,
  );
const pairArb = fc.oneof(fc.tuple(nameArb.map(render), nameArb.map(render)), twinArb, prefixArb);

describe('our Vietnamese order against Node’s ICU “vi” collator (fast-check)', () => {
  it('gives the same sign on random names of syllables with tones, capitals, numbers and spaces', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        expect(Math.sign(compareVietnameseLetters(a, b))).toBe(Math.sign(icu.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('sorts a random list of names exactly as compareVietnamese does with Node’s collator', () => {
    fc.assert(
      fc.property(fc.array(nameArb.map(render), { maxLength: 30 }), (names) => {
        chooseCollation(nodeHost);
        const byIntl = [...names].sort(compareVietnamese);
        chooseCollation('fallback');
        expect([...names].sort(compareVietnamese)).toEqual(byIntl);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees on every pair of the characters it knows: letters, digits, spaces, punctuation, invisibles', () => {
    const chars = [
      ...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyzAĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậñçöåøßæœłð0123456789',
      ...'\t\n\r \u00a0\u2003\u3000_-\u2010\u2011\u2013\u2014,;:!?.·\'‘’"“”«»()[]{}§@*/\\&#%‰•`^°©+±×<=>|~$₫€…',
      ...'\u00ad\u200b\u200d\ufeff\u0301\u0323',
    ];
    for (const a of chars)
      for (const b of chars) {
        const [x, y] = [`${a}m`, `${b}k`];
        if (Math.sign(compareVietnameseLetters(x, y)) !== Math.sign(icu.compare(x, y)))
          throw new Error(`${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
      }
  });
});
