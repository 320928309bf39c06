import { modelsTab, trackedModels } from '../../src/core/reports/models-tab';
import { periodTab } from '../../src/core/reports/period-tab';
import { PRESET_PLAN } from '../../src/core/plan/preset';
import { generatedKeyForName } from '../../src/core/reports/generated-names';
import { check } from '../support/workbook';
import { PLANTED, plantedRows } from '../support/model-paths';

describe('Theo dõi mô hình 2021-2025', () => {
  const result = check(plantedRows());
  const tab = modelsTab(
    PRESET_PLAN,
    trackedModels(PRESET_PLAN, result.models, result.issues, 2021, 2025),
    2021,
    2025,
  );
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
  const tracked = trackedModels(PRESET_PLAN, result.models, result.issues, 2021, 2025);
  const tab = periodTab(PRESET_PLAN, result.rows, 2021, 2025, 2025, tracked);
  // The last table: section 3 has rows named after the stages too.
  const rowOf = (label: string) => [...tab.values].reverse().find((r) => r[1] === label) ?? [];

  it('counts the models at each stage at the end of each year, and at the end of the period', () => {
    expect(tab.values.some((r) => r[0] === '5. Mô hình theo khâu đạt được gần nhất')).toBe(true);
    // Years 2021–2025, then the end of the period: Tiến walks all four, Pảo stays found, Dũng jumps
    // to summed up in 2023, Hoa slips back in 2022, Tường is summed up in 2025.
    expect(rowOf('Phát hiện').slice(2, 8)).toEqual([2, 2, 1, 1, 1, 1]);
    expect(rowOf('Bồi dưỡng').slice(2, 8)).toEqual([0, 2, 2, 2, 1, 1]);
    expect(rowOf('Tổng kết').slice(2, 8)).toEqual([1, 0, 2, 1, 2, 2]);
    expect(rowOf('Nhân rộng').slice(2, 8)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(rowOf('Tổng số mô hình').at(-1)).toBe(PLANTED.length);
  });

  it('counts the models with each path flag, as the tracking tab shows them', () => {
    expect(rowOf('Có cảnh báo: khâu lùi').at(-1)).toBe(1);
    expect(rowOf('Có cảnh báo: chưa nhân rộng').at(-1)).toBe(1);
  });
});
