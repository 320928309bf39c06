import { PlanLookup } from '../../src/core/plan/lookup';
import { PRESET_PLAN } from '../../src/core/plan/preset';
import type { Grid } from '../../src/core/cells';
import { readPlan } from '../../src/core/workbook/read-plan';
import { referenceTemplates } from '../../src/core/workbook/template';

const lookup = new PlanLookup(PRESET_PLAN);
const eligible = (field: string) => lookup.field(field)?.subjects;

function templateTabs(): { name: string; values: Grid }[] {
  return referenceTemplates(PRESET_PLAN).map((t) => ({
    name: t.name,
    values: [t.columns.map((c) => c.header), ...t.rows],
  }));
}

describe('the preset plan (section III.2 of the seed)', () => {
  it('has the 12 fields 2.1 to 2.12 in order', () => {
    expect(PRESET_PLAN.fields.map((f) => f.code)).toEqual(Array.from({ length: 12 }, (_, i) => `2.${i + 1}`));
  });

  it.each([
    ['2.1', ['T', 'C']],
    ['2.2', ['T', 'C', 'H']],
    ['2.3', ['T', 'C']],
    ['2.4', ['H']],
    ['2.5', ['T', 'H']],
    ['2.6', ['T', 'C']],
    ['2.7', ['T', 'C']],
    ['2.8', ['T', 'C']],
    ['2.9', ['T', 'C']],
    ['2.10', ['T', 'C']],
    ['2.11', ['T', 'C']],
    ['2.12', ['T', 'C', 'H']],
  ])('field %s accepts exactly the subjects %j', (field, subjects) => {
    expect(eligible(field)).toEqual(subjects);
  });

  it('does not let a household be nominated in field 2.1', () => {
    expect(eligible('2.1')).not.toContain('H');
  });

  it('accepts only households in field 2.4', () => {
    expect(eligible('Phát triển kinh tế hộ gia đình')).toEqual(['H']);
  });

  it('sets the annual quotas of section IV.1: communes 10, sectors 5, others 3', () => {
    const quota = Object.fromEntries(PRESET_PLAN.categories.map((c) => [c.name, c.defaultQuota]));
    expect(quota).toEqual({
      'Xã, thị trấn': 10,
      'Công an': 5,
      'Quân đội': 5,
      'Giáo dục': 5,
      'Y tế': 5,
      'Cơ quan, ban, ngành': 3,
      'Ủy ban MTTQ': 3,
      'Hội, đoàn thể': 3,
    });
  });

  it('has the four stages and the 2021–2025 period with its reviews', () => {
    expect(PRESET_PLAN.stages).toEqual(['Phát hiện', 'Bồi dưỡng', 'Tổng kết', 'Nhân rộng']);
    expect(PRESET_PLAN.period).toEqual({ from: 2021, to: 2025 });
    expect(PRESET_PLAN.milestones.map((m) => m.when)).toEqual([
      'Quý I/2023',
      'Quý II/2023',
      'Quý II/2023',
      'Quý II/2025',
    ]);
    expect(PRESET_PLAN.milestones[0].due).toEqual({ kind: 'quarter', year: 2023, quarter: 1 });
  });

  it('gives every unit a known category', () => {
    for (const unit of PRESET_PLAN.units) expect(lookup.category(unit.category)).toBeDefined();
  });
});

describe('plan lookup tolerances', () => {
  it.each(['2.4', '2.4. Phát triển kinh tế hộ gia đình', 'PHÁT TRIỂN KINH TẾ HỘ GIA ĐÌNH', 'Lĩnh vực 2.4'])(
    'finds field 2.4 from “%s”',
    (text) => expect(lookup.field(text)?.code).toBe('2.4'),
  );

  it('tells 2.1 from 2.10', () => {
    expect(lookup.field('2.10')?.code).toBe('2.10');
    expect(lookup.field('2.1')?.code).toBe('2.1');
  });

  it('finds a unit by code, by name, or by name without its prefix', () => {
    expect(lookup.unit('x06')?.name).toBe('Xã Địa Linh');
    expect(lookup.unit('XÃ ĐỊA LINH')?.code).toBe('X06');
    expect(lookup.unit('Địa Linh')?.code).toBe('X06');
  });

  it('a unit typed without diacritics is only a spelling guess the user confirms', () => {
    expect(lookup.unit('xa dia linh')).toBeUndefined();
    expect(lookup.unitMatch('xa dia linh')).toEqual({
      kind: 'spelling',
      value: expect.objectContaining({ code: 'X06' }),
    });
  });

  it('finds subjects by name or letter', () => {
    expect(lookup.subjectCode('hộ gia đình'.toUpperCase())).toBe('H');
    expect(lookup.subjectCode('C')).toBe('C');
  });
});

describe('reading the plan from the reference tabs', () => {
  it('reads back exactly the preset from a template workbook', () => {
    const { plan, issues } = readPlan(templateTabs());
    expect(issues).toEqual([]);
    expect(plan).toEqual(PRESET_PLAN);
  });

  it('never falls back to the preset: a missing reference tab is a gap that stops every command', () => {
    const tabs = templateTabs().filter((t) => t.name !== 'Lĩnh vực');
    const { plan, issues, gaps } = readPlan(tabs);
    expect(plan.fields).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'E_MISSING_TAB', sheet: 'Lĩnh vực', severity: 'error' }),
    ]);
    expect(gaps.map((g) => g.need)).toEqual(['tabs']);
  });

  it('finds a renamed reference tab by its header row', () => {
    const tabs = templateTabs().map((t) => (t.name === 'Đơn vị' ? { ...t, name: 'DS đơn vị 2024' } : t));
    const { found, issues } = readPlan(tabs);
    expect(found.units?.tab.name).toBe('DS đơn vị 2024');
    expect(issues).toEqual([]);
  });

  it('reports a reference tab that lacks a required column', () => {
    const tabs = templateTabs().map((t) =>
      t.name === 'Đơn vị' ? { ...t, values: t.values.map((r) => r.slice(1)) } : t,
    );
    const { issues } = readPlan(tabs);
    expect(issues).toEqual([expect.objectContaining({ code: 'E_MISSING_COLUMN', sheet: 'Đơn vị', row: 1 })]);
    expect(issues[0].message).toContain('Mã đơn vị');
  });

  describe('units', () => {
    const units = (rows: Grid) =>
      readPlan([
        ...templateTabs().filter((t) => t.name !== 'Đơn vị'),
        {
          name: 'Đơn vị',
          values: [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Đơn vị cấp trên', 'Chỉ tiêu/năm'], ...rows],
        },
      ]);

    it('links a school to its parent by name or code', () => {
      const { plan, issues } = units([
        ['GD', 'Phòng Giáo dục và Đào tạo', 'Giáo dục', '', ''],
        ['TH1', 'Trường Tiểu học Chợ Rã', 'Giáo dục', 'PHÒNG GIÁO DỤC  VÀ ĐÀO TẠO', ''],
        ['TH2', 'Trường THCS Nam Mẫu', 'Giáo dục', 'GD', 4],
      ]);
      expect(issues).toEqual([]);
      expect(plan.units.map((u) => [u.code, u.parent, u.quota])).toEqual([
        ['GD', null, null],
        ['TH1', 'GD', null],
        ['TH2', 'GD', 4],
      ]);
    });

    it('never takes a parent or category by a spelling guess, but says what it comes close to', () => {
      const { plan, issues } = units([
        ['GD', 'Phòng Giáo dục và Đào tạo', 'Giáo dục', '', ''],
        ['TH1', 'Trường Tiểu học Chợ Rã', 'Giao duc', 'phong giao duc va dao tao', ''],
      ]);
      expect(plan.units[1].parent).toBeNull();
      expect(issues.map((i) => i.code).sort()).toEqual(['E_UNKNOWN_CATEGORY', 'E_UNKNOWN_PARENT']);
      expect(issues.find((i) => i.code === 'E_UNKNOWN_PARENT')?.message).toContain(
        'Có phải “Phòng Giáo dục và Đào tạo”?',
      );
      expect(issues.find((i) => i.code === 'E_UNKNOWN_CATEGORY')?.message).toContain('Có phải “Giáo dục”?');
    });

    it('reports an unknown parent, a duplicate code, a bad quota and an unknown category', () => {
      const { issues, plan } = units([
        ['A', 'Đơn vị A', 'Xã, thị trấn', 'Không có', ''],
        ['A', 'Đơn vị A bis', 'Xã, thị trấn', '', ''],
        ['B', 'Đơn vị B', 'Xã, thị trấn', '', 'mười'],
        ['C', 'Đơn vị C', 'Hợp tác xã', '', -1],
      ]);
      expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([
        ['E_DUPLICATE_UNIT', 3, 'Mã đơn vị'],
        ['E_BAD_QUOTA', 4, 'Chỉ tiêu/năm'],
        ['E_UNKNOWN_CATEGORY', 5, 'Loại đơn vị'],
        ['E_BAD_QUOTA', 5, 'Chỉ tiêu/năm'],
        ['E_UNKNOWN_PARENT', 2, 'Đơn vị cấp trên'],
      ]);
      expect(plan.units.map((u) => u.code)).toEqual(['A', 'B', 'C']);
    });

    it('cuts a cycle of parents and reports it', () => {
      const { issues, plan } = units([
        ['A', 'Đơn vị A', 'Y tế', 'B', ''],
        ['B', 'Đơn vị B', 'Y tế', 'A', ''],
      ]);
      expect(issues.map((i) => i.code)).toEqual(['E_PARENT_CYCLE']);
      expect(plan.units.filter((u) => u.parent).length).toBe(1);
    });
  });

  it('reads the review year and reports a year that is not a year', () => {
    const tabs = templateTabs().map((t) =>
      t.name === 'Cấu hình'
        ? {
            ...t,
            values: t.values.map((r) =>
              r[0] === 'Năm xét' ? ['Năm xét', '2024'] : r[0] === 'Năm bắt đầu' ? [r[0], 'hai nghìn'] : r,
            ),
          }
        : t,
    );
    const { plan, issues, gaps } = readPlan(tabs);
    expect(plan.reviewYear).toBe(2024);
    expect(plan.period).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({ code: 'E_BAD_CONFIG', sheet: 'Cấu hình', column: 'Giá trị' }),
    ]);
    expect(gaps.map((g) => g.need)).toEqual(['period']);
  });
});
