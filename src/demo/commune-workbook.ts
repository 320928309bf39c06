import type { CellValue, Grid } from '../core/cells';
import { criterionApplies } from '../core/plan/criteria';
import { milestone } from '../core/plan/milestones';
import type { Criterion, Plan, Unit } from '../core/plan/types';
import { TAB } from '../core/workbook/layout';
import { referenceTemplates } from '../core/workbook/template';
import { DEMO_HEADERS } from './demo-workbook';
import { Random } from './random';

/**
 * A second example: a commune council after the 2025 reform, with its own 2026–2030 plan that shares
 * nothing with the preset — its own units and categories (one with a comma in its name), fields coded
 * 1–6, its own criteria with profiles, subjects with two-letter codes, stages and decisions. Rows of
 * 2026, with a few honest mistakes and field cells that Excel turned into numbers. Deterministic.
 */

export const COMMUNE_YEAR = 2026;

const VILLAGE = 'Thôn, bản';
const UNION = 'Tổ chức chính trị – xã hội';
const SCHOOL = 'Trường học';

function unit(code: string, name: string, category: string, parent: string | null = null): Unit {
  return { code, name, category, parent, quota: null, contact: `${code.toLowerCase()}@hoason.example.vn` };
}

const VILLAGES = [
  'Thôn Đồng Tâm',
  'Thôn Tân Lập',
  'Bản Suối Cát',
  'Thôn Hòa Bình',
  'Bản Nậm Khê',
  'Thôn Trung Sơn',
  'Thôn Phú Thịnh',
  'Bản Làng Mới',
];

const SUBJECTS = { team: 'TT', person: 'CN', family: 'GĐ' } as const;

function criterion(
  code: string,
  field: string | null,
  subject: string | null,
  text: string,
  profiles: string[] = [],
): Criterion {
  return { code, field, subjects: subject === null ? [] : [subject], profiles, text, required: true };
}

const TEACHER = 'Giáo viên, nhân viên';
const PUPIL = 'Học sinh';

export function communePlan(): Plan {
  const { team, person, family } = SUBJECTS;
  return {
    organization: 'Ủy ban nhân dân xã Hòa Sơn',
    council: 'Hội đồng Thi đua – Khen thưởng xã Hòa Sơn',
    place: 'Hòa Sơn',
    period: { from: 2026, to: 2030 },
    reviewYear: COMMUNE_YEAR,
    midterm: { from: 2026, to: 2027 },
    milestones: [
      milestone('Đăng ký mô hình của các thôn, bản', 'Quý I/2026'),
      milestone('Hội nghị giữa nhiệm kỳ của xã', 'Quý I/2028'),
      milestone('Hội nghị cuối giai đoạn 2026 – 2030', 'Quý IV/2030'),
    ],
    minSummaryLength: 40,
    propagationRecipient: 'Đài Truyền thanh xã Hòa Sơn',
    signer: 'Lò Văn Thắng',
    secretariat: ['vanphong@hoason.example.vn'],
    subjects: [
      { code: team, name: 'Tập thể' },
      { code: person, name: 'Cá nhân' },
      { code: family, name: 'Gia đình' },
    ],
    fields: [
      { code: '1', name: 'Sản xuất nông, lâm nghiệp giỏi', subjects: [team, person, family] },
      { code: '2', name: 'Giữ rừng, giữ nguồn nước', subjects: [team, person, family] },
      { code: '3', name: 'Thôn, bản bình yên', subjects: [team] },
      { code: '4', name: 'Dạy tốt, học tốt', subjects: [team, person] },
      { code: '5', name: 'Đoàn kết, gắn bó với dân', subjects: [team, person] },
      { code: '6', name: 'Lá lành đùm lá rách', subjects: [person, family] },
    ],
    fieldSectors: { '3': [VILLAGE], '4': [SCHOOL], '5': [UNION] },
    criteria: [
      criterion('C1', null, null, 'Chấp hành tốt quy ước, hương ước của thôn, bản'),
      criterion('C2', null, null, 'Được người dân nơi cư trú hoặc nơi làm việc tín nhiệm'),
      criterion('1-TT1', '1', team, 'Sản lượng hoặc giá trị sản xuất tăng so với năm trước'),
      criterion('1-CN1', '1', person, 'Hướng dẫn ít nhất ba hộ khác cùng làm theo'),
      criterion('1-GĐ1', '1', family, 'Thu nhập bình quân đầu người của gia đình cao hơn mức chung của thôn'),
      criterion('2-TT1', '2', team, 'Không để xảy ra cháy rừng trên diện tích được giao'),
      criterion('2-CN1', '2', person, 'Tham gia đầy đủ các đợt tuần tra rừng'),
      criterion('2-GĐ1', '2', family, 'Trồng mới hoặc chăm sóc rừng trên đất của gia đình'),
      criterion('3-TT1', '3', team, 'Trong năm không có vụ việc phức tạp về trật tự'),
      criterion('3-TT2', '3', team, 'Có tổ tự quản hoạt động đều đặn'),
      criterion('4-TT1', '4', team, 'Tỷ lệ học sinh đi học chuyên cần trên 98%'),
      criterion('4-CN1', '4', person, 'Có sáng kiến trong giảng dạy được nhà trường ghi nhận', [TEACHER]),
      criterion('4-CN2', '4', person, 'Đạt giải trong kỳ thi, hội thi từ cấp xã trở lên', [PUPIL]),
      criterion('4-CN3', '4', person, 'Giúp đỡ bạn bè, đồng nghiệp có hoàn cảnh khó khăn', [TEACHER, PUPIL]),
      criterion('5-TT1', '5', team, 'Tăng số hội viên, đoàn viên so với năm trước'),
      criterion('5-CN1', '5', person, 'Vận động được người dân tham gia phong trào của xã'),
      criterion('6-CN1', '6', person, 'Giúp đỡ người gặp hoạn nạn bằng tiền, hiện vật hoặc ngày công'),
      criterion('6-GĐ1', '6', family, 'Nhận đỡ đầu hoặc giúp đỡ thường xuyên một hộ khó khăn'),
    ],
    categories: [
      { name: VILLAGE, defaultQuota: 4 },
      { name: UNION, defaultQuota: 3 },
      { name: SCHOOL, defaultQuota: 2 },
    ],
    units: [
      ...VILLAGES.map((name, i) => unit(`TB${i + 1}`, name, VILLAGE)),
      unit('HND', 'Hội Nông dân xã Hòa Sơn', UNION),
      unit('HPN', 'Hội Phụ nữ xã Hòa Sơn', UNION),
      unit('DTN', 'Đoàn Thanh niên xã Hòa Sơn', UNION),
      unit('CHPN', 'Chi hội Phụ nữ Bản Suối Cát', UNION, 'HPN'),
      unit('THHS', 'Trường Tiểu học Hòa Sơn', SCHOOL),
    ],
    stages: ['Đăng ký xây dựng', 'Theo dõi, giúp đỡ', 'Đánh giá', 'Biểu dương'],
    decisions: [
      { name: 'Đang xem xét', meaning: 'pending' },
      { name: 'Được biểu dương', meaning: 'recognised' },
      { name: 'Trả lại hồ sơ', meaning: 'returned' },
    ],
  };
}

const FAMILY_NAMES = ['Trần', 'Lê', 'Phạm', 'Vũ', 'Đỗ', 'Bùi', 'Lò', 'Hà', 'Vi', 'Cầm'];
const GIVEN = [
  'Bảo',
  'Chi',
  'Dung',
  'Định',
  'Hằng',
  'Khoa',
  'Loan',
  'Mạnh',
  'Nghĩa',
  'Oanh',
  'Quyết',
  'Sen',
  'Tình',
  'Uyên',
];

/** Which fields and subjects each kind of unit nominates in. */
const PROFILE: Record<string, [string, keyof typeof SUBJECTS][]> = {
  [VILLAGE]: [
    ['1', 'family'],
    ['1', 'person'],
    ['2', 'family'],
    ['3', 'team'],
    ['6', 'family'],
  ],
  [UNION]: [
    ['5', 'team'],
    ['5', 'person'],
    ['6', 'person'],
    ['1', 'team'],
  ],
  [SCHOOL]: [
    ['4', 'team'],
    ['4', 'person'],
  ],
};

const SUMMARY: Record<string, string> = {
  '1': 'Chuyển đổi {n} sào ruộng sang trồng rau an toàn, mỗi vụ thu trên {n}0 triệu đồng',
  '2': 'Nhận khoán bảo vệ {n}0 ha rừng đầu nguồn, {n} năm liền không để cháy rừng',
  '3': 'Cả năm không có vụ trộm cắp, hòa giải thành {n} vụ mâu thuẫn trong thôn',
  '4': 'Có {n} học sinh đạt giải cấp xã, duy trì sĩ số học sinh đến lớp trong cả năm học',
  '5': 'Kết nạp {n} hội viên mới và tổ chức {n} buổi sinh hoạt chuyên đề cho bà con',
  '6': 'Góp {n} triệu đồng và {n}0 ngày công giúp các hộ khó khăn sửa nhà trước mùa mưa',
};

type Row = Record<string, CellValue>;

function nominee(rng: Random, subject: keyof typeof SUBJECTS, unitName: string): string {
  const person = `${rng.pick(FAMILY_NAMES)} ${rng.chance(0.5) ? 'Văn' : 'Thị'} ${rng.pick(GIVEN)}`;
  if (subject === 'person') return person;
  if (subject === 'family') return `Gia đình ông ${person}`;
  return `Tổ ${rng.pick(['tự quản', 'hợp tác', 'công tác'])} số ${rng.int(1, 9)} – ${unitName}`;
}

/** Nominees are told apart: the planted mistakes are the only ones in the workbook. */
function uniqueNominee(
  rng: Random,
  subject: keyof typeof SUBJECTS,
  unitName: string,
  used: Set<string>,
): string {
  for (;;) {
    const name = nominee(rng, subject, unitName);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function rowsFor(plan: Plan, rng: Random, unit: Unit, count: number, used: Set<string>): Row[] {
  const subjectName = new Map(plan.subjects.map((s) => [s.code, s.name]));
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const [field, subjectKey] = rng.pick(PROFILE[unit.category]);
    const subject = SUBJECTS[subjectKey];
    const applicable = plan.criteria.filter((c) => criterionApplies(c, field, subject));
    const profile = field === '4' && subject === SUBJECTS.person ? rng.pick([TEACHER, PUPIL]) : null;
    const criteria = applicable
      .filter((c) => c.profiles.length === 0 || (profile !== null && c.profiles.includes(profile)))
      .map((c) => c.code);
    const roll = rng.next();
    rows.push({
      Năm: COMMUNE_YEAR,
      'Đơn vị đề nghị': rng.chance(0.5) ? unit.code : unit.name,
      'Tên mô hình, tập thể, cá nhân, hộ gia đình': uniqueNominee(rng, subjectKey, unit.name, used),
      'Đối tượng': rng.chance(0.7) ? (subjectName.get(subject) ?? subject) : subject,
      // Excel turns a code typed into a general cell into a number: 3, not "3".
      'Lĩnh vực': rng.chance(0.3)
        ? Number(field)
        : rng.chance(0.5)
          ? field
          : `${field}. ${plan.fields.find((f) => f.code === field)?.name ?? ''}`,
      'Chức vụ, đơn vị công tác / địa chỉ': unit.name,
      'Thành tích tóm tắt': SUMMARY[field].replace(/\{n\}/g, String(rng.int(2, 9))),
      'Tiêu chí đáp ứng': (roll < 0.08 ? criteria.slice(0, -1) : criteria).join('; '),
      'Minh chứng':
        roll >= 0.08 && roll < 0.14
          ? ''
          : `Biên bản họp thôn số ${rng.int(1, 40)}/BB ngày ${rng.int(1, 28)}/${rng.int(1, 10)}/${COMMUNE_YEAR}`,
      'Giai đoạn': rng.pick(plan.stages),
      'Kết quả xét': roll > 0.95 ? 'Trả lại hồ sơ' : roll > 0.6 ? 'Được biểu dương' : 'Đang xem xét',
      'Ghi chú': '',
    });
  }
  return rows;
}

/**
 * The plans the commune's units sent for 2026–2030 and for 2026: one village has sent neither, one
 * school's yearly plan is announced but not received yet, the rest are in.
 */
function unitPlanRows(plan: Plan): Grid {
  return plan.units
    .filter((u) => !u.parent && u.code !== 'TB3')
    .flatMap((u, i) => {
      const number = (n: number) => `${n}/KH-${u.code}`;
      const day = String(3 + (i % 20)).padStart(2, '0');
      return [
        ['2026-2030', u.code, number(1), `${day}/01/2026`, `${day}/02/2026`, ''],
        ['2026', u.name, number(2), `${day}/01/2026`, u.code === 'THHS' ? '' : `${day}/02/2026`, ''],
      ];
    });
}

export interface CommuneWorkbook {
  plan: Plan;
  tabs: { name: string; values: Grid }[];
}

export function communeWorkbook(seed = 2026): CommuneWorkbook {
  const plan = communePlan();
  const rng = new Random(seed);
  const used = new Set<string>();
  const tabs: Record<string, Row[]> = { 'Đề cử các thôn, bản': [], 'Đề cử đoàn thể, trường học': [] };
  for (const u of plan.units) {
    const quota = u.parent ? 1 : (plan.categories.find((c) => c.name === u.category)?.defaultQuota ?? 0);
    // Two villages fall short this year.
    const count = ['TB3', 'TB7'].includes(u.code) ? quota - 2 : quota + rng.int(0, 1);
    const tab = u.category === VILLAGE ? 'Đề cử các thôn, bản' : 'Đề cử đoàn thể, trường học';
    for (const row of rowsFor(plan, rng, u, count, used)) tabs[tab].push(row);
  }
  // One unit name from before the merger, one household nominated in a field for collectives only.
  tabs['Đề cử các thôn, bản'][2]['Đơn vị đề nghị'] = 'Thôn Đồng Tâm cũ';
  Object.assign(tabs['Đề cử các thôn, bản'][5], { 'Đối tượng': 'Gia đình', 'Lĩnh vực': '3' });
  const reference = referenceTemplates(plan).map((t) => ({
    name: t.name,
    values: [t.columns.map((c) => c.header), ...t.rows],
  }));
  const planTab = reference.find((t) => t.name === TAB.unitPlans);
  for (const row of planTab ? unitPlanRows(plan) : []) planTab?.values.push(row);
  const nominations = Object.entries(tabs).map(([name, rows]) => ({
    name,
    values: [
      DEMO_HEADERS.slice(),
      ...rows.map((row, i) => DEMO_HEADERS.map((h) => (h === 'STT' ? i + 1 : (row[h] ?? '')))),
    ],
  }));
  return { plan, tabs: [...reference, ...nominations] };
}
