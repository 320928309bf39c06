import { buildPrintView } from '../core/jobs/print-view';
import { activePort_ } from './sheets-port';
import { today_ } from './wall-clock';

/** The dialog's size in pixels: about an A4 landscape page wide; Sheets shrinks it to a smaller window. */
const WIDTH = 1140;
const HEIGHT = 760;

/**
 * Opens the print view (`Xem bản in`) in a modal dialog: the council's documents of the review year,
 * and the period reports the workbook holds, built now and drawn as one HTML page, with a button that
 * calls the browser's print. Apps Script's dialogs are sandboxed iframes with `allow-modals`, which is
 * what `window.print()` needs (README › Xem bản in). The page is built as text in the core, every cell
 * escaped; nothing is templated here. Reads only: no lock, nothing written. Returns the documents shown.
 */
export function showPrintDialog_(): string[] {
  const view = buildPrintView(activePort_(), today_());
  const output = HtmlService.createHtmlOutput(view.html).setWidth(WIDTH).setHeight(HEIGHT);
  SpreadsheetApp.getUi().showModalDialog(output, `Xem bản in — năm ${view.year}`);
  return view.documents;
}
