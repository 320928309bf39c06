/**
 * Tab names as Sheets treats them: two names that differ only in case are the same name (Sheets
 * refuses the second), and a name holds at most 100 characters. Every door and job picks new names here.
 */
export const TAB_NAME_LIMIT = 100;

/** The form under which Sheets compares two tab names. */
export function tabNameKey(name: string): string {
  return name.toLowerCase();
}

/**
 * `name`, or `name (2)`, `name (3)`… : the first that no taken name equals, ignoring case, cut so that
 * it fits in a tab name.
 */
export function freeTabName(taken: Iterable<string>, name: string): string {
  const keys = new Set<string>();
  for (const t of taken) keys.add(tabNameKey(t));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = name.slice(0, TAB_NAME_LIMIT - suffix.length).trimEnd() + suffix;
    if (!keys.has(tabNameKey(candidate))) return candidate;
  }
}
