import type { Issue } from '../issues';
import { groupThousands } from '../numbers';
import type { Plan } from '../plan/types';
import type { CellLink, GeneratedTab } from '../port';
import { balancedWidths } from './column-widths';
import { DocumentBuilder } from './document';

/**
 * A working list, not a document to sign: 11 pt leaves room for long codes and messages; the code
 * column is as wide as the longest code (E_SUBJECT_NOT_ALLOWED), so it stays on one line.
 */
const SIZE = 11;

export const ISSUES_TAB = 'Lỗi hồ sơ';
const HEADERS = [
  'STT',
  'Trang',
  'Dòng',
  'Cột',
  'Đơn vị',
  'Tên mô hình, cá nhân, hộ',
  'Mức độ',
  'Mã lỗi',
  'Nội dung',
];

/**
 * Links to the cell go on the first rows only: in Sheets each link is built one by one, and past a few
 * thousand the list is for filtering, not clicking. The rows below still name tab, row and column.
 */
export const LINK_LIMIT = 5000;

/** Who a row nominates and for which unit, to print beside each issue of that row. */
export type RowOwner = (issue: Issue) => { unit: string; name: string } | null;

/**
 * `Lỗi hồ sơ`: every issue of the last check, each linked to its cell, with the unit and nominee of
 * its row, under a filter; printed like the council's tabs so a secretariat can send it to units.
 * `columnOf` gives the 1-based column of an issue's header in its tab, when there is one.
 */
export function issuesTab(
  plan: Plan,
  issues: Issue[],
  columnOf: (issue: Issue) => number | null,
  ownerOf: RowOwner,
): GeneratedTab {
  const links: CellLink[] = [];
  const body = issues.map((issue, i) => {
    const owner = ownerOf(issue);
    return [
      i + 1,
      issue.sheet,
      issue.row ?? '',
      issue.column ?? '',
      owner?.unit ?? '',
      owner?.name ?? '',
      issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo',
      issue.code,
      issue.message,
    ];
  });
  if (body.length === 0) body.push(['', 'Không có lỗi nào.']);
  // Columns sized to the messages, so that a row takes as few lines as the page's width allows.
  const preferred = [40, 130, 45, 85, 100, 115, 70, 215, 260];
  const doc = new DocumentBuilder(
    plan,
    // The tab's name is a link, which LibreOffice prints on one line.
    issues.length ? balancedWidths(preferred, HEADERS, body, SIZE, [1]) : preferred,
    { fontSize: SIZE },
  );
  doc.title('DANH SÁCH LỖI HỒ SƠ ĐỀ CỬ (lần kiểm tra gần nhất)');
  if (issues.length > LINK_LIMIT)
    doc.note(
      `Có ${groupThousands(issues.length)} lỗi và cảnh báo: ${groupThousands(LINK_LIMIT)} dòng đầu có liên kết ` +
        `đến ô; ${groupThousands(issues.length - LINK_LIMIT)} dòng sau ghi trang, dòng và cột để tìm.`,
      { italic: true },
    );
  const { first } = doc.table(HEADERS, body, issues.length === 0 ? [1] : []);
  doc.filterLastTable();
  issues.slice(0, LINK_LIMIT).forEach((issue, i) => {
    if (issue.row !== null)
      links.push({
        row: first + 1 + i,
        column: 2,
        target: { tab: issue.sheet, row: issue.row, column: columnOf(issue) ?? 1 },
      });
  });
  return doc.build('issues', ISSUES_TAB, { links });
}
