import { TextRun } from 'docx';
import { fillText } from '../../core/narrative/fill-text';
import type { Run } from '../../core/narrative/model';
import { FILL_HIGHLIGHT } from './page';

/** A run of the model as Word's run: a place to fill is highlighted yellow, so no one signs it unfilled. */
export function textRun(run: Run, size?: number): TextRun {
  return new TextRun({
    text: run.fill ? fillText(run.text) : run.text,
    bold: run.bold,
    italics: run.italic,
    ...(size === undefined ? {} : { size }),
    ...(run.fill ? { highlight: FILL_HIGHLIGHT } : {}),
  });
}
