import type { Unit } from './types';

/** The unit without a parent above `code` (itself when it has none); cycles stop where they loop. */
export function topUnit(code: string, units: Map<string, Unit>): string {
  const seen = new Set<string>();
  let current = code;
  for (
    let u = units.get(code);
    u?.parent && units.has(u.parent) && !seen.has(u.code);
    u = units.get(u.parent)
  ) {
    seen.add(u.code);
    current = u.parent;
  }
  return current;
}
