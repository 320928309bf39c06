import { vocabularyKey } from '../text';

/**
 * Names of the tabs the add-on generates. In Sheets a generated tab is recognised by developer
 * metadata (so a rename does not matter); an .xlsx file has no such metadata, so there the name is used.
 * Names are compared by their vocabulary key, where every dash is " - ".
 */
const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^loi ho so$/, () => 'issues'],
  [/^chi tieu (\d{4})$/, (m) => `quotas:${m[1]}`],
  [/^tong hop (\d{4})$/, (m) => `council:${m[1]}`],
  [/^thong ke (\d{4})$/, (m) => `statistics:${m[1]}`],
  [/^(so ket|tong ket) (\d{4}) - (\d{4})$/, (m) => `period:${m[2]}-${m[3]}`],
  [/^tuyen truyen (\d{4})$/, (m) => `propagation:${m[1]}`],
  [/^theo doi mo hinh (\d{4}) - (\d{4})$/, (m) => `models:${m[1]}-${m[2]}`],
];

export function generatedKeyForName(name: string): string | undefined {
  const key = vocabularyKey(name);
  for (const [pattern, toKey] of PATTERNS) {
    const m = pattern.exec(key);
    if (m) return toKey(m);
  }
  return undefined;
}
