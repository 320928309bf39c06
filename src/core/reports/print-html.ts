import { cellText } from '../cells';
import type { Area, CellStyle, GeneratedTab } from '../port';
import { LETTERHEAD_ROWS } from './document';
import { DRAFT_COLOR } from './draft';
import { escapeHtml } from './html-escape';
import type { NarrativeReport } from '../narrative/model';
import { NARRATIVE_CSS, narrativeSection } from './narrative-html';
import { chartSvg, type Chart } from './svg-chart';

/**
 * The print view: the council's documents as one HTML page laid out for paper with CSS for paged
 * media, drawn from the same description both doors draw (`GeneratedTab` and its `DocumentLayout`).
 * The browser paginates it: A4 landscape, each document from a new page, its letterhead once, each
 * table a real `<table>` whose `<thead>` the browser repeats on every page, rows never split, a
 * heading kept with its first rows, the last rows with the total and the signature, page numbers in
 * the top margin (Decree 30/2020/NĐ-CP). Every cell's text is escaped: nothing from a cell is markup.
 */
export interface PrintDocument {
  tab: GeneratedTab;
  /** Pictures drawn under the document's letterhead (the period report's). */
  charts?: Chart[];
}

/** A written report (báo cáo) among the documents: drawn A4 portrait from its text (narrative-html.ts). */
export interface NarrativeDocument {
  narrative: NarrativeReport;
  /** Its name in the view's list of documents. */
  name: string;
}

export type PrintPart = PrintDocument | NarrativeDocument;

/** The name a document goes by in the view's list: its tab's, or the report's own. */
export function documentName(part: PrintPart): string {
  return 'narrative' in part ? part.name : part.tab.name;
}

const FONT_STACK = "'Times New Roman', Tinos, 'Liberation Serif', serif";
/** Sheets' pixels are 96 to the inch, points 72. */
const PT_PER_PX = 0.75;

const CSS = `
@page { size: A4 landscape; margin: 18mm 14mm 14mm 20mm;
  @top-center { content: counter(page); font-family: ${FONT_STACK}; font-size: 13pt; } }
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${FONT_STACK}; color: #000; }
.document { break-before: page; }
.document:first-of-type { break-before: auto; }
.document[hidden] { display: none; }
table { border-collapse: collapse; table-layout: fixed; margin: 0; }
td, th { white-space: pre-wrap; overflow-wrap: anywhere; font-weight: normal; text-align: left; }
.free { width: 100%; break-inside: avoid; }
.free > tbody > tr > td { padding: 0.5pt 3pt; vertical-align: top; }
.free > tbody > tr > td.rule { padding: 0; vertical-align: top; }
.free > tbody > tr > td.rule > div { margin: 0 auto; border-top: 0.75pt solid #000; }
/* A grid's column widths are hints: a column is never narrower than its longest word ("STT" stays whole). */
.grid { table-layout: auto; }
.grid > * > tr > td, .grid > * > tr > th { border: 0.75pt solid #000; padding: 1pt 3pt; vertical-align: middle; overflow-wrap: break-word; }
.grid thead { display: table-header-group; }
.grid tbody.tail, .grid.whole { break-inside: avoid; }
.grid > tbody > tr.after > td { border: none; padding: 0; }
.grid > tbody > tr.span > td { border-left-style: none; border-right-style: none; }
.grid > tbody > tr.span > td:first-child { border-left-style: solid; }
.grid > tbody > tr.span > td:last-child { border-right-style: solid; }
tr { break-inside: avoid; }
tr.keep { break-after: avoid; }
.keep-next { break-after: avoid; }
.keep-prev { break-before: avoid; }
.draft { border: 1.5pt solid #000 !important; }
.charts { display: flex; gap: 8mm; margin: 2mm 0 4mm; break-inside: avoid; break-after: avoid; }
.charts figure { flex: 1; margin: 0; }
.chart { width: 100%; height: auto; display: block; }
.toolbar { position: sticky; top: 0; z-index: 1; display: flex; gap: 12px; align-items: center;
  padding: 8px 12px; background: #f1f3f4; border-bottom: 1px solid #dadce0;
  font: 14px/1.4 Arial, 'Liberation Sans', sans-serif; }
.toolbar button { font: inherit; font-weight: bold; padding: 6px 16px; cursor: pointer; }
@media screen {
  body { background: #e8eaed; }
  .document { background: #fff; max-width: 297mm; margin: 12px auto; padding: 18mm 14mm 14mm 20mm;
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.3); }
}
@media print { .toolbar { display: none; } }
`;

const within = (a: Area, row: number, column?: number) =>
  row >= a.row &&
  row < a.row + a.rows &&
  (column === undefined || (column >= a.column && column < a.column + a.columns));

const SAFE_COLOR = /^#[0-9a-f]{6}$/i;

/**
 * The heading's two short rules (Decree 30): under the council's name, a third to a half of its line;
 * under the motto, as long as the motto (about 62 mm in 13 pt bold).
 */
const RULE_LEFT = '9em';
const RULE_RIGHT = '13.5em';

/** Rows of a table short enough to keep on one page rather than leave a row or two on the next. */
const SHORT_TABLE = 12;

/** One cell's look as an inline style: only numbers and the layout's own words, never a cell's text. */
function styleOf(style: CellStyle | null | undefined, background: string | undefined): string {
  const parts: string[] = [];
  if (style?.bold) parts.push('font-weight:bold');
  if (style?.italic) parts.push('font-style:italic');
  if (typeof style?.size === 'number' && Number.isFinite(style.size)) parts.push(`font-size:${style.size}pt`);
  if (style?.align === 'center' || style?.align === 'right') parts.push(`text-align:${style.align}`);
  if (background && SAFE_COLOR.test(background)) parts.push(`background:${background}`);
  return parts.length ? ` style="${parts.join(';')}"` : '';
}

/** Draws one document: its rows in order, as layout rows (letterhead, headings, signature) and tables. */
class DocumentHtml {
  private readonly width: number;
  private readonly widths: number[];
  private readonly total: number;
  private readonly colors = new Map<string, string>();
  private readonly keepAfter = new Set<number>();
  private readonly heights = new Map<number, number>();

  constructor(private readonly tab: GeneratedTab) {
    const values = tab.values;
    this.width = values.reduce((w, r) => Math.max(w, r.length), 0);
    const given = tab.format.columnWidths ?? [];
    this.widths = Array.from({ length: this.width }, (_, i) => given[i] ?? 100);
    this.total = this.widths.reduce((a, b) => a + b, 0) || 1;
    for (const h of tab.highlights ?? [])
      for (let r = h.row; r < h.row + h.rows; r++)
        for (let c = h.column; c < h.column + h.columns; c++) this.colors.set(`${r},${c}`, h.color);
    const layout = tab.layout;
    for (const k of layout?.keepTogether ?? []) {
      for (let r = k.from; r < k.to; r++) this.keepAfter.add(r);
      // A run that leaves its table (the total and the signature) takes the row before it along too,
      // so the signature's page always has rows of the table on it.
      const table = layout?.tables.find((t) => within(t, k.from));
      if (table && k.from > table.row + 1 && k.to >= table.row + table.rows) this.keepAfter.add(k.from - 1);
    }
    for (const h of layout?.rowHeights ?? []) this.heights.set(h.row, h.pixels);
  }

  private text(row: number, column: number): string {
    return cellText(this.tab.values[row - 1]?.[column - 1] ?? '');
  }

  private style(row: number, column: number): CellStyle | null {
    return this.tab.layout?.styles[row - 1]?.[column - 1] ?? null;
  }

  private cell(tag: 'td' | 'th', row: number, column: number, span: number, classes: string[] = []): string {
    const color = this.colors.get(`${row},${column}`);
    const all = [...classes, ...(color === DRAFT_COLOR ? ['draft'] : [])];
    return (
      `<${tag}${span > 1 ? ` colspan="${span}"` : ''}${all.length ? ` class="${all.join(' ')}"` : ''}` +
      `${styleOf(this.style(row, column), color)}>${escapeHtml(this.text(row, column))}</${tag}>`
    );
  }

  private mergeAt(row: number, column: number): Area | undefined {
    return (this.tab.merges ?? []).find((m) => within(m, row, column));
  }

  private rowOpen(row: number, classes: string[] = []): string {
    const all = [...classes, ...(this.keepAfter.has(row) ? ['keep'] : [])];
    const pixels = this.heights.get(row);
    return (
      `<tr${all.length ? ` class="${all.join(' ')}"` : ''}` +
      `${pixels === undefined ? '' : ` style="height:${pixels * PT_PER_PX}pt"`}>`
    );
  }

  /** The cells of one row from `first` to `last`, merges and over-running headings as spans. */
  private cells(tag: 'td' | 'th', row: number, first: number, last: number): string {
    const out: string[] = [];
    const rules = (this.tab.layout?.rules ?? [])
      .filter((r) => r.row === row)
      .sort((a, b) => a.column - b.column);
    for (let c = first; c <= last;) {
      // A short rule centred under its half of the heading (the line above, merged across the half).
      const ruled = rules.findIndex((r) => (this.mergeAt(row - 1, r.column) ?? r).column === c);
      if (ruled >= 0) {
        const half = this.mergeAt(row - 1, rules[ruled].column) ?? rules[ruled];
        const span = Math.min(half.columns, last - c + 1);
        out.push(
          `<td${span > 1 ? ` colspan="${span}"` : ''} class="rule"><div style="width:${ruled === 0 ? RULE_LEFT : RULE_RIGHT}"></div></td>`,
        );
        c += span;
        continue;
      }
      const merge = this.mergeAt(row, c);
      if (merge && (merge.row !== row || merge.column !== c)) {
        c++;
        continue;
      }
      let span = merge ? Math.min(merge.columns, last - c + 1) : 1;
      // A heading that does not wrap runs over the empty cells to its right, as on the sheet.
      if (!merge && this.style(row, c)?.wrap === false && this.text(row, c) !== '')
        while (c + span <= last && this.text(row, c + span) === '' && !this.mergeAt(row, c + span)) span++;
      out.push(this.cell(tag, row, c, span));
      c += span;
    }
    return out.join('');
  }

  private colgroup(first: number, last: number): string {
    const widths = this.widths.slice(first - 1, last);
    const sum = widths.reduce((a, b) => a + b, 0) || 1;
    return `<colgroup>${widths.map((w) => `<col style="width:${((100 * w) / sum).toFixed(3)}%">`).join('')}</colgroup>`;
  }

  /** Rows outside any table: the letterhead, headings, notes and the signature, on the page's grid. */
  private free(from: number, to: number, nested?: { share: number }): string {
    const classes = ['free'];
    if (!nested && this.keepAfter.has(to)) classes.push('keep-next');
    if (!nested && this.keepAfter.has(from - 1)) classes.push('keep-prev');
    const rows: string[] = [];
    for (let r = from; r <= to; r++)
      rows.push(`${this.rowOpen(r)}${this.cells('td', r, 1, this.width)}</tr>`);
    // Inside a table narrower than the page, the rows still span the page's width, as on the sheet.
    const width =
      nested && nested.share < 100 ? ` style="width:${((100 * 100) / nested.share).toFixed(3)}%"` : '';
    return `<table class="${classes.join(' ')}"${width}>${this.colgroup(1, this.width)}<tbody>${rows.join('')}</tbody></table>`;
  }

  /**
   * A bordered table: its first row the `<thead>` the browser repeats on every page. When the rows after
   * it (the total line and the signature) must stay with its last rows, they go in with those rows as
   * one last `<tbody>` that no page break splits: a table's last rows cannot be kept with what follows
   * the table, but a table section can be kept whole. Returns the last row drawn.
   */
  private table(area: Area): { html: string; through: number } {
    const first = area.column;
    const last = area.column + area.columns - 1;
    const end = area.row + area.rows - 1;
    const share = (100 * this.widths.slice(first - 1, last).reduce((a, b) => a + b, 0)) / this.total;
    const spanning = this.tab.layout?.spanningRows ?? [];
    const tail = (this.tab.layout?.keepTogether ?? []).find(
      (k) => k.from > area.row && k.from <= end && k.to > end,
    );
    // The row before the run goes with it, so the signature's page always has rows of the table.
    const tailFrom = tail ? Math.max(area.row + 1, tail.from - 1) : end + 1;
    const row = (r: number) => {
      // A heading across the table (a field's): no inner lines, its text running over the empty cells.
      const span = spanning.some((s) => within(s, r));
      return `${this.rowOpen(r, span ? ['span'] : [])}${this.cells('td', r, first, last)}</tr>`;
    };
    const body: string[] = [];
    for (let r = area.row + 1; r < tailFrom; r++) body.push(row(r));
    let kept = '';
    if (tail) {
      const rows: string[] = [];
      for (let r = tailFrom; r <= end; r++) rows.push(row(r));
      rows.push(
        `<tr class="after"><td colspan="${area.columns}">${this.free(end + 1, tail.to, { share })}</td></tr>`,
      );
      kept = `<tbody class="tail">${rows.join('')}</tbody>`;
    }
    const classes = [
      'grid',
      ...(this.keepAfter.has(area.row - 1) ? ['keep-prev'] : []),
      // A short table is not split: it moves whole to the next page (with the heading kept with it).
      ...(area.rows - 1 <= SHORT_TABLE ? ['whole'] : []),
    ];
    return {
      html:
        `<table class="${classes.join(' ')}" style="width:${share.toFixed(3)}%">${this.colgroup(first, last)}` +
        `<thead><tr>${this.cells('th', area.row, first, last)}</tr></thead>` +
        `${body.length ? `<tbody>${body.join('')}</tbody>` : ''}${kept}</table>`,
      through: tail ? tail.to : end,
    };
  }

  /** The document's rows in order, with the charts (if any) under the letterhead. */
  render(charts: Chart[], index: number): string {
    const rows = this.tab.values.length;
    const tables = [...(this.tab.layout?.tables ?? [])].sort((a, b) => a.row - b.row);
    const parts: string[] = [];
    let row = 1;
    const freeUpTo = (to: number) => {
      if (charts.length && row <= LETTERHEAD_ROWS && to > LETTERHEAD_ROWS) {
        parts.push(this.free(row, LETTERHEAD_ROWS), chartBlock(charts, index));
        row = LETTERHEAD_ROWS + 1;
      }
      if (to >= row) parts.push(this.free(row, to));
      row = to + 1;
    };
    for (const table of tables) {
      if (table.row < row) continue;
      freeUpTo(table.row - 1);
      const { html, through } = this.table(table);
      parts.push(html);
      row = through + 1;
    }
    freeUpTo(rows);
    const size = this.tab.layout?.font.size ?? 13;
    return (
      `<section class="document" data-tab="${escapeHtml(this.tab.name)}" style="font-size:${size}pt">` +
      `${parts.join('')}</section>`
    );
  }
}

function chartBlock(charts: Chart[], index: number): string {
  return `<div class="charts">${charts
    .map((chart, i) => `<figure>${chartSvg(chart, `d${index}c${i}`)}</figure>`)
    .join('')}</div>`;
}

/**
 * The bar above the documents, on screen only: the print button, and a choice of one document, so a
 * document printed alone has its own page numbers from 1 (Chromium numbers the pages of the whole
 * print and has no per-document page groups). The script holds no data: the choices are escaped
 * `<option>`s and the script only shows or hides sections by their position.
 */
function toolbar(names: string[], portrait: boolean): string {
  const options = names.map((n, i) => `<option value="${i}">${escapeHtml(n)}</option>`).join('');
  return (
    '<div class="toolbar"><button type="button" id="print-button">In / Lưu PDF</button>' +
    `<label>In <select id="only"><option value="">tất cả văn bản</option>${options}</select></label>` +
    `<span>Khổ A4 ngang${portrait ? ' (báo cáo: A4 đứng)' : ''}, tỉ lệ 100 %. Để lưu tệp PDF, chọn máy in “Lưu dưới dạng PDF”.</span></div>` +
    '<script>(function () {' +
    "var only = document.getElementById('only');" +
    "document.getElementById('print-button').addEventListener('click', function () { window.print(); });" +
    "only.addEventListener('change', function () {" +
    "var sections = document.querySelectorAll('section.document');" +
    "for (var i = 0; i < sections.length; i++) sections[i].hidden = only.value !== '' && String(i) !== only.value;" +
    '});' +
    '})();</script>'
  );
}

/** The whole print view: one HTML page holding every document, each from a new page. */
export function printHtml(title: string, documents: PrintPart[]): string {
  const body = documents
    .map((d, i) =>
      'narrative' in d
        ? narrativeSection(d.narrative, d.name, i)
        : new DocumentHtml(d.tab).render(d.charts ?? [], i),
    )
    .join('\n');
  const narrative = documents.some((d) => 'narrative' in d);
  return (
    '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(title)}</title><style>${CSS}${narrative ? NARRATIVE_CSS : ''}</style></head>` +
    `<body>${toolbar(documents.map(documentName), narrative)}\n${body}\n</body></html>\n`
  );
}
