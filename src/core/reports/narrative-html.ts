import { fillText } from '../narrative/fill-text';
import type { Block, NarrativeReport, Run } from '../narrative/model';
import {
  annexOf,
  isFigureText,
  MOTTO,
  NATIONAL_NAME,
  OFFICE_COPY,
  placeAndDate,
  SIGNATURE_RIGHT_MM,
  signatureOnSize,
  tableCellText,
} from '../narrative/shared-text';
import { DRAFT_COLOR, DRAFT_MARK, draftSignatureLine } from './draft';
import { escapeHtml } from './html-escape';
import { chartSvg } from './svg-chart';

/**
 * The báo cáo in the print view: the same text the .docx holds, laid out as Decree 30 lays out an
 * administrative document — A4 portrait (a named page, while the tables' documents stay landscape),
 * margins 20/20/30/15 mm, Times New Roman 14 pt, the two-column heading, justified paragraphs with
 * the first line indented, the signature block. Every text is escaped: nothing from the workbook is
 * markup. A place to fill by hand is a yellow `<mark>`, so it shows on screen and on paper.
 */
export const NARRATIVE_CSS = `
@page narrative { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
.narrative { page: narrative; font-size: 14pt; line-height: 1.3; }
.narrative p { margin: 0; }
.narrative .nv-heading { width: 100%; border-collapse: collapse; table-layout: fixed; break-inside: avoid; }
.narrative .nv-heading td { vertical-align: top; text-align: center; padding: 0; font-size: 13pt; line-height: 1.2; }
.narrative .nv-heading td.left { width: 45%; padding-right: 2mm; }
.narrative .nv-heading .small { font-size: 12pt; }
.narrative .nv-heading .number td { padding-top: 3pt; }
.narrative .nv-rule { margin: 1pt auto 0; border-top: 0.75pt solid #000; height: 0; }
.narrative .nv-title { margin: 18pt 0 0; font-size: 14pt; font-weight: bold; text-align: center; break-after: avoid; }
.narrative .nv-subtitle { font-weight: bold; text-align: center; break-after: avoid; }
.narrative .nv-annex { break-before: page; }
.narrative .nv-annex .nv-title { margin: 0; }
.narrative .nv-annex-of { font-style: italic; text-align: center; margin: 0 0 8pt; break-after: avoid; }
.narrative .nv-title-rule { width: 35%; margin: 2pt auto 12pt; }
.narrative .nv-body, .narrative .nv-item, .narrative .nv-h1, .narrative .nv-h2 {
  text-align: justify; text-indent: 12.7mm; margin: 0 0 6pt; }
.narrative .nv-h1, .narrative .nv-h2 { font-weight: bold; break-after: avoid; }
.narrative .nv-h1 { margin-top: 6pt; text-transform: uppercase; }
.narrative mark.fill { background: #ffff00; color: inherit; }
/* Columns as wide as their text asks (the page's tables are fixed by the sheets' widths; these have none). */
.narrative .nv-table { width: 100%; table-layout: auto; border-collapse: collapse; margin: 0 0 6pt; font-size: 13pt; line-height: 1.2; }
.narrative .nv-table td.figure, .narrative .nv-table th { white-space: nowrap; }
/* A short table moves whole to the next page, and the sentence introducing a table goes with it (as in the .docx). */
.narrative .nv-table.whole { break-inside: avoid; }
.narrative p:has(+ .nv-table) { break-after: avoid; }
.narrative .nv-table th, .narrative .nv-table td { border: 0.75pt solid #000; padding: 1pt 2mm; }
.narrative .nv-table th { font-weight: bold; text-align: center; }
.narrative .nv-table td.figure { text-align: center; }
.narrative .nv-table tr.total td { font-weight: bold; }
.narrative .nv-table thead { display: table-header-group; }
.narrative .nv-table tr { break-inside: avoid; }
.narrative .nv-chart { margin: 2mm auto 4mm; width: 150mm; break-inside: avoid; }
.narrative .nv-signature { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 12pt; break-inside: avoid; }
.narrative .nv-signature td { vertical-align: top; padding: 0; line-height: 1.2; }
.narrative .nv-signature td.left { font-size: 11pt; }
.narrative .nv-signature td.right { width: ${SIGNATURE_RIGHT_MM}mm; }
.narrative .nv-signature td.right { text-align: center; font-weight: bold; }
.narrative .nv-signature .to { font-size: 12pt; font-weight: bold; font-style: italic; }
.narrative .nv-signature .room { height: 28mm; }
.narrative .nv-draft { background: ${DRAFT_COLOR}; font-weight: bold; }
.narrative .nv-draft-line { margin-top: 12pt; }
@media screen { .document.narrative { max-width: 210mm; padding: 20mm 15mm 20mm 30mm; } }
`;

/** Rows of a table short enough to keep on one page, as the .docx and the sheets' documents do. */
const SHORT_TABLE = 12;

/** A place to fill by hand, highlighted. */
const fill = (text: string) => `<mark class="fill">${escapeHtml(fillText(text))}</mark>`;

function run(r: Run): string {
  let html = r.fill ? fill(r.text) : escapeHtml(r.text);
  if (r.italic) html = `<i>${html}</i>`;
  if (r.bold) html = `<b>${html}</b>`;
  return html;
}

const runs = (list: Run[]) => list.map(run).join('');

function table(block: Extract<Block, { kind: 'table' }>): string {
  const head = block.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = block.rows.map((row, r) => {
    const total = block.totalRow === true && r === block.rows.length - 1;
    const cells = block.headers.map((_, c) => {
      const text = tableCellText(row[c] ?? '');
      return `<td${isFigureText(text) ? ' class="figure"' : ''}>${escapeHtml(text)}</td>`;
    });
    return `<tr${total ? ' class="total"' : ''}>${cells.join('')}</tr>`;
  });
  const whole = block.rows.length <= SHORT_TABLE ? ' whole' : '';
  return `<table class="nv-table${whole}"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function block(b: Block, id: string): string {
  switch (b.kind) {
    case 'heading':
      return `<p class="nv-h${b.level}">${escapeHtml(b.text)}</p>`;
    case 'paragraph':
      return `<p class="nv-body">${runs(b.runs)}</p>`;
    case 'list':
      // Administrative texts list with a dash, as the .docx does: the dash is text, not a bullet.
      return b.items.map((item) => `<p class="nv-item">- ${runs(item)}</p>`).join('');
    case 'table':
      return table(b);
    case 'chart':
      return `<figure class="nv-chart">${chartSvg(b.chart, id)}</figure>`;
  }
}

/** Decree 30's two-column heading; a draft has its mark, bold on a red ground, where the number is. */
function heading(report: NarrativeReport): string {
  const number = report.draft
    ? `<span class="nv-draft">${escapeHtml(DRAFT_MARK)}</span>`
    : escapeHtml(report.number);
  return (
    '<table class="nv-heading"><tbody><tr>' +
    `<td class="left"><div class="small">${escapeHtml(report.organization.toUpperCase())}</div>` +
    `<div><b>${escapeHtml(report.council.toUpperCase())}</b></div><div class="nv-rule" style="width:35%"></div></td>` +
    `<td><div class="small"><b>${escapeHtml(NATIONAL_NAME)}</b></div><div><b>${escapeHtml(MOTTO)}</b></div>` +
    '<div class="nv-rule" style="width:62%"></div></td></tr>' +
    `<tr class="number"><td class="left">${number}</td><td><i>${escapeHtml(placeAndDate(report.place))}</i></td></tr>` +
    '</tbody></table>' +
    `<p class="nv-title">${escapeHtml(report.title)}</p><p class="nv-subtitle">${escapeHtml(report.subtitle)}</p>` +
    '<div class="nv-rule nv-title-rule"></div>'
  );
}

/** Nơi nhận and the signature; a draft has instead a line on a red ground saying why it cannot be signed. */
function signature(report: NarrativeReport): string {
  if (report.draft)
    return `<p class="nv-draft-line"><span class="nv-draft">${escapeHtml(draftSignatureLine(report.draft))}</span></p>`;
  const to = [
    '<div class="to">Nơi nhận:</div>',
    ...report.recipients.map((r) => `<div>${escapeHtml(`- ${r};`)}</div>`),
    `<div>${escapeHtml(OFFICE_COPY)}${fill('')}.</div>`,
  ].join('');
  const { on, role, signer } = report.signature;
  const name = signer.trim() ? escapeHtml(signer) : fill('');
  return (
    `<table class="nv-signature"><tbody><tr><td class="left">${to}</td>` +
    `<td class="right"><div style="font-size:${signatureOnSize(on)}pt">${escapeHtml(on.toUpperCase())}</div><div>${escapeHtml(role.toUpperCase())}</div>` +
    `<div class="room"></div><div>${name}</div></td></tr></tbody></table>`
  );
}

/**
 * The report as one `<section>` of the print view, named `name` in its list of documents. `index`
 * tells apart the hatch patterns of the charts of several documents on one page.
 */
export function narrativeSection(report: NarrativeReport, name: string, index: number): string {
  const body = report.blocks.map((b, i) => block(b, `n${index}c${i}`)).join('');
  const annexes = report.annexes
    .map(
      (annex, a) =>
        `<div class="nv-annex"><p class="nv-title">${escapeHtml(`PHỤ LỤC ${a + 1}`)}</p>` +
        `<p class="nv-title">${escapeHtml(annex.title)}</p><p class="nv-annex-of">${escapeHtml(annexOf(report))}</p>` +
        annex.blocks.map((b, i) => block(b, `n${index}a${a}c${i}`)).join('') +
        '</div>',
    )
    .join('');
  return (
    `<section class="document narrative" data-tab="${escapeHtml(name)}">` +
    `${heading(report)}${body}${signature(report)}${annexes}</section>`
  );
}
