import { cellText, isBlank, type Grid } from '../cells';
import { issue, type Issue, type IssueCode } from '../issues';
import { findHeaderRow, type ColumnDef, type HeaderMatch } from '../table';
import { splitOnSeparators } from '../plan/name-list';
import { cleanText, nameKey, vocabularyKey } from '../text';
import type { PlanGap } from './plan-gaps';
import type { TabData } from './tab';

/** A reference tab as found: by its canonical name, or by its header row if it was renamed. */
export interface FoundTab<K extends string> {
  tab: TabData;
  header: HeaderMatch<K>;
}

export type Row = { cells: Grid[number]; sheetRow: number };

/** Where the readers of reference tabs put what they find wrong. */
export interface Problems {
  issues: Issue[];
  gaps: PlanGap[];
}

/** An issue that also leaves a command's need unmet. */
export function gap(problems: Problems, need: PlanGap['need'], found: Issue): void {
  problems.issues.push(found);
  problems.gaps.push({ need, issue: found });
}

/**
 * The data rows below a header, skipping blank ones, with their 1-based sheet row numbers. A cell in
 * `ignoreColumn` (the add-on's own check column) does not make a row non-blank.
 */
export function dataRows(grid: Grid, headerRow: number, ignoreColumn = -1): Row[] {
  const rows: Row[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.some((c, i) => i !== ignoreColumn && !isBlank(c))) rows.push({ cells, sheetRow: r + 1 });
  }
  return rows;
}

/**
 * Finds a reference tab by name, or by its header row when renamed. A missing tab, or one missing a
 * column, is a gap: the workbook is the plan's only source once it exists. An `optional` tab may be
 * absent; one that is there but missing a column is reported without stopping any command.
 */
export function findTab<K extends string>(
  tabs: TabData[],
  name: string,
  defs: readonly ColumnDef<K>[],
  problems: Problems,
  optional = false,
): FoundTab<K> | undefined {
  const required = defs.filter((d) => d.required).length;
  const byName = tabs.find((t) => vocabularyKey(t.name) === vocabularyKey(name));
  if (byName) {
    const header = findHeaderRow(byName.values, defs, 1);
    if (header && header.missing.length === 0) return { tab: byName, header };
    const missing = header
      ? header.missing.map((d) => d.header)
      : defs.filter((d) => d.required).map((d) => d.header);
    const found = issue(
      byName.name,
      header ? header.headerRow + 1 : null,
      null,
      'E_MISSING_COLUMN',
      `Trang “${byName.name}” thiếu cột: ${missing.join(', ')}. Thêm các cột này vào dòng tiêu đề ` +
        `(hoặc chạy “Thiết lập bảng tính”).`,
    );
    if (optional) problems.issues.push(found);
    else gap(problems, 'tabs', found);
    return undefined;
  }
  for (const tab of tabs) {
    const header = findHeaderRow(tab.values, defs, required);
    if (header) return { tab, header };
  }
  if (optional) return undefined;
  gap(
    problems,
    'tabs',
    issue(
      name,
      null,
      null,
      'E_MISSING_TAB',
      `Không thấy trang “${name}” (các cột ${defs
        .filter((d) => d.required)
        .map((d) => d.header)
        .join(', ')}). Chạy “Thiết lập bảng tính” để tạo trang này rồi điền dữ liệu của kế hoạch.`,
    ),
  );
  return undefined;
}

/** A cell of a row as clean text; '' for a column the tab does not have. */
export function rowText(row: Row, column: number | undefined): string {
  return column === undefined ? '' : cleanText(cellText(row.cells[column]));
}

/**
 * A cell that lists names, each line cleaned but the line breaks kept: they separate the names as
 * `;` does (rowText would fold them into spaces).
 */
export function rowList(row: Row, column: number | undefined): string {
  if (column === undefined) return '';
  return cellText(row.cells[column])
    .split(/\r\n|\r|\n/)
    .map(cleanText)
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The `Tên khác` cell: other names, separated by `;` or line breaks (a name may hold a comma);
 * undefined when there are none, so a plan without the column reads as it always did.
 */
export function aliasesOf(row: Row, column: number | undefined): string[] | undefined {
  const names = splitOnSeparators(rowList(row, column));
  return names.length > 0 ? names : undefined;
}

/** The header of a found column as the user wrote it, for issue locations. */
export function headerOf<K extends string>(found: FoundTab<K>, key: K): string {
  const column = found.header.columns[key];
  const headerCell = column === undefined ? undefined : found.tab.values[found.header.headerRow]?.[column];
  return cleanText(cellText(headerCell ?? null));
}

/**
 * The rows of a reference tab that have both a code and a name, each code once. A row missing either,
 * or repeating a code, is reported and skipped.
 */
export function* codedRows<K extends string>(
  found: FoundTab<K>,
  keys: { code: K; name: K },
  issues: Issue[],
  messages: {
    required: string;
    duplicateCode: IssueCode;
    duplicate: (code: string, firstName: string) => string;
  },
): Generator<{ row: Row; code: string; name: string }> {
  const { columns } = found.header;
  const first = new Map<string, string>();
  for (const row of dataRows(found.tab.values, found.header.headerRow)) {
    const code = rowText(row, columns[keys.code]);
    const name = rowText(row, columns[keys.name]);
    const at = (key: K, code_: IssueCode, message: string) =>
      issues.push(issue(found.tab.name, row.sheetRow, headerOf(found, key), code_, message));
    if (!code || !name) {
      at(code ? keys.name : keys.code, 'E_REQUIRED', messages.required);
      continue;
    }
    const earlier = first.get(nameKey(code));
    if (earlier !== undefined) {
      at(keys.code, messages.duplicateCode, messages.duplicate(code, earlier));
      continue;
    }
    first.set(nameKey(code), name);
    yield { row, code, name };
  }
}
