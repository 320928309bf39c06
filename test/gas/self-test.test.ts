import { runHostSelfTest, validateNominations } from '../../src/gas/commands';
import { FakeRange } from '../fakes/gas';
import { gasWorkbook } from '../support/gas-env';
import { goodRow } from '../support/workbook';

describe('Tự kiểm tra trên Google Sheets', () => {
  it('passes every check on a host that behaves as the add-on assumes, and leaves no tab behind', () => {
    const { env, uninstall } = gasWorkbook([goodRow()]);
    try {
      const before = env.spreadsheet.sheetNames();
      runHostSelfTest();
      const report = env.ui.alerts[0].prompt;
      expect(report).toMatch(/^Google Sheets đáp ứng mọi điều tiện ích cần\./);
      for (const name of [
        'Văn bản giữ nguyên',
        'Màu và ghi chú',
        'Đánh dấu trang',
        'Vùng bảo vệ',
        'Khóa tài liệu',
        'Sắp xếp tiếng Việt',
        'Múi giờ',
      ])
        expect(report).toContain(`✓ ${name}`);
      expect(report).not.toContain('✗');
      expect(env.spreadsheet.sheetNames()).toEqual(before);
      expect(env.properties.document.get('dienhinh.textMode')).toBeUndefined();
    } finally {
      uninstall();
    }
  });

  it('fails cleanly on a host that turns plain text into formulas, and from then on writes text behind an apostrophe', () => {
    const { env, uninstall } = gasWorkbook([goodRow({ 'Đơn vị đề nghị': '=Không có' })]);
    // A host that ignores the plain-text format: what is written into an "@" cell is parsed as typed.
    const automatic = (f: string) => (f === '@' ? 'General' : f);
    const { setNumberFormat, setNumberFormats } = FakeRange.prototype;
    const one = jest.spyOn(FakeRange.prototype, 'setNumberFormat').mockImplementation(function (
      this: FakeRange,
      format: string,
    ) {
      return setNumberFormat.call(this, automatic(format));
    });
    const grid = jest.spyOn(FakeRange.prototype, 'setNumberFormats').mockImplementation(function (
      this: FakeRange,
      formats: string[][],
    ) {
      return setNumberFormats.call(
        this,
        formats.map((row) => row.map(automatic)),
      );
    });
    try {
      const before = env.spreadsheet.sheetNames();
      runHostSelfTest();
      const report = env.ui.alerts[0].prompt;
      expect(report).toMatch(
        /^1 mục không đạt\. Tiện ích vẫn chạy an toàn: văn bản sẽ được ghi kèm dấu nháy đơn/,
      );
      expect(report).toContain('✗ Văn bản giữ nguyên');
      expect(report).toContain('✓ Cách ghi văn bản dự phòng');
      expect(env.spreadsheet.sheetNames()).toEqual(before);
      expect(env.properties.document.get('dienhinh.textMode')).toBe('apostrophe');

      validateNominations();
      const issues = env.spreadsheet.peek('Lỗi hồ sơ');
      expect(issues.formulas.flat().every((f) => f === '')).toBe(true);
      expect(issues.values.flat().join(' ')).toContain('=Không có');
    } finally {
      one.mockRestore();
      grid.mockRestore();
      uninstall();
    }
  });

  it('reports the document lock as unavailable while another run holds it, and still cleans up', () => {
    const { env, uninstall } = gasWorkbook([goodRow()]);
    try {
      env.locks.document.holdByOther();
      const before = env.spreadsheet.sheetNames();
      runHostSelfTest();
      expect(env.ui.alerts[0].prompt).toContain('✗ Khóa tài liệu: Không lấy được khóa tài liệu');
      expect(env.spreadsheet.sheetNames()).toEqual(before);
    } finally {
      uninstall();
    }
  });
});
