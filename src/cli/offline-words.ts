/**
 * The core's messages name the add-on's menu items; offline, the same advice names the commands.
 * Only the wording of a command's name changes, never what is said.
 */
const MENU_TO_COMMAND: [RegExp, string][] = [
  [/“Kiểm tra hồ sơ”/g, '`check`'],
  [/“Kiểm tra chỉ tiêu”/g, '`quotas`'],
  [/“Tổng hợp cho Hội đồng”/g, '`consolidate`'],
  [/“Báo cáo sơ kết \/ tổng kết”/g, '`report`'],
  [/“Thiết lập bảng tính”/g, '`template`'],
];

export function offline(message: string): string {
  return MENU_TO_COMMAND.reduce((text, [menu, command]) => text.replace(menu, command), message);
}
