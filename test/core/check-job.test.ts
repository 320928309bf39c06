import { runCheck } from '../../src/core/jobs/check';
import { MARK_COLOR, NOTE_PREFIX } from '../../src/core/validate/marks';
import { MemoryPort } from '../support/memory-port';
import { goodRow, HEADERS, nominationGrid, referenceTabs, type Row } from '../support/workbook';

const CHECK = HEADERS.indexOf('Kết quả kiểm tra');

function portWith(rows: Row[], headers: readonly string[] = HEADERS): MemoryPort {
  const tabs = Object.fromEntries(referenceTabs().map((t) => [t.name, t.values]));
  return new MemoryPort({ ...tabs, 'Đề cử': nominationGrid(rows, headers) });
}

describe('the check command (Kiểm tra hồ sơ)', () => {
  it('writes “Hợp lệ” or the row’s problems into the check column', () => {
    const port = portWith([goodRow(), goodRow({ 'Đơn vị đề nghị': 'Xã Không Có', Năm: 2019 })]);
    const report = runCheck(port);
    const grid = port.tabs.get('Đề cử') ?? [];
    expect(grid[1][CHECK]).toBe('Hợp lệ');
    expect(grid[2][CHECK]).toBe('Lỗi: năm không hợp lệ, đơn vị không có trong danh sách');
    expect(report.message).toMatch(/^Đã kiểm tra 2 dòng đề cử: 1 hợp lệ, 1 có lỗi \(2 lỗi, 0 cảnh báo\)/);
  });

  it('changes no user cell: only the check column differs afterwards', () => {
    const rows = [
      goodRow(),
      goodRow({ 'Lĩnh vực': '=IMPORTXML("x")', 'Đối tượng': '+1' }),
      {},
      goodRow({ Năm: new Date(2024, 1, 1) }),
    ];
    const port = portWith(rows);
    const before = (port.tabs.get('Đề cử') ?? []).map((r) => r.slice());
    runCheck(port);
    const after = port.tabs.get('Đề cử') ?? [];
    const strip = (grid: unknown[][]) => grid.map((r) => r.filter((_, c) => c !== CHECK));
    expect(strip(after)).toEqual(strip(before));
  });

  it('adds the check column header after the last column when it is missing', () => {
    const headers = HEADERS.filter((h) => h !== 'Kết quả kiểm tra');
    const port = portWith([goodRow()], headers);
    runCheck(port);
    const grid = port.tabs.get('Đề cử') ?? [];
    expect(grid[0][headers.length]).toBe('Kết quả kiểm tra');
    expect(grid[1][headers.length]).toBe('Hợp lệ');
  });

  it('marks offending cells with a background and a note, errors and warnings apart', () => {
    const port = portWith([goodRow({ 'Đơn vị đề nghị': 'Không rõ', 'Minh chứng': '' })]);
    runCheck(port);
    const unit = HEADERS.indexOf('Đơn vị đề nghị');
    const evidence = HEADERS.indexOf('Minh chứng');
    expect(port.backgrounds.get('Đề cử')?.[1][unit]).toBe(MARK_COLOR.error);
    expect(port.backgrounds.get('Đề cử')?.[1][evidence]).toBe(MARK_COLOR.warning);
    expect(port.notes.get('Đề cử')?.[1][unit]).toMatch(
      new RegExp(`^\\${NOTE_PREFIX.trim()} Lỗi E_UNKNOWN_UNIT`),
    );
  });

  it('clears the marks of a previous run once the row is fixed, keeping the user’s own notes and colours', () => {
    const port = portWith([goodRow({ 'Đơn vị đề nghị': 'Không rõ' })]);
    const unit = HEADERS.indexOf('Đơn vị đề nghị');
    const summary = HEADERS.indexOf('Thành tích tóm tắt');
    port.notes.set('Đề cử', [[], Object.assign([], { [unit]: 'Ghi chú của xã', [summary]: 'Xem lại' })]);
    port.backgrounds.set('Đề cử', [[], Object.assign([], { [summary]: '#00ff00' })]);
    runCheck(port);
    expect(port.notes.get('Đề cử')?.[1][unit]).toMatch(/^Ghi chú của xã\n\n\[Kiểm tra\]/);
    (port.tabs.get('Đề cử') ?? [])[1][unit] = 'X01';
    runCheck(port);
    expect(port.notes.get('Đề cử')?.[1][unit]).toBe('Ghi chú của xã');
    expect(port.backgrounds.get('Đề cử')?.[1][unit]).toBeNull();
    expect(port.notes.get('Đề cử')?.[1][summary]).toBe('Xem lại');
    expect(port.backgrounds.get('Đề cử')?.[1][summary]).toBe('#00ff00');
  });

  it('keeps the colour a user gave an offending cell, and still notes the problem there', () => {
    const port = portWith([goodRow({ 'Đơn vị đề nghị': 'Không rõ' })]);
    const unit = HEADERS.indexOf('Đơn vị đề nghị');
    port.backgrounds.set('Đề cử', [[], Object.assign([], { [unit]: '#00ff00' })]);
    runCheck(port);
    expect(port.backgrounds.get('Đề cử')?.[1][unit]).toBe('#00ff00');
    expect(port.notes.get('Đề cử')?.[1][unit]).toMatch(/\[Kiểm tra\] Lỗi E_UNKNOWN_UNIT/);
    (port.tabs.get('Đề cử') ?? [])[1][unit] = 'X01';
    runCheck(port);
    expect(port.backgrounds.get('Đề cử')?.[1][unit]).toBe('#00ff00');
    expect(port.notes.get('Đề cử')?.[1][unit]).toBe('');
  });

  it('marks a cell Sheets reports as white like an uncoloured one', () => {
    const port = portWith([goodRow({ 'Đơn vị đề nghị': 'Không rõ' })]);
    const unit = HEADERS.indexOf('Đơn vị đề nghị');
    port.backgrounds.set('Đề cử', [[], Object.assign([], { [unit]: '#FFFFFF' })]);
    runCheck(port);
    expect(port.backgrounds.get('Đề cử')?.[1][unit]).toBe(MARK_COLOR.error);
  });

  it('clears a stale verdict from a row the user emptied', () => {
    const port = portWith([
      goodRow(),
      goodRow({ 'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'Hộ bà Lý Thị Hoa' }),
    ]);
    runCheck(port);
    const grid = port.tabs.get('Đề cử') ?? [];
    grid[1] = grid[1].map((_, c) => (c === CHECK ? grid[1][c] : ''));
    runCheck(port);
    expect(grid[1][CHECK]).toBe('');
    expect(grid[2][CHECK]).toBe('Hợp lệ');
  });

  it('rebuilds Lỗi hồ sơ with every issue, each linked to its cell', () => {
    const port = portWith([
      goodRow(),
      goodRow({ 'Lĩnh vực': '2.99', 'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'Hộ bà Lý Thị Hoa' }),
    ]);
    runCheck(port);
    const tab = port.generated.get('issues');
    expect(tab?.name).toBe('Lỗi hồ sơ');
    expect(tab?.values[1]).toEqual([
      'STT',
      'Trang',
      'Dòng',
      'Cột',
      'Đơn vị',
      'Tên mô hình, cá nhân, hộ',
      'Mức độ',
      'Mã lỗi',
      'Nội dung',
    ]);
    expect(tab?.values[2]).toEqual(
      expect.arrayContaining([1, 'Đề cử', 3, 'Lĩnh vực', 'Thị trấn Chợ Rã', 'Lỗi', 'E_UNKNOWN_FIELD']),
    );
    expect(tab?.links).toEqual([
      { row: 3, column: 2, target: { tab: 'Đề cử', row: 3, column: HEADERS.indexOf('Lĩnh vực') + 1 } },
    ]);
  });

  it('is idempotent: a second run leaves the workbook exactly as the first', () => {
    const port = portWith([
      goodRow(),
      goodRow({ 'Đơn vị đề nghị': 'Không rõ', 'Minh chứng': '' }),
      goodRow(),
    ]);
    runCheck(port);
    const snapshot = () =>
      JSON.stringify([[...port.tabs], [...port.backgrounds], [...port.notes], [...port.generated]]);
    const first = snapshot();
    runCheck(port);
    expect(snapshot()).toBe(first);
  });

  it('does not read the Lỗi hồ sơ tab it generated as a nomination tab', () => {
    const port = portWith([goodRow({ 'Lĩnh vực': '2.99' })]);
    runCheck(port);
    const again = runCheck(port);
    expect(again.result.summary.rows).toBe(1);
  });
});
