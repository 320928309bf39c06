/**
 * Splits a cell that lists names ("Giáo dục; Y tế", "Tập thể, Cá nhân") when the names themselves may
 * hold commas ("Thôn, bản", "Hội, đoàn thể"). `;` and line breaks always separate; within a part, the
 * longest run of comma-separated pieces that is a known name wins, so a known name is never cut.
 */
export function splitNames<T>(
  value: string,
  find: (name: string) => T | undefined,
): { found: T[]; unknown: string[] } {
  const found: T[] = [];
  const unknown: string[] = [];
  for (const part of splitOnSeparators(value)) {
    const pieces = part.split(',').map((p) => p.trim());
    let unmatched: string[] = [];
    const flush = () => {
      if (unmatched.length > 0) unknown.push(unmatched.join(', '));
      unmatched = [];
    };
    for (let start = 0; start < pieces.length;) {
      let end = pieces.length;
      let match: T | undefined;
      for (; end > start; end--) {
        match = find(pieces.slice(start, end).join(', '));
        if (match !== undefined) break;
      }
      if (match !== undefined) {
        flush();
        if (!found.includes(match)) found.push(match);
        start = end;
      } else {
        // Unmatched neighbours stay together: "Thôn, bản" is reported as one unknown name.
        if (pieces[start] !== '') unmatched.push(pieces[start]);
        start += 1;
      }
    }
    flush();
  }
  return { found, unknown };
}

/** Splits on `;` and line breaks only: for lists of free names (profiles) with no catalogue to match. */
export function splitOnSeparators(value: string): string[] {
  return value
    .split(/[;\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
