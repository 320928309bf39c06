import { runCheck } from '../core/jobs/check';
import { setupWorkbook as runSetup } from '../core/jobs/setup';
import { addMenu_ } from './menu';
import { runMenuCommand_ } from './run-command';
import { SheetsPort } from './sheets-port';

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
  runMenuCommand_('Thiết lập bảng tính', () => {
    const report = runSetup(new SheetsPort(SpreadsheetApp.getActive()));
    return report.messages.join('\n');
  });
}

function notYet_(title: string): void {
  SpreadsheetApp.getUi().alert(
    title,
    'Chức năng này chưa có trong phiên bản hiện tại.',
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}

export function validateNominations(): void {
  runMenuCommand_('Kiểm tra hồ sơ', () => runCheck(new SheetsPort(SpreadsheetApp.getActive())).message);
}

export function checkQuotas(): void {
  notYet_('Kiểm tra chỉ tiêu');
}

export function buildCouncilSheets(): void {
  notYet_('Tổng hợp cho Hội đồng');
}

export function buildPeriodReport(): void {
  notYet_('Báo cáo sơ kết / tổng kết');
}
