import { readFileSync } from 'node:fs';
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

describe('npm start -- models on the shipped demo workbook', () => {
  const demo = join(__dirname, '../../examples/demo.xlsx');

  it('shows each planted model’s years and flags among the demo’s living models', () => {
    const run = cli(['models', demo, '--json']);
    const report = JSON.parse(run.stdout) as {
      models: { name: string; flags: string[]; years: Record<string, { stage: string } | null> }[];
    };
    for (const planted of PLANTED) {
      const model = report.models.find((m) => m.name === planted.name);
      expect(model?.flags).toEqual(planted.flags);
      expect(
        Object.entries(model?.years ?? {})
          .filter(([, step]) => step)
          .map(([year, step]) => [Number(year), step?.stage]),
      ).toEqual(planted.steps.map(([year, stage]) => [year, stage]));
    }
  });

  it('--write-codes writes a copy with every blank model code filled, the input untouched, the same models', () => {
    const out = join(tempDir(), 'co-ma.xlsx');
    const before = readFileSync(demo);
    const run = cli(['models', demo, '--write-codes', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Đã ghi “Mã mô hình” cho \d+ dòng \(\d+ mô hình\)/);
    expect(readFileSync(demo).equals(before)).toBe(true);
    const models = (file: string) =>
      (
        JSON.parse(cli(['models', file, '--json']).stdout) as { models: { name: string; flags: string[] }[] }
      ).models
        .map((m) => `${m.name}: ${m.flags.join(', ')}`)
        .sort();
    expect(models(out)).toEqual(models(demo));
    const coded = JSON.parse(cli(['models', out, '--json']).stdout) as { models: { code: string | null }[] };
    expect(coded.models.filter((m) => m.code).length).toBeGreaterThan(coded.models.length * 0.95);
  });
});
