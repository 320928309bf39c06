import { findHeaderRow, type ColumnDef } from '../../src/core/table';
import { NOMINATION_COLUMNS } from '../../src/core/workbook/layout';

type Key = 'code' | 'name' | 'note';
const DEFS: ColumnDef<Key>[] = [
  { key: 'code', header: 'Mã đơn vị', required: true },
  { key: 'name', header: 'Tên đơn vị', aliases: ['Tên'], required: true },
  { key: 'note', header: 'Ghi chú', required: false },
];

describe('header matching', () => {
  it('finds columns by header in any order, with extra columns', () => {
    const match = findHeaderRow([['Thêm', 'Tên đơn vị', 'Ghi chú', 'Mã đơn vị']], DEFS, 2);
    expect(match).toEqual({ headerRow: 0, columns: { name: 1, note: 2, code: 3 }, missing: [] });
  });

  it('finds a header row sitting below title rows', () => {
    const grid = [['ỦY BAN NHÂN DÂN HUYỆN'], ['DANH SÁCH'], [], ['Mã đơn vị', 'Tên đơn vị']];
    expect(findHeaderRow(grid, DEFS, 2)?.headerRow).toBe(3);
  });

  it('does not look below the first 10 rows', () => {
    const grid = [...Array.from({ length: 10 }, () => ['tiêu đề']), ['Mã đơn vị', 'Tên đơn vị']];
    expect(findHeaderRow(grid, DEFS, 1)).toBeNull();
  });

  it('accepts case, spacing, NFD, missing diacritics, punctuation and aliases', () => {
    const match = findHeaderRow([['  MA DON VI ', 'Tên'.normalize('NFD'), 'ghi-chú']], DEFS, 2);
    expect(match?.columns).toEqual({ code: 0, name: 1, note: 2 });
  });

  it('lists the required columns that are missing', () => {
    const match = findHeaderRow([['Mã đơn vị', 'Ghi chú']], DEFS, 1);
    expect(match?.missing.map((d) => d.header)).toEqual(['Tên đơn vị']);
  });

  it('returns null when too few required columns match', () => {
    expect(findHeaderRow([['Họ tên', 'Tuổi']], DEFS, 1)).toBeNull();
  });

  it('matches "Don vi de nghi" without diacritics to the nomination unit column', () => {
    const match = findHeaderRow(
      [['Nam', 'Don vi de nghi', 'Ten', 'Doi tuong', 'Linh vuc', 'Thanh tich tom tat', 'Tieu chi dap ung']],
      NOMINATION_COLUMNS,
      4,
    );
    expect(match?.missing).toEqual([]);
    expect(match?.columns.unit).toBe(1);
  });
});
