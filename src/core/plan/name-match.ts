import { looseKey, nameKey } from '../text';

/**
 * How what a clerk typed was matched to one of the plan's names (README › "One rule for identity"):
 * - `same`: equal under sameKey (case, spaces, Unicode form, dashes, quotes forgiven);
 * - `understood`: the same words once a known prefix or abbreviation is read, in any order, or a
 *   whole-word part of exactly one name (or holding it): counted as the plan's name, silently;
 * - `spelling`: equal only once tone marks and đ are ignored: taken, with a warning quoting the
 *   right spelling, because `Hùng ≠ Hưng` and only the user can confirm it;
 * - `ambiguous`: several names fit at the first level that found any: the user must choose;
 * - `none`: nothing fits.
 */
export type NameMatch<T> =
  | { kind: 'same' | 'understood' | 'spelling'; value: T }
  | { kind: 'ambiguous'; values: T[] }
  | { kind: 'none' };

export interface NameEntry<T> {
  value: T;
  /** Codes match as written (under sameKey) or, as a spelling guess, without marks; never in part. */
  codes: readonly string[];
  /** The name and the council's other names for it (`Tên khác`). */
  names: readonly string[];
}

/** What a list forgives beyond sameKey, by the kind of name it holds. */
export interface NameRules {
  /** Words that only say what kind of thing follows ("Lĩnh vực", "Khâu"): dropped before comparing. */
  generic?: readonly string[];
  /**
   * Words that say which kind of place or body a name is ("Phường", "Xã", "Thôn"): a name is
   * understood without them, but one written with them names only a unit of that kind, so
   * "Phường Mỹ Phước" is never "Trường THCS Mỹ Phước".
   */
  kinds?: readonly string[];
  /** Short forms read as their words ("TP" → "thành phố"); keys in sameKey form. */
  abbreviations?: Readonly<Record<string, string>>;
  /** Whether a whole-word part of one name (or a text holding one) is understood as it. */
  parts?: boolean;
}

/** Administrative prefixes a unit is named with or without (Phường Cẩm Châu, Cẩm Châu). */
export const UNIT_PREFIXES = [
  'phường',
  'xã',
  'thị trấn',
  'thị xã',
  'thành phố',
  'đặc khu',
  'quận',
  'huyện',
  'tỉnh',
  'thôn',
  'bản',
  'ấp',
  'làng',
  'buôn',
  'khối phố',
  'khu phố',
  'tổ dân phố',
] as const;

/** Abbreviations of Vietnamese public bodies, as the plan's lists and clerks write them. */
export const UNIT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  p: 'phường',
  tp: 'thành phố',
  tx: 'thị xã',
  tt: 'thị trấn',
  kp: 'khu phố',
  tdp: 'tổ dân phố',
  ubnd: 'ủy ban nhân dân',
  hđnd: 'hội đồng nhân dân',
  ubmttq: 'ủy ban mặt trận tổ quốc',
  ubmt: 'ủy ban mặt trận tổ quốc',
  mttq: 'mặt trận tổ quốc',
  lhpn: 'liên hiệp phụ nữ',
  hlhpn: 'hội liên hiệp phụ nữ',
  ccb: 'cựu chiến binh',
  hccb: 'hội cựu chiến binh',
  hnd: 'hội nông dân',
  đtn: 'đoàn thanh niên',
  đtncs: 'đoàn thanh niên cộng sản',
  tncs: 'thanh niên cộng sản',
  hcm: 'hồ chí minh',
  ca: 'công an',
  bchqs: 'ban chỉ huy quân sự',
  qs: 'quân sự',
  thcs: 'trung học cơ sở',
  thpt: 'trung học phổ thông',
  mn: 'mầm non',
  ttyt: 'trung tâm y tế',
  tyt: 'trạm y tế',
  vn: 'việt nam',
  gd: 'giáo dục',
  đt: 'đào tạo',
  gdđt: 'giáo dục đào tạo',
  yt: 'y tế',
  lđtbxh: 'lao động thương binh xã hội',
  nn: 'nông nghiệp',
  ptnt: 'phát triển nông thôn',
  tnmt: 'tài nguyên môi trường',
  khcn: 'khoa học công nghệ',
  vhttdl: 'văn hóa thể thao du lịch',
};

/** Words a unit's name may have or not without naming another unit ("Sở Giáo dục và Đào tạo"). */
export const UNIT_FILLER = ['và'] as const;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** A key's words; sameKey has already put tones at each word's end. */
function words(key: string): string[] {
  return key.match(WORD) ?? [];
}

interface Prepared<T> {
  value: T;
  same: string[];
  codes: string[];
  loose: string[];
  /** The names' content words (abbreviations read, generic words and kinds dropped), one set per name. */
  cores: Set<string>[];
  looseCores: Set<string>[];
  /** The kinds its names are written with (phường, xã…). */
  kinds: Set<string>;
}

/** A text read for comparison: its content words and the kinds it was written with. */
interface Reading {
  core: string[];
  kinds: string[];
}

/** The names of one list (units, fields, stages…) and the reading of a clerk's text against them. */
export class NameIndex<T> {
  private readonly entries: Prepared<T>[];
  /** Generic words and kinds, each as its words, longest first. */
  private readonly dropped: { words: string[]; kind: boolean }[];
  private readonly droppedKeys: string[];
  private readonly found = new Map<string, NameMatch<T>>();

  constructor(
    entries: readonly NameEntry<T>[],
    private readonly rules: NameRules = {},
  ) {
    this.droppedKeys = [...(rules.generic ?? []), ...(rules.kinds ?? [])].map(nameKey);
    this.dropped = [
      ...(rules.generic ?? []).map((g) => ({ words: words(nameKey(g)), kind: false })),
      ...(rules.kinds ?? []).map((k) => ({ words: words(nameKey(k)), kind: true })),
    ].sort((a, b) => b.words.length - a.words.length);
    this.entries = entries.map((e) => {
      const read = e.names.map((n) => this.read(nameKey(n)));
      const cores = read.map((r) => new Set(r.core)).filter((c) => c.size > 0);
      return {
        value: e.value,
        same: [...e.codes, ...e.names].map(nameKey).filter(Boolean),
        codes: e.codes.map(nameKey).filter(Boolean),
        loose: [...e.codes, ...e.names].map(looseKey).filter(Boolean),
        cores,
        looseCores: cores.map((c) => new Set([...c].map(looseKey))),
        kinds: new Set(read.flatMap((r) => r.kinds)),
      };
    });
  }

  /** The match for a text, remembered: the same few names are typed on row after row. */
  find(text: string): NameMatch<T> {
    let match = this.found.get(text);
    if (!match) {
      if (this.found.size >= 5_000) this.found.clear();
      match = this.match(text);
      this.found.set(text, match);
    }
    return match;
  }

  private match(text: string): NameMatch<T> {
    const same = nameKey(text);
    if (!same) return { kind: 'none' };
    const typed = this.read(same);
    const core = new Set(typed.core);
    const sameKind = (e: Prepared<T>) => typed.kinds.every((k) => e.kinds.has(k));
    // A text with a comma may be a list ("Trường học, Chợ, phố"): it names no one thing it holds.
    const holds = !/[,;]/.test(same);
    // "Lĩnh vực a", "Xã NM": a code after a word that only says what kind of thing it is.
    const dropped = this.droppedKeys.find((g) => same.startsWith(`${g} `));
    const code = dropped ? same.slice(dropped.length + 1) : null;
    const levels: ['same' | 'understood' | 'spelling', (e: Prepared<T>) => boolean][] = [
      ['same', (e) => e.same.includes(same) || (code !== null && e.codes.includes(code))],
    ];
    if (core.size > 0) {
      levels.push(['understood', (e) => sameKind(e) && e.cores.some((c) => sameSet(c, core))]);
      if (this.rules.parts)
        levels.push([
          'understood',
          (e) =>
            sameKind(e) &&
            e.cores.some(
              (c) => isPart(core, c) || (holds && c.size > 1 && isPart(c, core) && !renamesIt(core, c)),
            ),
        ]);
    }
    const loose = looseKey(text);
    const looseCore = new Set([...core].map(looseKey));
    levels.push([
      'spelling',
      (e) =>
        e.loose.includes(loose) ||
        (looseCore.size > 0 && sameKind(e) && e.looseCores.some((c) => sameSet(c, looseCore))),
    ]);
    for (const [kind, fits] of levels) {
      const values = unique(this.entries.filter(fits).map((e) => e.value));
      if (values.length === 1) return { kind, value: values[0] };
      if (values.length > 1) return { kind: 'ambiguous', values };
    }
    // Only a kind ("Phường"): it names no unit, but the units of that kind are the ones to choose from.
    const ofKind = core.size === 0 && typed.kinds.length > 0 ? this.entries.filter(sameKind) : [];
    return ofKind.length > 0
      ? { kind: 'ambiguous', values: unique(ofKind.map((e) => e.value)) }
      : { kind: 'none' };
  }

  /** A name's content words (abbreviations read, generic words and kinds dropped), and its kinds. */
  private read(key: string): Reading {
    const abbreviations = this.rules.abbreviations ?? {};
    const expanded = words(key).flatMap((w) => (abbreviations[w] ? words(nameKey(abbreviations[w])) : [w]));
    const reading: Reading = { core: [], kinds: [] };
    for (let i = 0; i < expanded.length; i++) {
      const drop = this.dropped.find((d) => d.words.every((w, j) => expanded[i + j] === w));
      if (!drop) reading.core.push(expanded[i]);
      else {
        if (drop.kind) reading.kinds.push(drop.words.join(' '));
        i += drop.words.length - 1;
      }
    }
    return reading;
  }
}

/**
 * A whole-word part of a name ("Nhân rộng" of "Giới thiệu – nhân rộng"), long enough to mean
 * something: "a" or "T" never stands for a name.
 */
function isPart(part: Set<string>, whole: Set<string>): boolean {
  return part.size < whole.size && [...part].join('').length >= 3 && isSubset(part, whole);
}

/** Words that make a longer name another one than the name it holds: "Thôn Đồng Tâm cũ" is gone. */
const OTHER_TIME = ['cũ', 'mới', 'trước', 'sau'].map(nameKey);

function renamesIt(typed: Set<string>, name: Set<string>): boolean {
  return OTHER_TIME.some((w) => typed.has(w) && !name.has(w));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && isSubset(a, b);
}

function isSubset(part: Set<string>, whole: Set<string>): boolean {
  for (const w of part) if (!whole.has(w)) return false;
  return true;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
