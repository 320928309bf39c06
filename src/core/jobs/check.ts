import type { CellValue, Grid } from '../cells';
import type { Issue } from '../issues';
import type { Area, CellBlock, Marks, WorkbookPort, WriteTarget } from '../port';
import { ISSUES_TAB, issuesTab, type RowOwner } from '../reports/issues-tab';
import { analyse, checkTabs, secretariatOnly } from './reports';
import { headerKey } from '../table';
import { cellText } from '../cells';
import { checkText } from '../validate/check-text';
import { applyMarks, changedMarks } from '../validate/marks';
import type { ValidationResult } from '../validate/validate';
import { CHECK_HEADER } from '../workbook/layout';
import type { NominationTab } from '../workbook/read-nominations';
import type { TabData } from '../workbook/tab';
import type { WorkbookReading } from '../workbook/read-workbook';
import type { PlanNeed } from '../workbook/plan-gaps';
import { issueKindsLine } from '../validate/issue-kinds';

export interface CheckReport {
  reading: WorkbookReading;
  result: ValidationResult;
  /** One short Vietnamese paragraph for the dialog or the terminal. */
  message: string;
}

/** Checking needs the reference tabs and the plan's period; nothing else. */
export const CHECK_NEEDS: readonly PlanNeed[] = ['tabs', 'period'];

/** The check's summary, with the defaults taken for parameters left blank. */
export function summaryMessage(result: ValidationResult, defaults: readonly string[] = []): string {
  const { rows, valid, errors, warnings } = result.summary;
  return [
    `Đã kiểm tra ${rows} dòng đề cử: ${valid} hợp lệ, ${rows - valid} có lỗi (${errors} lỗi, ${warnings} cảnh báo).`,
    ...[issueKindsLine(result.issues)].filter(Boolean),
    ...defaults,
  ].join('\n');
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

/** The unit and nominee of the row an issue is on, as the row names them. */
function ownerFinder(reading: WorkbookReading, result: ValidationResult): RowOwner {
  const rows = new Map(result.rows.map((r) => [`${r.sheet}\u0000${r.row}`, r]));
  const unitName = new Map(reading.plan.units.map((u) => [u.code, u.name]));
  return (issue) => {
    const row = issue.row === null ? undefined : rows.get(`${issue.sheet}\u0000${issue.row}`);
    return row ? { unit: unitName.get(row.unit ?? '') ?? '', name: row.name } : null;
  };
}

/** What one nomination tab gets written: the check column's header if missing, its verdicts, its marks. */
interface WriteBack {
  tab: string;
  header?: CellBlock;
  /** Absent when the tab has no row below its header. */
  verdicts?: CellBlock;
  /** Only the block whose marks change; absent when none does. */
  marks?: { area: Area; marks: Marks } | null;
}

/**
 * Works out the check column and cell marks of one nomination tab, for all its rows or, with `only`,
 * for one sheet row. It reads the tab's current marks here, so a command can make every read before
 * its first write: in Apps Script a read after a write must wait for the write to be committed.
 */
function planWriteBack(
  port: WorkbookPort,
  tab: NominationTab,
  issues: Issue[],
  columnOf: (issue: Issue) => number | null,
  only?: number,
): WriteBack {
  const headerRow = tab.header.headerRow + 1;
  const existing = tab.header.columns.check;
  const checkColumn = (existing ?? tab.width) + 1;
  const header =
    existing === undefined ? { row: headerRow, column: checkColumn, values: [[CHECK_HEADER]] } : undefined;
  const first = only ?? headerRow + 1;
  const last = only ?? tab.height;
  if (last < first) return { tab: tab.name, header };
  const byRow = new Map<number, Issue[]>();
  for (const i of issues) if (i.row !== null) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i]);
  const dataRows = new Set(tab.rows.map((r) => r.row));
  const values: Grid = [];
  for (let row = first; row <= last; row++)
    values.push([dataRows.has(row) ? checkText(byRow.get(row) ?? []) : '']);

  const area = { row: first, column: 1, rows: last - first + 1, columns: Math.max(tab.width, checkColumn) };
  const cellIssues = issues.flatMap((issue) => {
    const column = columnOf(issue);
    return issue.row !== null && issue.row >= first && issue.row <= last && column !== null
      ? [{ row: issue.row - area.row, column: column - 1, issue }]
      : [];
  });
  const previous = port.readMarks(tab.name, area);
  return {
    tab: tab.name,
    header,
    verdicts: { row: first, column: checkColumn, values },
    marks: changedMarks(area, previous, applyMarks(previous, cellIssues)),
  };
}

const blockArea = (block: CellBlock): Area => ({
  row: block.row,
  column: block.column,
  rows: block.values.length,
  columns: block.values[0]?.length ?? 1,
});

/** The cells a write-back will change. */
function targetsOf(plan: WriteBack): WriteTarget[] {
  const areas = [
    plan.header && blockArea(plan.header),
    plan.verdicts && blockArea(plan.verdicts),
    plan.marks?.area,
  ];
  return areas.filter((a): a is Area => a !== undefined).map((area) => ({ tab: plan.tab, area }));
}

function writeBack(port: WorkbookPort, plan: WriteBack): void {
  if (plan.header) port.writeCells(plan.tab, plan.header);
  if (plan.verdicts) port.writeCells(plan.tab, plan.verdicts);
  if (plan.marks) port.writeMarks(plan.tab, plan.marks.area, plan.marks.marks);
}

/**
 * "Kiểm tra hồ sơ": checks every nomination row, writes the verdict into each row's check column,
 * marks offending cells and rebuilds `Lỗi hồ sơ`. Only the check column's cells change value.
 */
export function runCheck(port: WorkbookPort): CheckReport {
  const { tabs, reading, result } = analyse(port, CHECK_NEEDS);
  const columnOf = columnFinder(reading, new Map(tabs.map((t) => [t.name, t.values])));
  const plans = reading.nominationTabs.map((tab) =>
    planWriteBack(
      port,
      tab,
      result.issues.filter((i) => i.sheet === tab.name),
      columnOf,
    ),
  );
  const issues = secretariatOnly(
    issuesTab(reading.plan, result.issues, columnOf, ownerFinder(reading, result)),
    reading.plan.secretariat,
  );
  port.ensureWritable([...plans.flatMap(targetsOf), { generated: issues.key }]);
  for (const plan of plans) writeBack(port, plan);
  port.replaceGeneratedTab(issues);
  const pointer = result.issues.length > 0 ? ` Xem cột “${CHECK_HEADER}” và trang “${ISSUES_TAB}”.` : '';
  return { reading, result, message: summaryMessage(result, reading.defaults) + pointer };
}

/**
 * Writes one cell of a nomination row at the user's request, then that row's check cell and marks.
 * `tabs` is the workbook as read before the edit: the row is checked with the edit applied in memory,
 * so every read comes before the first write.
 */
export function editAndRecheckRow(
  port: WorkbookPort,
  tabs: TabData[],
  sheet: string,
  edit: { row: number; column: number; value: CellValue },
): { text: string; issues: Issue[] } {
  const edited = tabs.map((t) => (t.name === sheet ? { ...t, values: withCell(t.values, edit) } : t));
  const { reading, result } = checkTabs(edited);
  const tab = reading.nominationTabs.find((t) => t.name === sheet);
  if (!tab) throw new Error(`Trang “${sheet}” không phải trang đề cử.`);
  const issues = result.issues.filter((i) => i.sheet === sheet && i.row === edit.row);
  const columnOf = columnFinder(reading, new Map(edited.map((t) => [t.name, t.values])));
  const plan = planWriteBack(port, tab, issues, columnOf, edit.row);
  const cell = { row: edit.row, column: edit.column, values: [[edit.value]] };
  port.ensureWritable([{ tab: sheet, area: blockArea(cell) }, ...targetsOf(plan)]);
  port.writeCells(sheet, cell);
  writeBack(port, plan);
  return { text: checkText(issues), issues };
}

/** A copy of a grid with one 1-based cell set, grown to reach it. */
function withCell(values: Grid, edit: { row: number; column: number; value: CellValue }): Grid {
  const copy = values.slice();
  while (copy.length < edit.row) copy.push([]);
  const row = copy[edit.row - 1].slice();
  while (row.length < edit.column) row.push('');
  row[edit.column - 1] = edit.value;
  copy[edit.row - 1] = row;
  return copy;
}
