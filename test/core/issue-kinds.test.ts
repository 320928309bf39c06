import { issue } from '../../src/core/issues';
import { issueKinds, issueKindsLine } from '../../src/core/validate/issue-kinds';

describe('issues counted by kind', () => {
  const issues = [
    issue('Đề cử', 2, null, 'W_SPELLING', ''),
    issue('Đề cử', 3, null, 'W_SPELLING', ''),
    issue('Đề cử', 3, null, 'W_NO_EVIDENCE', ''),
    issue('Đề cử', 4, null, 'E_DUPLICATE', ''),
  ];

  it('puts errors first, then the most frequent warnings, each with the check column’s label', () => {
    expect(issueKinds(issues).map((k) => [k.code, k.count])).toEqual([
      ['E_DUPLICATE', 1],
      ['W_SPELLING', 2],
      ['W_NO_EVIDENCE', 1],
    ]);
  });

  it('says them in one line for the check’s summary', () => {
    expect(issueKindsLine(issues)).toBe(
      'Lỗi: 1 trùng đề cử. Cảnh báo: 2 sai dấu hoặc chữ đ, 1 chưa có minh chứng.',
    );
    expect(issueKindsLine([])).toBe('');
  });
});
