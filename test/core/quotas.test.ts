import { tallyQuotas, effectiveQuota } from '../../src/core/tally/quotas';
import { PRESET_PLAN } from '../../src/core/plan/preset';
import { validateNominations } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { goodRow, nominationGrid, referenceTabs, type Row } from '../support/workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';
const person = (unit: string, i: number, extra: Row = {}) =>
  goodRow({ 'Đơn vị đề nghị': unit, [NAME]: `Hộ số ${i} của ${unit}`, ...extra });

/** The preset's units plus two schools under the Education office, one with its own quota. */
function tally(rows: Row[], year = 2024) {
  const tabs = referenceTabs().map((t) =>
    t.name === 'Đơn vị'
      ? {
          ...t,
          values: [
            ...t.values,
            ['TH01', 'Trường Tiểu học Chợ Rã', 'Giáo dục', 'GD', '', ''],
            ['TH02', 'Trường THCS Nam Mẫu', 'Giáo dục', 'Phòng Giáo dục và Đào tạo', 2, ''],
          ],
        }
      : t,
  );
  const reading = readWorkbook([...tabs, { name: 'Đề cử', values: nominationGrid(rows) }]);
  return tallyQuotas(reading.plan, validateNominations(reading).rows, year);
}

const line = (t: ReturnType<typeof tally>, code: string) => t.lines.find((l) => l.code === code);

describe('quota tally', () => {
  it('gives each category its default quota: commune 10, sector 5, agency 3', () => {
    const t = tally([]);
    expect([
      line(t, 'X01')?.quota,
      line(t, 'CA')?.quota,
      line(t, 'CQ01')?.quota,
      line(t, 'MTTQ')?.quota,
    ]).toEqual([10, 5, 3, 3]);
  });

  it('counts submitted and valid rows and the shortfall', () => {
    const rows = [
      ...Array.from({ length: 7 }, (_, i) => person('X01', i)),
      person('X01', 8, { 'Đối tượng': 'Tập thể' }),
    ];
    expect(line(tally(rows), 'X01')).toEqual({
      code: 'X01',
      name: 'Thị trấn Chợ Rã',
      category: 'Xã, thị trấn',
      quota: 10,
      quotaMax: 10,
      quotaText: '10',
      submitted: 8,
      valid: 7,
      shortfall: 3,
      met: false,
    });
  });

  it('marks a quota met when valid rows reach it', () => {
    const rows = Array.from({ length: 3 }, (_, i) => person('CQ02', i));
    expect(line(tally(rows), 'CQ02')).toMatchObject({ valid: 3, shortfall: 0, met: true });
  });

  it('ignores rows of other years', () => {
    const rows = [person('X01', 1, { Năm: 2023 }), person('X01', 2)];
    expect(line(tally(rows), 'X01')?.submitted).toBe(1);
    expect(line(tally(rows, 2023), 'X01')?.submitted).toBe(1);
  });

  it('rolls a school’s nominations up to the Education office; a school without its own quota is not listed', () => {
    const rows = [person('TH01', 1), person('TH01', 2), person('GD', 4)];
    const t = tally(rows);
    expect(line(t, 'GD')).toMatchObject({ quota: 5, submitted: 3, valid: 3, shortfall: 2 });
    expect(line(t, 'TH01')).toBeUndefined();
  });

  it('counts a row once: a school with its own quota keeps its rows, and the office over it does not count them again', () => {
    const rows = [person('TH01', 1), person('TH02', 2), person('TH02', 3), person('GD', 4)];
    const t = tally(rows);
    expect(line(t, 'TH02')).toMatchObject({ quota: 2, submitted: 2, valid: 2, met: true });
    expect(line(t, 'GD')).toMatchObject({ quota: 5, submitted: 2, valid: 2, shortfall: 3 });
    expect(t.lines.reduce((n, l) => n + l.valid, 0)).toBe(rows.length);
  });

  it('uses a quota written on the unit’s row over the default', () => {
    const unit = { ...PRESET_PLAN.units[0], quota: 12 };
    expect(effectiveQuota(unit, PRESET_PLAN)).toBe(12);
    expect(effectiveQuota({ ...unit, quota: 0 }, PRESET_PLAN)).toBe(0);
  });

  it('totals each category in the plan’s order', () => {
    const t = tally([person('X01', 1)]);
    expect(t.totals.map((c) => c.category)).toEqual(PRESET_PLAN.categories.map((c) => c.name));
    expect(t.totals[0]).toEqual({
      category: 'Xã, thị trấn',
      units: 16,
      quota: 160,
      quotaText: '160',
      submitted: 1,
      valid: 1,
      shortfall: 159,
      met: 0,
    });
  });
});
