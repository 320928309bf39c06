import { milestone } from './milestones';
import { PRESET_CRITERIA } from './preset-criteria';
import type { Category, Decision, Field, Plan, Subject, Unit } from './types';

/**
 * The seed's plan (Ba Bể district, 2021–2025) as data. It only seeds a new workbook's reference
 * tabs; from then on the workbook is the source of truth, so another council edits its tabs, not code.
 */

export const PRESET_SUBJECTS: Subject[] = [
  { code: 'T', name: 'Tập thể' },
  { code: 'C', name: 'Cá nhân' },
  { code: 'H', name: 'Hộ gia đình' },
];

/** Section III.2 of the plan; eligible subjects follow each field's wording. */
export const PRESET_FIELDS: Field[] = [
  {
    code: '2.1',
    name: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    subjects: ['T', 'C'],
  },
  { code: '2.2', name: 'Xây dựng nông thôn mới', subjects: ['T', 'C', 'H'] },
  { code: '2.3', name: 'Sản xuất – kinh doanh', subjects: ['T', 'C'] },
  { code: '2.4', name: 'Phát triển kinh tế hộ gia đình', subjects: ['H'] },
  { code: '2.5', name: 'Xây dựng khu dân cư văn hóa, gia đình văn hóa', subjects: ['T', 'H'] },
  { code: '2.6', name: 'Xây dựng cơ quan, đơn vị kiểu mẫu', subjects: ['T', 'C'] },
  { code: '2.7', name: 'Giáo dục – Đào tạo', subjects: ['T', 'C'] },
  { code: '2.8', name: 'Chăm sóc sức khỏe nhân dân', subjects: ['T', 'C'] },
  { code: '2.9', name: 'An ninh, trật tự', subjects: ['T', 'C'] },
  { code: '2.10', name: 'Xây dựng Đảng, đoàn thể, tổ chức hội', subjects: ['T', 'C'] },
  { code: '2.11', name: 'Cải cách hành chính', subjects: ['T', 'C'] },
  { code: '2.12', name: 'Từ thiện nhân đạo', subjects: ['T', 'C', 'H'] },
];

export const CATEGORY = {
  commune: 'Xã, thị trấn',
  police: 'Công an',
  military: 'Quân đội',
  education: 'Giáo dục',
  health: 'Y tế',
  agency: 'Cơ quan, ban, ngành',
  front: 'Ủy ban MTTQ',
  association: 'Hội, đoàn thể',
} as const;

/** Section IV.1: communes at least 10 a year, the four sectors 5, every other unit 3. */
export const PRESET_CATEGORIES: Category[] = [
  { name: CATEGORY.commune, defaultQuota: 10 },
  { name: CATEGORY.police, defaultQuota: 5 },
  { name: CATEGORY.military, defaultQuota: 5 },
  { name: CATEGORY.education, defaultQuota: 5 },
  { name: CATEGORY.health, defaultQuota: 5 },
  { name: CATEGORY.agency, defaultQuota: 3 },
  { name: CATEGORY.front, defaultQuota: 3 },
  { name: CATEGORY.association, defaultQuota: 3 },
];

const COMMUNES = [
  'Thị trấn Chợ Rã',
  'Xã Bành Trạch',
  'Xã Cao Thượng',
  'Xã Cao Trĩ',
  'Xã Chu Hương',
  'Xã Địa Linh',
  'Xã Đồng Phúc',
  'Xã Hà Hiệu',
  'Xã Hoàng Trĩ',
  'Xã Khang Ninh',
  'Xã Mỹ Phương',
  'Xã Nam Mẫu',
  'Xã Phúc Lộc',
  'Xã Quảng Khê',
  'Xã Thượng Giáo',
  'Xã Yến Dương',
];

const AGENCIES = [
  'Văn phòng HĐND và UBND huyện',
  'Phòng Nội vụ',
  'Phòng Văn hóa và Thông tin',
  'Phòng Tài chính – Kế hoạch',
  'Phòng Nông nghiệp và Phát triển nông thôn',
  'Phòng Tư pháp',
  'Phòng Lao động – Thương binh và Xã hội',
  'Trung tâm Văn hóa, Thể thao và Truyền thông',
];

const ASSOCIATIONS = [
  'Huyện đoàn',
  'Hội Liên hiệp Phụ nữ huyện',
  'Hội Nông dân huyện',
  'Hội Cựu chiến binh huyện',
  'Hội Chữ thập đỏ huyện',
];

function unit(code: string, name: string, category: string): Unit {
  return { code, name, category, parent: null, quota: null, contact: '' };
}

function numbered(prefix: string, names: string[], category: string): Unit[] {
  return names.map((name, i) => unit(`${prefix}${String(i + 1).padStart(2, '0')}`, name, category));
}

/** The district's units as the plan addresses them; a council replaces these with its own. */
export const PRESET_UNITS: Unit[] = [
  ...numbered('X', COMMUNES, CATEGORY.commune),
  unit('CA', 'Công an huyện', CATEGORY.police),
  unit('QS', 'Ban Chỉ huy Quân sự huyện', CATEGORY.military),
  unit('GD', 'Phòng Giáo dục và Đào tạo', CATEGORY.education),
  unit('YT', 'Trung tâm Y tế huyện', CATEGORY.health),
  ...numbered('CQ', AGENCIES, CATEGORY.agency),
  unit('MTTQ', 'Ủy ban MTTQ Việt Nam huyện', CATEGORY.front),
  ...numbered('H', ASSOCIATIONS, CATEGORY.association),
];

export const PRESET_STAGES = ['Phát hiện', 'Bồi dưỡng', 'Tổng kết', 'Nhân rộng'];

/** The council's decisions on a nomination; only "Công nhận" rows go to the culture office. */
export const PRESET_DECISIONS: Decision[] = [
  { name: 'Chờ xét', meaning: 'pending' },
  { name: 'Công nhận', meaning: 'recognised' },
  { name: 'Không công nhận', meaning: 'returned' },
];

export const PRESET_PLAN: Plan = {
  organization: 'Ủy ban nhân dân huyện Ba Bể',
  council: 'Hội đồng Thi đua – Khen thưởng huyện',
  place: 'Ba Bể',
  period: { from: 2021, to: 2025 },
  reviewYear: null,
  midterm: { from: 2021, to: 2022 },
  milestones: [
    milestone('Sơ kết tại các cơ quan, đơn vị, địa phương', 'Quý I/2023'),
    milestone('Sơ kết ngành Giáo dục và Đào tạo', 'Quý II/2023'),
    milestone('Hội nghị sơ kết, biểu dương điển hình tiên tiến của huyện', 'Quý II/2023'),
    milestone('Tổng kết giai đoạn 2021 – 2025', 'Quý II/2025'),
  ],
  minSummaryLength: 30,
  // Section V.2: the culture office propagates the models.
  propagationRecipient: 'Phòng Văn hóa và Thông tin huyện',
  // The seed names no chair of the council; the secretariat writes the name before printing.
  signer: '',
  secretariat: [],
  subjects: PRESET_SUBJECTS,
  fields: PRESET_FIELDS,
  fieldSectors: {
    '2.7': [CATEGORY.education],
    '2.8': [CATEGORY.health],
    '2.9': [CATEGORY.police, CATEGORY.military],
  },
  criteria: [...PRESET_CRITERIA],
  categories: PRESET_CATEGORIES,
  units: PRESET_UNITS,
  stages: PRESET_STAGES,
  decisions: PRESET_DECISIONS,
};
