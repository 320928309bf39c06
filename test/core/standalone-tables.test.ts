import { periodTab } from '../../src/core/reports/period-tab';
import { statisticsTab } from '../../src/core/reports/statistics-tab';
import { communePlan } from '../../src/demo/commune-workbook';
import { tallyYear } from '../../src/core/tally/year';
import { tallyOf } from '../support/workbook';

describe('tables that stand alone', () => {
  it('gives Thống kê’s field table no empty column when the plan has fewer subjects than the page has columns', () => {
    const plan = communePlan();
    const narrow = { ...plan, subjects: plan.subjects.slice(0, 2) };
    const tab = statisticsTab(narrow, tallyYear(narrow, [], 2026, null));
    const table = tab.layout?.tables[0];
    expect(table).toBeDefined();
    const header = tab.values[(table?.row ?? 0) - 1];
    // Mã, Lĩnh vực (merged over the spare column), two subjects, Cộng: the only blank heading cell is
    // the one the field's name covers.
    const merged = (tab.merges ?? []).find((m) => m.row === table?.row);
    expect(merged).toMatchObject({ column: 2, columns: 2 });
    expect(header.slice(0, table?.columns).filter((cell) => cell === '')).toHaveLength(1);
  });

  it('ends Thống kê’s tables by stage and by unit category with a total row', () => {
    const tab = statisticsTab(communePlan(), tallyYear(communePlan(), [], 2026, null));
    const lastRows = (tab.layout?.tables ?? []).map((t) => tab.values[t.row + t.rows - 2]);
    expect(lastRows.map((r) => r[1])).toEqual(['Cộng', 'Cộng', 'Cộng']);
  });

  it('ends the period report’s tables by field and by stage with a total row', () => {
    const tab = periodTab(communePlan(), tallyOf({ rows: [], models: [] }, communePlan()).period(2026, 2027));
    // Section 1's units, then its sums for the first chart, then fields and stages.
    const [, , fields, stages] = tab.layout?.tables ?? [];
    for (const table of [fields, stages]) expect(tab.values[table.row + table.rows - 2][1]).toBe('Cộng');
  });
});
