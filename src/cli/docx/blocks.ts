import { AlignmentType, Paragraph, TextRun, type Table } from 'docx';
import type { Block, Run } from '../../core/narrative/model';
import { chartPicture } from './charts';
import { BODY, halfPoints, SIZE } from './page';
import { textRun } from './runs';
import { figureTable } from './tables';

/** A body paragraph: justified, its first line indented, lines at 1,2 and 6 pt after (Decree 30). */
export function bodyParagraph(runs: Run[], prefix = '', keepNext = false): Paragraph {
  return new Paragraph({
    keepNext,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY.firstLine },
    spacing: { before: 0, after: BODY.after, line: BODY.line },
    children: [...(prefix ? [new TextRun(prefix)] : []), ...runs.map((r) => textRun(r))],
  });
}

/** A part's heading: level 1 in bold capitals (“I. CÔNG TÁC …”), level 2 in bold; kept with what follows. */
function headingParagraph(level: 1 | 2, text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY.firstLine },
    spacing: { before: level === 1 ? 120 : 60, after: BODY.after, line: BODY.line },
    keepNext: true,
    keepLines: true,
    children: [
      new TextRun({ text: level === 1 ? text.toUpperCase() : text, bold: true, size: halfPoints(SIZE.body) }),
    ],
  });
}

/**
 * What one block of the model is in the document, in order. With `keepWithNext`, its text goes over
 * to the next page with what follows: the last block with the signature, rather than leave it alone
 * there, and the sentence that introduces a table with the table.
 */
export function blockContent(block: Block, keepWithNext = false): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block.level, block.text)];
    case 'paragraph':
      return [bodyParagraph(block.runs, '', keepWithNext)];
    case 'list':
      // Administrative texts list with a dash, not with Word's bullets: the dash is part of the text.
      return block.items.map((item, i) =>
        bodyParagraph(item, '- ', keepWithNext && i === block.items.length - 1),
      );
    case 'table':
      return [figureTable(block), new Paragraph({ spacing: { before: 0, after: BODY.after }, children: [] })];
    case 'chart':
      return [chartPicture(block.chart)];
  }
}
