import { PRESET_PLAN } from '../../src/core/plan/preset';
import { periodCharts } from '../../src/core/reports/period-charts';
import { periodTab } from '../../src/core/reports/period-tab';
import type { Area, GeneratedTab } from '../../src/core/port';
import { plantedRows } from '../support/model-paths';
import { check, tallyOf } from '../support/workbook';

/** The cells of `area`, row by row. */
const cells = (tab: GeneratedTab, a: Area) =>
  tab.values.slice(a.row - 1, a.row - 1 + a.rows).map((r) => r.slice(a.column - 1, a.column - 1 + a.columns));

describe('the period tab describes its two charts over its own cells', () => {
  // 2023 is "now", and no row is written for a later year yet: 2024 and 2025 have no figure, as in the
  // print view (a later year that already holds rows would have its figures).
  const result = check(plantedRows().filter((r) => Number(r['Năm']) <= 2023));
  const period = tallyOf(result).period(2021, 2025, 2023);
  const tab = periodTab(PRESET_PLAN, period);
  const svg = periodCharts(PRESET_PLAN, period);
  const [quota, stages] = tab.charts ?? [];

  it('has the print view’s two charts, with its titles', () => {
    expect(tab.charts).toHaveLength(2);
    expect(quota).toMatchObject({ kind: 'bars-with-line', title: svg[0].title });
    expect(stages).toMatchObject({ kind: 'stacked', title: svg[1].title });
  });

  it('draws valid rows against quota from a small table of numbers equal to the print view’s', () => {
    const [header, ...series] = cells(tab, quota.area);
    expect(header.slice(1)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    const drawn = svg[0];
    if (drawn.kind !== 'bars-with-line') throw new Error('unexpected chart');
    const asCells = (values: (number | null)[]) => values.map((v) => (v === null ? '' : v));
    expect(series).toEqual([
      [drawn.bars.label, ...asCells(drawn.bars.values)],
      [drawn.line.label, ...asCells(drawn.line.values)],
    ]);
    expect(series.flat().filter((v) => typeof v === 'number').length).toBe(6);
    // A bordered table of the document, after section 1's table and before section 2.
    const table = tab.layout?.tables.find((t) => t.row === quota.area.row);
    expect(table?.rows).toBe(3);
    const section2 = tab.values.findIndex((r) => String(r[0]).startsWith('2. Lĩnh vực')) + 1;
    expect(quota.area.row).toBeLessThan(section2);
  });

  it('draws the models by stage from section 5, the same counts as the print view', () => {
    const [header, ...series] = cells(tab, stages.area);
    expect(header.slice(1)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    const drawn = svg[1];
    if (drawn.kind !== 'stacked') throw new Error('unexpected chart');
    // A year still to come: a blank cell on the tab, no figure in the picture.
    expect(series).toEqual(drawn.series.map((s) => [s.label, ...s.values.map((v) => v ?? '')]));
    const section5 = tab.values.findIndex((r) => String(r[0]).startsWith('5. ')) + 1;
    expect(stages.area.row).toBe(section5 + 1);
  });

  it('places both under the signature, which stays the document’s last row', () => {
    // “CHỦ TỊCH”, two rows to sign in, then the signer's name: the last row.
    const chair = tab.values.map((r, i) => (r.includes('CHỦ TỊCH') ? i + 1 : 0)).filter(Boolean);
    expect((chair.at(-1) ?? 0) + 3).toBe(tab.values.length);
    expect(quota.anchor.row).toBeGreaterThan(tab.values.length);
    expect(stages.anchor.row).toBeGreaterThanOrEqual(quota.anchor.row + 20);
  });
});
