import { setupWorkbook } from '../../src/core/jobs/setup';
import { PRESET_PLAN } from '../../src/core/plan/preset';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { MemoryPort } from '../support/memory-port';

const REFERENCE_TABS = ['Cấu hình', 'Danh mục', 'Đơn vị', 'Lĩnh vực', 'Tiêu chí', 'Kế hoạch đơn vị'];

describe('setting up a workbook', () => {
  it('creates the reference tabs from the preset and one nomination tab in a blank workbook', () => {
    const port = new MemoryPort({ 'Trang tính1': [] });
    const report = setupWorkbook(port);
    expect(report.created).toEqual([...REFERENCE_TABS, 'Đề cử']);
    const reading = readWorkbook(port.readTabs());
    expect(reading.issues).toEqual([]);
    expect(reading.plan).toEqual(PRESET_PLAN);
    expect(reading.nominationTabs.map((t) => t.name)).toEqual(['Đề cử']);
    expect(port.tabs.get('Trang tính1')).toEqual([]);
  });

  it('freezes and bolds header rows, protects reference tabs with a warning and keeps codes as text', () => {
    const port = new MemoryPort();
    setupWorkbook(port);
    const [fields] = port.formats.get('Lĩnh vực') ?? [];
    expect(fields).toMatchObject({
      frozenRows: 1,
      boldRows: [1],
      wrap: true,
      warningProtection: expect.any(String),
    });
    expect(fields.textColumns?.columns).toContain(1);
  });

  it('gives the nomination tab dropdowns pointing at the reference tabs', () => {
    const port = new MemoryPort();
    setupWorkbook(port);
    const [format] = port.formats.get('Đề cử') ?? [];
    const header = port.readTabs().find((t) => t.name === 'Đề cử')?.values[0] ?? [];
    const col = (h: string) => header.indexOf(h) + 1;
    expect(format.dropdowns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          column: col('Đơn vị đề nghị'),
          fromRow: 2,
          source: { kind: 'range', tab: 'Đơn vị', column: 2, fromRow: 2 },
        }),
        expect.objectContaining({
          column: col('Lĩnh vực'),
          source: { kind: 'range', tab: 'Lĩnh vực', column: 2, fromRow: 2 },
        }),
        expect.objectContaining({
          column: col('Đối tượng'),
          source: { kind: 'list', values: ['Tập thể', 'Cá nhân', 'Hộ gia đình'] },
        }),
        expect.objectContaining({
          column: col('Giai đoạn'),
          source: { kind: 'list', values: PRESET_PLAN.stages },
        }),
        expect.objectContaining({
          column: col('Kết quả xét'),
          source: { kind: 'list', values: PRESET_PLAN.decisions.map((d) => d.name) },
        }),
      ]),
    );
  });

  it('is idempotent: a second run writes no cells and creates no tab', () => {
    const port = new MemoryPort();
    setupWorkbook(port);
    const before = JSON.stringify([...port.tabs]);
    const again = setupWorkbook(port);
    expect(again.created).toEqual([]);
    expect(JSON.stringify([...port.tabs])).toBe(before);
  });

  it('never overwrites a reference tab the council already filled', () => {
    const units = [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
      ['A1', 'Xã Thử Nghiệm', 'Xã, thị trấn'],
    ];
    const port = new MemoryPort({ 'Đơn vị': units });
    const report = setupWorkbook(port);
    expect(port.tabs.get('Đơn vị')).toEqual(units);
    expect(report.messages).toContain('Giữ nguyên trang “Đơn vị” (đã có 1 dòng).');
  });

  it('fills a reference tab that has a header row but no rows, column by column', () => {
    const port = new MemoryPort({ 'Lĩnh vực': [['Tên lĩnh vực', 'Mã', 'Đối tượng được đề nghị']] });
    setupWorkbook(port);
    expect(port.tabs.get('Lĩnh vực')?.[4]).toEqual(['Phát triển kinh tế hộ gia đình', '2.4', 'Hộ gia đình']);
  });

  it('does not touch a tab named like a reference tab that holds something else', () => {
    const port = new MemoryPort({ 'Đơn vị': [['Ghi chú riêng của tôi']] });
    const report = setupWorkbook(port);
    expect(port.tabs.get('Đơn vị')).toEqual([['Ghi chú riêng của tôi']]);
    expect(report.messages.join('\n')).toContain('chưa sửa để không mất dữ liệu');
  });

  it('adds missing parameters to a filled Cấu hình tab without changing the others', () => {
    const port = new MemoryPort({
      'Cấu hình': [
        ['Tham số', 'Giá trị'],
        ['Tên cơ quan', 'UBND huyện Thử'],
      ],
    });
    setupWorkbook(port);
    const config = port.tabs.get('Cấu hình') ?? [];
    expect(config[1]).toEqual(['Tên cơ quan', 'UBND huyện Thử']);
    expect(config.map((r) => r[0])).toContain('Năm xét');
    expect(readWorkbook(port.readTabs()).plan.organization).toBe('UBND huyện Thử');
  });

  it('adds the missing template columns to an existing nomination tab, after its last column', () => {
    const header = [
      'Năm',
      'Đơn vị đề nghị',
      'Tên',
      'Đối tượng',
      'Lĩnh vực',
      'Thành tích tóm tắt',
      'Tiêu chí đáp ứng',
    ];
    const row = [2024, 'X01', 'Nguyễn Văn A', 'Cá nhân', '2.1', 'Thành tích', 'G1'];
    const port = new MemoryPort({ 'Đề cử xã': [['DANH SÁCH ĐỀ CỬ'], header, row] });
    const report = setupWorkbook(port);
    const tab = port.tabs.get('Đề cử xã') ?? [];
    expect(tab[1].slice(0, 7)).toEqual(header);
    expect(tab[1]).toContain('Kết quả kiểm tra');
    expect(tab[2]).toEqual(row);
    expect(report.created).not.toContain('Đề cử');
    expect(port.formats.get('Đề cử xã')?.[0].frozenRows).toBe(2);
  });
});
