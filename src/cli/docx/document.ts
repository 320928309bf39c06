import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  PageNumber,
  TextRun,
} from 'docx';
import type { NarrativeReport } from '../../core/narrative/model';
import { blockContent } from './blocks';
import { annexHeading, heading, titleBlock } from './heading';
import { BODY, FONT, halfPoints, PAGE, SIZE } from './page';
import { signatureBlock } from './signature';

/** Times New Roman for every script Word tells apart, so no Vietnamese letter falls to another font. */
const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

/**
 * The page number, centred in the top margin from the second page on (Decree 30): the first page has a
 * header of its own, empty.
 */
function headers() {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE.heading) })],
        }),
      ],
    }),
  };
}

/** The report as a Word document: A4 portrait, Decree 30's margins, heading, body and signature. */
export function narrativeDocument(report: NarrativeReport): Document {
  return new Document({
    creator: report.council,
    title: `${report.title} ${report.subtitle}`,
    styles: {
      default: {
        document: {
          run: { font: FONTS, size: halfPoints(SIZE.body) },
          paragraph: { spacing: { line: BODY.line, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.header,
            },
          },
        },
        headers: headers(),
        children: [
          heading(report),
          ...titleBlock(report),
          ...report.blocks.flatMap((block, i, all) =>
            blockContent(block, i === all.length - 1 || all[i + 1]?.kind === 'table'),
          ),
          ...signatureBlock(report),
          ...report.annexes.flatMap((annex, i) => [
            ...annexHeading(annex.title, i + 1, report),
            ...annex.blocks.flatMap((block, b, all) => blockContent(block, all[b + 1]?.kind === 'table')),
          ]),
        ],
      },
    ],
  });
}

/** The .docx file's bytes. */
export function narrativeDocx(report: NarrativeReport): Promise<Buffer> {
  return Packer.toBuffer(narrativeDocument(report));
}
