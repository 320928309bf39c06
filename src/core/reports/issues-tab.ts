import type { Grid } from '../cells';
import type { Issue } from '../issues';
import type { CellLink, GeneratedTab } from '../port';

export const ISSUES_TAB = 'Lỗi hồ sơ';
const HEADERS = ['STT', 'Trang', 'Dòng', 'Cột', 'Mức độ', 'Mã lỗi', 'Nội dung'];

/**
 * `Lỗi hồ sơ`: every issue of the last check, each linked to its cell. `columnOf` gives the 1-based
 * column of an issue's header in its tab, when there is one.
 */
export function issuesTab(issues: Issue[], columnOf: (issue: Issue) => number | null): GeneratedTab {
  const values: Grid = [['DANH SÁCH LỖI HỒ SƠ ĐỀ CỬ (lần kiểm tra gần nhất)'], HEADERS];
  const links: CellLink[] = [];
  issues.forEach((issue, i) => {
    const row = values.length + 1;
    values.push([
      i + 1,
      issue.sheet,
      issue.row ?? '',
      issue.column ?? '',
      issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo',
      issue.code,
      issue.message,
    ]);
    if (issue.row !== null) {
      links.push({
        row,
        column: 2,
        target: { tab: issue.sheet, row: issue.row, column: columnOf(issue) ?? 1 },
      });
    }
  });
  if (issues.length === 0) values.push(['', 'Không có lỗi nào.']);
  return {
    key: 'issues',
    name: ISSUES_TAB,
    values,
    links,
    format: { frozenRows: 2, boldRows: [1, 2], wrap: true, columnWidths: [45, 140, 50, 160, 80, 170, 560] },
  };
}
