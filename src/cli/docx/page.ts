import { textPoints } from '../../core/narrative/shared-text';

/**
 * The page of an administrative document under Decree 30/2020/NĐ-CP, in Word's units: A4 portrait,
 * margins top and bottom 20 mm, left 30 mm, right 15 mm (the decree's 20–25, 30–35 and 15–20 mm),
 * Times New Roman 14 pt. Twips are 1/20 pt; font sizes are in half-points.
 */
export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  /** Where the page number stands: in the top margin, above the text. */
  header: mm(10),
};
/** The width text runs across: 165 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const FONT = 'Times New Roman';
/** Point sizes: the body, the heading's names and small lines, the recipients. */
export const SIZE = { body: 14, heading: 13, capitals: 12, recipients: 11, table: 13 };
export const halfPoints = (points: number): number => points * 2;

/** Body paragraphs: first line indented 1,27 cm, lines at 1,2, 6 pt after (Decree 30's ranges). */
export const BODY = { firstLine: mm(12.7), line: 288, after: 120 };

/** The yellow of a place to fill by hand, and the red ground of a draft's marks (as on the sheets). */
export const FILL_HIGHLIGHT = 'yellow';

/**
 * How wide a line of Times New Roman is, in twips, from the metrics the sheets are measured by: the
 * heading's rules are as long as the line above them (the motto's) or a share of it (the council's).
 */
export function textTwips(text: string, points: number, bold: boolean): number {
  return Math.round(textPoints(text, points, bold) * 20);
}
