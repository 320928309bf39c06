/** How much of a terminal line a text takes, and how to cut it to fit: one measure for the runner. */

/** Display width in a terminal: combining marks take no column, whatever the text's Unicode form. */
export function displayWidth(text: string): number {
  return text.normalize('NFC').replace(/[\u0300-\u036f]/g, '').length;
}

/** A text cut to a width, with “…” where it was cut. */
export function cutTo(text: string, columns: number): string {
  const nfc = text.normalize('NFC');
  return displayWidth(nfc) <= columns ? nfc : `${[...nfc].slice(0, Math.max(0, columns - 1)).join('')}…`;
}
