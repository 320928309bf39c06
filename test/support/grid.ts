import { cellText, type Grid } from '../../src/core/cells';

/** Values as text, padded to a rectangle, trailing blank rows and columns dropped: what both doors must agree on. */
export function visible(grid: Grid): string[][] {
  const text = grid.map((row) => row.map((c) => cellText(c)));
  while (text.length && text[text.length - 1].every((c) => c === '')) text.pop();
  const width = Math.max(0, ...text.map((r) => r.reduce((w, c, i) => (c !== '' ? i + 1 : w), 0)));
  return text.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}
