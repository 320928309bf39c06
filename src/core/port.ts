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
  /** Returns, in Vietnamese, what it left undone and why (a freeze Sheets would refuse, say). */
  formatTab(tab: string, format: TabFormat): string[];
  /** Backgrounds and notes of an area, to clear the marks of a previous check and keep the user's own. */
  readMarks(tab: string, area: Area): Marks;
  writeMarks(tab: string, area: Area, marks: Marks): void;
  /**
   * Rebuilds a generated tab whole, found again by its key even if a user renamed it. With
   * `keepOldAs`, the old tab is kept under that name (a backup of a hand-edited tab) instead of deleted.
   */
  replaceGeneratedTab(tab: GeneratedTab, options?: { keepOldAs?: string }): void;
  /**
   * Called after a command's last read and before its first write: throws `WriteRefused` when the user
   * may not write every target (a protected tab or range), so a command writes all or nothing.
   */
  ensureWritable(targets: WriteTarget[]): void;
  /**
   * Read phase, for `protectTabs`: who may reach the file, and how each of these tabs (those that
   * exist) is protected now, kept so that protecting and undoing need no read. Null for a door
   * without accounts (an .xlsx file).
   */
  planProtections(tabs: string[]): FileAccess | null;
  /**
   * Lets only these accounts, and the workbook's owner, edit each tab (a strict protection, replacing
   * the tab's own), all or nothing: when one fails, every protection this call made or changed is put
   * back and `ProtectionFailed` names the tab and the host's reason. Returns the accounts that can
   * still edit although not asked for (the user running the command, whom Sheets never removes), lower
   * case. A door without accounts does nothing and returns none.
   */
  protectTabs(protections: TabProtection[]): string[];
  /** Removes a tab this command added, to undo it. */
  removeTab(name: string): void;
}

/** One tab to protect: who may edit it (besides the owner) and what the protection says. */
export interface TabProtection {
  tab: string;
  editors: string[];
  description: string;
}

/** Who may reach the file, as the host tells it; addresses lower case. */
export interface FileAccess {
  /** The owner; null for a file in a shared drive, which has none. */
  owner: string | null;
  /** The user running the command; '' when the host does not say (no userinfo.email scope). */
  runner: string;
  /**
   * Shared with to edit (a group by its own address; the owner may or may not be listed); null when
   * the host would not tell (the lists are asked for under the spreadsheet scope alone).
   */
  editors: string[] | null;
  /** Shared with to view or comment only; null when the host would not tell. */
  viewers: string[] | null;
}

/** Protecting a tab failed; what the run had protected is undone. */
export class ProtectionFailed extends Error {
  constructor(
    readonly tab: string,
    readonly reason: string,
    /** Tabs whose protection could not be put back as it was (the undo failed too). */
    readonly notUndone: string[] = [],
  ) {
    super(`${tab}: ${reason}`);
  }
}

/** What a command is about to change: cells of a tab, a whole tab, or the generated tab it rebuilds. */
export type WriteTarget = { tab: string; area?: Area } | { generated: string };

/** A command refused before it wrote anything; its message says where and who can run it. */
export class WriteRefused extends Error {}

export interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Cell backgrounds ("#rrggbb", null for none) and notes ("" for none), row by row. */
export interface Marks {
  backgrounds: (string | null)[][];
  notes: string[][];
}

/** A link from a generated cell to a cell of another tab. */
export interface CellLink {
  row: number;
  column: number;
  target: { tab: string; row: number; column: number };
}

export interface GeneratedTab {
  /** Stable identity ("issues", "quotas:2024"), kept as developer metadata. */
  key: string;
  /** The name used when the tab is created; an existing tab keeps the name a user gave it. */
  name: string;
  values: Grid;
  format: TabFormat;
  links?: CellLink[];
  /** Areas given a background, such as units short of their quota. */
  highlights?: (Area & { color: string })[];
  /** Title cells spanning several columns. */
  merges?: Area[];
  /** Hash of `values`, stored beside the tab to notice later hand edits (see reports/fingerprint.ts). */
  fingerprint?: string;
  /** When set, only these accounts and the owner may edit the tab (see `protectTabs`). */
  editors?: string[];
  /** How the tab prints, cell by cell: the same definition for both doors (see reports/document.ts). */
  layout?: DocumentLayout;
  /** Charts over the tab's own cells; Sheets draws them, the .xlsx door has none (exceljs writes no charts). */
  charts?: TabChart[];
}

/**
 * A chart of figures the tab holds: `area`'s first row names the categories (the years), its first
 * column each series, a series a row. 'bars-with-line' draws the first series as columns and the
 * second as a line; 'stacked' stacks every series in one column a year. Placed with its top left
 * corner on `anchor`.
 */
export interface TabChart {
  title: string;
  kind: 'bars-with-line' | 'stacked';
  area: Area;
  anchor: { row: number; column: number };
}

/** One cell's look; absent properties are the document's defaults (regular, left, wrapped). */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points; the document's body size when absent. */
  size?: number;
  align?: 'left' | 'center' | 'right';
  /** false lets a heading run over the empty cells to its right instead of wrapping in its own. */
  wrap?: boolean;
}

/** A printed document: font, per-cell styles, table borders, rules, print titles and page breaks. */
export interface DocumentLayout {
  font: { family: string; size: number };
  /** One entry per cell of `values`, row by row; null is the default style. */
  styles: (CellStyle | null)[][];
  /** Tables: a thin border around every cell. */
  tables: Area[];
  /** Rows of a table that span it (section and field headings): no inner vertical lines. */
  spanningRows: Area[];
  /** Short rules under the issuing body and the national motto: a top border on these cells. */
  rules: Area[];
  /** Rows whose height is fixed, in pixels (the thin rule row, the room to sign). */
  rowHeights: { row: number; pixels: number }[];
  /** 1-based rows printed again at the top of every page (the table's column headings). */
  repeatRows?: { from: number; to: number };
  /** Runs of rows that must not be split across pages (a heading and its first row, totals and signature). */
  keepTogether: { from: number; to: number }[];
  /** A filter on this area (header row included). */
  filter?: Area;
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
