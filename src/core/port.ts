import type { Grid } from './cells';
import type { TabData } from './workbook/tab';

/**
 * The one small port both doors implement: Apps Script (SpreadsheetApp) and the offline runner
 * (exceljs). The core decides what to write; an adapter writes it in as few calls as it can.
 * Rows and columns are 1-based, as in both spreadsheet APIs.
 */
export interface WorkbookPort {
  /** Every tab's values, one read per tab. */
  readTabs(): TabData[];
  addTab(name: string): void;
  /** Writes a block; strings are always literal text, never formulas. */
  writeCells(tab: string, block: CellBlock): void;
  formatTab(tab: string, format: TabFormat): void;
}

export interface CellBlock {
  row: number;
  column: number;
  values: Grid;
}

export type DropdownSource =
  | { kind: 'list'; values: string[] }
  /** The values of one column of another tab, from `fromRow` down. */
  | { kind: 'range'; tab: string; column: number; fromRow: number };

export interface Dropdown {
  column: number;
  fromRow: number;
  rows: number;
  source: DropdownSource;
}

export interface TabFormat {
  frozenRows?: number;
  /** Rows printed bold, such as the header row. */
  boldRows?: number[];
  /** Widths in pixels, from column 1 on. */
  columnWidths?: number[];
  /** Columns (with the rows below the header) kept as plain text, so "2.10" stays "2.10". */
  textColumns?: { columns: number[]; fromRow: number; rows: number };
  wrap?: boolean;
  dropdowns?: Dropdown[];
  /** Protect the tab with a warning only (editors are asked to confirm), with this description. */
  warningProtection?: string;
}
