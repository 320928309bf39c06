import { cellText, type CellValue } from '../cells';
import { issue, type Issue } from '../issues';
import { findHeaderRow, type HeaderMatch } from '../table';
import { cleanText } from '../text';
import { NOMINATION_COLUMNS, NOMINATION_MIN_MATCH, type NominationColumn } from './layout';
import { dataRows } from './read-plan';
import type { TabData } from './tab';

/** One nomination row with its cells picked out by column; values stay raw for validation. */
export interface Nomination {
  sheet: string;
  /** 1-based row in the sheet. */
  row: number;
  cells: Partial<Record<NominationColumn, CellValue>>;
}

export interface NominationTab {
  name: string;
  header: HeaderMatch<NominationColumn>;
  /** The header text as the user wrote it, for messages ("Đơn vị đề nghị"). */
  headers: Partial<Record<NominationColumn, string>>;
  /** Number of columns the header row spans, so a missing check column goes right after it. */
  width: number;
  /** Rows in the tab's data range, blank ones included: the check column is written for all of them. */
  height: number;
  rows: Nomination[];
  /** The first cell above the header (a unit file's title says whose tab it is); absent without one. */
  title?: string;
}

/**
 * Every tab whose header row has enough of the nomination columns is a nomination tab; one that
 * still lacks a required column gets a sheet-level error and contributes no rows.
 */
export function readNominations(
  tabs: TabData[],
  skip: Set<TabData>,
): { tabs: NominationTab[]; issues: Issue[] } {
  const found: NominationTab[] = [];
  const issues: Issue[] = [];
  for (const tab of tabs) {
    if (skip.has(tab) || tab.generated) continue;
    const header = findHeaderRow(tab.values, NOMINATION_COLUMNS, NOMINATION_MIN_MATCH);
    if (!header) continue;
    if (header.missing.length > 0) {
      issues.push(
        issue(
          tab.name,
          header.headerRow + 1,
          null,
          'E_MISSING_COLUMN',
          `Trang “${tab.name}” thiếu cột bắt buộc: ${header.missing.map((d) => `“${d.header}”`).join(', ')}. ` +
            'Thêm cột vào dòng tiêu đề; các dòng của trang này chưa được kiểm tra.',
        ),
      );
      continue;
    }
    const headerCells = tab.values[header.headerRow] ?? [];
    const headers: Partial<Record<NominationColumn, string>> = {};
    for (const [key, col] of Object.entries(header.columns) as [NominationColumn, number][]) {
      headers[key] = cleanText(cellText(headerCells[col]));
    }
    const columns = Object.entries(header.columns) as [NominationColumn, number][];
    const rows = dataRows(tab.values, header.headerRow, header.columns.check).map(({ cells, sheetRow }) => {
      const picked: Partial<Record<NominationColumn, CellValue>> = {};
      for (const [key, col] of columns) picked[key] = cells[col] ?? null;
      return { sheet: tab.name, row: sheetRow, cells: picked };
    });
    const width = headerCells.reduce<number>((last, cell, i) => (cellText(cell) !== '' ? i + 1 : last), 0);
    const title = header.headerRow > 0 ? cleanText(cellText(tab.values[0]?.[0] ?? null)) : '';
    found.push({ name: tab.name, header, headers, width, height: tab.values.length, rows, title });
  }
  return { tabs: found, issues };
}
