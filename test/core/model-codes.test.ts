import { writeModelCodes } from '../../src/core/jobs/model-codes';
import { MemoryPort } from '../support/memory-port';
import { goodRow, HEADERS, nominationGrid, referenceTabs, type Row } from '../support/workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

function portWith(rows: Row[], headers: readonly string[] = HEADERS): MemoryPort {
  return new MemoryPort({
    ...Object.fromEntries(referenceTabs().map((t) => [t.name, t.values])),
    'Đề cử': nominationGrid(rows, headers),
  });
}

const rows = [
  goodRow({ Năm: 2021 }),
  goodRow({ Năm: 2022, 'Giai đoạn': 'Bồi dưỡng' }),
  goodRow({ Năm: 2022, [NAME]: 'Hộ bà Lý Thị Mai', 'Đơn vị đề nghị': 'X02' }),
];

describe('Ghi mã mô hình (written on request only)', () => {
  it('adds the Mã mô hình column after the last header and gives each model one code on all its rows', () => {
    const port = portWith(rows);
    const before = port.tabs.get('Đề cử')!.map((r) => r.slice());
    const report = writeModelCodes(port);
    const grid = port.tabs.get('Đề cử')!;
    const column = grid[0].indexOf('Mã mô hình');
    expect(column).toBe(HEADERS.length);
    expect(grid.slice(1).map((r) => r[column])).toEqual([
      'MH-X01-2021-01',
      'MH-X01-2021-01',
      'MH-X02-2022-01',
    ]);
    // Nothing else in the rows changed.
    expect(grid.map((r) => r.slice(0, HEADERS.length))).toEqual(
      before.map((r) => r.slice(0, HEADERS.length)),
    );
    expect(report).toMatchObject({ written: 3 });
    expect(report.message).toContain('cho 3 dòng (2 mô hình)');
  });

  it('writes runs of blank cells only: a code (or formula) the user wrote between them is never written over', () => {
    const headers = [...HEADERS, 'Mã mô hình'];
    const port = portWith(
      [
        rows[0],
        { ...rows[1], 'Mã mô hình': '=A1' } as Row,
        goodRow({ Năm: 2023, 'Giai đoạn': 'Tổng kết' }),
        rows[2],
      ],
      headers,
    );
    writeModelCodes(port);
    const column = headers.length;
    expect(port.blocks.map((b) => [b.row, b.column, b.values.length])).toEqual([
      [2, column, 1],
      [4, column, 2],
    ]);
  });

  it('keeps a code the user wrote, gives its model’s blank rows that code, and a second run writes nothing', () => {
    const headers = [...HEADERS, 'Mã mô hình'];
    const port = portWith(
      [
        { ...rows[0], 'Mã mô hình': 'HTX-01' } as Row,
        rows[1],
        { ...rows[2], 'Mã mô hình': 'MH-X01-2021-01' } as Row,
      ],
      headers,
    );
    writeModelCodes(port);
    const grid = port.tabs.get('Đề cử')!;
    expect(grid.slice(1).map((r) => r[HEADERS.length])).toEqual(['HTX-01', 'HTX-01', 'MH-X01-2021-01']);
    const writes = port.writes.length;
    expect(writeModelCodes(port).message).toBe('Không có dòng nào cần ghi “Mã mô hình”.');
    expect(port.writes.length).toBe(writes);
  });

  it('leaves rows that could be another unit’s model of the same name for the user, and says so', () => {
    const port = portWith([goodRow({ Năm: 2021 }), goodRow({ Năm: 2022, 'Đơn vị đề nghị': 'X02' })]);
    const report = writeModelCodes(port);
    expect(report.written).toBe(0);
    expect(report.message).toContain('2 dòng cùng tên với mô hình khác chưa được ghi mã');
  });

  it('writes nothing at all when a tab it would write is locked to this user', () => {
    const port = portWith(rows);
    port.locked.add('Đề cử');
    expect(() => writeModelCodes(port)).toThrow();
    expect(port.writes).toEqual([]);
  });
});
