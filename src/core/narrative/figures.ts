import { groupThousands } from '../numbers';

/**
 * Figures as a Vietnamese report writes them: dots between thousands (1.105), a decimal comma and a
 * no-break space before the per-cent sign (45,2 %), a share of a count as “19/34”.
 */

/** A whole count: 1105 → “1.105”. A count is whole; anything else is a bug in the caller. */
export function count(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`count() takes a whole number, got ${n}`);
  return n < 0 ? `-${groupThousands(-n)}` : groupThousands(n);
}

/** What `percent` writes for a share of nothing: a dash, as in the tables, never “0 %” or “NaN %”. */
export const NO_SHARE = '–';

/**
 * `part` of `whole` as a percentage with one decimal: percent(452, 1000) → “45,2 %”, 1 of 3 → “33,3 %”,
 * a whole number keeps its “,0” (“100,0 %”) so the figures of one text line up alike. Halves round up.
 * A whole of 0 has no share: the result is NO_SHARE, and the composer should say so in words instead
 * (“chưa có đơn vị nào được giao chỉ tiêu”) rather than print a figure.
 */
export function percent(part: number, whole: number): string {
  if (whole === 0 || !Number.isFinite(part) || !Number.isFinite(whole)) return NO_SHARE;
  // Tenths of a per cent as a whole number, rounded once, so 0,05 steps never drift (1/8 → 12,5 %).
  const tenths = Math.round((part * 1000) / whole);
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  // A no-break space: the per-cent sign never starts a line of its own.
  return `${sign}${groupThousands(Math.floor(abs / 10))},${abs % 10}\u00a0%`;
}

/** A count out of a count: ratio(19, 34) → “19/34”, each side grouped (“1.105/1.200”). */
export function ratio(part: number, whole: number): string {
  return `${count(part)}/${count(whole)}`;
}
