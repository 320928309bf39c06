import { renderTable } from '../../src/cli/table';

describe('the terminal table', () => {
  it('pads each column to its widest cell and right-aligns numbers', () => {
    expect(
      renderTable(
        ['Mã', 'Chỉ tiêu'],
        [
          ['X01', 3],
          ['X10', 12],
        ],
      ).split('\n'),
    ).toEqual(['Mã   Chỉ tiêu', '───  ────────', 'X01         3', 'X10        12']);
  });

  it('takes 150,000 rows: no spread of one argument per row', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [`X${i}`, i]);
    expect(renderTable(['Mã', 'Số'], rows).split('\n')).toHaveLength(150_002);
  });
});
