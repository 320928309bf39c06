import { runCheck } from '../core/jobs/check';
import { runCouncil, runPeriodReport, runQuotas } from '../core/jobs/reports';
import { matchKey } from '../core/text';
import { parseYearRange } from '../core/years';
import { setupWorkbook as runSetup } from '../core/jobs/setup';
import { addMenu_ } from './menu';
import { runMenuCommand_ } from './run-command';
import { activePort_ } from './sheets-port';

/** Simple trigger: only the menu, nothing slow and nothing that needs authorisation. */
export function onOpen(): void {
  addMenu_();
}

export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Điển hình tiên tiến');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function setupWorkbook(): void {
  runMenuCommand_('Thiết lập bảng tính', () => runSetup(activePort_()).messages.join('\n'));
}

export function validateNominations(): void {
  runMenuCommand_('Kiểm tra hồ sơ', () => runCheck(activePort_()).message);
}

export function checkQuotas(): void {
  runMenuCommand_('Kiểm tra chỉ tiêu', () => runQuotas(activePort_(), new Date()).message);
}

export function buildCouncilSheets(): void {
  runMenuCommand_('Tổng hợp cho Hội đồng', () => runCouncil(activePort_(), new Date()).message);
}

/** Asks for the range of years: blank for the plan's whole period, "sơ kết" for the mid-term range. */
export function buildPeriodReport(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    'Báo cáo sơ kết / tổng kết',
    'Nhập khoảng năm, ví dụ 2021-2022, hoặc “sơ kết” để lấy khoảng năm sơ kết trong trang Cấu hình. ' +
      'Để trống để tổng kết cả giai đoạn của kế hoạch.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const text = answer.getResponseText().trim();
  const range = text === '' ? undefined : matchKey(text) === 'so ket' ? 'midterm' : parseYearRange(text);
  if (range === null) {
    ui.alert(
      'Báo cáo sơ kết / tổng kết',
      `“${text}” không phải khoảng năm; nhập ví dụ 2021-2022.`,
      ui.ButtonSet.OK,
    );
    return;
  }
  runMenuCommand_(
    'Báo cáo sơ kết / tổng kết',
    () => runPeriodReport(activePort_(), new Date(), range).message,
  );
}
