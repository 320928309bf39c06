// Tests on rendered pages (issue 21): writes the demo's council documents (`consolidate --year 2024`
// and the period `report`), prints them to PDF with LibreOffice, and checks from the PDF's text and
// positions (pdftotext -bbox) and from the written file:
//   - LibreOffice breaks pages exactly where the file does (every row fits as measured) and prints
//     every character of every cell (a row too short for its text loses the lines it cuts);
//   - each document's pages are within 15 % of the fewest its measured row heights allow;
//   - nine pages in ten, a document's last aside, are filled to at least 80 % of the printable height;
//   - every page a table continues on starts with that table's column headings;
//   - no page holds the signature without two rows of a table (the last rows, or a row and the total).
// Then the báo cáo's .docx (issue 24), printed by LibreOffice Writer: see scripts/docx-pages.mjs.
// Needs LibreOffice (Calc and Writer), poppler-utils and a Times New Roman-compatible font (Liberation Serif);
// not part of `npm test`. Usage: npm run test:pages
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkReportPdf } from './docx-pages.mjs';
import { documents, readPages } from './pdf-pages.mjs';
import { readSheets } from './xlsx-pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** A4 landscape less the .xlsx door's margins (0.75 in top and bottom), in points. */
const PRINTABLE = 595.3 - 108;
const TOP = 54;
const FULL = 0.8;
const SLACK = 1.15;

const office = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
for (const [tool, found] of [
  ['LibreOffice (soffice)', office],
  ['pdftotext', spawnSync('which', ['pdftotext']).status === 0],
]) {
  if (!found) {
    process.stderr.write(
      `${tool} is needed: apt-get install libreoffice-calc libreoffice-writer-nogui poppler-utils fonts-liberation2 fonts-crosextra-carlito\n`,
    );
    process.exit(2);
  }
}

const out = mkdtempSync(join(tmpdir(), 'pages-'));
const cli = (...args) => {
  const run = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { encoding: 'utf8' });
  // Exit 1 is a draft (the plan has errors): still written.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args[0]} failed: ${run.stderr}`);
};
const demo = join(root, 'examples/demo.xlsx');
const files = {
  'tong-hop': ['consolidate', demo, '--year', '2024', '--only-council'],
  'bao-cao': ['report', demo, '--only-council'],
};
for (const [name, args] of Object.entries(files)) cli(...args, '--out', join(out, `${name}.xlsx`));
/**
 * Prints files to PDF beside them with LibreOffice: a profile of its own, so a LibreOffice already open
 * on this machine neither blocks nor changes the run.
 */
function printToPdf(paths) {
  execFileSync(
    office,
    [
      `-env:UserInstallation=${pathToFileURL(join(out, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      ...paths,
    ],
    { stdio: 'ignore' },
  );
}
printToPdf(Object.keys(files).map((f) => join(out, `${f}.xlsx`)));

const failures = [];
const fail = (doc, message) => failures.push(`${doc}: ${message}`);
const report = [];
const characters = (texts) => {
  const counts = new Map();
  for (const text of texts)
    for (const ch of text.normalize('NFC').replace(/\s/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
};

for (const name of Object.keys(files)) {
  const pdf = join(out, `${name}.pdf`);
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  if (!/LiberationSerif|TimesNewRoman|Tinos/.test(fonts))
    fail(name, `printed without a Times New Roman-compatible font:\n${fonts}`);
  const sheets = await readSheets(join(out, `${name}.xlsx`));
  const docs = documents(readPages(pdf));
  if (docs.length !== sheets.length) {
    fail(name, `${docs.length} documents in the PDF for ${sheets.length} tabs`);
    continue;
  }
  sheets.forEach((sheet, i) => {
    const pages = docs[i];
    const doc = sheet.name;
    for (const page of pages)
      if (Math.abs(page.width - 841.9) > 1 || Math.abs(page.height - 595.3) > 1)
        fail(doc, `a page of ${page.width}×${page.height} pt, not A4 landscape`);
    // The rows of each page, as the file breaks them.
    const starts = [1, ...sheet.breaks];
    const onPage = starts.map((from, p) =>
      sheet.rows.filter((r) => r.row >= from && r.row < (starts[p + 1] ?? Infinity)),
    );
    if (pages.length !== onPage.length)
      fail(doc, `LibreOffice printed ${pages.length} pages where the file breaks into ${onPage.length}`);

    const titles = sheet.titles
      ? sheet.rows.filter((r) => r.row >= sheet.titles.from && r.row <= sheet.titles.to)
      : [];
    const titleHeight = titles.reduce((sum, r) => sum + r.height, 0);
    const used = onPage.map(
      (rows, p) =>
        rows.reduce((sum, r) => sum + r.height, 0) +
        (p > 0 && sheet.titles && rows[0]?.row > sheet.titles.to ? titleHeight : 0),
    );
    for (const [p, height] of used.entries())
      if (height > PRINTABLE + 0.5)
        fail(doc, `page ${p + 1} holds ${height.toFixed(1)} pt of rows, more than the page`);

    // Fewest pages: all the rows' heights, end to end, on pages of the printable height.
    const total = sheet.rows.reduce((sum, r) => sum + r.height, 0);
    const fewest = Math.ceil(total / PRINTABLE);
    if (pages.length > Math.ceil(fewest * SLACK))
      fail(
        doc,
        `${pages.length} pages where the rows' heights allow ${fewest} (at most ${Math.ceil(fewest * SLACK)})`,
      );

    const fills = used.map((h) => h / PRINTABLE);
    const beforeLast = fills.slice(0, -1);
    const thin = beforeLast.filter((f) => f < FULL).length;
    if (thin > Math.floor(beforeLast.length / 10))
      fail(doc, `${thin} of ${beforeLast.length} pages before the last are less than ${FULL * 100} % full`);

    // Column headings at the top of every page a table continues on.
    const tableOf = (row) => {
      let first = null;
      for (const r of sheet.rows) {
        if (!r.bordered) first = null;
        else first ??= r;
        if (r.row === row.row) return r.bordered ? first : null;
      }
      return null;
    };
    onPage.forEach((rows, p) => {
      if (p === 0 || rows.length === 0) return;
      const table = tableOf(rows[0]);
      if (!table || rows[0].heading) return;
      const headed = sheet.titles && sheet.titles.from === table.row;
      if (!headed)
        fail(doc, `page ${p + 1} continues the table of row ${table.row} without its column headings`);
      // And in print: the page's first line is the headings' first line.
      const first = pages[p]?.lines[0]?.text ?? '';
      const expected = table.texts[0]?.split(/\s+/)[0] ?? '';
      if (!first.startsWith(expected))
        fail(doc, `page ${p + 1} starts with “${first.slice(0, 40)}”, not the column headings “${expected}”`);
    });

    // No page with the signature alone, nor with a table's total alone: two rows of a table with it.
    pages.forEach((page, p) => {
      if (!page.lines.some((l) => l.text.includes('CHỦ TỊCH'))) return;
      if ((onPage[p] ?? []).filter((r) => r.bordered && !r.heading).length < 2)
        fail(doc, `page ${p + 1} holds the signature without two rows of a table`);
    });

    // Every line of text lies inside its row: the rows stand where their heights put them, from the top
    // margin down, and a word's em box (1.107 em of Liberation Serif; pdftotext's box is 1.3 em) ends
    // above its row's bottom. A row too short for its text fails here even where the cut line still shows.
    onPage.forEach((rows, p) => {
      const page = pages[p];
      if (!page) return;
      const repeated = p > 0 && sheet.titles && rows[0]?.row > sheet.titles.to ? titles : [];
      let y = TOP;
      const bands = [...repeated, ...rows].map((r) => ({ row: r.row, top: y, bottom: (y += r.height) }));
      for (const word of page.words) {
        if (word.y0 > TOP + PRINTABLE) continue; // the footer
        const band = bands.find((b) => word.y0 + 0.5 >= b.top && word.y0 + 0.5 < b.bottom);
        const size = (word.y1 - word.y0) / 1.3;
        if (!band) fail(doc, `page ${p + 1}: “${word.text}” at ${word.y0.toFixed(1)} pt lies in no row`);
        else if (word.y0 + 1.107 * size > band.bottom + 1)
          fail(
            doc,
            `page ${p + 1}: “${word.text}” runs below row ${band.row} (${(word.y0 + 1.107 * size - band.bottom).toFixed(1)} pt)`,
          );
      }
    });

    // Every character of every cell is printed (LibreOffice leaves out the lines a row is too short for).
    const printed = characters(pages.flatMap((page) => page.lines.map((l) => l.text)));
    const written = characters(sheet.rows.flatMap((r) => r.texts));
    const missing = [...written].filter(([ch, n]) => (printed.get(ch) ?? 0) < n);
    if (missing.length)
      fail(
        doc,
        `characters written but not printed: ${missing.map(([ch, n]) => `${ch}×${n - (printed.get(ch) ?? 0)}`).join(' ')}`,
      );

    report.push(
      `${doc.padEnd(30)} ${String(pages.length).padStart(3)} pages (fewest ${fewest}); full: ${fills
        .map((f) => Math.round(f * 100))
        .join(' ')}`,
    );
  });
}

// The báo cáo as a .docx: the hand-built sample (every kind of block, places to fill, both charts) and
// its draft, written by the .docx writer and printed by LibreOffice Writer. Page 1 and a chart's page
// are kept as PNGs in test-output/ to look at.
// Built by `node scripts/build.mjs pages` (the npm script runs it first).
const sampleWriter = join(root, 'dist/pages/write-sample-docx.js');
const reports = { 'bao-cao-mau': '', 'bao-cao-du-thao': 'draft' };
const expected = {};
for (const [name, kind] of Object.entries(reports))
  expected[name] = JSON.parse(
    execFileSync(process.execPath, [sampleWriter, join(out, `${name}.docx`), kind], { encoding: 'utf8' }),
  );
// And the báo cáo `report --docx` composes from the demo and from the commune's workbook: the five
// parts in order, both charts, the signature (or, for a plan with errors, the draft's reason).
const PARTS = [
  'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI',
  'II. KẾT QUẢ THỰC HIỆN',
  'III. ĐÁNH GIÁ CHUNG',
  'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ',
  'V. KIẾN NGHỊ, ĐỀ XUẤT',
];
for (const [name, workbook] of [
  ['bao-cao-demo', demo],
  ['bao-cao-xa-hoa-son', join(root, 'examples/xa-hoa-son.xlsx')],
]) {
  const docx = join(out, `${name}.docx`);
  const run = spawnSync(
    process.execPath,
    [join(root, 'dist/cli/main.js'), 'report', workbook, '--docx', docx],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`report --docx failed: ${run.stderr}`);
  reports[name] = 'report';
  expected[name] = {
    lines: ['BÁO CÁO'],
    parts: PARTS,
    signature: ['Nơi nhận:'],
    charts: 2,
    draft: run.status === 1,
  };
}
printToPdf(Object.keys(reports).map((r) => join(out, `${r}.docx`)));
const pngDir = join(root, 'test-output');
mkdirSync(pngDir, { recursive: true });
for (const name of Object.keys(reports)) {
  const pdf = join(out, `${name}.pdf`);
  if (!existsSync(pdf)) {
    fail(
      name,
      'LibreOffice did not print the .docx (is Writer installed? apt-get install libreoffice-writer-nogui)',
    );
    continue;
  }
  const checked = checkReportPdf(name, pdf, expected[name], pngDir);
  failures.push(...checked.failures);
  report.push(
    `${name.padEnd(30)} ${String(checked.pages).padStart(3)} pages; to look at: ${checked.drawn.join(', ')}`,
  );
}

process.stdout.write(`${report.join('\n')}\n`);
if (failures.length) {
  process.stderr.write(`\n${failures.length} failure(s):\n${failures.map((f) => `  ✗ ${f}`).join('\n')}\n`);
  process.stderr.write(`Files kept in ${out}\n`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
process.stdout.write('✓ rendered pages: all checks passed\n');
