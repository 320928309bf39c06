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
  VerticalAlign,
  WidthType,
} from 'docx';
import type { NarrativeReport } from '../../core/narrative/model';
import { annexOf, MOTTO, NATIONAL_NAME, placeAndDate } from '../../core/narrative/shared-text';
import { DRAFT_COLOR, DRAFT_MARK } from '../../core/reports/draft';
import { halfPoints, mm, SIZE, TEXT_WIDTH, textTwips } from './page';
import { rule } from './rules';

/**
 * The heading's halves: the national name in 12 pt bold (88 mm) fits on one line of the right one, and
 * the left keeps the rest for the names of the body and the council (“ỦY BAN NHÂN DÂN HUYỆN …”).
 */
export const HEADING_LEFT = mm(75);
const LEFT = HEADING_LEFT;
const RIGHT = TEXT_WIDTH - LEFT;
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };
/** A gutter right of the left half, so its longest line never runs into the national name. */
const GUTTER = mm(2);
/** The red ground of a draft's marks, as on the sheets. */
export const DRAFT_FILL = DRAFT_COLOR.replace('#', '').toUpperCase();

const line = (text: string, options: { bold?: boolean; italics?: boolean; size: number }) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [
      new TextRun({ text, bold: options.bold, italics: options.italics, size: halfPoints(options.size) }),
    ],
  });

const cell = (width: number, children: Paragraph[], margins = NO_MARGINS) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins,
    verticalAlign: VerticalAlign.TOP,
    children,
  });

/**
 * The two-column heading of Decree 30 as a borderless table. Left: the superior body (capitals) over the
 * council (bold capitals), a rule a third to a half of the council's line, then the number. Right: the
 * national name and motto (bold), a rule as long as the motto, then the italic place and date. The
 * number and the date share a row, so they stand on one line however many lines the names take. A
 * draft has its mark, bold on a red ground, where the number would be.
 */
export function heading(report: NarrativeReport): Table {
  const council = report.council.toUpperCase();
  const inner = LEFT - GUTTER;
  const councilRule = Math.round(0.4 * Math.min(textTwips(council, SIZE.heading, true), inner));
  const leftMargins = { ...NO_MARGINS, right: GUTTER };
  const number = report.draft
    ? new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text: DRAFT_MARK,
            bold: true,
            size: halfPoints(SIZE.heading),
            shading: { type: ShadingType.CLEAR, fill: DRAFT_FILL, color: 'auto' },
          }),
        ],
      })
    : line(report.number, { size: SIZE.heading });
  const rows = [
    new TableRow({
      cantSplit: true,
      children: [
        cell(
          LEFT,
          [
            // Decree 30 allows 12–13 pt here; 12 keeps “ỦY BAN NHÂN DÂN HUYỆN …” on one line.
            line(report.organization.toUpperCase(), { size: SIZE.capitals }),
            line(council, { bold: true, size: SIZE.heading }),
            rule(councilRule, inner),
          ],
          leftMargins,
        ),
        cell(RIGHT, [
          line(NATIONAL_NAME, { bold: true, size: SIZE.capitals }),
          line(MOTTO, { bold: true, size: SIZE.heading }),
          rule(textTwips(MOTTO, SIZE.heading, true), RIGHT),
        ]),
      ],
    }),
    new TableRow({
      cantSplit: true,
      children: [
        cell(LEFT, [spacer(), number], leftMargins),
        cell(RIGHT, [spacer(), line(placeAndDate(report.place), { italics: true, size: SIZE.heading })]),
      ],
    }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows,
  });
}

/** A little room between the rules and the number and date lines. */
const spacer = () => new Paragraph({ spacing: { before: 0, after: 0, line: 120 }, children: [] });

/** “BÁO CÁO” and its subtitle, bold and centred, a short rule under them (Decree 30's trích yếu). */
export function titleBlock(report: NarrativeReport): Paragraph[] {
  const subtitle = textTwips(report.subtitle, SIZE.body, true);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0 },
      keepNext: true,
      children: [new TextRun({ text: report.title, bold: true, size: halfPoints(SIZE.body) })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
      keepNext: true,
      children: [new TextRun({ text: report.subtitle, bold: true, size: halfPoints(SIZE.body) })],
    }),
    rule(Math.round(0.4 * Math.min(subtitle, TEXT_WIDTH)), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

/** An annex's heading on a page of its own: “PHỤ LỤC <n>”, its title, and which report it goes with. */
export function annexHeading(title: string, n: number, report: NarrativeReport): Paragraph[] {
  const centred = (text: string, options: { bold?: boolean; italics?: boolean }, first = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: first,
      keepNext: true,
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text, ...options, size: halfPoints(SIZE.body) })],
    });
  return [
    centred(`PHỤ LỤC ${n}`, { bold: true }, true),
    centred(title, { bold: true }),
    centred(annexOf(report), { italics: true }),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}
