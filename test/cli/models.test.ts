import { join } from 'node:path';
import { nominationGrid, referenceTabs } from '../support/workbook';
import { PLANTED, plantedRows } from '../support/model-paths';
import { cli, tempDir } from '../support/run-cli';
import { writeXlsx } from '../support/xlsx';

describe('npm start -- models', () => {
  it('prints every model with its path and flags, and exits 1 when a path is flagged', async () => {
    const file = join(tempDir(), 'mo-hinh.xlsx');
    await writeXlsx(file, {
      ...Object.fromEntries(referenceTabs().map((t) => [t.name, t.values])),
      'Đề cử': nominationGrid(plantedRows()),
    });
    const json = cli(['models', file, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as {
      from: number;
      to: number;
      models: { name: string; flags: string[]; years: Record<string, { stage: string } | null> }[];
    };
    expect([report.from, report.to]).toEqual([2021, 2025]);
    for (const planted of PLANTED) {
      const model = report.models.find((m) => m.name === planted.name);
      expect(model?.flags).toEqual(planted.flags);
      expect(Object.values(model?.years ?? {}).filter(Boolean)).toHaveLength(planted.steps.length);
    }
    const text = cli(['models', file, '--from', '2021', '--to', '2022']);
    expect(text.stdout).toContain('MÔ HÌNH 2021–2022');
    expect(text.stdout).toMatch(/4 mô hình, \d có cảnh báo\./);
  });
});
