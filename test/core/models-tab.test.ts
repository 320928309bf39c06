import { FAILED_CELL, modelsTab } from '../../src/core/reports/models-tab';
import { periodTab } from '../../src/core/reports/period-tab';
import { PRESET_PLAN } from '../../src/core/plan/preset';
import { generatedKeyForName } from '../../src/core/reports/generated-names';
import { check, goodRow, tallyOf } from '../support/workbook';
import { PLANTED, plantedRows } from '../support/model-paths';

describe('Theo dõi mô hình 2021-2025', () => {
  const result = check(plantedRows());
  const tab = modelsTab(PRESET_PLAN, tallyOf(result).period(2021, 2025));
  const rowOf = (name: string) => tab.values.find((r) => r[1] === name) ?? [];

  it('has one row per model, its stage and decision in each year’s column and the flags of its path', () => {
    const header = tab.values.find((r) => r[0] === 'STT');
    expect(header).toEqual([
      'STT',
      'Mô hình',
      'Đơn vị',
      'Đối tượng',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      'Cảnh báo',
    ]);
    expect(rowOf('Hộ ông Nông Văn Tiến').slice(4, 10)).toEqual([
      'Phát hiện',
      'Bồi dưỡng',
      'Tổng kết · Công nhận',
      'Nhân rộng · Công nhận',
      '',
      '',
    ]);
    for (const planted of PLANTED) expect(rowOf(planted.name)[9]).toBe(planted.flags.join('; '));
  });

  it('counts each unit’s models at the stage of their latest year, with a total', () => {
    const header = tab.values.find((r) => r[1] === 'Đơn vị')?.slice(0, 7);
    expect(header).toEqual(['STT', 'Đơn vị', 'Phát hiện', 'Bồi dưỡng', 'Tổng kết', 'Nhân rộng', 'Tổng']);
    // Each planted model belongs to its own commune; Chợ Rã's walked all four stages.
    expect(tab.values.find((r) => r[1] === 'Thị trấn Chợ Rã' && r[0] === 1)?.slice(0, 7)).toEqual([
      1,
      'Thị trấn Chợ Rã',
      0,
      0,
      0,
      1,
      1,
    ]);
    expect(tab.values.find((r) => r[1] === 'Tổng cộng')?.slice(0, 7)).toEqual([
      '',
      'Tổng cộng',
      1,
      1,
      2,
      1,
      5,
    ]);
  });

  it('is a council document with a signature, found again by its name offline', () => {
    expect(tab.name).toBe('Theo dõi mô hình 2021-2025');
    expect(generatedKeyForName(tab.name)).toBe(tab.key);
    expect(tab.values.flat()).toContain('CHỦ TỊCH');
  });
});

describe('the period report repeats the models’ figures', () => {
  const result = check(plantedRows());
  const tab = periodTab(PRESET_PLAN, tallyOf(result).period(2021, 2025));
  // The last table: section 3 has rows named after the stages too.
  const rowOf = (label: string) => [...tab.values].reverse().find((r) => r[1] === label) ?? [];

  it('counts the models at each stage at the end of each year, and at the end of the period', () => {
    expect(
      tab.values.some((r) => r[0] === '5. Mô hình theo khâu đạt được gần nhất (tính trên các đề cử hợp lệ)'),
    ).toBe(true);
    // Years 2021–2025, then the end of the period: Tiến walks all four, Pảo stays found, Dũng jumps
    // to summed up in 2023, Hoa slips back in 2022, Tường is summed up in 2025.
    expect(rowOf('Phát hiện').slice(2, 8)).toEqual([2, 2, 1, 1, 1, 1]);
    expect(rowOf('Bồi dưỡng').slice(2, 8)).toEqual([0, 2, 2, 2, 1, 1]);
    expect(rowOf('Tổng kết').slice(2, 8)).toEqual([1, 0, 2, 1, 2, 2]);
    expect(rowOf('Nhân rộng').slice(2, 8)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(rowOf('Tổng số mô hình').at(-1)).toBe(PLANTED.length);
    // Each year's total is the models with a row by then, so the stages add up to it.
    expect(rowOf('Tổng số mô hình').slice(2, 7)).toEqual([3, 4, 5, 5, 5]);
  });

  it('counts the models with each path flag, as the tracking tab shows them', () => {
    expect(rowOf('Có cảnh báo: khâu lùi').at(-1)).toBe(1);
    expect(rowOf('Có cảnh báo: chưa nhân rộng').at(-1)).toBe(1);
  });
});

describe('the period report and the tracking tab count valid rows only', () => {
  const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';
  // Rows that fail the check: three nominees who are no model yet, and a fifth year of Tiến's model.
  const failing = [
    ...['Hộ ông Sầm Văn Một', 'Hộ bà Triệu Thị Hai', 'Hộ ông Hà Văn Ba'].map((name) =>
      goodRow({ [NAME]: name, 'Tiêu chí đáp ứng': '' }),
    ),
    goodRow({
      Năm: 2025,
      'Đơn vị đề nghị': 'X01',
      [NAME]: 'Hộ ông Nông Văn Tiến',
      'Giai đoạn': 'Nhân rộng',
      'Tiêu chí đáp ứng': '',
    }),
  ];
  const result = check([...plantedRows(), ...failing]);
  const tally = tallyOf(result).period(2021, 2025);
  const period = periodTab(PRESET_PLAN, tally);
  const models = modelsTab(PRESET_PLAN, tally);
  const last = (label: string) =>
    [...period.values]
      .reverse()
      .find((r) => r[1] === label)
      ?.at(-1);

  it('the period report’s “Tổng số mô hình” is the number of models among valid rows, never more than the valid rows', () => {
    expect(result.rows.filter((r) => !r.valid)).toHaveLength(failing.length);
    const valid = result.rows.filter((r) => r.valid);
    const modelsAmongValid = result.models.filter((m) => m.rows.some((r) => r.valid)).length;
    expect(last('Tổng số mô hình')).toBe(modelsAmongValid);
    expect(last('Tổng số mô hình')).toBe(PLANTED.length);
    expect(last('Tổng số đề cử hợp lệ')).toBe(valid.length);
    expect(last('Tổng số mô hình')).toBeLessThanOrEqual(valid.length);
  });

  it('the tracking tab counts no row that failed the check, shows a failed year as such (never ✓), and says it counts valid rows', () => {
    const names = models.values.map((r) => r[1]);
    for (const name of ['Hộ ông Sầm Văn Một', 'Hộ bà Triệu Thị Hai', 'Hộ ông Hà Văn Ba'])
      expect(names).not.toContain(name);
    const tien = models.values.find((r) => r[1] === 'Hộ ông Nông Văn Tiến') ?? [];
    expect(tien[8]).toBe(FAILED_CELL); // 2025: the row failed the check
    expect(models.values[6][0]).toMatch(/theo các đề cử hợp lệ/);
    expect(models.values.find((r) => r[1] === 'Tổng cộng')?.[6]).toBe(PLANTED.length);
  });
});
