import type { CellValue, Grid } from '../../src/core/cells';
import { criterionApplies } from '../../src/core/plan/criteria';
import { PRESET_PLAN } from '../../src/core/plan/preset';
import type { Plan } from '../../src/core/plan/types';
import { Tally } from '../../src/core/tally/tally';
import { validateNominations, type ValidationResult } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import type { TabData } from '../../src/core/workbook/tab';
import { referenceTemplates } from '../../src/core/workbook/template';

/** The tabs a new template has, in order: the six reference tabs and one nomination tab. */
export const TEMPLATE_TABS = [
  'Cấu hình',
  'Danh mục',
  'Đơn vị',
  'Lĩnh vực',
  'Tiêu chí',
  'Kế hoạch đơn vị',
  'Đề cử',
];

export const HEADERS = [
  'STT',
  'Năm',
  'Đơn vị đề nghị',
  'Tên mô hình, tập thể, cá nhân, hộ gia đình',
  'Đối tượng',
  'Lĩnh vực',
  'Chức vụ, đơn vị công tác / địa chỉ',
  'Thành tích tóm tắt',
  'Tiêu chí đáp ứng',
  'Minh chứng',
  'Giai đoạn',
  'Kết quả xét',
  'Ghi chú',
  'Kết quả kiểm tra',
] as const;

export type Row = Partial<Record<(typeof HEADERS)[number] | 'Số định danh cá nhân', CellValue>>;

/** Every required criterion code of a field and subject (first profile), plus G1–G4. */
export function allCriteria(
  field: string,
  subject: 'T' | 'C' | 'H',
  profile?: string,
  plan: Plan = PRESET_PLAN,
): string {
  return plan.criteria
    .filter((c) => c.required && criterionApplies(c, field, subject))
    .filter((c) => c.profiles.length === 0 || profile === undefined || c.profiles.includes(profile))
    .map((c) => c.code)
    .join('; ');
}

const SUBJECT_CODE: Record<string, 'T' | 'C' | 'H'> = { 'Tập thể': 'T', 'Cá nhân': 'C', 'Hộ gia đình': 'H' };

/** A row that passes every rule: a household in field 2.4 from commune X01 in 2024. */
export function goodRow(overrides: Row = {}): Row {
  const subject = String(overrides['Đối tượng'] ?? 'Hộ gia đình');
  const field = String(overrides['Lĩnh vực'] ?? '2.4');
  return {
    Năm: 2024,
    'Đơn vị đề nghị': 'X01',
    'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'Hộ ông Hoàng Văn Sáu',
    'Đối tượng': subject,
    'Lĩnh vực': field,
    'Chức vụ, đơn vị công tác / địa chỉ': 'Thôn Pác Ngòi, xã Nam Mẫu',
    'Thành tích tóm tắt': 'Phát triển mô hình nuôi cá lồng, thu nhập 300 triệu đồng mỗi năm.',
    'Tiêu chí đáp ứng': allCriteria(field, SUBJECT_CODE[subject] ?? 'H'),
    'Minh chứng': 'Quyết định số 12/QĐ-UBND',
    'Giai đoạn': 'Phát hiện',
    ...overrides,
  };
}

export function referenceTabs(plan: Plan = PRESET_PLAN): TabData[] {
  return referenceTemplates(plan).map((t) => ({
    name: t.name,
    values: [t.columns.map((c) => c.header), ...t.rows],
  }));
}

export function nominationGrid(rows: Row[], headers: readonly string[] = HEADERS): Grid {
  return [
    headers.slice(),
    ...rows.map((row) => headers.map((h) => (row as Record<string, CellValue>)[h] ?? '')),
  ];
}

export function workbook(rows: Row[], extra: TabData[] = []): TabData[] {
  return [...referenceTabs(), { name: 'Đề cử', values: nominationGrid(rows) }, ...extra];
}

export function check(rows: Row[], extra: TabData[] = []) {
  return validateNominations(readWorkbook(workbook(rows, extra)));
}

/** The codes of the issues on one sheet row. */
export function codesAt(result: ReturnType<typeof check>, row: number, sheet = 'Đề cử'): string[] {
  return result.issues.filter((i) => i.sheet === sheet && i.row === row).map((i) => i.code);
}

/** The one tally of checked rows (no units' plans), as every document reads it. */
export function tallyOf(result: Pick<ValidationResult, 'rows' | 'models'>, plan: Plan = PRESET_PLAN): Tally {
  return new Tally(plan, result, null);
}
