/**
 * The core's messages name the add-on's menu items; offline, the same advice names the commands.
 * Only the wording of a command's name changes (and, for setup, how it helps), never what is said.
 */
const MENU_TO_COMMAND: [RegExp, string][] = [
  // In Sheets setup repairs the open workbook; offline `template` only writes a new one to copy from.
  [/chạy “Thiết lập bảng tính”/g, 'chép từ bảng tính mới của `template --out F.xlsx`'],
  [
    /Chạy “Thiết lập bảng tính” để tạo trang này/g,
    'Chép trang này từ bảng tính mới của `template --out F.xlsx`',
  ],
  [/“Kiểm tra hồ sơ”/g, '`check`'],
  [/“Kiểm tra chỉ tiêu”/g, '`quotas`'],
  [/“Tổng hợp cho Hội đồng”/g, '`consolidate`'],
  [/“Báo cáo sơ kết \/ tổng kết”/g, '`report`'],
  [/“Thiết lập bảng tính”/g, '`template`'],
];

export function offline(message: string): string {
  return MENU_TO_COMMAND.reduce((text, [menu, command]) => text.replace(menu, command), message);
}
