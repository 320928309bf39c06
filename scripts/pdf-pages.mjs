// Reads a PDF that LibreOffice printed from a workbook into its pages and words (pdftotext -bbox), and
// splits the pages into the workbook's documents at each letterhead (LibreOffice numbers the pages of
// a whole workbook on, so the footer's “Trang P/N” does not restart per tab as Excel's does).
// Used by scripts/test-pages.mjs.
import { execFileSync } from 'node:child_process';

const decode = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The pages of a PDF: size in points and each word with its box (y from the top). */
export function readPages(pdf) {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const pages = [];
  for (const page of html.split('<page ').slice(1)) {
    const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words = [
      ...page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: decode(m[5]) }));
    pages.push({ width: +width, height: +height, words });
  }
  return pages;
}

/** Lines of a page: words whose tops are within a point of each other, left to right, top to bottom. */
export function lines(page) {
  const sorted = [...page.words].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const out = [];
  for (const word of sorted) {
    const line = out.at(-1);
    if (line && Math.abs(line.y0 - word.y0) < 1) line.words.push(word);
    else out.push({ y0: word.y0, words: [word] });
  }
  for (const line of out) {
    line.words.sort((a, b) => a.x0 - b.x0);
    line.text = line.words.map((w) => w.text).join(' ');
    line.y1 = Math.max(...line.words.map((w) => w.y1));
  }
  return out;
}

/** The footer's “Trang P/N” of a page, or null. */
export function footer(page) {
  const all = lines(page);
  for (const line of all.reverse()) {
    const m = /Trang (\d+)\/(\d+)/.exec(line.text);
    if (m) return { page: +m[1], of: +m[2], y0: line.y0 };
  }
  return null;
}

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

/** The pages grouped by document, in the workbook's order of tabs: each starts with a letterhead. */
export function documents(pages) {
  const docs = [];
  for (const page of pages) {
    const all = lines(page);
    const letterhead = all.slice(0, 3).some((l) => l.text.includes(NATIONAL_NAME));
    if (letterhead || docs.length === 0) docs.push([]);
    docs.at(-1).push({ ...page, lines: all, footer: footer(page) });
  }
  return docs;
}
