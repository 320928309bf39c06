import { ISSUE_CODES, type Issue } from '../issues';

export const VALID_TEXT = 'Hợp lệ';

function label(issue: Issue): string {
  if (issue.code === 'E_REQUIRED') return `thiếu ${issue.column ?? 'thông tin'}`;
  return ISSUE_CODES[issue.code].label;
}

/** "Hợp lệ", "Hợp lệ – cảnh báo: …" or "Lỗi: …; cảnh báo: …" for one row's issues. */
export function checkText(issues: Issue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').map(label);
  const warnings = issues.filter((i) => i.severity === 'warning').map(label);
  const unique = (list: string[]) => [...new Set(list)].join(', ');
  if (errors.length === 0)
    return warnings.length === 0 ? VALID_TEXT : `${VALID_TEXT} – cảnh báo: ${unique(warnings)}`;
  return `Lỗi: ${unique(errors)}${warnings.length ? `; cảnh báo: ${unique(warnings)}` : ''}`;
}
