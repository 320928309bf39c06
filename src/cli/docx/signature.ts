import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { NarrativeReport } from '../../core/narrative/model';
import { OFFICE_COPY, SIGNATURE_RIGHT_MM, signatureOnSize } from '../../core/narrative/shared-text';
import { draftSignatureLine } from '../../core/reports/draft';
import { DRAFT_FILL } from './heading';
import { halfPoints, mm, SIZE, TEXT_WIDTH } from './page';
import { textRun } from './runs';

/** The left half, Nơi nhận: what the signature's right half (as wide in both doors) leaves. */
const LEFT = TEXT_WIDTH - mm(SIGNATURE_RIGHT_MM);
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };
/** Lines left blank between the title and the signer's name, for the signature and the seal. */
const ROOM_TO_SIGN = 4;

const paragraph = (children: TextRun[], alignment: 'left' | 'center' = 'left') =>
  new Paragraph({
    alignment: alignment === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 0, after: 0 },
    children,
  });

/** Left: “Nơi nhận:” (bold italic 12 pt) and each recipient (11 pt), ending with the office's copy. */
function recipients(report: NarrativeReport): Paragraph[] {
  const small = halfPoints(SIZE.recipients);
  return [
    paragraph([
      new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: halfPoints(SIZE.capitals) }),
    ]),
    ...report.recipients.map((r) => paragraph([new TextRun({ text: `- ${r};`, size: small })])),
    // The office's copy: VT, then the drafting office's short name and the count, which only it knows.
    paragraph([
      new TextRun({ text: OFFICE_COPY, size: small }),
      textRun({ text: '', fill: true }, small),
      new TextRun({ text: '.', size: small }),
    ]),
  ];
}

/** Right: “TM. <council>”, the role, room to sign, the signer's name (a place to fill when unknown). */
function signer(report: NarrativeReport): Paragraph[] {
  const body = halfPoints(SIZE.body);
  const { on, role, signer: name } = report.signature;
  return [
    paragraph(
      [new TextRun({ text: on.toUpperCase(), bold: true, size: halfPoints(signatureOnSize(on)) })],
      'center',
    ),
    paragraph([new TextRun({ text: role.toUpperCase(), bold: true, size: body })], 'center'),
    ...Array.from({ length: ROOM_TO_SIGN }, () => paragraph([], 'center')),
    paragraph(
      [
        name.trim()
          ? new TextRun({ text: name, bold: true, size: body })
          : textRun({ text: '', fill: true, bold: true }, body),
      ],
      'center',
    ),
  ];
}

/**
 * The signature block as a borderless two-column table: Nơi nhận on the left, the signature on the
 * right, never split across pages. A draft has none: a line on a red ground says why it cannot be
 * signed, as the sheets' documents do.
 */
export function signatureBlock(report: NarrativeReport): (Table | Paragraph)[] {
  const gap = new Paragraph({ spacing: { before: 0, after: 0 }, keepNext: true, children: [] });
  if (report.draft)
    return [
      gap,
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        children: [
          new TextRun({
            text: draftSignatureLine(report.draft),
            bold: true,
            size: halfPoints(SIZE.body),
            shading: { type: ShadingType.CLEAR, fill: DRAFT_FILL, color: 'auto' },
          }),
        ],
      }),
    ];
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, margins: NO_MARGINS, children });
  return [
    gap,
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [LEFT, TEXT_WIDTH - LEFT],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          cantSplit: true,
          children: [cell(LEFT, recipients(report)), cell(TEXT_WIDTH - LEFT, signer(report))],
        }),
      ],
    }),
  ];
}
