import { cellText } from '../../src/core/cells';
import { runCouncil, runPeriodReport, runQuotas } from '../../src/core/jobs/reports';
import { romanNumeral } from '../../src/core/reports/roman';
import { printScale } from '../../src/core/reports/print-geometry';
import { periodTitle } from '../../src/core/reports/period-tab';
import { PRESET_PLAN } from '../../src/core/plan/preset';
import { MemoryPort } from '../support/memory-port';
import { allCriteria, goodRow, nominationGrid, referenceTabs, type Row } from '../support/workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';
const TODAY = new Date(2024, 10, 23);

function portWith(rows: Row[]): MemoryPort {
  return new MemoryPort({
    ...Object.fromEntries(referenceTabs().map((t) => [t.name, t.values])),
    'Đề cử': nominationGrid(rows),
  });
}

const individual = (field: string, name: string, unit: string, extra: Row = {}) =>
  goodRow({
    'Đối tượng': 'Cá nhân',
    'Lĩnh vực': field,
    [NAME]: name,
    'Đơn vị đề nghị': unit,
    'Tiêu chí đáp ứng': allCriteria(field, 'C'),
    ...extra,
  });

describe('Roman numerals', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [12, 'XII'],
    [14, 'XIV'],
  ])('%i is %s', (n, roman) => expect(romanNumeral(n)).toBe(roman));
});

describe('Tổng hợp <năm> for the council', () => {
  const rows = [
    individual('2.1', 'Đinh Văn Bình', 'X02'),
    individual('2.1', 'Âu Thị Lan', 'X02'),
    individual('2.1', 'Nông Văn Chung', 'X01'),
    goodRow({ [NAME]: 'Hộ ông Ma Văn Dũng', 'Đơn vị đề nghị': 'X03' }),
    individual('2.6', 'Lý Văn Em', 'CQ01', { Năm: 2023 }),
    individual('2.6', 'Hoàng Thị Gấm', 'CQ01', { 'Đơn vị đề nghị': 'Không có' }),
  ];

  function council() {
    const port = portWith(rows);
    runCouncil(port, TODAY, 2024);
    return port.generated.get('council:2024');
  }

  it('groups valid rows of the year by field under Roman numerals, leaving out empty fields', () => {
    const values = council()?.values ?? [];
    const headings = values
      .filter((r) => typeof r[0] === 'string' && /^[IVX]+\.$/.test(r[0]))
      .map((r) => `${cellText(r[0])} ${cellText(r[1])}`);
    expect(headings).toEqual([
      'I. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (lĩnh vực 2.1)',
      'II. Phát triển kinh tế hộ gia đình (lĩnh vực 2.4)',
    ]);
  });

  it('orders by unit (the Đơn vị tab’s order) then name in Vietnamese collation, numbered within each field', () => {
    const values = council()?.values ?? [];
    const start = values.findIndex((r) => r[0] === 'I.');
    expect(values.slice(start + 1, start + 4).map((r) => [r[0], r[1], r[4]])).toEqual([
      [1, 'Nông Văn Chung', 'Thị trấn Chợ Rã'],
      [2, 'Âu Thị Lan', 'Xã Bành Trạch'],
      [3, 'Đinh Văn Bình', 'Xã Bành Trạch'],
    ]);
    expect(values[start + 5][0]).toBe(1);
  });

  it('starts with the official title rows naming the issuing body and the year', () => {
    const values = council()?.values ?? [];
    expect(values[0][0]).toBe('ỦY BAN NHÂN DÂN HUYỆN BA BỂ');
    expect(values[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(values[5][0]).toBe('DANH SÁCH MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2024');
    expect(values.some((r) => r[1] === 'Tổng cộng: 4 mô hình, gương điển hình tiên tiến.')).toBe(true);
  });

  it('is formatted for print: frozen header, wrapped, about an A4 landscape page wide', () => {
    const tab = council();
    expect(tab?.format).toMatchObject({ frozenRows: 9, wrap: true });
    // Narrow enough that “fit to one page wide” prints the 13 pt text at 13 pt.
    expect(printScale(tab?.format.columnWidths ?? [])).toBe(1);
    expect((tab?.format.columnWidths ?? []).reduce((a, b) => a + b, 0)).toBeGreaterThan(900);
  });
});

describe('Chỉ tiêu <năm>', () => {
  it('lists quota holders, highlights the ones short of quota and totals each category', () => {
    const port = portWith([goodRow()]);
    const report = runQuotas(port, TODAY);
    const tab = port.generated.get('quotas:2024');
    expect(tab?.name).toBe('Chỉ tiêu 2024');
    const x01 = tab?.values.find((r) => r[1] === 'X01');
    expect(x01?.slice(4)).toEqual([10, 1, 1, 9, 'Chưa đạt']);
    expect(tab?.highlights?.length).toBe(report.tally.lines.length);
    // The summary by category is a table of its own: its first cell is in the sheet's first column.
    expect(tab?.values.some((r) => r[0] === 'Tổng cộng')).toBe(true);
    expect(report.message).toMatch(
      /^Năm 2024: 0\/\d+ đơn vị đạt chỉ tiêu\. Chưa đạt: Thị trấn Chợ Rã \(thiếu 9\)/,
    );
  });

  it('works on the year in Cấu hình › Năm xét when it is set', () => {
    const port = portWith([goodRow({ Năm: 2022 })]);
    const config = port.tabs.get('Cấu hình') ?? [];
    config.forEach((r) => (r[0] === 'Năm xét' ? (r[1] = 2022) : null));
    expect(runQuotas(port, TODAY).year).toBe(2022);
  });
});

describe('Thống kê and Tuyên truyền', () => {
  it('counts valid rows per field and subject and lists only the recognised rows for the culture office', () => {
    const port = portWith([
      goodRow({ 'Kết quả xét': 'Công nhận' }),
      goodRow({ [NAME]: 'Hộ bà Hà Thị Hoa', 'Kết quả xét': 'Chờ xét' }),
    ]);
    runCouncil(port, TODAY, 2024);
    const stats = port.generated.get('statistics:2024')?.values ?? [];
    expect(stats.find((r) => r[0] === '2.4')?.slice(0, 6)).toEqual([
      '2.4',
      'Phát triển kinh tế hộ gia đình',
      0,
      0,
      2,
      2,
    ]);
    const propagation = port.generated.get('propagation:2024')?.values ?? [];
    expect(propagation.filter((r) => typeof r[0] === 'number').map((r) => r[1])).toEqual([
      'Hộ ông Hoàng Văn Sáu',
    ]);
  });
});

describe('period reports', () => {
  it('calls the whole plan period a final review and a shorter range a mid-term review', () => {
    expect(periodTitle(PRESET_PLAN, 2021, 2025)).toBe('Tổng kết');
    expect(periodTitle(PRESET_PLAN, 2021, 2022)).toBe('Sơ kết');
    // The whole period while it still runs is reviewed mid-term.
    expect(periodTitle(PRESET_PLAN, 2021, 2025, 2024)).toBe('Sơ kết');
    expect(periodTitle(PRESET_PLAN, 2021, 2025, 2025)).toBe('Tổng kết');
  });

  it('rolls units and fields up by year', () => {
    const port = portWith([
      goodRow({ Năm: 2021 }),
      goodRow({ Năm: 2022, [NAME]: 'Hộ bà Hà Thị Hoa' }),
      goodRow({ Năm: 2022, [NAME]: 'Hộ ông Lục Văn Tài' }),
    ]);
    const result = runPeriodReport(port, TODAY, { from: 2021, to: 2022 });
    expect(result.name).toBe('Sơ kết 2021-2022');
    const values = port.generated.get('period:2021-2022')?.values ?? [];
    expect(values.find((r) => r[0] === 'X01')?.slice(0, 5)).toEqual([
      'X01',
      'Thị trấn Chợ Rã',
      '1/10',
      '2/10',
      0,
    ]);
    expect(values.find((r) => r[0] === '2.4')?.slice(2, 5)).toEqual([1, 2, 3]);
  });
});

describe('generated tabs are safe to rebuild', () => {
  it('writes a formula-like name as plain text data, unchanged', () => {
    const port = portWith([
      goodRow({ [NAME]: '=IMPORTXML("http://x","//a")' }),
      goodRow({ [NAME]: '+84 912', Năm: 2024 }),
    ]);
    runCouncil(port, TODAY, 2024);
    const names = (port.generated.get('council:2024')?.values ?? []).map((r) => r[1]);
    expect(names).toContain('=IMPORTXML("http://x","//a")');
    expect(names).toContain('+84 912');
  });

  it('is idempotent: two runs give the same workbook as one', () => {
    const port = portWith([goodRow()]);
    runCouncil(port, TODAY, 2024);
    const once = JSON.stringify([...port.tabs]);
    runCouncil(port, TODAY, 2024);
    expect(JSON.stringify([...port.tabs])).toBe(once);
  });

  it('finds a renamed generated tab again and rebuilds it under the user’s name', () => {
    const port = portWith([goodRow()]);
    runCouncil(port, TODAY, 2024);
    port.rename('Tổng hợp 2024', 'Danh sách trình Hội đồng');
    runCouncil(port, TODAY, 2024);
    expect(port.tabs.has('Tổng hợp 2024')).toBe(false);
    expect(port.tabs.get('Danh sách trình Hội đồng')?.[5][0]).toBe(
      'DANH SÁCH MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2024',
    );
  });

  it('keeps a dated backup of a hand-edited generated tab instead of overwriting it', () => {
    const port = portWith([goodRow()]);
    runCouncil(port, TODAY, 2024);
    const edited = port.tabs.get('Tổng hợp 2024') ?? [];
    edited[10][1] = 'Tên đã sửa tay';
    const report = runCouncil(port, TODAY, 2024);
    expect(port.tabs.get('Tổng hợp 2024 (sửa tay 23-11-2024)')?.[10][1]).toBe('Tên đã sửa tay');
    expect(port.tabs.get('Tổng hợp 2024')?.[10][1]).toBe('Hộ ông Hoàng Văn Sáu');
    expect(report.message).toContain('đã bị sửa tay');
    // The backup is not read as nominations and not backed up again.
    const again = runCouncil(port, TODAY, 2024);
    expect(again.message).not.toContain('sửa tay');
  });
});
