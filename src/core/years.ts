/** Reads a range of years typed as "2021-2022", "2021 – 2022" or a single "2023"; null if it is not one. */
export function parseYearRange(text: string): { from: number; to: number } | null {
  const m = /^\s*(\d{4})\s*(?:[-–—]|đến|den)?\s*(\d{4})?\s*$/i.exec(text);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return from <= to ? { from, to } : null;
}
