import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';

/**
 * A short horizontal rule, centred in a column `within` twips wide and `length` twips long: an empty
 * paragraph two points high with a bottom border, narrowed by equal indents. Word and LibreOffice both
 * draw a paragraph border where they would not place a drawn line the same way.
 */
export function rule(length: number, within: number): Paragraph {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}
