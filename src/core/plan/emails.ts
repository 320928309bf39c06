/** Email addresses written in one cell, separated by commas, semicolons or spaces. */
export function parseEmails(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    if (part === '') continue;
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(part)) emails.push(part.toLowerCase());
    else invalid.push(part);
  }
  return { emails, invalid };
}
