import type { Grid } from '../cells';
import type { Issue } from '../issues';
import type { WorkbookPort } from '../port';
import { ISSUES_TAB, issuesTab } from '../reports/issues-tab';
import { headerKey } from '../table';
import { cellText } from '../cells';
import { checkText } from '../validate/check-text';
import { applyMarks } from '../validate/marks';
import { validateNominations, type ValidationResult } from '../validate/validate';
import { CHECK_HEADER } from '../workbook/layout';
import type { NominationTab } from '../workbook/read-nominations';
import { readWorkbook, type WorkbookReading } from '../workbook/read-workbook';

export interface CheckReport {
  reading: WorkbookReading;
  result: ValidationResult;
  /** One short Vietnamese paragraph for the dialog or the terminal. */
  message: string;
}

export function summaryMessage(result: ValidationResult): string {
  const { rows, valid, errors, warnings } = result.summary;
  return `Đã kiểm tra ${rows} dòng đề cử: ${valid} hợp lệ, ${rows - valid} có lỗi (${errors} lỗi, ${warnings} cảnh báo).`;
}

/** 1-based column of an issue's header in its tab, found in the header rows the reading located. */
export function columnFinder(
  reading: WorkbookReading,
  tabs: Map<string, Grid>,
): (issue: Issue) => number | null {
  const headerRows = new Map<string, number>();
  for (const tab of reading.nominationTabs) headerRows.set(tab.name, tab.header.headerRow);
  for (const found of Object.values(reading.reference))
    if (found) headerRows.set(found.tab.name, found.header.headerRow);
  return (issue) => {
    const headerRow = headerRows.get(issue.sheet);
    const grid = tabs.get(issue.sheet);
    if (headerRow === undefined || !grid || !issue.column) return null;
    const key = headerKey(issue.column);
    const index = (grid[headerRow] ?? []).findIndex((cell) => headerKey(cellText(cell)) === key);
    return index < 0 ? null : index + 1;
  };
}

/**
 * Writes the check column (adding its header if missing) and the cell marks of one nomination tab,
 * for all its rows or, with `only`, for one sheet row.
 */
function writeBack(
  port: WorkbookPort,
  tab: NominationTab,
  issues: Issue[],
  columnOf: (issue: Issue) => number | null,
  only?: number,
): void {
  const headerRow = tab.header.headerRow + 1;
  const existing = tab.header.columns.check;
  const checkColumn = (existing ?? tab.width) + 1;
  if (existing === undefined)
    port.writeCells(tab.name, { row: headerRow, column: checkColumn, values: [[CHECK_HEADER]] });
  const first = only ?? headerRow + 1;
  const last = only ?? tab.height;
  if (last < first) return;
  const byRow = new Map<number, Issue[]>();
  for (const i of issues) if (i.row !== null) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i]);
  const dataRows = new Set(tab.rows.map((r) => r.row));
  const values: Grid = [];
  for (let row = first; row <= last; row++)
    values.push([dataRows.has(row) ? checkText(byRow.get(row) ?? []) : '']);
  port.writeCells(tab.name, { row: first, column: checkColumn, values });

  const area = { row: first, column: 1, rows: last - first + 1, columns: Math.max(tab.width, checkColumn) };
  const cellIssues = issues.flatMap((issue) => {
    const column = columnOf(issue);
    return issue.row !== null && issue.row >= first && issue.row <= last && column !== null
      ? [{ row: issue.row - area.row, column: column - 1, issue }]
      : [];
  });
  port.writeMarks(tab.name, area, applyMarks(port.readMarks(tab.name, area), cellIssues));
}

/**
 * "Kiểm tra hồ sơ": checks every nomination row, writes the verdict into each row's check column,
 * marks offending cells and rebuilds `Lỗi hồ sơ`. Only the check column's cells change value.
 */
export function runCheck(port: WorkbookPort): CheckReport {
  const tabs = port.readTabs();
  const reading = readWorkbook(tabs);
  const result = validateNominations(reading);
  const columnOf = columnFinder(reading, new Map(tabs.map((t) => [t.name, t.values])));
  for (const tab of reading.nominationTabs) {
    writeBack(
      port,
      tab,
      result.issues.filter((i) => i.sheet === tab.name),
      columnOf,
    );
  }
  port.replaceGeneratedTab(issuesTab(result.issues, columnOf));
  const pointer = result.issues.length > 0 ? ` Xem cột “${CHECK_HEADER}” và trang “${ISSUES_TAB}”.` : '';
  return { reading, result, message: summaryMessage(result) + pointer };
}

/** Re-checks one row after the sidebar changed it: its check cell and marks only. */
export function recheckRow(
  port: WorkbookPort,
  sheet: string,
  row: number,
): { text: string; issues: Issue[] } {
  const tabs = port.readTabs();
  const reading = readWorkbook(tabs);
  const result = validateNominations(reading);
  const tab = reading.nominationTabs.find((t) => t.name === sheet);
  if (!tab) throw new Error(`Trang “${sheet}” không phải trang đề cử.`);
  const issues = result.issues.filter((i) => i.sheet === sheet && i.row === row);
  writeBack(port, tab, issues, columnFinder(reading, new Map(tabs.map((t) => [t.name, t.values]))), row);
  return { text: checkText(issues), issues };
}
