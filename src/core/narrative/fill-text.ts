/**
 * The words a place to fill by hand (a run with `fill`) shows, in both doors: its text in brackets, or
 * “[…]” when it has none; a text already in brackets is kept as it is. Each door also highlights it.
 */
export function fillText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '[…]';
  return /^\[[^]*\]$/.test(trimmed) ? trimmed : `[${trimmed}]`;
}
