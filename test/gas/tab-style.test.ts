import type { GeneratedTab } from '../../src/core/port';
import { mergeRuns, styleGrids } from '../../src/gas/tab-style';

const tab = (over: Partial<GeneratedTab>): GeneratedTab => ({
  key: 'k',
  name: 'T',
  values: [['a', 'b', 'c']],
  format: {},
  ...over,
});

describe('merge runs', () => {
  it('merges the same columns on consecutive rows with one mergeAcross', () => {
    const row = (r: number, column: number, columns: number) => ({ row: r, column, rows: 1, columns });
    const runs = mergeRuns([
      row(1, 1, 2),
      row(1, 3, 3),
      row(2, 1, 2),
      row(2, 3, 3),
      row(4, 1, 5),
      row(5, 1, 5),
    ]);
    expect(runs).toEqual([
      { area: { row: 1, column: 1, rows: 2, columns: 2 }, across: true },
      { area: { row: 4, column: 1, rows: 2, columns: 5 }, across: true },
      { area: { row: 1, column: 3, rows: 2, columns: 3 }, across: true },
    ]);
  });

  it('keeps rows apart when a row between them is not merged, and leaves a block merge whole', () => {
    const runs = mergeRuns([
      { row: 1, column: 1, rows: 1, columns: 2 },
      { row: 3, column: 1, rows: 1, columns: 2 },
      { row: 5, column: 1, rows: 2, columns: 2 },
    ]);
    expect(runs.map((r) => [r.area.row, r.area.rows, r.across])).toEqual([
      [1, 1, true],
      [3, 1, true],
      [5, 2, false],
    ]);
  });
});

describe('style grids', () => {
  it('makes whole rows bold or centred and colours only the highlighted cells', () => {
    const styles = styleGrids(
      tab({
        format: { boldRows: [1], centredRows: [2] },
        highlights: [{ row: 2, column: 2, rows: 1, columns: 2, color: '#f00' }],
      }),
      2,
      3,
    );
    expect(styles.fontWeights).toEqual([
      ['bold', 'bold', 'bold'],
      [null, null, null],
    ]);
    expect(styles.alignments).toEqual([
      [null, null, null],
      ['center', 'center', 'center'],
    ]);
    expect(styles.backgrounds).toEqual([
      [null, null, null],
      [null, '#f00', '#f00'],
    ]);
  });

  it('leaves out a style the tab does not use, so it costs no call', () => {
    expect(styleGrids(tab({}), 1, 3)).toEqual({});
  });
});
