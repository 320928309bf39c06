/**
 * The báo cáo in the print view, printed by Chromium as a person would: A4 portrait pages (its own named
 * @page, whatever the tables' documents use), the Decree 30 heading and title on page 1, the parts in
 * order, the signature on the last page, the page number from page 2 in the top margin.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { printHtml } from '../../src/core/reports/print-html';
import { launchChromium } from '../support/browser';
import { sampleNarrative } from '../support/narrative-sample';
import { pdfPageTexts } from '../support/pdf-text';
import { tempDir } from '../support/run-cli';

const OUTPUT = join(__dirname, '..', '..', 'test-output');
const squash = (text: string) => text.replace(/\s+/g, '');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

it('prints the báo cáo on A4 portrait pages with its heading, parts, places to fill and signature', async () => {
  const file = join(tempDir(), 'bao-cao.html');
  writeFileSync(file, printHtml('Bản in', [{ narrative: sampleNarrative(), name: 'Báo cáo sơ kết' }]));
  const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  try {
    await page.goto(`file://${file}`);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'bao-cao-print-view.png'), fullPage: false });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(OUTPUT, 'bao-cao-print-view.pdf'), pdf);
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) {
      expect(Number(box[1])).toBeCloseTo(595.3, 0);
      expect(Number(box[2])).toBeCloseTo(841.9, 0);
    }
    const pages = pdfPageTexts(pdf).map(squash);
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN HUYỆN BA BỂ',
      'BÁO CÁO',
      '[Việc ban hành kế hoạch, hướng dẫn, tuyên truyền]',
    ])
      expect(pages[0]).toContain(squash(line));
    const all = pages.join('');
    let at = 0;
    for (const part of ['I. CÔNG TÁC', 'II. KẾT QUẢ', 'III. ĐÁNH GIÁ', 'IV. PHƯƠNG HƯỚNG', 'V. KIẾN NGHỊ']) {
      const found = all.indexOf(squash(part), at);
      expect(found).toBeGreaterThanOrEqual(at);
      at = found;
    }
    const last = pages[pages.length - 1];
    for (const line of ['Nơi nhận:', 'CHỦ TỊCH', 'Hoàng Văn Chính']) expect(last).toContain(squash(line));
    expect(pages[0].startsWith('1')).toBe(false);
    pages.slice(1).forEach((text, i) => expect(text.startsWith(String(i + 2))).toBe(true));
  } finally {
    await page.close();
  }
});
