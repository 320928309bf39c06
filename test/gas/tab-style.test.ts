import type { DocumentLayout, GeneratedTab } from '../../src/core/port';
import { heightRuns, mergeRuns, styleGrids } from '../../src/gas/tab-style';

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
  const layout = (styles: DocumentLayout['styles']): DocumentLayout => ({
    font: { family: 'Times New Roman', size: 13 },
    styles,
    tables: [],
    spanningRows: [],
    rules: [],
    rowHeights: [],
    keepTogether: [],
  });

  it('gives every cell its weight, style, size, alignment and wrap, and colours only the highlighted cells', () => {
    const styles = styleGrids(
      tab({
        layout: layout([
          [{ bold: true, align: 'center', size: 14 }, null, null],
          [{ italic: true }, { wrap: false }, null],
        ]),
        highlights: [{ row: 2, column: 2, rows: 1, columns: 2, color: '#f00' }],
      }),
      2,
      3,
    );
    expect(styles.fontWeights).toEqual([
      ['bold', 'normal', 'normal'],
      ['normal', 'normal', 'normal'],
    ]);
    expect(styles.fontStyles[1]).toEqual(['italic', 'normal', 'normal']);
    expect(styles.fontSizes).toEqual([
      [14, 13, 13],
      [13, 13, 13],
    ]);
    expect(styles.alignments[0]).toEqual(['center', 'left', 'left']);
    expect(styles.wraps[1]).toEqual([true, false, true]);
    expect(styles.backgrounds).toEqual([
      [null, null, null],
      [null, '#f00', '#f00'],
    ]);
  });

  it('leaves out the backgrounds of a tab that cannot highlight, so they cost no call', () => {
    expect(styleGrids(tab({}), 1, 3).backgrounds).toBeUndefined();
  });
});

describe('height runs', () => {
  it('sets consecutive rows of one height in one call', () => {
    expect(
      heightRuns([
        { row: 3, pixels: 6 },
        { row: 20, pixels: 30 },
        { row: 21, pixels: 30 },
      ]),
    ).toEqual([
      { from: 3, count: 1, pixels: 6 },
      { from: 20, count: 2, pixels: 30 },
    ]);
  });
});
