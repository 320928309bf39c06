import type * as PublicApi from './main';

/** The add-on's menu: captions in Vietnamese, each naming a public function of main.ts. */
export const MENU_TITLE = 'Điển hình tiên tiến';

/** A name Apps Script can call: one of main.ts's exports, so a typo or a removed function cannot compile. */
export type PublicFunction = keyof typeof PublicApi;

export const MENU_ITEMS: readonly ({ caption: string; functionName: PublicFunction } | null)[] = [
  { caption: 'Mở bảng điều khiển', functionName: 'showSidebar' },
  null,
  { caption: 'Kiểm tra hồ sơ', functionName: 'validateNominations' },
  { caption: 'Kiểm tra chỉ tiêu', functionName: 'checkQuotas' },
  { caption: 'Tổng hợp cho Hội đồng', functionName: 'buildCouncilSheets' },
  { caption: 'Báo cáo sơ kết / tổng kết', functionName: 'buildPeriodReport' },
  { caption: 'Xem bản in', functionName: 'showPrintView' },
  { caption: 'Ghi mã mô hình', functionName: 'writeModelCodes' },
  null,
  { caption: 'Thiết lập bảng tính', functionName: 'setupWorkbook' },
  { caption: 'Tạo trang nhập cho từng đơn vị', functionName: 'createUnitIntakeTabs' },
  { caption: 'Tự kiểm tra trên Google Sheets', functionName: 'runHostSelfTest' },
];

/** Builds the menu only: a simple trigger has 30 seconds and no authorised services. */
export function addMenu_(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.caption, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}
