import { cellText, type Grid } from '../cells';

/**
 * A short hash of a tab's visible values, trailing blank rows and columns ignored, so the values
 * written and the values read back from either door hash alike. Stored beside a generated tab, it
 * tells whether someone edited the tab by hand since it was generated.
 */
export function fingerprint(grid: Grid): string {
  const text = grid.map((row) => row.map((cell) => cellText(cell)));
  let height = text.length;
  while (height > 0 && text[height - 1].every((c) => c === '')) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    for (let c = text[r].length; c > width; c--) if (text[r][c - 1] !== '') width = c;
  }
  let hash = 0x811c9dc5;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const cell = `${text[r][c] ?? ''}\u0001`;
      for (let i = 0; i < cell.length; i++) {
        hash ^= cell.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
    }
    hash ^= 0x0a;
  }
  return `${height}x${width}:${hash.toString(16).padStart(8, '0')}`;
}
