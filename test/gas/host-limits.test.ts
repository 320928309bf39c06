import { setupWorkbook, validateNominations } from '../../src/gas/commands';
import { BUILDING_KEY } from '../../src/gas/sheets-port';
import { gasWorkbook } from '../support/gas-env';
import { goodRow, HEADERS, type Row } from '../support/workbook';

const col = (header: string) => HEADERS.indexOf(header as (typeof HEADERS)[number]);

describe('the limits of the real host, in the fake', () => {
  it('a user tab named LỖI HỒ SƠ (another case) does not stop the check: the list goes to “Lỗi hồ sơ (2)”', () => {
    const { env, uninstall } = gasWorkbook([goodRow({ 'Đơn vị đề nghị': 'Không có' })], {
      'LỖI HỒ SƠ': [['Ghi chép riêng của thư ký']],
    });
    try {
      validateNominations();
      expect(env.ui.alerts[0].prompt).toMatch(/^Đã kiểm tra 1 dòng/);
      expect(env.spreadsheet.sheetNames()).toEqual(expect.arrayContaining(['LỖI HỒ SƠ', 'Lỗi hồ sơ (2)']));
      expect(env.spreadsheet.peek('LỖI HỒ SƠ').values[0][0]).toBe('Ghi chép riêng của thư ký');
      expect(env.spreadsheet.sheetNames().some((n) => n.includes('đang tạo'))).toBe(false);
    } finally {
      uninstall();
    }
  });

  it('a tab a stopped run left half-built is removed by the next run, and a user tab of that name is kept', () => {
    const { env, uninstall } = gasWorkbook([goodRow()], {
      'Lỗi hồ sơ (đang tạo)': [['nửa chừng']],
      'Ghi chú (đang tạo)': [['của người dùng']],
    });
    try {
      env.spreadsheet.getSheetByName('Lỗi hồ sơ (đang tạo)')?.addDeveloperMetadata(BUILDING_KEY, 'issues');
      validateNominations();
      const names = env.spreadsheet.sheetNames();
      expect(names).not.toContain('Lỗi hồ sơ (đang tạo)');
      expect(names).toEqual(expect.arrayContaining(['Lỗi hồ sơ', 'Ghi chú (đang tạo)']));
    } finally {
      uninstall();
    }
  });

  it('reads a date as the spreadsheet shows it, whatever the script’s time zone', () => {
    // Midnight of 1 March 2025 in Hà Nội is 17:00 on 28 February in UTC, where the tests run.
    const firstOfMarch = new Date(Date.UTC(2025, 1, 28, 17, 0, 0));
    const row: Row = goodRow({ 'Đơn vị đề nghị': firstOfMarch });
    const { env, uninstall } = gasWorkbook([row]);
    try {
      validateNominations();
      const verdict = env.spreadsheet.peek('Lỗi hồ sơ').values.flat().join(' ');
      expect(verdict).toContain('01/03/2025');
      expect(verdict).not.toContain('28/02/2025');
      expect(env.spreadsheet.peek('Đề cử').values[1][col('Đơn vị đề nghị')]).toEqual(firstOfMarch);
    } finally {
      uninstall();
    }
  });
});

describe('setup and merged headings', () => {
  it('leaves the rows unfrozen, and says why, where a merged heading crosses the line to freeze', () => {
    const { env, uninstall } = gasWorkbook([goodRow(), goodRow()]);
    try {
      env.spreadsheet.getSheetByName('Đề cử')?.getRange('A1:A2').merge();
      env.ui.answerNextPrompt('');
      setupWorkbook();
      const message = env.ui.alerts.at(-1)?.prompt ?? '';
      expect(message).toContain('Chưa cố định 1 dòng đầu của trang “Đề cử”: ô gộp A1:A2');
      expect(env.spreadsheet.peek('Đề cử').frozenRows).toBe(0);
      expect(env.spreadsheet.peek('Đơn vị').frozenRows).toBe(1);
    } finally {
      uninstall();
    }
  });
});
