import type { Dashboard } from '../core/jobs/dashboard';

/** The generated tabs as PDF pages to print and sign, and the whole workbook as .xlsx. */
export interface PrintLinks {
  tabs: { name: string; pdf: string }[];
  workbook: string;
}

/** What the sidebar shows: the dashboard, and the links to print the council's tabs. */
export type SidebarData = Dashboard & { printLinks: PrintLinks };

const EXPORT = 'https://docs.google.com/spreadsheets/d/';

/**
 * The spreadsheet's own export link for one tab as a PDF: A4 landscape, fitted to the width, frozen
 * rows (the column headings) repeated on every page, page numbers, no gridlines. The user's browser
 * opens it with the user's own session, so it needs no OAuth scope.
 */
export function pdfLink(spreadsheetId: string, gid: number): string {
  const params = new Map<string, string>([
    ['format', 'pdf'],
    ['gid', String(gid)],
    ['size', 'A4'],
    ['portrait', 'false'],
    ['fitw', 'true'],
    ['fzr', 'true'],
    ['gridlines', 'false'],
    ['printtitle', 'false'],
    ['sheetnames', 'false'],
    ['pagenum', 'CENTER'],
    ['horizontal_alignment', 'CENTER'],
    ['top_margin', '0.75'],
    ['bottom_margin', '0.75'],
    ['left_margin', '0.5'],
    ['right_margin', '0.5'],
  ]);
  const query = [...params].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${EXPORT}${encodeURIComponent(spreadsheetId)}/export?${query}`;
}

/** The whole workbook as .xlsx (Sheets exports every tab; a single tab cannot be exported alone). */
export function workbookLink(spreadsheetId: string): string {
  return `${EXPORT}${encodeURIComponent(spreadsheetId)}/export?format=xlsx`;
}
