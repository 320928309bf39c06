import type { CellValue, Grid } from '../core/cells';
import { CONFIG } from '../core/plan/config';
import { criterionApplies } from '../core/plan/criteria';
import { CATEGORY, PRESET_PLAN } from '../core/plan/preset';
import type { Plan, SubjectCode, Unit, YearRange } from '../core/plan/types';
import { inProfile } from '../core/validate/criteria-check';
import { NOMINATION_TEMPLATE, referenceTemplates } from '../core/workbook/template';
import { TAB } from '../core/workbook/layout';
import { ModelPool, PLANTED_MODELS } from './model-life';
import { Random } from './random';

/**
 * A realistic demo of Ba Bể district's workbook, 2021–2025: the preset's units plus schools under the
 * Education office and health stations under the health centre, three nomination tabs, and the
 * mistakes real staff make (missing criteria, misspelt units, households in the wrong field,
 * duplicates, dates in the year column, decomposed Unicode, no evidence, one-line summaries), with
 * some units short of quota. Deterministic: the same seed gives the same workbook.
 */

const SCHOOLS = [
  'Trường Mầm non Chợ Rã',
  'Trường Tiểu học Chợ Rã',
  'Trường THCS Nam Mẫu',
  'Trường PTDTBT THCS Cao Thượng',
];
const STATIONS = ['Trạm Y tế thị trấn Chợ Rã', 'Trạm Y tế xã Khang Ninh', 'Trạm Y tế xã Hà Hiệu'];

export const DEMO_YEAR = 2025;

function demoUnits(): Unit[] {
  const member = (code: string, name: string, category: string, parent: string): Unit => ({
    code,
    name,
    category,
    parent,
    quota: null,
    contact: '',
  });
  return [
    ...PRESET_PLAN.units.map((u) => ({ ...u, contact: `${u.code.toLowerCase()}@babe.example.vn` })),
    ...SCHOOLS.map((name, i) => member(`TH${i + 1}`, name, CATEGORY.education, 'GD')),
    ...STATIONS.map((name, i) => member(`TYT${i + 1}`, name, CATEGORY.health, 'YT')),
  ];
}

export function demoPlan(): Plan {
  return { ...PRESET_PLAN, units: demoUnits(), reviewYear: DEMO_YEAR };
}

const FAMILY = [
  'Hoàng',
  'Nông',
  'Triệu',
  'Lý',
  'Ma',
  'Hà',
  'Dương',
  'Nguyễn',
  'Đàm',
  'Lục',
  'Bế',
  'Hứa',
  'Đinh',
  'Lường',
  'Âu',
];
const MIDDLE_MALE = ['Văn', 'Đức', 'Quang', 'Minh'];
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Hồng'];
const GIVEN = [
  'An',
  'Anh',
  'Bình',
  'Bắc',
  'Chiến',
  'Chung',
  'Cúc',
  'Dũng',
  'Duyên',
  'Đạt',
  'Điệp',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiền',
  'Hoa',
  'Hòa',
  'Hùng',
  'Hương',
  'Khánh',
  'Kiên',
  'Lan',
  'Liên',
  'Linh',
  'Lộc',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Nga',
  'Ngân',
  'Nhung',
  'Phúc',
  'Phương',
  'Quân',
  'Quý',
  'Sáu',
  'Sơn',
  'Tâm',
  'Thắng',
  'Thảo',
  'Thủy',
  'Toàn',
  'Trang',
  'Tuấn',
  'Tùng',
  'Vân',
  'Việt',
  'Xuân',
  'Yến',
];
const VILLAGES = [
  'Pác Ngòi',
  'Bó Lù',
  'Cốc Tộc',
  'Nà Hai',
  'Khuổi Luông',
  'Nà Làng',
  'Bản Vài',
  'Nà Mặn',
  'Pù Mắt',
  'Đồn Đèn',
];

/** Which fields and subjects each kind of unit typically nominates in. */
const PROFILE: Record<string, [string, SubjectCode][]> = {
  [CATEGORY.commune]: [
    ['2.2', 'H'],
    ['2.2', 'C'],
    ['2.2', 'T'],
    ['2.4', 'H'],
    ['2.4', 'H'],
    ['2.5', 'T'],
    ['2.5', 'H'],
    ['2.12', 'C'],
    ['2.1', 'C'],
    ['2.3', 'T'],
  ],
  [CATEGORY.police]: [
    ['2.9', 'T'],
    ['2.9', 'C'],
    ['2.9', 'C'],
  ],
  [CATEGORY.military]: [
    ['2.9', 'T'],
    ['2.9', 'C'],
  ],
  [CATEGORY.education]: [
    ['2.7', 'T'],
    ['2.7', 'C'],
    ['2.7', 'C'],
  ],
  [CATEGORY.health]: [
    ['2.8', 'T'],
    ['2.8', 'C'],
  ],
  [CATEGORY.agency]: [
    ['2.6', 'T'],
    ['2.6', 'C'],
    ['2.11', 'C'],
    ['2.11', 'T'],
    ['2.1', 'C'],
  ],
  [CATEGORY.front]: [
    ['2.10', 'T'],
    ['2.12', 'T'],
    ['2.1', 'C'],
  ],
  [CATEGORY.association]: [
    ['2.10', 'T'],
    ['2.10', 'C'],
    ['2.12', 'C'],
    ['2.3', 'C'],
  ],
};

const SUMMARY: Record<string, string> = {
  '2.1':
    'Gương mẫu học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; có {n} sáng kiến được công nhận',
  '2.2': 'Hiến {n}00 m² đất và đóng góp ngày công làm đường bê tông nông thôn',
  '2.3': 'Doanh thu tăng {n}0% so với năm trước, tạo việc làm ổn định cho {n} lao động địa phương',
  '2.4': 'Phát triển mô hình nuôi cá lồng và trồng cây ăn quả, thu nhập {n}00 triệu đồng mỗi năm',
  '2.5': '{n} năm liền đạt danh hiệu văn hóa, giữ gìn bản sắc dân tộc Tày',
  '2.6': 'Hoàn thành xuất sắc nhiệm vụ {n} năm liên tục, thực hiện tốt cải cách hành chính',
  '2.7': 'Tỷ lệ học sinh khá giỏi đạt {n}0%, có {n} giáo viên dạy giỏi cấp huyện',
  '2.8': 'Khám, điều trị cho {n}000 lượt người dân, không để xảy ra dịch bệnh',
  '2.9': 'Phối hợp giải quyết {n} vụ việc, giữ vững an ninh trật tự trên địa bàn',
  '2.10': 'Tổ chức đạt trong sạch vững mạnh, kết nạp {n} hội viên mới',
  '2.11': 'Số hóa {n}00 hồ sơ thủ tục hành chính, rút ngắn thời gian giải quyết',
  '2.12': 'Quyên góp {n}0 triệu đồng giúp đỡ các gia đình có hoàn cảnh khó khăn',
};

/** Family, middle and given names; about one in two people has a second given name, as in life. */
function personName(rng: Random): string {
  const female = rng.chance(0.5);
  const second = rng.chance(0.5) ? ` ${rng.pick(GIVEN)}` : '';
  return `${rng.pick(FAMILY)} ${rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE)}${second} ${rng.pick(GIVEN)}`;
}

function nomineeName(rng: Random, subject: SubjectCode, field: string, unit: Unit): string {
  if (subject === 'C') return personName(rng);
  if (subject === 'H') return `Hộ ${rng.chance(0.6) ? 'ông' : 'bà'} ${personName(rng)}`;
  // Village names repeat from commune to commune, so a collective is named with its commune.
  const village = `${rng.pick(VILLAGES)}, ${unit.name[0].toLowerCase()}${unit.name.slice(1)}`;
  const collectives: Record<string, string> = {
    '2.5': `Thôn ${village}`,
    '2.10': `Chi hội ${village}`,
    '2.3': `Hợp tác xã ${village}`,
    '2.7': unit.name,
    '2.8': unit.name,
  };
  return (
    collectives[field] ?? `Tập thể ${unit.name.replace(/^(Xã|Thị trấn|Phòng|Trường) /, '')} – tổ ${village}`
  );
}

/** The codes a careful clerk writes: every required criterion of one profile. */
function criteriaFor(plan: Plan, rng: Random, field: string, subject: SubjectCode): string[] {
  const applicable = plan.criteria.filter((c) => criterionApplies(c, field, subject));
  const profiles = [...new Set(applicable.flatMap((c) => c.profiles))];
  const profile = profiles.length ? rng.pick(profiles) : null;
  return applicable.filter((c) => c.required && inProfile(c, profile)).map((c) => c.code);
}

/** The nomination tab's headers, as a new template writes them. */
export const DEMO_HEADERS = NOMINATION_TEMPLATE.columns.map((c) => c.header);

type DemoRow = Record<string, CellValue>;

/** A first nomination of a new model, as a careful clerk writes it; `suffix` tells apart synthetic nominees. */
function newRow(plan: Plan, rng: Random, unit: Unit, year: number, stage: number, suffix = ''): DemoRow {
  const subjectName = new Map(plan.subjects.map((s) => [s.code, s.name]));
  const [field, subject] = rng.pick(PROFILE[unit.category] ?? PROFILE[CATEGORY.agency]);
  const row: DemoRow = {
    'Đơn vị đề nghị': rng.chance(0.5) ? unit.code : unit.name,
    'Tên mô hình, tập thể, cá nhân, hộ gia đình': nomineeName(rng, subject, field, unit) + suffix,
    'Đối tượng': subjectName.get(subject) ?? subject,
    'Lĩnh vực': rng.chance(0.7) ? field : (plan.fields.find((f) => f.code === field)?.name ?? field),
    'Chức vụ, đơn vị công tác / địa chỉ':
      subject === 'T' ? unit.name : `Thôn ${rng.pick(VILLAGES)}, ${unit.name}`,
    'Tiêu chí đáp ứng': criteriaFor(plan, rng, field, subject).join('; '),
    'Ghi chú': '',
  };
  return yearOf(row, rng, plan, year, stage);
}

/** How likely the council recognises a row at each stage. */
const RECOGNISED = [0.25, 0.55, 0.9, 0.95];

/** The model's row for another year: the same nominee, this year's achievement, stage and decision. */
function yearOf(base: DemoRow, rng: Random, plan: Plan, year: number, stage: number): DemoRow {
  const field = plan.fields.find((f) => f.code === base['Lĩnh vực'] || f.name === base['Lĩnh vực']);
  return {
    ...base,
    Năm: year,
    'Thành tích tóm tắt': SUMMARY[field?.code ?? '2.1'].replace(/\{n\}/g, String(rng.int(2, 9))),
    'Minh chứng': `Quyết định số ${rng.int(10, 250)}/QĐ-UBND ngày ${rng.int(1, 28)}/${rng.int(1, 12)}/${year}`,
    'Giai đoạn': plan.stages[stage],
    // The council mostly recognises models once summed up; a model just found is seldom recognised.
    'Kết quả xét':
      year < DEMO_YEAR
        ? rng.chance(RECOGNISED[stage] ?? 0.85)
          ? 'Công nhận'
          : 'Không công nhận'
        : 'Chờ xét',
  };
}

/** `suffix` tells apart nominees of a synthetic workbook, whose name pools are too small for 100,000 rows. */
function rowsFor(
  plan: Plan,
  rng: Random,
  unit: Unit,
  year: number,
  count: number,
  produced: DemoRow[],
  suffix = '',
): DemoRow[] {
  const rows: DemoRow[] = [];
  for (let i = 0; i < count; i++) {
    const row = newRow(plan, rng, unit, year, rng.int(0, plan.stages.length - 1), suffix);
    addMistake(row, rng, produced);
    rows.push(row);
    produced.push(row);
  }
  return rows;
}

/** About one row in six carries a mistake real staff make; most of them are errors that drop the row. */
function addMistake(row: DemoRow, rng: Random, produced: DemoRow[]): void {
  const roll = rng.next();
  const criteria = String(row['Tiêu chí đáp ứng']).split('; ');
  if (roll < 0.04)
    row['Tiêu chí đáp ứng'] = criteria.filter((_, i) => i !== rng.int(0, criteria.length - 1)).join('; ');
  else if (roll < 0.055) row['Đối tượng'] = row['Đối tượng'] === 'Hộ gia đình' ? 'Cá nhân' : 'Hộ gia đình';
  else if (roll < 0.07)
    row['Đơn vị đề nghị'] = `${String(row['Đơn vị đề nghị']).replace(/^Xã /, 'Xa ')} (cũ)`;
  else if (roll < 0.085 && produced.length > 0) {
    const earlier = rng.pick(produced.slice(-20));
    Object.assign(row, {
      ...earlier,
      'Tên mô hình, tập thể, cá nhân, hộ gia đình': String(
        earlier['Tên mô hình, tập thể, cá nhân, hộ gia đình'],
      ).toUpperCase(),
    });
  } else if (roll < 0.115) row['Minh chứng'] = '';
  else if (roll < 0.13) row['Thành tích tóm tắt'] = 'Hoàn thành tốt nhiệm vụ';
  else if (roll < 0.14) row['Năm'] = new Date(Number(row['Năm']), 0, 15);
  else if (roll < 0.145) row['Tiêu chí đáp ứng'] = `${String(row['Tiêu chí đáp ứng'])}; 2.99.X1`;
  else if (roll < 0.16)
    row['Tên mô hình, tập thể, cá nhân, hộ gia đình'] = String(
      row['Tên mô hình, tập thể, cá nhân, hộ gia đình'],
    ).normalize('NFD');
  else if (roll < 0.165) row['Giai đoạn'] = 'Xây dựng';
  else if (roll < 0.168)
    row['Tên mô hình, tập thể, cá nhân, hộ gia đình'] =
      `=${String(row['Tên mô hình, tập thể, cá nhân, hộ gia đình'])}`;
}

/** Units that fall short of quota from 2024 on, and have not sent their 2025 plan. */
const LAGGARDS = ['X04', 'X09', 'X13', 'CQ05', 'H04'];

/** How many rows a unit puts forward in a year: most meet the quota, a few fall short. */
function rowCount(rng: Random, quota: number, unit: Unit, year: number): number {
  if (quota === 0) return 0;
  const laggard = LAGGARDS.includes(unit.code);
  if (laggard && year >= 2024) return Math.max(0, quota - rng.int(2, 5));
  return quota + rng.int(0, 2);
}

export interface DemoWorkbook {
  plan: Plan;
  tabs: { name: string; values: Grid }[];
}

function nominationTab(unit: Unit): string {
  if (unit.category === CATEGORY.commune) return 'Đề cử - Xã, thị trấn';
  const sectors: string[] = [CATEGORY.police, CATEGORY.military, CATEGORY.education, CATEGORY.health];
  return sectors.includes(unit.category) ? 'Đề cử - Các ngành' : 'Đề cử - Cơ quan, đoàn thể';
}

/** The planted models' rows of one unit and year, exactly as the answer key says. */
function plantedRows(plan: Plan, rng: Random, unit: Unit, year: number): DemoRow[] {
  return PLANTED_MODELS.filter((m) => m.unit === unit.code).flatMap((m) =>
    m.steps
      .filter(([y]) => y === year)
      .map(([, stage, decision]) => ({
        ...yearOf(
          {
            'Đơn vị đề nghị': unit.code,
            'Tên mô hình, tập thể, cá nhân, hộ gia đình': m.name,
            'Đối tượng': 'Hộ gia đình',
            'Lĩnh vực': '2.4',
            'Chức vụ, đơn vị công tác / địa chỉ': `Thôn ${VILLAGES[0]}, ${unit.name}`,
            'Tiêu chí đáp ứng': criteriaFor(plan, rng, '2.4', 'H').join('; '),
            'Ghi chú': '',
          },
          rng,
          plan,
          year,
          plan.stages.indexOf(stage),
        ),
        'Kết quả xét': decision ?? '',
      })),
  );
}

/**
 * `Kế hoạch đơn vị`: each quota holder's plan for the period and for each year up to the review year,
 * as the secretariat logs them; the units short of quota and a few others have not sent this year's.
 */
function unitPlanRows(plan: Plan, rng: Random, period: YearRange): Grid {
  const rows: Grid = [];
  const date = (year: number, month: number, day: number) =>
    `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  for (const unit of plan.units.filter((u) => !u.parent)) {
    const office = unit.category === CATEGORY.commune ? 'KH-UBND' : 'KH';
    const entry = (years: string, year: number, received: boolean) => {
      const month = rng.int(1, 3);
      const day = rng.int(2, 20);
      rows.push([
        years,
        unit.code,
        `${rng.int(3, 150)}/${office}`,
        date(year, month, day),
        received ? date(year, month, day + rng.int(2, 8)) : '',
        '',
      ]);
    };
    if (!rng.chance(0.1)) entry(`${period.from}-${period.to}`, period.from, true);
    for (let year = period.from; year <= DEMO_YEAR; year++) {
      const laggard = LAGGARDS.includes(unit.code) && year === DEMO_YEAR;
      if (laggard || rng.chance(0.06)) continue;
      entry(String(year), year, !(year === DEMO_YEAR && rng.chance(0.1)));
    }
  }
  return rows;
}

export function demoWorkbook(seed = 2021): DemoWorkbook {
  const plan = demoPlan();
  const rng = new Random(seed);
  const produced: DemoRow[] = [];
  const pool = new ModelPool<DemoRow>(plan.stages.length);
  const byTab: Record<string, DemoRow[]> = {
    'Đề cử - Xã, thị trấn': [],
    'Đề cử - Các ngành': [],
    'Đề cử - Cơ quan, đoàn thể': [],
  };
  const sectorMembers = new Map<string, Unit[]>();
  for (const u of plan.units)
    if (u.parent) sectorMembers.set(u.parent, [...(sectorMembers.get(u.parent) ?? []), u]);
  const period = plan.period as YearRange;
  for (let year = period.from; year <= period.to; year++) {
    for (const unit of plan.units) {
      if (unit.parent) continue;
      const quota = plan.categories.find((c) => c.name === unit.category)?.defaultQuota ?? 0;
      const members = [unit, ...(sectorMembers.get(unit.code) ?? [])];
      const rows = byTab[nominationTab(unit)];
      const count = rowCount(rng, quota, unit, year);
      for (let i = 0; i < count; i++) {
        // Models this unit put forward last year come back, mostly a stage further on.
        const continuing = pool.takeContinuing(rng, unit.code, year);
        const stage = continuing ? pool.nextStage(rng, continuing.stage) : pool.firstStage(rng);
        const clean = continuing
          ? yearOf(continuing.row, rng, plan, year, stage)
          : newRow(plan, rng, rng.pick(members), year, stage);
        pool.keep(unit.code, { row: clean, stage, year });
        const row = { ...clean };
        addMistake(row, rng, produced);
        rows.push(row);
        produced.push(row);
      }
      for (const row of plantedRows(plan, rng, unit, year)) rows.push(row);
    }
  }
  const reference = referenceTemplates(plan).map((t) => ({
    name: t.name,
    values: [t.columns.map((c) => c.header), ...t.rows],
  }));
  const config = reference.find((t) => t.name === 'Cấu hình');
  config?.values.forEach((r) => (r[0] === CONFIG.reviewYear ? (r[1] = DEMO_YEAR) : null));
  const planTab = reference.find((t) => t.name === TAB.unitPlans);
  for (const row of planTab ? unitPlanRows(plan, rng, period) : []) planTab?.values.push(row);
  const nominationTabs = Object.entries(byTab).map(([name, rows], t) => {
    const grid: Grid = rows.map((row, i) => DEMO_HEADERS.map((h) => (h === 'STT' ? i + 1 : (row[h] ?? ''))));
    // The communes' tab has title rows above its header, as printed forms do.
    const title: Grid =
      t === 0 ? [['DANH SÁCH ĐỀ CỬ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN CỦA CÁC XÃ, THỊ TRẤN'], ['']] : [];
    return { name, values: [...title, DEMO_HEADERS.slice(), ...grid] };
  });
  return { plan, tabs: [...reference, ...nominationTabs] };
}

/**
 * A workbook of exactly `rows` nomination rows (the demo's units, fields and mistakes, years spread
 * over the plan), for benchmarks and fuzzing at any scale. Deterministic for a given seed.
 */
export function syntheticWorkbook(rows: number, seed = 1): DemoWorkbook {
  const plan = demoPlan();
  const rng = new Random(seed);
  const produced: DemoRow[] = [];
  const period = plan.period as YearRange;
  const years = period.to - period.from + 1;
  const grid: Grid = [DEMO_HEADERS.slice()];
  for (let i = 0; i < rows; i++) {
    const unit = plan.units[i % plan.units.length];
    const year = period.from + (Math.floor(i / plan.units.length) % years);
    const [row] = rowsFor(
      plan,
      rng,
      unit,
      year,
      1,
      produced,
      ` (${Math.floor(i / plan.units.length / years) + 1})`,
    );
    if (produced.length > 40) produced.shift();
    grid.push(DEMO_HEADERS.map((h) => (h === 'STT' ? i + 1 : (row[h] ?? ''))));
  }
  const reference = referenceTemplates(plan).map((t) => ({
    name: t.name,
    values: [t.columns.map((c) => c.header), ...t.rows],
  }));
  return { plan, tabs: [...reference, { name: 'Đề cử', values: grid }] };
}
