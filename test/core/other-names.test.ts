import { setupWorkbook } from '../../src/core/jobs/setup';
import { readPlan } from '../../src/core/workbook/read-plan';
import { PRESET_PLAN } from '../../src/core/plan/preset';
import { cityTabs } from '../support/city-plan';
import { MemoryPort } from '../support/memory-port';
import { referenceTabs } from '../support/workbook';

describe('Tên khác: the other names a council accepts', () => {
  const { plan, issues } = readPlan(cityTabs());

  it('reads the other names of units, fields, subjects, stages and decisions, split by “;”', () => {
    expect(issues).toEqual([]);
    expect(plan.units.find((u) => u.code === 'P1')?.aliases).toEqual(['Cẩm Châu', 'P. Cẩm Châu']);
    expect(plan.fields.find((f) => f.code === 'đ')?.aliases).toEqual(['Đền ơn', 'Uống nước nhớ nguồn']);
    expect(plan.subjects.find((s) => s.code === 'CN')?.aliases).toEqual(['Người', 'Cá nhân tiêu biểu']);
    expect(plan.stageAliases).toEqual({ 'Giới thiệu – nhân rộng': ['Nhân rộng', 'Giới thiệu'] });
    expect(plan.decisions.find((d) => d.name === 'Công nhận')?.aliases).toEqual(['Đạt']);
  });

  it('leaves the fields out where a name has no other names, or the tab has no such column', () => {
    expect(plan.units.find((u) => u.code === 'P2')).not.toHaveProperty('aliases');
    expect(plan.subjects.find((s) => s.code === 'TT')).not.toHaveProperty('aliases');
    const without = cityTabs({ 'Đơn vị': (v) => v.map((r) => r.slice(0, 6)) });
    expect(readPlan(without).plan.units.some((u) => 'aliases' in u)).toBe(false);
    expect(readPlan(referenceTabs(PRESET_PLAN)).plan).toEqual(PRESET_PLAN);
  });

  it('a new template has the Tên khác column in Đơn vị, Lĩnh vực and Danh mục, and carries the names', () => {
    const port = new MemoryPort({});
    setupWorkbook(port, { plan, label: 'kế hoạch cũ' });
    const tabs = port.readTabs();
    for (const name of ['Đơn vị', 'Lĩnh vực', 'Danh mục'])
      expect(tabs.find((t) => t.name === name)?.values[0]).toContain('Tên khác');
    expect(readPlan(tabs).plan).toEqual(plan);
  });
});
