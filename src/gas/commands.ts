import { today_ } from './wall-clock';
import { runCheck } from '../core/jobs/check';
import { runCouncil, runPeriodReport, runQuotas } from '../core/jobs/reports';
import { vocabularyKey } from '../core/text';
import { parseYearRange } from '../core/years';
import { BLANK_SEED, PRESET_SEED, setupWorkbook as runSetup } from '../core/jobs/setup';
import { startNextPeriod } from '../core/jobs/next-period';
import { createUnitTabs } from '../core/jobs/unit-intake';
import { writeModelCodes as runModelCodes } from '../core/jobs/model-codes';
import { addMenu_ } from './menu';
import { showPrintDialog_ } from './print-view';
import { failureMessage_, runMenuCommand_ } from './run-command';
import { runSelfTest_ } from './self-test';
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

/**
 * The print view of the council's documents in a dialog; a failure (a plan that cannot make them) is
 * said in a dialog, as every menu command's is.
 */
export function showPrintView(): void {
  try {
    showPrintDialog_();
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    ui.alert('Xem bản in', failureMessage_(error), ui.ButtonSet.OK);
  }
}

const SETUP_TITLE = 'Thiết lập bảng tính';

/**
 * Asks how to start: blank for the add-on's sample plan (or to repair what is missing), “trống” for
 * empty reference tabs, or a new period to carry the current plan forward in this workbook.
 */
export function setupWorkbook(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    SETUP_TITLE,
    'Để trống rồi bấm OK: tạo các trang còn thiếu theo kế hoạch mẫu có sẵn, hoặc bổ sung phần còn thiếu.\n' +
      'Gõ “trống”: tạo các trang còn thiếu mà không có dữ liệu mẫu, để Hội đồng ghi kế hoạch của mình.\n' +
      `Gõ giai đoạn mới (ví dụ ${new Date().getFullYear()}-${new Date().getFullYear() + 4}): bắt đầu kế hoạch mới ` +
      'ngay trong bảng tính này, giữ đơn vị, lĩnh vực, tiêu chí và danh mục. Nên làm trên một bản sao ' +
      '(Tệp › Tạo bản sao) để giữ nguyên hồ sơ giai đoạn cũ.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const text = answer.getResponseText().trim();
  const period = text === '' || vocabularyKey(text) === 'trong' ? null : parseYearRange(text);
  if (text !== '' && vocabularyKey(text) !== 'trong' && (period === null || period.from === period.to)) {
    ui.alert(
      SETUP_TITLE,
      `“${text}” không phải lựa chọn nào; để trống, gõ “trống” hoặc một giai đoạn như 2026-2030.`,
      ui.ButtonSet.OK,
    );
    return;
  }
  runMenuCommand_(SETUP_TITLE, () => {
    const port = activePort_();
    if (period) return startNextPeriod(port, period).join('\n');
    return runSetup(port, text === '' ? PRESET_SEED : BLANK_SEED).messages.join('\n');
  });
}

/** One nomination tab per unit, each editable only by its contacts and the secretariat. */
export function createUnitIntakeTabs(): void {
  runMenuCommand_('Tạo trang nhập cho từng đơn vị', () => createUnitTabs(activePort_()).join('\n'));
}

/** Checks on a temporary tab what the add-on assumes of this host, and reports in Vietnamese. */
export function runHostSelfTest(): void {
  // The self-test asks for the document lock itself: whether it gets one is one of its checks.
  runMenuCommand_('Tự kiểm tra trên Google Sheets', () => runSelfTest_().message, { lock: false });
}

/** Writes `Mã mô hình` where blank, so a model is one model across years by its code from now on. */
export function writeModelCodes(): void {
  runMenuCommand_('Ghi mã mô hình', () => runModelCodes(activePort_()).message);
}

export function validateNominations(): void {
  runMenuCommand_('Kiểm tra hồ sơ', () => runCheck(activePort_()).message);
}

export function checkQuotas(): void {
  runMenuCommand_('Kiểm tra chỉ tiêu', () => runQuotas(activePort_(), today_()).message);
}

export function buildCouncilSheets(): void {
  runMenuCommand_('Tổng hợp cho Hội đồng', () => runCouncil(activePort_(), today_()).message);
}

/** Asks for the range of years: blank for the plan's whole period, "sơ kết" for the mid-term range. */
export function buildPeriodReport(): void {
  const ui = SpreadsheetApp.getUi();
  const year = new Date().getFullYear();
  const example = `${year - 1}-${year}`;
  const answer = ui.prompt(
    'Báo cáo sơ kết / tổng kết',
    `Nhập khoảng năm, ví dụ ${example}, hoặc “sơ kết” để lấy khoảng năm sơ kết trong trang Cấu hình. ` +
      'Để trống để tổng kết cả giai đoạn của kế hoạch.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const text = answer.getResponseText().trim();
  const range = text === '' ? undefined : vocabularyKey(text) === 'so ket' ? 'midterm' : parseYearRange(text);
  if (range === null) {
    ui.alert(
      'Báo cáo sơ kết / tổng kết',
      `“${text}” không phải khoảng năm; nhập ví dụ ${example}.`,
      ui.ButtonSet.OK,
    );
    return;
  }
  runMenuCommand_('Báo cáo sơ kết / tổng kết', () => runPeriodReport(activePort_(), today_(), range).message);
}
