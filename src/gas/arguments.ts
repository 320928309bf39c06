/**
 * Every server function the sidebar calls checks its arguments: google.script.run will pass
 * whatever a page (or anyone with the page's console) sends.
 */
export function text_(value: unknown, what: string, maxLength = 200): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > maxLength) {
    throw new Error(`Tham số không hợp lệ: ${what}.`);
  }
  return value;
}

export function positiveInteger_(value: unknown, what: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`Tham số không hợp lệ: ${what}.`);
  }
  return value;
}

export function textList_(value: unknown, what: string, maxItems = 200): string[] {
  if (!Array.isArray(value) || value.length > maxItems) throw new Error(`Tham số không hợp lệ: ${what}.`);
  return value.map((item) => text_(item, what, 50));
}
