/** Problems are values: a bad row or tab becomes an Issue, never an exception. */
export type Severity = 'error' | 'warning';

export interface Issue {
  sheet: string;
  /** 1-based row in the sheet; null for a problem with the whole tab. */
  row: number | null;
  /** The column's header as the user wrote it; null when no single column is at fault. */
  column: string | null;
  severity: Severity;
  code: string;
  /** Vietnamese: what is wrong and how to fix it. */
  message: string;
}

export function issue(
  sheet: string,
  row: number | null,
  column: string | null,
  code: string,
  message: string,
): Issue {
  return { sheet, row, column, severity: code.startsWith('W_') ? 'warning' : 'error', code, message };
}
