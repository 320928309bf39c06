/**
 * The print view in Chromium: the demo's council documents of 2024 (`consolidate --html`) and its final
 * review (`report --html`), printed to PDF as a person would (A4 landscape, the page's own @page size),
 * and read back page by page: the letterhead once per document, each document from a new page, the
 * column headings at the top of every page a table continues on, no page holding only the signature,
 * page numbers from the second page on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { pdfPageTexts } from '../support/pdf-text';
import { cli, tempDir } from '../support/run-cli';

const ROOT = join(__dirname, '..', '..');
const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const OUTPUT = join(ROOT, 'test-output');
const LETTERHEAD = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TITLES = [
  'KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2024',
  'DANH SÁCH MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2024',
  'THỐNG KÊ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2024',
  'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC CÔNG NHẬN NĂM 2024',
];

/** Text compared without its spaces: the PDF keeps glyphs, not how lines were broken. */
const squash = (text: string) => text.replace(/\s+/g, '');

function printView(command: string[]): string {
  const file = join(tempDir(), 'ban-in.html');
  const run = cli([...command, '--html', file]);
  if (run.code !== 0) throw new Error(`${command.join(' ')}: exit ${run.code}\n${run.stderr}`);
  return file;
}

async function printed(page: Page): Promise<{ pdf: Buffer; pages: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return { pdf, pages: pdfPageTexts(pdf).map(squash) };
}

/** The pages of each document: a document starts on the page that holds a letterhead. */
function documents(pages: string[]): string[][] {
  const out: string[][] = [];
  for (const text of pages) {
    if (text.includes(squash(LETTERHEAD)) || out.length === 0) out.push([]);
    out[out.length - 1].push(text);
  }
  return out;
}

/** The printed number of a document's page (the pages are numbered straight through the print). */
function pageNumber(docs: string[][], doc: number, page: number): number {
  return docs.slice(0, doc).reduce((n, d) => n + d.length, 0) + page + 1;
}

/** Each document's table headings, as its `<thead>`s say them. */
async function headings(page: Page): Promise<string[][]> {
  return page.$$eval('section.document', (sections) =>
    sections.map((s) => Array.from(s.querySelectorAll('thead')).map((t) => t.textContent ?? '')),
  );
}

/** Each document's section titles: the rows kept with the table under them (“2. Theo khâu”). */
async function sectionTitles(page: Page): Promise<string[][]> {
  return page.$$eval('section.document', (sections) =>
    sections.map((s) =>
      Array.from(s.querySelectorAll('table.free.keep-next tr:last-child')).map((t) => t.textContent ?? ''),
    ),
  );
}

let browser: Browser;
let council: string;
let review: string;

beforeAll(async () => {
  council = printView(['consolidate', DEMO, '--year', '2024']);
  review = printView(['report', DEMO]);
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(file: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 850 } });
  await page.goto(`file://${file}`);
  return page;
}

describe('the print view printed by Chromium', () => {
  it('prints the demo’s four documents of 2024, each from a new page with its letterhead once, on a plausible number of A4 landscape pages', async () => {
    const page = await open(council);
    try {
      mkdirSync(OUTPUT, { recursive: true });
      await page.screenshot({ path: join(OUTPUT, 'print-view.png') });
      const { pdf, pages } = await printed(page);
      writeFileSync(join(OUTPUT, 'print-view.pdf'), pdf);
      // Every page object of the file, and the text reader found the same pages.
      const pageObjects = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
      expect(pages).toHaveLength(pageObjects.length);
      const docs = documents(pages);
      expect(docs).toHaveLength(4);
      docs.forEach((doc, i) => {
        expect(doc[0]).toContain(squash(TITLES[i]));
        expect(doc[0].split(squash(LETTERHEAD))).toHaveLength(2);
        for (const later of doc.slice(1)) expect(later).not.toContain(squash(LETTERHEAD));
      });
      // 214 valid rows of 2024 and 34 quota holders: more than one page for the list, far fewer than a page a row.
      expect(docs[1].length).toBeGreaterThan(3);
      expect(pages.length).toBeLessThan(120);
      // The sheet's A4 landscape: 297 × 210 mm is 841.9 × 595.3 pt.
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      expect(Number(box?.[1])).toBeCloseTo(841.9, 0);
      expect(Number(box?.[2])).toBeCloseTo(595.3, 0);
    } finally {
      await page.close();
    }
  });

  it('starts every page a table continues on with that table’s column headings, and never leaves the signature alone', async () => {
    const page = await open(council);
    try {
      const heads = (await headings(page)).map((list) => list.map(squash));
      const titles = (await sectionTitles(page)).map((list) => list.map(squash).filter(Boolean));
      const docs = documents((await printed(page)).pages);
      docs.forEach((doc, d) => {
        doc.slice(1).forEach((text, p) => {
          // After the page number: a table's headings, or a section's title and then its table's headings.
          const body = text.replace(/^\d+/, (n) => n.slice(String(pageNumber(docs, d, p + 1)).length));
          const title = titles[d].find((t) => body.startsWith(t)) ?? '';
          if (!heads[d].some((h) => body.slice(title.length).startsWith(h)))
            throw new Error(`document ${d + 1}, page ${p + 2} starts with: ${body.slice(0, 80)}`);
        });
        for (const text of doc.filter((t) => t.includes('CHỦTỊCH')))
          expect(heads[d].some((h) => text.includes(h))).toBe(true);
      });
      // The long list: its headings on each of its pages.
      const listHead = heads[1][0];
      expect(docs[1].every((text) => text.includes(listHead))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('numbers the pages in the top margin from the second page on, and a document printed alone from 1', async () => {
    const page = await open(council);
    try {
      const all = (await printed(page)).pages;
      expect(all[0]).not.toMatch(/^\d/);
      expect(all[1]).toMatch(/^2\D/);
      expect(all[all.length - 1].startsWith(String(all.length))).toBe(true);
      await page.selectOption('#only', { label: 'Tổng hợp 2024' });
      const alone = documents((await printed(page)).pages);
      expect(alone).toHaveLength(1);
      expect(alone[0][0]).toContain(squash(TITLES[1]));
      expect(alone[0][0]).not.toMatch(/^\d/);
      expect(alone[0][1]).toMatch(/^2\D/);
    } finally {
      await page.close();
    }
  });

  it('prints with the browser’s own print when the button is pressed, and hides the button on paper', async () => {
    const page = await open(council);
    try {
      await page.evaluate(() => {
        (window as unknown as { print: () => void }).print = () => {
          (window as unknown as { __printed: boolean }).__printed = true;
        };
      });
      await page.click('#print-button');
      expect(await page.evaluate(() => (window as unknown as { __printed?: boolean }).__printed)).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.toolbar').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it.each([
    ['prints inside Apps Script’s dialog sandbox, which has allow-modals', true],
    ['would be refused by a sandbox without allow-modals (the control)', false],
  ])('%s', async (_, modals) => {
    // The keywords Apps Script's IFRAME sandbox sets (HTML Service: Restrictions), with or without allow-modals.
    const flags = [
      'allow-same-origin',
      'allow-forms',
      'allow-scripts',
      'allow-popups',
      'allow-downloads',
      ...(modals ? ['allow-modals'] : []),
      'allow-popups-to-escape-sandbox',
    ].join(' ');
    const wrapper = join(dirname(council), 'dialog.html');
    writeFileSync(
      wrapper,
      `<!doctype html><iframe id="dialog" sandbox="${flags}" src="ban-in.html" style="width:1100px;height:700px"></iframe>`,
    );
    const page = await browser.newPage();
    try {
      const messages: string[] = [];
      page.on('console', (m) => messages.push(m.text()));
      await page.goto(`file://${wrapper}`);
      await page.frameLocator('#dialog').locator('#print-button').waitFor();
      const frame = page.frames()[1];
      await frame.evaluate(() =>
        window.addEventListener('beforeprint', () => {
          (window as unknown as { __printing: boolean }).__printing = true;
        }),
      );
      await page.frameLocator('#dialog').locator('#print-button').click();
      await page.waitForTimeout(300);
      const printing = await frame.evaluate(() => (window as unknown as { __printing?: boolean }).__printing);
      expect(printing === true).toBe(modals);
      expect(messages.some((m) => m.includes("Ignored call to 'print()'"))).toBe(!modals);
    } finally {
      await page.close();
    }
  });

  it('draws the final review’s two charts under its letterhead on its first page', async () => {
    const page = await open(review);
    try {
      // The report's own two, then the same two again in the draft báo cáo after it.
      const sizes = await page.$$eval('svg.chart', (svgs) =>
        svgs.map((s) => [s.getBoundingClientRect().width, s.getBoundingClientRect().height]),
      );
      expect(sizes).toHaveLength(4);
      expect(await page.$$eval('.nv-chart svg.chart', (svgs) => svgs.length)).toBe(2);
      for (const [w, h] of sizes) expect(w * h).toBeGreaterThan(200 * 100);
      await page.locator('.charts').screenshot({ path: join(OUTPUT, 'print-view-charts.png') });
      const [first] = (await printed(page)).pages;
      expect(first).toContain(squash('BÁO CÁO TỔNG KẾT'));
      expect(first).toContain(squash('Đề cử hợp lệ so với chỉ tiêu, theo năm'));
      expect(first).toContain(squash('Mô hình theo khâu đạt được, theo năm'));
      expect(first).toContain(squash('1. Đơn vị được giao chỉ tiêu: số đề cử hợp lệ / chỉ tiêu'));
    } finally {
      await page.close();
    }
  });
});
