import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block } from '../../core/narrative/model';
import { isFigureText, tableCellText as cellText } from '../../core/narrative/shared-text';
import { halfPoints, SIZE, TEXT_WIDTH, textTwips } from './page';

type TableBlock = Extract<Block, { kind: 'table' }>;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
/** Rows of a table short enough to keep on one page (the print view's rule too). */
const SHORT_TABLE = 12;
/** A cell's padding left and right, in twips (2 mm). */
const PADDING = 113;

/**
 * The columns' widths: each at least as wide as its longest word (a year, “Cộng”, “1.109” never breaks),
 * the room left shared in proportion to how much more each column's longest line asks (the names), so
 * a column of unit names gets the room and a column of counts stays narrow.
 */
function columnWidths(block: TableBlock): number[] {
  const measure = (text: string, bold: boolean) => textTwips(text, SIZE.table, bold) + 2 * PADDING + 20;
  const columns = block.headers.map((header, c) => {
    const cells = [
      { text: header, bold: true },
      ...block.rows.map((row) => ({ text: cellText(row[c] ?? ''), bold: true })),
    ];
    const least = cells.reduce(
      (m, cell) => cell.text.split(/\s+/).reduce((w, word) => Math.max(w, measure(word, cell.bold)), m),
      0,
    );
    const most = cells.reduce((m, cell) => Math.max(m, measure(cell.text, cell.bold)), 0);
    return { least, most: Math.min(Math.max(most, least), TEXT_WIDTH) };
  });
  const least = columns.reduce((a, c) => a + c.least, 0);
  const most = columns.reduce((a, c) => a + c.most, 0);
  // Everything fits on one line: the spare width goes to each column in proportion to its text.
  if (most <= TEXT_WIDTH) return columns.map((c) => Math.floor((c.most * TEXT_WIDTH) / most));
  // Words that do not fit even alone: shrink them all alike (the words then break, as they must).
  if (least >= TEXT_WIDTH) return columns.map((c) => Math.floor((c.least * TEXT_WIDTH) / least));
  const share = (TEXT_WIDTH - least) / (most - least);
  return columns.map((c) => Math.floor(c.least + (c.most - c.least) * share));
}

function tableCell(
  text: string,
  width: number,
  bold: boolean,
  centred: boolean,
  keepNext = false,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: PADDING, right: PADDING, top: 20, bottom: 20 },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
        keepNext,
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text, bold, size: halfPoints(SIZE.table) })],
      }),
    ],
  });
}

/**
 * A table of figures with borders: the column headings bold and centred, repeated on each page it runs
 * on; rows never split across pages; the total row (the last, when the model says so) bold.
 */
export function figureTable(block: TableBlock): Table {
  const widths = columnWidths(block);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.headers.map((h, c) => tableCell(h, widths[c], true, true, true)),
  });
  // Rows kept with the next: all of a short table (it moves whole to the next page rather than leave a
  // row or two behind, as the sheets' documents do), else the headings with the first rows and the row
  // before the last, so a total never stands alone at the top of a page.
  const short = block.rows.length <= SHORT_TABLE;
  const last = block.rows.length - 1;
  const rows = block.rows.map((row, r) => {
    const total = block.totalRow === true && r === last;
    const keep = r < last && (short || r < 2 || r === last - 1);
    return new TableRow({
      cantSplit: true,
      children: widths.map((width, c) => {
        const text = cellText(row[c] ?? '');
        return tableCell(text, width, total, isFigureText(text), keep);
      }),
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...rows],
  });
}
