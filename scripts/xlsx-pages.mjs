// What a written .xlsx says about its printed pages, sheet by sheet: each row's height, text and whether
// it belongs to a table (bordered), the print titles and the manual page breaks. exceljs does not read
// page breaks back, so those come from the sheet's XML, read from the zip with node:zlib.
// Used by scripts/test-pages.mjs.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

/** The files of a zip archive, by name (stored or deflated, as .xlsx writers make them). */
function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    files.set(name, () => (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extra;
  }
  return files;
}

/** The manual page breaks of each sheet, by name: the rows that start a new page. */
function pageBreaks(file) {
  const files = unzip(readFileSync(file));
  const workbook = files.get('xl/workbook.xml')();
  const rels = files.get('xl/_rels/workbook.xml.rels')();
  const target = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const breaks = new Map();
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const xml = files.get(`xl/${target.get(id).replace(/^\/?xl\//, '')}`)();
    const rowBreaks = /<rowBreaks[\s\S]*?<\/rowBreaks>/.exec(xml)?.[0] ?? '';
    const decoded = name
      .replace(/&amp;/g, '&')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"');
    breaks.set(
      decoded,
      [...rowBreaks.matchAll(/<brk [^>]*id="(\d+)"/g)].map((m) => Number(m[1]) + 1),
    );
  }
  return breaks;
}

const textOf = (value) => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
};

/**
 * Each sheet of an .xlsx as printed: rows (1-based) with height in points, the texts of their cells,
 * whether they are bordered (a table's row) and bold-centred (column headings); the print titles; the
 * first row of each page after the first.
 */
export async function readSheets(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const breaks = pageBreaks(file);
  return workbook.worksheets.map((sheet) => {
    const rows = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const first = row.getCell(1);
      const texts = [];
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged range's text is its first cell's.
        if (cell.isMerged && cell.master !== cell) return;
        const text = textOf(cell.value);
        if (text !== '') texts.push(text);
      });
      const bordered = first.border?.left?.style === 'thin' && first.border?.top?.style === 'thin';
      rows.push({
        row: r,
        height: row.height ?? 15,
        texts,
        bordered,
        heading: bordered && first.font?.bold === true && first.alignment?.horizontal === 'center',
      });
    }
    const titles = /^(\d+):(\d+)$/.exec(sheet.pageSetup.printTitlesRow ?? '');
    return {
      name: sheet.name,
      rows,
      titles: titles ? { from: Number(titles[1]), to: Number(titles[2]) } : null,
      breaks: breaks.get(sheet.name) ?? [],
      widths: sheet.columns.map((c) => c.width ?? 9),
    };
  });
}
