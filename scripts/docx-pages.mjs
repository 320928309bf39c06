// The báo cáo's .docx as LibreOffice Writer prints it (issue 24), checked from the PDF: A4 portrait
// pages, the Decree 30 heading and the title on page 1, every part's heading, the signature block (or
// a draft's reason) on the last page before any annex, page numbers from page 2 in the top margin, a Times New
// Roman-compatible font, and the charts' pictures. Page 1 and the first page with a chart are drawn to
// PNG for a person to look at. Used by scripts/test-pages.mjs.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { lines, readPages } from './pdf-pages.mjs';

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const A4 = { width: 595.3, height: 841.9 };
/** The top margin (20 mm): a page number stands above it. */
const TOP_MARGIN = 56.7;

/** Text compared without its spaces: the PDF keeps glyphs, not where Writer broke the lines. */
const squash = (text) => text.normalize('NFC').replace(/\s+/g, '');

/**
 * Whether a line's words stand on a page in their order, other words between them allowed: the
 * heading's two columns interleave line by line, so a name broken over two lines in its column has the
 * other column's line between its halves.
 */
function hasLine(page, line) {
  const words = page.lines.flatMap((l) => l.words.map((w) => squash(w.text)));
  let at = 0;
  for (const word of line.split(/\s+/).map(squash).filter(Boolean)) {
    const found = words.indexOf(word, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/** The pictures of a PDF (pdfimages -list), without their soft masks: page and width in pixels. */
function pictures(pdf) {
  const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
  return list
    .split('\n')
    .slice(2)
    .map((row) => row.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}

/**
 * Checks one printed báo cáo. `expect` says what its pages must show: `lines` of the heading and
 * title (page 1), `parts` (the level-1 headings), `signature` lines (last page), `charts` (how many
 * pictures), `draft`. Returns the failures and the PNGs drawn.
 */
export function checkReportPdf(name, pdf, expect, pngDir) {
  const failures = [];
  const fail = (message) => failures.push(`${name}: ${message}`);
  const pages = readPages(pdf).map((page) => ({ ...page, lines: lines(page) }));
  const text = (page) => squash(page.lines.map((l) => l.text).join(' '));
  pages.forEach((page, p) => {
    if (Math.abs(page.width - A4.width) > 1 || Math.abs(page.height - A4.height) > 1)
      fail(`page ${p + 1} is ${page.width}×${page.height} pt, not A4 portrait`);
  });
  for (const line of [NATIONAL_NAME, MOTTO, ...expect.lines])
    if (!pages[0] || !hasLine(pages[0], line)) fail(`page 1 lacks “${line}”`);
  const all = pages.map(text).join('');
  let at = 0;
  for (const part of expect.parts) {
    const found = all.indexOf(squash(part), at);
    if (found < 0) fail(`no part heading “${part}” (in this order)`);
    else at = found;
  }
  // The signature closes the report; annexes (“PHỤ LỤC 1” atop a page of its own) follow it.
  const annex = pages.findIndex((page) =>
    page.lines.slice(0, 3).some((l) => /^PHỤ LỤC \d/.test(l.text.trim())),
  );
  const body = annex < 0 ? pages : pages.slice(0, annex);
  const last = body.length ? text(body.at(-1)) : '';
  const signature = expect.draft ? ['Dự thảo, chưa ký được'] : [...expect.signature, 'CHỦ TỊCH'];
  for (const line of signature) if (!last.includes(squash(line))) fail(`the last page lacks “${line}”`);
  if (expect.draft && all.includes(squash('Nơi nhận:'))) fail('a draft has a signature block');
  // Decree 30: no number on page 1; from page 2, its number in the top margin.
  pages.forEach((page, p) => {
    const numbered = page.lines.some((l) => l.y1 < TOP_MARGIN && l.text.trim() === String(p + 1));
    if (p === 0 && numbered) fail('page 1 has a page number');
    if (p > 0 && !numbered) fail(`page ${p + 1} has no page number in its top margin`);
  });
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  if (!/LiberationSerif|TimesNewRoman|Tinos/.test(fonts)) fail(`printed without Times New Roman:\n${fonts}`);
  const images = pictures(pdf);
  if (images.length !== expect.charts)
    fail(`${images.length} pictures in the PDF for ${expect.charts} charts`);
  for (const image of images)
    if (image.width < 1000) fail(`a chart on page ${image.page} is only ${image.width} pixels wide`);
  // Page 1 and a page with a chart (after page 1 where there is one), for a person to look at.
  const chartPage = (images.find((i) => i.page > 1) ?? images[0])?.page;
  const drawn = [];
  for (const page of [...new Set([1, ...(chartPage ? [chartPage] : [])])]) {
    const prefix = join(pngDir, `${name}-page-${page}`);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      '-f',
      String(page),
      '-l',
      String(page),
      pdf,
      prefix,
    ]);
    drawn.push(`${prefix}.png`);
  }
  return { failures, pages: pages.length, drawn };
}
