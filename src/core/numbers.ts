import type { CellValue } from './cells';

/** A whole number (0, 1, 2, …) typed as a number or as digits; null for anything else. */
export function toWholeNumber(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value)) return Number(value);
  return null;
}
