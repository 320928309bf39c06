import { setupWorkbook, validateNominations } from '../../src/gas/commands';
import { BUILDING_KEY } from '../../src/gas/sheets-port';
import { createFakeEnv, installFakeGlobals, type FakeEnv } from '../fakes/gas';
import { gasWorkbook } from '../support/gas-env';
import { goodRow, HEADERS, nominationGrid, referenceTabs, type Row } from '../support/workbook';

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

describe('protected tabs and many editors', () => {
  const OWNER = 'thuky@hoidong.example.vn';
  const CLERK = 'yte@hoidong.example.vn';

  function shared(): FakeEnv {
    const sheets = {
      ...Object.fromEntries(referenceTabs().map((t) => [t.name, t.values])),
      'Đề cử': nominationGrid([goodRow()]),
      'Đề cử - Y tế': nominationGrid([goodRow({ 'Đơn vị đề nghị': 'Không có' })]),
    };
    return createFakeEnv({ sheets, userEmail: OWNER, sharedWith: [CLERK] });
  }

  it('a check by a clerk who may not edit one nomination tab writes nothing and says which tab and who can', () => {
    const env = shared();
    const uninstall = installFakeGlobals(env);
    try {
      const guarded = env.spreadsheet.getSheetByName('Đề cử - Y tế')?.protect();
      guarded?.setDescription('Chỉ Trung tâm Y tế sửa');
      guarded?.removeEditors([CLERK]);
      const before = JSON.stringify(env.spreadsheet.sheetNames().map((n) => env.spreadsheet.peek(n)));
      env.runAs(CLERK);
      validateNominations();
      expect(env.ui.alerts[0].prompt).toBe(
        'Chưa ghi gì: lệnh này cần sửa trang “Đề cử - Y tế”, nhưng trang này được bảo vệ (Chỉ Trung tâm Y tế sửa) ' +
          'và tài khoản đang dùng không có quyền sửa. Nhờ người có quyền (thư ký Hội đồng hoặc chủ sở hữu bảng tính) ' +
          'chạy lệnh, hoặc nhờ họ thêm bạn vào danh sách được sửa trong Dữ liệu › Trang và dải ô được bảo vệ.',
      );
      expect(JSON.stringify(env.spreadsheet.sheetNames().map((n) => env.spreadsheet.peek(n)))).toBe(before);
    } finally {
      uninstall();
    }
  });

  it('the same check runs for the owner, and past a warning-only protection for anyone', () => {
    const env = shared();
    const uninstall = installFakeGlobals(env);
    try {
      env.spreadsheet.getSheetByName('Đề cử - Y tế')?.protect().removeEditors([CLERK]);
      env.spreadsheet.getSheetByName('Đề cử')?.protect().setWarningOnly(true);
      validateNominations();
      expect(env.ui.alerts[0].prompt).toMatch(/^Đã kiểm tra 2 dòng/);
      env.spreadsheet
        .getSheetByName('Đề cử - Y tế')
        ?.getProtections(env.SpreadsheetApp.ProtectionType.SHEET)[0]
        .remove();
      env.runAs(CLERK);
      validateNominations();
      expect(env.ui.alerts[1].prompt).toMatch(/^Đã kiểm tra 2 dòng/);
    } finally {
      uninstall();
    }
  });

  it('a run the host stops half way leaves only a marked tab, and the next run removes it', () => {
    const env = shared();
    const uninstall = installFakeGlobals(env);
    try {
      validateNominations();
      env.calls.reset();
      validateNominations();
      const calls = env.calls.total;
      env.ui.alerts.length = 0;
      // Stop the second run a few calls after “Lỗi hồ sơ (đang tạo)” is inserted. The menu runner
      // logs the stop for the developers; that log is expected here.
      const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      for (let stopAt = calls - 12; stopAt < calls; stopAt += 4) {
        env.killAfter(stopAt);
        expect(() => validateNominations()).toThrow('Exceeded maximum execution time');
        env.revive();
      }
      log.mockRestore();
      expect(env.spreadsheet.sheetNames().some((n) => n.includes('đang tạo'))).toBe(true);
      validateNominations();
      const names = env.spreadsheet.sheetNames();
      expect(names.filter((n) => n.includes('đang tạo'))).toEqual([]);
      expect(names.filter((n) => n.toLowerCase().startsWith('lỗi hồ sơ'))).toEqual(['Lỗi hồ sơ']);
    } finally {
      uninstall();
    }
  });
});
