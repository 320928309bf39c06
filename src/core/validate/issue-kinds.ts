import { ISSUE_CODES, type Issue, type IssueCode, type Severity } from '../issues';

/** How many issues of one kind, with the check column's label for it. */
export interface IssueKind {
  code: IssueCode;
  severity: Severity;
  label: string;
  count: number;
}

/**
 * Issues counted by kind, errors first and then the most frequent: a secretary sees at once what
 * staff must fix and what is only a warning, instead of reading row after row.
 */
export function issueKinds(issues: readonly Issue[]): IssueKind[] {
  const counts = new Map<IssueCode, number>();
  for (const i of issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count, ...ISSUE_CODES[code] }))
    .sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error') || b.count - a.count);
}

/** "Lỗi: 5 chưa đủ tiêu chí bắt buộc, 2 trùng đề cử. Cảnh báo: 3 sai dấu hoặc chữ đ." or ''. */
export function issueKindsLine(issues: readonly Issue[]): string {
  const kinds = issueKinds(issues);
  const part = (severity: Severity, title: string) => {
    const list = kinds.filter((k) => k.severity === severity).map((k) => `${k.count} ${k.label}`);
    return list.length ? `${title}: ${list.join(', ')}.` : '';
  };
  return [part('error', 'Lỗi'), part('warning', 'Cảnh báo')].filter(Boolean).join(' ');
}
