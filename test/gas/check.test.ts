import { validateNominations } from '../../src/gas/commands';
import { NOTE_PREFIX, MARK_COLOR } from '../../src/core/validate/marks';
import { documentCalls, gasWorkbook, total } from '../support/gas-env';
import { goodRow, HEADERS, type Row } from '../support/workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';
const col = (header: string) => HEADERS.indexOf(header as (typeof HEADERS)[number]);

/** n rows, every tenth one with an unknown unit and every seventh without evidence. */
function rows(n: number): Row[] {
  return Array.from({ length: n }, (_, i) =>
    goodRow({
      [NAME]: `Hộ số ${i + 1}`,
      'Đơn vị đề nghị': i % 10 === 9 ? 'Không có' : 'X01',
      'Minh chứng': i % 7 === 6 ? '' : 'QĐ số 1',
    }),
  );
}

describe('validateNominations through SpreadsheetApp', () => {
  it('writes the verdicts, marks and notes, and leaves every user cell as it was', () => {
    const { env, uninstall } = gasWorkbook(rows(30));
    try {
      const before = env.spreadsheet.peek('Đề cử');
      validateNominations();
      const after = env.spreadsheet.peek('Đề cử');
      const withoutCheck = (grid: unknown[][]) =>
        grid.map((r) => r.filter((_, c) => c !== col('Kết quả kiểm tra')));
      expect(withoutCheck(after.values)).toEqual(withoutCheck(before.values));
      expect(after.formulas.flat().every((f) => f === '')).toBe(true);
      expect(after.values[1][col('Kết quả kiểm tra')]).toBe('Hợp lệ');
      expect(after.values[10][col('Kết quả kiểm tra')]).toBe('Lỗi: đơn vị không có trong danh sách');
      expect(after.backgrounds[10][col('Đơn vị đề nghị')]).toBe(MARK_COLOR.error);
      expect(after.backgrounds[7][col('Minh chứng')]).toBe(MARK_COLOR.warning);
      expect(after.notes[10][col('Đơn vị đề nghị')]).toMatch(
        new RegExp(`^\\${NOTE_PREFIX.trim()} Lỗi E_UNKNOWN_UNIT`),
      );
      expect(env.ui.alerts[0].prompt).toBe(
        'Đã kiểm tra 30 dòng đề cử: 27 hợp lệ, 3 có lỗi (3 lỗi, 4 cảnh báo).\n' +
          'Lỗi: 3 đơn vị không có trong danh sách. Cảnh báo: 4 chưa có minh chứng. Xem cột “Kết quả kiểm tra” và trang “Lỗi hồ sơ”.',
      );
    } finally {
      uninstall();
    }
  });

  it('builds Lỗi hồ sơ with a rich-text link to each offending cell, not a formula', () => {
    const { env, uninstall } = gasWorkbook(rows(10));
    try {
      validateNominations();
      const issues = env.spreadsheet.peek('Lỗi hồ sơ');
      expect(issues.values[1]).toEqual([
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
      expect(issues.formulas.flat().every((f) => f === '')).toBe(true);
      const sheetId = env.spreadsheet.peek('Đề cử').sheetId;
      const link = env.spreadsheet.peekCell('Lỗi hồ sơ', 'B3').links[0];
      expect(link.url).toBe(`#gid=${sheetId}&range=J8`);
      const marker = issues.metadata.find((m) => m.key === 'dienhinh.generated');
      expect(JSON.parse(marker?.value ?? '')).toMatchObject({ key: 'issues' });
    } finally {
      uninstall();
    }
  });

  it('is idempotent: running it twice leaves the same workbook as once', () => {
    const { env, uninstall } = gasWorkbook(rows(20));
    try {
      validateNominations();
      const once = env.spreadsheet.sheetNames().map((n) => {
        const { values, backgrounds, notes } = env.spreadsheet.peek(n);
        return { n, values, backgrounds, notes };
      });
      validateNominations();
      const twice = env.spreadsheet.sheetNames().map((n) => {
        const { values, backgrounds, notes } = env.spreadsheet.peek(n);
        return { n, values, backgrounds, notes };
      });
      expect(twice).toEqual(once);
    } finally {
      uninstall();
    }
  });

  it('makes the same service calls at 100 and at 5,000 rows', () => {
    const measure = (n: number) => {
      const { env, uninstall } = gasWorkbook(rows(n));
      try {
        env.calls.reset();
        validateNominations();
        return documentCalls(env.calls);
      } finally {
        uninstall();
      }
    };
    const small = measure(100);
    const large = measure(5000);
    expect(large).toEqual(small);
    expect(total(small)).toBeLessThan(120);
  });
});
