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
/** A cell's padding left and right, in twips (2 mm). */
const PADDING = 113;

/**
 * The columns' widths: each as wide as its longest line asks, the whole scaled to the text's width, so
 * a column of unit names gets the room and a column of counts stays narrow.
 */
function columnWidths(block: TableBlock): number[] {
  const wants = block.headers.map((header, c) => {
    const texts = [header, ...block.rows.map((row) => cellText(row[c] ?? ''))];
    const longest = texts.reduce((m, t) => Math.max(m, textTwips(t, SIZE.table, true)), 0);
    return Math.min(longest, TEXT_WIDTH / 2) + 2 * PADDING;
  });
  const sum = wants.reduce((a, b) => a + b, 0) || 1;
  return wants.map((w) => Math.floor((w * TEXT_WIDTH) / sum));
}

function tableCell(text: string, width: number, bold: boolean, centred: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: PADDING, right: PADDING, top: 20, bottom: 20 },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
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
    children: block.headers.map((h, c) => tableCell(h, widths[c], true, true)),
  });
  const rows = block.rows.map((row, r) => {
    const total = block.totalRow === true && r === block.rows.length - 1;
    return new TableRow({
      cantSplit: true,
      children: widths.map((width, c) => {
        const text = cellText(row[c] ?? '');
        return tableCell(text, width, total, isFigureText(text));
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
