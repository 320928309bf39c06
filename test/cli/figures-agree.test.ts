import { join } from 'node:path';
import type { CellValue } from '../../src/core/cells';
import { XlsxPort } from '../../src/cli/xlsx-port';
import { cli, tempDir } from '../support/run-cli';

/**
 * Issue 23 end to end, through the offline door: the documents a council signs for one year and period,
 * read back from the files the CLI writes, give the same figures — on the Ba Bể-like demo and on a
 * province whose associations hold quotas of their own under the Fatherland Front, which also holds one.
 */
const CASES = [
  { slug: 'demo', year: 2024, from: 2021, to: 2025 },
  { slug: 'tinh-thanh-hoa', year: 2026, from: 2026, to: 2026 },
  { slug: 'phuong-ben-cat', year: 2026, from: 2026, to: 2026 },
  { slug: 'xa-hoa-son', year: 2026, from: 2026, to: 2026 },
] as const;

const file = (slug: string) => join(__dirname, '../../examples', `${slug}.xlsx`);
const num = (cell: CellValue | undefined) => Number(cell ?? NaN);

interface QuotaJson {
  units: { code: string; valid: number; submitted: number }[];
}

describe.each(CASES)('every figure agrees in $slug', ({ slug, year, from, to }) => {
  let tabs: Map<string, CellValue[][]>;
  const quotas = JSON.parse(
    cli(['quotas', file(slug), '--year', String(year), '--json']).stdout,
  ) as QuotaJson;

  beforeAll(async () => {
    const dir = tempDir();
    const council = join(dir, 'council.xlsx');
    const period = join(dir, 'period.xlsx');
    cli(['consolidate', file(slug), '--year', String(year), '--out', council]);
    cli(['report', file(slug), '--from', String(from), '--to', String(to), '--out', period]);
    tabs = new Map(
      [...(await XlsxPort.open(council)).readTabs(), ...(await XlsxPort.open(period)).readTabs()].map((t) => [
        t.name,
        t.values,
      ]),
    );
  });

  const tab = (prefix: string) => [...tabs.entries()].find(([name]) => name.startsWith(prefix))?.[1] ?? [];
  const periodReport = () => [...tabs.entries()].find(([name]) => /^(Sơ|Tổng) kết/.test(name))?.[1] ?? [];
  const after = (values: CellValue[][], heading: RegExp) =>
    values.slice(values.findIndex((r) => heading.test(String(r[0]))) + 1);

  it('the quota tab’s valid total = the statistics’ total = listed + returned on the council list', () => {
    const total = num(tab(`Chỉ tiêu ${year}`).find((r) => r[0] === 'Tổng cộng')?.[6]);
    const statistics = after(tab(`Thống kê ${year}`), /^1\./)
      .find((r) => r[1] === 'Cộng')
      ?.at(-1);
    // The total line and, under it, the line of returned rows.
    const list = tab(`Tổng hợp ${year}`);
    const at = list.findIndex((r) => String(r[1]).startsWith('Tổng cộng'));
    const note = `${String(list[at]?.[1])} ${String(list[at + 1]?.[1] ?? '')}`;
    const listed = Number(/Tổng cộng: (\d+)/.exec(note)?.[1]);
    const returned = Number(/(\d+) đề cử Hội đồng đã trả lại/.exec(note)?.[1] ?? 0);
    expect(total).toBeGreaterThan(0);
    expect(num(statistics)).toBe(total);
    expect(listed + returned).toBe(total);
    // And the period report's decisions table says the same for that year.
    const decided = after(periodReport(), /^4\./).find((r) => r[1] === 'Tổng số đề cử hợp lệ');
    expect(num(decided?.[2 + (year - from)])).toBe(total);
  });

  it('each unit’s valid rows are the same in the quota tab, `quotas --json` and the period report', () => {
    const lines = tab(`Chỉ tiêu ${year}`).filter((r) => typeof r[0] === 'number');
    expect(lines.map((r) => [r[1], num(r[6])])).toEqual(quotas.units.map((u) => [u.code, u.valid]));
    const period = periodReport();
    for (const unit of quotas.units) {
      const cell = period.find((r) => r[0] === unit.code)?.[2 + (year - from)];
      expect(String(cell).split('/')[0]).toBe(String(unit.valid));
    }
  });

  it('the period report counts no more models than valid rows', () => {
    const period = periodReport();
    const models = after(period, /^5\./)
      .find((r) => r[1] === 'Tổng số mô hình')
      ?.at(-1);
    const valid = after(period, /^4\./)
      .find((r) => r[1] === 'Tổng số đề cử hợp lệ')
      ?.at(-1);
    expect(num(models)).toBeGreaterThan(0);
    expect(num(models)).toBeLessThanOrEqual(num(valid));
  });
});

describe('a unit with its own quota under a parent that holds one (tinh-thanh-hoa, 2026)', () => {
  const quotas = JSON.parse(
    cli(['quotas', file('tinh-thanh-hoa'), '--year', '2026', '--json']).stdout,
  ) as QuotaJson;
  const line = (code: string) => quotas.units.find((u) => u.code === code);

  it('counts the Women’s Union’s rows for the Union alone, never again for the Fatherland Front', () => {
    expect(line('HLHPN')).toMatchObject({ submitted: 1, valid: 0 });
    // The Front's own rows and those of its associations without a quota: 5 sent, 5 valid.
    expect(line('MTTQ')).toMatchObject({ submitted: 5, valid: 5 });
    expect(line('TDTN')).toMatchObject({ submitted: 0, valid: 0 });
  });
});
