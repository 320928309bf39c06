/** Problems are values: a bad row or tab becomes an Issue, never an exception. */
export type Severity = 'error' | 'warning';

/**
 * Every issue code, once: its severity and the short Vietnamese label the check column shows (the
 * full message goes in the cell's note and in `Lỗi hồ sơ`). A code without a label cannot compile.
 */
export const ISSUE_CODES = {
  // The workbook's tabs
  E_MISSING_TAB: { severity: 'error', label: 'thiếu trang' },
  E_MISSING_COLUMN: { severity: 'error', label: 'thiếu cột' },
  E_BAD_CONFIG: { severity: 'error', label: 'cấu hình chưa đúng' },
  E_DUPLICATE_CODE: { severity: 'error', label: 'trùng mã' },
  E_DUPLICATE_UNIT: { severity: 'error', label: 'trùng mã đơn vị' },
  E_UNKNOWN_PARENT: { severity: 'error', label: 'đơn vị cấp trên không có' },
  E_PARENT_CYCLE: { severity: 'error', label: 'đơn vị cấp trên vòng lặp' },
  E_BAD_QUOTA: { severity: 'error', label: 'chỉ tiêu không hợp lệ' },
  E_UNKNOWN_CATEGORY: { severity: 'error', label: 'loại đơn vị không có' },
  W_UNIT_PLAN_REPEATED: { severity: 'warning', label: 'kế hoạch ghi hai lần' },
  // A nomination row
  E_REQUIRED: { severity: 'error', label: 'thiếu thông tin' },
  E_UNKNOWN_UNIT: { severity: 'error', label: 'đơn vị không có trong danh sách' },
  E_UNKNOWN_FIELD: { severity: 'error', label: 'lĩnh vực không hợp lệ' },
  E_BAD_SUBJECT: { severity: 'error', label: 'đối tượng không hợp lệ' },
  E_SUBJECT_NOT_ALLOWED: { severity: 'error', label: 'đối tượng không được xét ở lĩnh vực này' },
  E_BAD_YEAR: { severity: 'error', label: 'năm không hợp lệ' },
  E_CRITERIA_MISSING: { severity: 'error', label: 'chưa đủ tiêu chí bắt buộc' },
  E_CRITERIA_UNKNOWN: { severity: 'error', label: 'mã tiêu chí không đúng' },
  E_DUPLICATE: { severity: 'error', label: 'trùng đề cử' },
  E_BAD_STAGE: { severity: 'error', label: 'giai đoạn không hợp lệ' },
  E_BAD_DECISION: { severity: 'error', label: 'kết quả xét không hợp lệ' },
  W_REPEAT_NOMINEE: { severity: 'warning', label: 'đã đề cử năm trước' },
  W_SECTOR_MISMATCH: { severity: 'warning', label: 'lĩnh vực không thuộc ngành của đơn vị' },
  W_UNIT_TAB_MISMATCH: { severity: 'warning', label: 'dòng nằm trong trang của đơn vị khác' },
  W_SUMMARY_SHORT: { severity: 'warning', label: 'thành tích quá ngắn' },
  W_NO_EVIDENCE: { severity: 'warning', label: 'chưa có minh chứng' },
  W_TEXT_TOO_LONG: { severity: 'warning', label: 'ô quá dài' },
  W_FIELD_AS_NUMBER: { severity: 'warning', label: 'lĩnh vực đang là số' },
  W_FIELD_AS_DATE: { severity: 'warning', label: 'lĩnh vực đang là ngày tháng' },
  W_SPELLING: { severity: 'warning', label: 'sai dấu hoặc chữ đ' },
  // A model's path through the years
  W_STAGE_BACKWARDS: { severity: 'warning', label: 'khâu lùi so với năm trước' },
  W_STAGE_SKIPPED: { severity: 'warning', label: 'bỏ qua khâu' },
  W_STAGE_STUCK: { severity: 'warning', label: 'dừng ở một khâu từ hai năm' },
  W_NOT_REPLICATED: { severity: 'warning', label: 'công nhận nhưng chưa nhân rộng' },
  W_MODEL_AMBIGUOUS: { severity: 'warning', label: 'trùng tên với mô hình khác' },
} as const satisfies Record<string, { severity: Severity; label: string }>;

export type IssueCode = keyof typeof ISSUE_CODES;

export interface Issue {
  sheet: string;
  /** 1-based row in the sheet; null for a problem with the whole tab. */
  row: number | null;
  /** The column's header as the user wrote it; null when no single column is at fault. */
  column: string | null;
  severity: Severity;
  code: IssueCode;
  /** Vietnamese: what is wrong and how to fix it. */
  message: string;
}

export function issue(
  sheet: string,
  row: number | null,
  column: string | null,
  code: IssueCode,
  message: string,
): Issue {
  return { sheet, row, column, severity: ISSUE_CODES[code].severity, code, message };
}
