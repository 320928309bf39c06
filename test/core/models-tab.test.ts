import { modelsTab } from '../../src/core/reports/models-tab';
import { PRESET_PLAN } from '../../src/core/plan/preset';
import { generatedKeyForName } from '../../src/core/reports/generated-names';
import { check } from '../support/workbook';
import { PLANTED, plantedRows } from '../support/model-paths';

describe('Theo dõi mô hình 2021-2025', () => {
  const result = check(plantedRows());
  const tab = modelsTab(PRESET_PLAN, result.models, result.issues, 2021, 2025);
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
      'Nhân rộng',
      '',
      '',
    ]);
    for (const planted of PLANTED) expect(rowOf(planted.name)[9]).toBe(planted.flags.join('; '));
  });

  it('counts each unit’s models at the stage of their latest year, with a total', () => {
    const header = tab.values.find((r) => r[1] === 'Đơn vị')?.slice(0, 7);
    expect(header).toEqual(['STT', 'Đơn vị', 'Phát hiện', 'Bồi dưỡng', 'Tổng kết', 'Nhân rộng', 'Tổng']);
    expect(tab.values.find((r) => r[1] === 'Thị trấn Chợ Rã' && r[0] === 1)?.slice(0, 7)).toEqual([
      1,
      'Thị trấn Chợ Rã',
      1,
      1,
      2,
      1,
      5,
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
