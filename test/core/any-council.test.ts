import fc from 'fast-check';
import type { Grid } from '../../src/core/cells';
import { runCouncil, runPeriodReport, runQuotas, periodWarning } from '../../src/core/jobs/reports';
import { CONFIG } from '../../src/core/plan/config';
import { runCheck } from '../../src/core/jobs/check';
import { startNextPeriod } from '../../src/core/jobs/next-period';
import { BLANK_SEED, setupWorkbook } from '../../src/core/jobs/setup';
import { PlanLookup } from '../../src/core/plan/lookup';
import { splitNames } from '../../src/core/plan/name-list';
import { blankPlan, nextPlan } from '../../src/core/plan/new-plan';
import { PRESET_PLAN } from '../../src/core/plan/preset';
import type { Plan } from '../../src/core/plan/types';
import { validateNominations } from '../../src/core/validate/validate';
import { PlanIncomplete } from '../../src/core/workbook/plan-gaps';
import { readPlan } from '../../src/core/workbook/read-plan';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import type { TabData } from '../../src/core/workbook/tab';
import { communePlan, communeWorkbook } from '../../src/demo/commune-workbook';
import { MemoryPort } from '../support/memory-port';
import { presetTraces } from '../support/preset-traces';
import { nominationGrid, referenceTabs, type Row, TEMPLATE_TABS } from '../support/workbook';

const commune = communePlan();

/** A commune row that passes every rule: a family in field 1 from the first village. */
function communeRow(overrides: Row = {}): Row {
  return {
    Năm: 2026,
    'Đơn vị đề nghị': 'TB1',
    'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'Gia đình ông Lò Văn Khoa',
    'Đối tượng': 'Gia đình',
    'Lĩnh vực': '1',
    'Chức vụ, đơn vị công tác / địa chỉ': 'Thôn Đồng Tâm',
    'Thành tích tóm tắt': 'Chuyển đổi 5 sào ruộng sang trồng rau an toàn, mỗi vụ thu trên 50 triệu đồng',
    'Tiêu chí đáp ứng': 'C1; C2; 1-GĐ1',
    'Minh chứng': 'Biên bản họp thôn số 3/BB',
    'Giai đoạn': 'Đăng ký xây dựng',
    ...overrides,
  };
}

function tabsOf(plan: Plan, rows: Row[], change: (tabs: TabData[]) => TabData[] = (t) => t): TabData[] {
  return change([...referenceTabs(plan), { name: 'Đề cử', values: nominationGrid(rows) }]);
}

function check(plan: Plan, rows: Row[], change?: (tabs: TabData[]) => TabData[]) {
  const reading = readWorkbook(tabsOf(plan, rows, change));
  return { reading, result: validateNominations(reading) };
}

/** The reference tabs with one `Cấu hình` value replaced (undefined removes the row). */
function withConfig(name: string, value: string | number | undefined) {
  return (tabs: TabData[]) =>
    tabs.map((t) =>
      t.name !== 'Cấu hình'
        ? t
        : {
            ...t,
            values: t.values.flatMap((r) =>
              r[0] !== name ? [r] : value === undefined ? [] : [[r[0], value]],
            ),
          },
    );
}

function withTab(name: string, edit: (values: Grid) => Grid) {
  return (tabs: TabData[]) => tabs.map((t) => (t.name === name ? { ...t, values: edit(t.values) } : t));
}

describe('a council that shares nothing with the preset', () => {
  it('(the trace finder does find the preset’s words, codes and places)', () => {
    const traces = presetTraces(JSON.stringify(referenceTabs(PRESET_PLAN)));
    expect(traces).toEqual(expect.arrayContaining(['Ba Bể', 'Xã Nam Mẫu', 'Phát hiện', '2.10', 'Giáo dục']));
    expect(presetTraces('lĩnh vực 2.4 của Phòng Nội vụ')).toEqual(['Phòng Nội vụ', '2.4']);
  });

  it('reads its own plan back exactly from its tabs', () => {
    const { plan, issues, gaps } = readPlan(referenceTabs(commune));
    expect(issues).toEqual([]);
    expect(gaps).toEqual([]);
    expect(plan).toEqual(commune);
  });

  it('checks its shipped example with exactly the planted mistakes and no false issue', () => {
    const result = validateNominations(readWorkbook(communeWorkbook().tabs));
    expect(result.issues.map((i) => i.code).sort()).toEqual([
      'E_CRITERIA_MISSING',
      'E_CRITERIA_MISSING',
      'E_CRITERIA_MISSING',
      'E_SUBJECT_NOT_ALLOWED',
      'E_UNKNOWN_UNIT',
      'W_NO_EVIDENCE',
    ]);
  });

  it('accepts its own stages and decisions, and refuses the preset’s', () => {
    const { result } = check(commune, [
      communeRow({ 'Giai đoạn': 'Theo dõi, giúp đỡ', 'Kết quả xét': 'Được biểu dương' }),
      communeRow({
        'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'Gia đình bà Vi Thị Sen',
        'Giai đoạn': 'Phát hiện',
        'Kết quả xét': 'Khen thưởng',
      }),
    ]);
    expect(result.issues.filter((i) => i.row === 2)).toEqual([]);
    const row3 = result.issues.filter((i) => i.row === 3);
    expect(row3.map((i) => i.code)).toEqual(['E_BAD_STAGE', 'E_BAD_DECISION']);
    expect(row3[0].message).toContain('Đăng ký xây dựng, Theo dõi, giúp đỡ, Đánh giá, Biểu dương');
    expect(row3[1].message).toContain('Đang xem xét, Được biểu dương, Trả lại hồ sơ');
  });

  it('takes subjects by name, by the council’s short code, or by a name holding its own', () => {
    const { result } = check(commune, [
      communeRow({ 'Đối tượng': 'GĐ' }),
      communeRow({
        'Đối tượng': 'Doanh nghiệp',
        'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'Gia đình bà Lò Thị Ón',
      }),
      communeRow({
        'Đối tượng': 'Hộ gia đình',
        'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'Gia đình ông Hà Văn Páo',
      }),
    ]);
    expect(result.rows[0].valid).toBe(true);
    expect(result.rows[2]).toMatchObject({ valid: true, subject: 'GĐ' });
    expect(result.issues.filter((i) => i.row === 3).map((i) => i.code)).toEqual(['E_BAD_SUBJECT']);
    expect(result.issues[0].message).toContain('Tập thể, Cá nhân, Gia đình');
  });

  it('hints with the council’s own field codes', () => {
    const { result } = check(commune, [communeRow({ 'Lĩnh vực': '2.4' })]);
    expect(result.issues[0].code).toBe('E_UNKNOWN_FIELD');
    expect(result.issues[0].message).toContain('như 1, 2, 3');
    expect(presetTraces(result.issues[0].message.replace('“2.4”', ''))).toEqual([]);
  });
});

describe('lists inside one cell', () => {
  const categories = new PlanLookup(commune);

  it('keeps a name with a comma whole when it is a known name', () => {
    expect(splitNames('Thôn, bản', (s) => categories.category(s)?.name)).toEqual({
      found: ['Thôn, bản'],
      unknown: [],
    });
  });

  it('separates names with “;” or line breaks and still finds names with commas', () => {
    expect(
      splitNames('Trường học;Thôn, bản\nTổ chức chính trị – xã hội', (s) => categories.category(s)?.name),
    ).toEqual({
      found: ['Trường học', 'Thôn, bản', 'Tổ chức chính trị – xã hội'],
      unknown: [],
    });
  });

  it('flags a name that matches nothing, keeping its pieces together', () => {
    expect(splitNames('Trường học, Chợ, phố', (s) => categories.category(s)?.name)).toEqual({
      found: ['Trường học'],
      unknown: ['Chợ, phố'],
    });
  });

  it('gives no false sector warning to the preset’s “Hội, đoàn thể” either', () => {
    const plan = { ...PRESET_PLAN, fieldSectors: { ...PRESET_PLAN.fieldSectors, '2.10': ['Hội, đoàn thể'] } };
    const { reading } = check(plan, []);
    expect(reading.plan.fieldSectors['2.10']).toEqual(['Hội, đoàn thể']);
    expect(reading.issues).toEqual([]);
  });

  it('reports a sector that is no unit category', () => {
    const { reading } = check(
      commune,
      [],
      withTab('Lĩnh vực', (v) => v.map((r, i) => (i === 3 ? [r[0], r[1], r[2], 'Thôn, bản; Chợ'] : r))),
    );
    expect(reading.issues).toEqual([
      expect.objectContaining({
        code: 'E_UNKNOWN_CATEGORY',
        sheet: 'Lĩnh vực',
        row: 4,
        column: 'Ngành phụ trách',
      }),
    ]);
    expect(reading.plan.fieldSectors['3']).toEqual(['Thôn, bản']);
  });

  it('lets a criterion belong to several profiles, separated by “;”', () => {
    const shared = readPlan(referenceTabs(commune)).plan.criteria.find((c) => c.code === '4-CN3');
    expect(shared?.profiles).toEqual(['Giáo viên, nhân viên', 'Học sinh']);
  });

  it('brings back no sector when the “Ngành phụ trách” column is missing', () => {
    const { reading, result } = check(
      PRESET_PLAN,
      [],
      withTab('Lĩnh vực', (v) => v.map((r) => r.slice(0, 3))),
    );
    expect(reading.plan.fieldSectors).toEqual({});
    expect(result.issues).toEqual([]);
  });
});

describe('field codes of any scheme', () => {
  const plan = (codes: string[]): Plan => ({
    ...commune,
    fields: codes.map((code, i) => ({ code, name: `Lĩnh vực thứ ${i + 1} – ${code}`, subjects: ['GĐ'] })),
    criteria: commune.criteria.filter((c) => c.field === null),
  });

  it.each([
    ['I.3', 'I.3. Lĩnh vực thứ 2 – I.3'],
    ['I.3', 'i.3 - bất kỳ'],
    ['A', 'A'],
    ['A', 'A. Lĩnh vực thứ 1 – A'],
    ['2.10', '2.10 Xây dựng'],
    ['03', '03'],
  ])('finds field %s from “%s”', (code, text) => {
    const lookup = new PlanLookup(plan(['A', 'I.3', '2.1', '2.10', '03']));
    expect(lookup.field(text)?.code).toBe(code);
  });

  it('does not take the start of a name for a code', () => {
    const lookup = new PlanLookup(plan(['A', 'B']));
    expect(lookup.field('An ninh')).toBeUndefined();
  });

  it('reads a number Excel made of a code back to the code when only one code reads so', () => {
    const { result } = check(plan(['01', '02', '03']), [
      communeRow({ 'Lĩnh vực': 3, 'Tiêu chí đáp ứng': 'C1; C2' }),
    ]);
    expect(result.rows[0].field).toBe('03');
    expect(result.issues).toEqual([]);
  });

  it('does not take a number that could be two codes for the one written exactly so when nothing in the row decides', () => {
    const { result } = check(plan(['2.1', '2.10']), [
      communeRow({ 'Lĩnh vực': 2.1, 'Tiêu chí đáp ứng': 'C1; C2' }),
    ]);
    expect(result.rows[0].field).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['E_UNKNOWN_FIELD']);
    expect(result.issues[0].message).toContain('có thể là lĩnh vực 2.1 hoặc 2.10');
    expect(result.issues[0].message).toContain('Văn bản thuần');
  });

  /** Fields k.1 (families), k.10 (families and teams) and maybe k.100, each with its own criterion k.….a. */
  const tenths = (k: number, hundredth = false): Plan => {
    const codes = [`${k}.1`, `${k}.10`, ...(hundredth ? [`${k}.100`] : [])];
    return {
      ...commune,
      fields: codes.map((code, i) => ({
        code,
        name: `Lĩnh vực thứ ${i + 1} – ${code}`,
        subjects: i === 1 ? ['GĐ', 'TT'] : ['GĐ'],
      })),
      criteria: [
        ...commune.criteria.filter((c) => c.field === null),
        ...codes.map((code) => ({
          code: `${code}.a`,
          field: code,
          subjects: [],
          profiles: [],
          text: `Đạt chỉ tiêu riêng của lĩnh vực ${code}`,
          required: true,
        })),
      ],
    };
  };

  it('reads a field code "1.10" a spreadsheet made the number 1.1 as 1.10 when the row’s criteria (1.10.a) fit only 1.10', () => {
    const { result } = check(tenths(1), [
      communeRow({ 'Lĩnh vực': 1.1, 'Tiêu chí đáp ứng': 'C1; C2; 1.10.a' }),
    ]);
    expect(result.rows[0]).toMatchObject({ field: '1.10', valid: true });
    expect(result.issues.map((i) => i.code)).toEqual(['W_FIELD_AS_NUMBER']);
    expect(result.issues[0].message).toContain('có thể là lĩnh vực 1.1 hoặc 1.10');
    expect(result.issues[0].message).toContain(
      'đang được hiểu là 1.10 vì tiêu chí “1.10.a” thuộc lĩnh vực 1.10',
    );
  });

  it('reads the number 1.1 as 1.1 when the row’s criteria (1.1.a) fit only 1.1', () => {
    const { result } = check(tenths(1), [
      communeRow({ 'Lĩnh vực': 1.1, 'Tiêu chí đáp ứng': 'C1; C2; 1.1.a' }),
    ]);
    expect(result.rows[0]).toMatchObject({ field: '1.1', valid: true });
    expect(result.issues.map((i) => i.code)).toEqual(['W_FIELD_AS_NUMBER']);
    expect(result.issues[0].message).toContain('đang được hiểu là 1.1 vì tiêu chí “1.1.a”');
  });

  it('reads the number 1.1 as the one field that takes the row’s subject, saying so', () => {
    const { result } = check(tenths(1), [
      communeRow({ 'Lĩnh vực': 1.1, 'Đối tượng': 'Tập thể', 'Tiêu chí đáp ứng': 'C1; C2; 1.10.a' }),
    ]);
    expect(result.rows[0]).toMatchObject({ field: '1.10', valid: true });
    expect(result.issues.map((i) => i.code)).toEqual(['W_FIELD_AS_NUMBER']);
    expect(result.issues[0].message).toContain('vì chỉ lĩnh vực 1.10 xét Tập thể');
  });

  it('does not read the number 1.1 when the row’s criteria belong to both fields, and says what to write', () => {
    const { result } = check(tenths(1), [
      communeRow({ 'Lĩnh vực': 1.1, 'Tiêu chí đáp ứng': 'C1; C2; 1.1.a; 1.10.a' }),
    ]);
    expect(result.rows[0].field).toBeNull();
    expect(result.issues.map((i) => i.code)).toContain('E_UNKNOWN_FIELD');
    expect(result.issues[0].message).toContain('(như 1.1.a hoặc 1.10.a)');
  });

  it('for any plan with codes k.1, k.10 (and k.100), the number k.1 is read as the field whose own criterion the row names', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.boolean(), fc.nat(2), (k, hundredth, pick) => {
        const chosen = [`${k}.1`, `${k}.10`, `${k}.100`][hundredth ? pick : pick % 2];
        const { result } = check(tenths(k, hundredth), [
          communeRow({ 'Lĩnh vực': Number(`${k}.1`), 'Tiêu chí đáp ứng': `C1; C2; ${chosen}.a` }),
        ]);
        expect(result.rows[0]).toMatchObject({ field: chosen, valid: true });
        expect(result.issues.map((i) => i.code)).toEqual(['W_FIELD_AS_NUMBER']);
      }),
      { numRuns: 40 },
    );
  });

  it('reads a date Sheets made of a code back day first: 1 May is 01.05, whatever the zeros', () => {
    const { result } = check(plan(['01.05', '1.6', 'A']), [
      communeRow({ 'Lĩnh vực': new Date(2026, 4, 1), 'Tiêu chí đáp ứng': 'C1; C2' }),
    ]);
    expect(result.rows[0].field).toBe('01.05');
    expect(result.issues.map((i) => i.code)).toEqual(['W_FIELD_AS_DATE']);
    expect(result.issues[0].message).toContain('01/05/2026');
  });

  it('does not guess a month-first code: 2 October is not 10.2 when there is no 2.10', () => {
    const { result } = check(plan(['10.2', '1.1']), [
      communeRow({ 'Lĩnh vực': new Date(2026, 9, 2), 'Tiêu chí đáp ứng': 'C1; C2' }),
    ]);
    expect(result.rows[0].field).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['E_UNKNOWN_FIELD']);
    expect(result.issues[0].message).toContain('Văn bản thuần');
  });

  it('reads 2 October as 2.10 when both 2.10 and 10.2 are codes, and says which it did not take', () => {
    const { result } = check(plan(['10.2', '2.10']), [
      communeRow({ 'Lĩnh vực': new Date(2026, 9, 2), 'Tiêu chí đáp ứng': 'C1; C2' }),
    ]);
    expect(result.rows[0].field).toBe('2.10');
    expect(result.issues.map((i) => i.code)).toEqual(['W_FIELD_AS_DATE']);
    expect(result.issues[0].message).toContain('không phải 10.2');
  });

  it('keeps the error for a date no code reads as, in a council whose codes are not numbers', () => {
    const { result } = check(plan(['A', 'I.3']), [
      communeRow({ 'Lĩnh vực': new Date(2026, 2, 1), 'Tiêu chí đáp ứng': 'C1; C2' }),
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(['E_UNKNOWN_FIELD']);
  });

  it('refuses a number that could be two codes when neither is written so', () => {
    const { result } = check(plan(['1.0', '01']), [
      communeRow({ 'Lĩnh vực': 1, 'Tiêu chí đáp ứng': 'C1; C2' }),
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(['E_UNKNOWN_FIELD']);
  });
});

describe('the workbook is the only source: blank or missing settings', () => {
  it.each([
    ['Tên cơ quan', 'letterhead'],
    ['Tên Hội đồng', 'letterhead'],
    ['Địa danh', 'letterhead'],
    ['Năm bắt đầu', 'period'],
    ['Năm kết thúc', 'period'],
    ['Sơ kết từ năm', 'midterm'],
  ])('a blank “%s” is E_BAD_CONFIG naming it and what to write (%s)', (name, need) => {
    const { plan, issues, gaps } = readPlan(withConfig(name, '')(referenceTabs(commune)));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'E_BAD_CONFIG', sheet: 'Cấu hình', column: 'Giá trị' }),
    ]);
    expect(issues[0].message).toMatch(new RegExp(`^Chưa ghi “${name}” trong trang “Cấu hình”: ghi `));
    expect(gaps.map((g) => g.need)).toEqual([need]);
    expect(presetTraces(JSON.stringify(plan))).toEqual([]);
  });

  it('says to add a parameter whose row was deleted', () => {
    const { issues } = readPlan(withConfig('Tên cơ quan', undefined)(referenceTabs(commune)));
    expect(issues[0].message).toContain('chưa có dòng “Tên cơ quan”: thêm dòng đó');
    expect(issues[0].row).toBeNull();
  });

  it('stops the council’s tabs without a letterhead, and writes nothing', () => {
    const port = new MemoryPort(
      Object.fromEntries(
        tabsOf(commune, [communeRow()], withConfig('Tên cơ quan', '')).map((t) => [t.name, t.values]),
      ),
    );
    const before = port.readTabs();
    expect(() => runCouncil(port, new Date(2026, 10, 1))).toThrow(PlanIncomplete);
    expect(() => runCouncil(port, new Date(2026, 10, 1))).toThrow(/Chưa ghi “Tên cơ quan”/);
    expect(port.readTabs()).toEqual(before);
    // Checking does not need the letterhead: it runs, and lists the gap among the sheet issues.
    const check = runCheck(port);
    expect(check.result.issues[0]).toMatchObject({ code: 'E_BAD_CONFIG', sheet: 'Cấu hình' });
  });

  it('stops checking when the period is blank, instead of taking 2021–2025', () => {
    const port = new MemoryPort(
      Object.fromEntries(
        tabsOf(commune, [communeRow()], withConfig('Năm kết thúc', '')).map((t) => [t.name, t.values]),
      ),
    );
    expect(() => runCheck(port)).toThrow(/Chưa ghi “Năm kết thúc”/);
  });

  it('stops the mid-term report when its end is before its start', () => {
    const port = new MemoryPort(
      Object.fromEntries(
        tabsOf(commune, [communeRow()], withConfig('Sơ kết đến năm', 2025)).map((t) => [t.name, t.values]),
      ),
    );
    expect(() => runPeriodReport(port, new Date(2026, 10, 1), 'midterm')).toThrow(
      /“Sơ kết đến năm” \(2025\) đứng trước/,
    );
    // The whole period, reviewed in its first year: a mid-term review.
    expect(runPeriodReport(port, new Date(2026, 10, 1)).name).toBe('Sơ kết 2026-2030');
  });

  it('takes the neutral default for a blank minimum summary length, and says so', () => {
    const { reading, result } = check(
      commune,
      [communeRow({ 'Thành tích tóm tắt': 'Ngắn' })],
      withConfig('Số ký tự tối thiểu của thành tích', ''),
    );
    expect(reading.defaults).toEqual(['“Số ký tự tối thiểu của thành tích” chưa ghi: dùng mặc định 30.']);
    expect(result.issues.map((i) => i.code)).toEqual(['W_SUMMARY_SHORT']);
    const port = new MemoryPort(
      Object.fromEntries(
        tabsOf(commune, [communeRow()], withConfig('Số ký tự tối thiểu của thành tích', '')).map((t) => [
          t.name,
          t.values,
        ]),
      ),
    );
    expect(runCheck(port).message).toContain('dùng mặc định 30');
  });

  it('has no milestones unless the workbook has some', () => {
    const tabs = withTab('Cấu hình', (v) => v.filter((r) => !String(r[0]).startsWith('Mốc')))(
      referenceTabs(commune),
    );
    expect(readPlan(tabs).plan.milestones).toEqual([]);
  });

  it('needs at least one subject in Danh mục', () => {
    const tabs = withTab('Danh mục', (v) => v.filter((r) => r[0] !== 'Đối tượng'))(referenceTabs(commune));
    const { gaps } = readPlan(tabs);
    expect(gaps.map((g) => [g.need, g.issue.sheet])).toEqual([['tabs', 'Danh mục']]);
  });

  it('warns, without failing, about years outside the plan period', () => {
    expect(periodWarning(commune, 2025)).toBe(
      'Cảnh báo: Năm 2025 nằm ngoài giai đoạn 2026–2030 của kế hoạch (trang “Cấu hình”).',
    );
    expect(periodWarning(commune, 2026, 2030)).toBeNull();
    expect(periodWarning(commune, 2029, 2031)).toContain('Khoảng năm 2029–2031');
  });
});

describe('decisions mean what the council says', () => {
  const rows = [
    communeRow({ 'Kết quả xét': 'Được biểu dương' }),
    communeRow({
      'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'Gia đình bà Lê Thị Hằng',
      'Kết quả xét': 'Trả lại hồ sơ',
    }),
    communeRow({
      'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'Gia đình ông Đỗ Văn Tình',
      'Kết quả xét': 'Đang xem xét',
    }),
  ];
  const port = () => new MemoryPort(Object.fromEntries(tabsOf(commune, rows).map((t) => [t.name, t.values])));
  const text = (p: MemoryPort, name: string) =>
    JSON.stringify(p.readTabs().find((t) => t.name === name)?.values);

  it('sends the recognised rows to the recipient the workbook names', () => {
    const p = port();
    runCouncil(p, new Date(2026, 10, 1));
    const propagation = text(p, 'Tuyên truyền 2026');
    expect(propagation).toContain('Gửi Đài Truyền thanh xã Hòa Sơn để tuyên truyền, nhân rộng');
    expect(propagation).toContain('Gia đình ông Lò Văn Khoa');
    expect(propagation).not.toContain('Lê Thị Hằng');
  });

  it('leaves returned rows out of the list proposed to the council, and says how many', () => {
    const p = port();
    runCouncil(p, new Date(2026, 10, 1));
    const council = text(p, 'Tổng hợp 2026');
    expect(council).not.toContain('Lê Thị Hằng');
    expect(council).toContain('Tổng cộng: 2 mô hình, gương điển hình tiên tiến.');
    expect(council).toContain(
      '(Năm 2026 có 3 đề cử hợp lệ, trong đó 1 đề cử Hội đồng đã trả lại, không đưa vào danh sách này.)',
    );
  });

  it('counts every decision per year in the period report', () => {
    const p = port();
    runPeriodReport(p, new Date(2026, 10, 1));
    const period = p.readTabs().find((t) => t.name === 'Sơ kết 2026-2030')?.values ?? [];
    const line = (name: string) => period.find((r) => r[1] === name)?.slice(2, 4);
    expect(line('Được biểu dương')).toEqual([1, 0]);
    expect(line('Trả lại hồ sơ')).toEqual([1, 0]);
  });
});

describe('starting a new plan', () => {
  it('a blank template has the tabs and headers, and nothing of the preset', () => {
    const port = new MemoryPort({ Trang1: [] });
    setupWorkbook(port, BLANK_SEED);
    const tabs = port.readTabs();
    expect(tabs.map((t) => t.name)).toEqual(['Trang1', ...TEMPLATE_TABS]);
    expect(presetTraces(JSON.stringify(tabs), blankPlan())).toEqual([]);
    const { plan, gaps } = readPlan(tabs);
    expect(plan.units).toEqual([]);
    expect(plan.milestones).toEqual([]);
    // Every command then stops and says what to write, parameter by parameter.
    expect(gaps.map((g) => g.issue.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('“Tên cơ quan”'),
        expect.stringContaining('“Năm bắt đầu”'),
        'Trang “Đơn vị” chưa có đơn vị nào; điền trước khi chạy các lệnh.',
      ]),
    );
  });

  it('a next plan carries units, fields, criteria, lists and settings, with new dates to fill', () => {
    const next = nextPlan(commune, { from: 2031, to: 2035 });
    const port = new MemoryPort({});
    setupWorkbook(port, { plan: next, label: 'kế hoạch 2026–2030' });
    const { plan, gaps } = readPlan(port.readTabs());
    expect(plan).toEqual({
      ...commune,
      period: { from: 2031, to: 2035 },
      reviewYear: null,
      midterm: null,
      milestones: [],
    });
    expect(gaps.map((g) => g.need)).toEqual(['midterm', 'midterm']);
  });

  it('in Sheets, moves this workbook to a new period without touching a nomination row', () => {
    const tabs = tabsOf(commune, [communeRow()]);
    const port = new MemoryPort(Object.fromEntries(tabs.map((t) => [t.name, t.values])));
    const messages = startNextPeriod(port, { from: 2031, to: 2035 });
    expect(messages[0]).toBe('Đã chuyển “Cấu hình” sang giai đoạn 2031–2035.');
    const after = port.readTabs();
    const { plan, issues } = readPlan(after);
    expect(plan.period).toEqual({ from: 2031, to: 2035 });
    expect([plan.reviewYear, plan.midterm]).toEqual([null, null]);
    expect(issues.filter((i) => i.message.startsWith('Mốc'))).toHaveLength(commune.milestones.length);
    expect(after.find((t) => t.name === 'Đề cử')?.values).toEqual(
      tabs.find((t) => t.name === 'Đề cử')?.values,
    );
  });
});

describe('no trace of the preset, whichever setting is blank or missing', () => {
  const names = Object.values(CONFIG);
  const runAll = (port: MemoryPort): string[] => {
    const today = new Date(2026, 10, 25);
    const said: string[] = [];
    for (const job of [
      () => runCheck(port).message,
      () => runQuotas(port, today).message,
      () => runCouncil(port, today).message,
      () => runPeriodReport(port, today).message,
      () => runPeriodReport(port, today, 'midterm').message,
    ]) {
      try {
        said.push(job());
      } catch (error) {
        if (!(error instanceof PlanIncomplete)) throw error;
        said.push(error.message);
      }
    }
    return said;
  };

  it.each(names.flatMap((name) => [[name, 'blank'] as const, [name, 'missing'] as const]))(
    '“%s” %s',
    (name, how) => {
      const tabs = tabsOf(commune, [communeRow()], withConfig(name, how === 'blank' ? '' : undefined));
      const port = new MemoryPort(Object.fromEntries(tabs.map((t) => [t.name, t.values])));
      const said = runAll(port);
      expect(presetTraces(JSON.stringify([said, port.readTabs()]))).toEqual([]);
    },
  );
});
