import type { Issue } from '../issues';

export const VALID_TEXT = 'Hợp lệ';

/** Short Vietnamese labels for the check column; the full message is in the cell's note and in `Lỗi hồ sơ`. */
const LABELS: Record<string, string> = {
  E_UNKNOWN_UNIT: 'đơn vị không có trong danh sách',
  E_UNKNOWN_FIELD: 'lĩnh vực không hợp lệ',
  E_BAD_SUBJECT: 'đối tượng không hợp lệ',
  E_SUBJECT_NOT_ALLOWED: 'đối tượng không được xét ở lĩnh vực này',
  E_BAD_YEAR: 'năm không hợp lệ',
  E_CRITERIA_MISSING: 'chưa đủ tiêu chí bắt buộc',
  E_CRITERIA_UNKNOWN: 'mã tiêu chí không đúng',
  E_DUPLICATE: 'trùng đề cử',
  E_BAD_STAGE: 'giai đoạn không hợp lệ',
  E_BAD_DECISION: 'kết quả xét không hợp lệ',
  W_REPEAT_NOMINEE: 'đã đề cử năm trước',
  W_SECTOR_MISMATCH: 'lĩnh vực không thuộc ngành của đơn vị',
  W_UNIT_TAB_MISMATCH: 'dòng nằm trong trang của đơn vị khác',
  W_STAGE_BACKWARDS: 'khâu lùi so với năm trước',
  W_STAGE_SKIPPED: 'bỏ qua khâu',
  W_STAGE_STUCK: 'dừng ở một khâu từ hai năm',
  W_NOT_REPLICATED: 'công nhận nhưng chưa nhân rộng',
  W_MODEL_AMBIGUOUS: 'trùng tên với mô hình khác',
  W_UNIT_PLAN_REPEATED: 'kế hoạch ghi hai lần',
  W_SUMMARY_SHORT: 'thành tích quá ngắn',
  W_NO_EVIDENCE: 'chưa có minh chứng',
  W_FIELD_AS_NUMBER: 'lĩnh vực đang là số',
  W_FIELD_AS_DATE: 'lĩnh vực đang là ngày tháng',
};

function label(issue: Issue): string {
  if (issue.code === 'E_REQUIRED') return `thiếu ${issue.column ?? 'thông tin'}`;
  return LABELS[issue.code] ?? issue.code;
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
