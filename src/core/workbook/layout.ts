import type { ColumnDef } from '../table';

/**
 * The workbook's canonical Vietnamese tab names and headers. Columns are always found by header
 * (see table.ts); the order here is only the order a new template is written in.
 */

export const TAB = {
  units: 'Đơn vị',
  fields: 'Lĩnh vực',
  criteria: 'Tiêu chí',
  config: 'Cấu hình',
  lists: 'Danh mục',
  nominations: 'Đề cử',
  unitPlans: 'Kế hoạch đơn vị',
} as const;

/**
 * `Tên khác`: other names a council accepts for a unit, field or list item, separated by `;`. Optional,
 * and last in a new template so it sits out of the way.
 */
export const ALIASES_COLUMN = { key: 'aliases', header: 'Tên khác', required: false } as const;

export type UnitColumn = 'code' | 'name' | 'category' | 'parent' | 'quota' | 'contact' | 'aliases';
export const UNIT_COLUMNS: readonly ColumnDef<UnitColumn>[] = [
  { key: 'code', header: 'Mã đơn vị', required: true },
  { key: 'name', header: 'Tên đơn vị', required: true },
  { key: 'category', header: 'Loại đơn vị', required: true },
  { key: 'parent', header: 'Đơn vị cấp trên', required: false },
  { key: 'quota', header: 'Chỉ tiêu/năm', aliases: ['Chỉ tiêu', 'Chỉ tiêu năm'], required: false },
  { key: 'contact', header: 'Đầu mối (email)', aliases: ['Đầu mối', 'Email'], required: false },
  ALIASES_COLUMN,
];

export type FieldColumn = 'code' | 'name' | 'subjects' | 'sectors' | 'aliases';
export const FIELD_COLUMNS: readonly ColumnDef<FieldColumn>[] = [
  { key: 'code', header: 'Mã', aliases: ['Mã lĩnh vực'], required: true },
  { key: 'name', header: 'Tên lĩnh vực', required: true },
  { key: 'subjects', header: 'Đối tượng được đề nghị', aliases: ['Đối tượng'], required: true },
  { key: 'sectors', header: 'Ngành phụ trách', required: false },
  ALIASES_COLUMN,
];

export type CriterionColumn = 'code' | 'field' | 'subject' | 'profile' | 'text' | 'required';
export const CRITERION_COLUMNS: readonly ColumnDef<CriterionColumn>[] = [
  { key: 'code', header: 'Mã tiêu chí', required: true },
  { key: 'field', header: 'Lĩnh vực', required: true },
  { key: 'subject', header: 'Đối tượng', required: true },
  { key: 'profile', header: 'Nhóm', required: false },
  { key: 'text', header: 'Nội dung', required: true },
  { key: 'required', header: 'Bắt buộc', required: false },
];

export type ConfigColumn = 'name' | 'value';
export const CONFIG_COLUMNS: readonly ColumnDef<ConfigColumn>[] = [
  { key: 'name', header: 'Tham số', required: true },
  { key: 'value', header: 'Giá trị', required: true },
];

/**
 * `Kế hoạch đơn vị`: the plans units send the secretariat, one row per plan received or awaited. A
 * year cell holding a range ("2026-2030") is a plan for the whole period. Optional: a workbook
 * without it simply does not follow units' plans.
 */
export type UnitPlanColumn = 'year' | 'unit' | 'number' | 'issued' | 'received' | 'note';
export const UNIT_PLAN_COLUMNS: readonly ColumnDef<UnitPlanColumn>[] = [
  { key: 'year', header: 'Năm', aliases: ['Năm kế hoạch', 'Giai đoạn'], required: true },
  { key: 'unit', header: 'Đơn vị', aliases: ['Mã đơn vị', 'Tên đơn vị'], required: true },
  { key: 'number', header: 'Số, ký hiệu', aliases: ['Số kế hoạch', 'Số'], required: true },
  { key: 'issued', header: 'Ngày ban hành', required: false },
  { key: 'received', header: 'Ngày nhận', aliases: ['Đã nhận'], required: true },
  { key: 'note', header: 'Ghi chú', required: false },
];

/** `Danh mục`: the plan's short lists (subjects, stages, decisions), one item per row. */
export type ListColumn = 'list' | 'name' | 'code' | 'meaning' | 'aliases';
export const LIST_COLUMNS: readonly ColumnDef<ListColumn>[] = [
  { key: 'list', header: 'Danh mục', required: true },
  { key: 'name', header: 'Tên', aliases: ['Giá trị'], required: true },
  { key: 'code', header: 'Viết tắt', required: false },
  { key: 'meaning', header: 'Ý nghĩa', required: false },
  ALIASES_COLUMN,
];

/** The lists `Danh mục` holds, by the name written in its first column. */
export const LIST_NAME = {
  subjects: 'Đối tượng',
  stages: 'Khâu',
  decisions: 'Kết quả xét',
} as const;

/** How a decision's meaning is written in the `Ý nghĩa` column. */
export const DECISION_MEANING_NAME = {
  recognised: 'Công nhận',
  returned: 'Trả lại',
  pending: 'Chưa quyết định',
} as const;

export type NominationColumn =
  | 'index'
  | 'year'
  | 'unit'
  | 'name'
  | 'subject'
  | 'field'
  | 'position'
  | 'summary'
  | 'criteria'
  | 'evidence'
  | 'stage'
  | 'decision'
  | 'note'
  | 'check'
  | 'birthYear'
  | 'nationalId'
  | 'model';

export const CHECK_HEADER = 'Kết quả kiểm tra';
export const MODEL_HEADER = 'Mã mô hình';

export const NOMINATION_COLUMNS: readonly ColumnDef<NominationColumn>[] = [
  { key: 'index', header: 'STT', aliases: ['Số thứ tự', 'TT'], required: false },
  { key: 'year', header: 'Năm', aliases: ['Năm đề nghị'], required: true },
  { key: 'unit', header: 'Đơn vị đề nghị', aliases: ['Đơn vị'], required: true },
  {
    key: 'name',
    header: 'Tên mô hình, tập thể, cá nhân, hộ gia đình',
    aliases: ['Tên', 'Tên mô hình', 'Họ và tên', 'Tên mô hình, gương điển hình'],
    required: true,
  },
  { key: 'subject', header: 'Đối tượng', required: true },
  { key: 'field', header: 'Lĩnh vực', required: true },
  {
    key: 'position',
    header: 'Chức vụ, đơn vị công tác / địa chỉ',
    aliases: ['Chức vụ', 'Địa chỉ'],
    required: false,
  },
  { key: 'summary', header: 'Thành tích tóm tắt', aliases: ['Thành tích'], required: true },
  { key: 'criteria', header: 'Tiêu chí đáp ứng', aliases: ['Tiêu chí'], required: true },
  { key: 'evidence', header: 'Minh chứng', required: false },
  { key: 'stage', header: 'Giai đoạn', aliases: ['Khâu'], required: false },
  { key: 'decision', header: 'Kết quả xét', required: false },
  { key: 'note', header: 'Ghi chú', required: false },
  { key: 'check', header: CHECK_HEADER, required: false },
  { key: 'birthYear', header: 'Năm sinh', required: false },
  {
    key: 'nationalId',
    header: 'Số định danh cá nhân',
    aliases: ['Số CCCD', 'CCCD', 'Số định danh'],
    required: false,
  },
  // Rows with the same code are one model across years; written by the add-on only on request.
  { key: 'model', header: MODEL_HEADER, required: false },
];

/** A tab counts as a nomination tab when its header row has at least this many required columns. */
export const NOMINATION_MIN_MATCH = 4;
