import type { CellValue } from './cells';

/** A whole number (0, 1, 2, …) typed as a number or as digits; null for anything else. */
export function toWholeNumber(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value)) return Number(value);
  return null;
}

/** A count written the Vietnamese way, with dots between thousands: 12.345. */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
