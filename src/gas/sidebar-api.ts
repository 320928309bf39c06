import { today_ } from './wall-clock';
import { runCheck } from '../core/jobs/check';
import { buildDashboard } from '../core/jobs/dashboard';
import { analyse, runCouncil, runQuotas, type Analysis } from '../core/jobs/reports';
import { rowCriteria, writeRowCriteria, type RowCriteria } from '../core/jobs/row-criteria';
import { positiveInteger_, text_, textList_ } from './arguments';
import { pdfLink, workbookLink, type SidebarData } from './print-links';
import { showPrintDialog_ } from './print-view';
import { withDocumentLock_ } from './run-command';
import { activePort_, SheetsPort } from './sheets-port';

/*
 * The parameter types below are what the sidebar sends, and its client is typed from them
 * (sidebar/server.ts). They are a promise about the page, not a guarantee: google.script.run passes
 * whatever a page (or its console) sends, so each value is still checked before use.
 */

/** The unit a user works for, remembered per user (user properties need no extra OAuth scope). */
const MY_UNIT_KEY = 'dienhinh.myUnit';

/** Sheets' own limits: 10 million cells, 18,278 columns. */
const MAX_ROW = 10_000_000;
const MAX_COLUMN = 18_278;

/** The dashboard and the print links, from one reading of the workbook. */
function sidebarData_(port: SheetsPort, analysis: Analysis, myUnit: string | null): SidebarData {
  const id = SpreadsheetApp.getActive().getId();
  const tabs = analysis.tabs
    .filter((t) => t.generated)
    .map((t) => ({ name: t.name, pdf: pdfLink(id, port.sheetId(t.name)) }));
  return {
    ...buildDashboard(analysis, today_(), myUnit),
    printLinks: { tabs, workbook: workbookLink(id) },
  };
}

export function getDashboard(): SidebarData {
  const myUnit = PropertiesService.getUserProperties().getProperty(MY_UNIT_KEY);
  const port = activePort_();
  return sidebarData_(port, analyse(port), myUnit);
}

/** Remembers the user's unit (or forgets it with an empty string) and returns the filtered dashboard. */
export function setMyUnit(code: string): SidebarData {
  const properties = PropertiesService.getUserProperties();
  if (code === '') properties.deleteProperty(MY_UNIT_KEY);
  else {
    const unit = text_(code, 'mã đơn vị', 50);
    const port = activePort_();
    const analysis = analyse(port);
    if (!analysis.reading.plan.units.some((u) => u.code === unit))
      throw new Error(`Không có đơn vị mã “${unit}”.`);
    properties.setProperty(MY_UNIT_KEY, unit);
    return sidebarData_(port, analysis, unit);
  }
  return getDashboard();
}

/** Selects the offending cell so the user lands on it. */
export function jumpToCell(sheet: string, row: number, column: number): void {
  const name = text_(sheet, 'tên trang');
  const target = SpreadsheetApp.getActive().getSheetByName(name);
  if (!target)
    throw new Error(`Không thấy trang “${name}”; có thể trang đã bị đổi tên. Chạy lại “Kiểm tra hồ sơ”.`);
  target
    .getRange(positiveInteger_(row, 'dòng', MAX_ROW), positiveInteger_(column, 'cột', MAX_COLUMN))
    .activate();
}

/** The criteria checklist of the row under the cursor. */
export function getRowCriteria(): RowCriteria {
  const cell = SpreadsheetApp.getActive().getActiveRange();
  if (!cell) throw new Error('Chưa chọn ô nào; chọn một ô trong dòng đề cử.');
  return rowCriteria(analyse(activePort_()), cell.getSheet().getName(), cell.getRow());
}

/** Writes the ticked codes into the row's `Tiêu chí đáp ứng` and re-checks the row, under the lock. */
export function setRowCriteria(sheet: string, row: number, codes: string[]) {
  const name = text_(sheet, 'tên trang');
  const line = positiveInteger_(row, 'dòng', MAX_ROW);
  const list = textList_(codes, 'mã tiêu chí');
  return withDocumentLock_(() => {
    const { codes: written, text, issues } = writeRowCriteria(activePort_(), name, line, list);
    return { codes: written, text, issues };
  });
}

/**
 * The sidebar's “Xem bản in”: opens the print view in a dialog. It takes no argument; a failure comes
 * back to the sidebar as its message.
 */
export function openPrintView(): { documents: string[] } {
  return { documents: showPrintDialog_() };
}

const COMMANDS = {
  check: (port: SheetsPort) => runCheck(port).message,
  quotas: (port: SheetsPort) => runQuotas(port, today_()).message,
  council: (port: SheetsPort) => runCouncil(port, today_()).message,
};

/** The sidebar's action buttons, by their `data-command`. */
export type SidebarCommand = keyof typeof COMMANDS;

/** The sidebar's action buttons; a held lock comes back as the Vietnamese "busy" message. */
export function runSidebarCommand(command: SidebarCommand): { message: string } {
  const name = text_(command, 'lệnh', 20);
  const run = Object.prototype.hasOwnProperty.call(COMMANDS, name)
    ? COMMANDS[name as SidebarCommand]
    : undefined;
  if (!run) throw new Error(`Không có lệnh “${name}”.`);
  return { message: withDocumentLock_(() => run(activePort_())) };
}
