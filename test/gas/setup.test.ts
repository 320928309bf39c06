import { onOpen, setupWorkbook } from '../../src/gas/commands';
import { MENU_ITEMS } from '../../src/gas/menu';
import { createFakeEnv, installFakeGlobals, type FakeEnv } from '../fakes/gas';
import { TEMPLATE_TABS } from '../support/workbook';

let env: FakeEnv;
let uninstall: () => void;

beforeEach(() => {
  env = createFakeEnv();
  uninstall = installFakeGlobals(env);
});
afterEach(() => uninstall());

describe('onOpen', () => {
  it('adds the Vietnamese menu “Điển hình tiên tiến” with every command, and does nothing else', () => {
    onOpen();
    expect(env.ui.menus).toHaveLength(1);
    const [menu] = env.ui.menus;
    expect(menu.title).toBe('Điển hình tiên tiến');
    const items = menu.items.map((item) =>
      item && 'functionName' in item ? `${item.caption}=${item.functionName}` : '—',
    );
    expect(items).toEqual(MENU_ITEMS.map((i) => (i ? `${i.caption}=${i.functionName}` : '—')));
    expect(
      Object.keys(env.calls.byMethod).every(
        (m) => m.startsWith('SpreadsheetApp.getUi') || m.startsWith('Ui.') || m.startsWith('Menu.'),
      ),
    ).toBe(true);
  });
});

describe('setupWorkbook through SpreadsheetApp', () => {
  it('creates the reference tabs and the nomination tab, and says what it did', () => {
    setupWorkbook();
    expect(env.spreadsheet.sheetNames()).toEqual(['Sheet1', ...TEMPLATE_TABS]);
    const [alert] = env.ui.alerts;
    expect(alert.title).toBe('Thiết lập bảng tính');
    expect(alert.prompt).toContain('Đã tạo trang “Tiêu chí” từ kế hoạch mẫu (147 dòng).');
  });

  it('keeps codes such as 2.10 as text, where Sheets would otherwise read the number 2.1', () => {
    setupWorkbook();
    const fields = env.spreadsheet.peek('Lĩnh vực');
    expect(fields.values[10][0]).toBe('2.10');
    expect(fields.numberFormats[10][0]).toBe('@');
    const criteria = env.spreadsheet.peek('Tiêu chí');
    expect(criteria.values.filter((r) => r[1] === '2.10').length).toBeGreaterThan(0);
  });

  it('freezes and bolds header rows and protects reference tabs with a warning only', () => {
    setupWorkbook();
    const units = env.spreadsheet.peek('Đơn vị');
    expect(units.frozenRows).toBe(1);
    expect(units.fontWeights[0][0]).toBe('bold');
    expect(units.protections).toEqual([expect.objectContaining({ type: 'SHEET', warningOnly: true })]);
    expect(units.columnWidths[2]).toBe(300);
  });

  it('gives the nomination tab dropdowns pointing at the reference tabs', () => {
    setupWorkbook();
    const tab = env.spreadsheet.peek('Đề cử');
    const column = (header: string) => (tab.values[0] as string[]).indexOf(header);
    expect(tab.validations[1][column('Đơn vị đề nghị')]).toMatchObject({
      type: 'VALUE_IN_RANGE',
      range: "'Đơn vị'!B2:B",
      allowInvalid: true,
    });
    expect(tab.validations[1][column('Lĩnh vực')]).toMatchObject({
      type: 'VALUE_IN_RANGE',
      range: "'Lĩnh vực'!B2:B",
    });
    expect(tab.validations[1][column('Đối tượng')]).toMatchObject({
      type: 'VALUE_IN_LIST',
      values: ['Tập thể', 'Cá nhân', 'Hộ gia đình'],
    });
    expect(tab.validations[1][column('Giai đoạn')]).toMatchObject({
      type: 'VALUE_IN_LIST',
      values: ['Phát hiện', 'Bồi dưỡng', 'Tổng kết', 'Nhân rộng'],
    });
    expect(tab.numberFormats[1][column('Lĩnh vực')]).toBe('@');
  });

  it('repairs without overwriting: a second run creates nothing and changes no value', () => {
    setupWorkbook();
    const before = env.spreadsheet.sheetNames().map((n) => env.spreadsheet.peek(n).values);
    setupWorkbook();
    expect(env.spreadsheet.sheetNames().map((n) => env.spreadsheet.peek(n).values)).toEqual(before);
    expect(env.spreadsheet.peek('Đơn vị').protections).toHaveLength(1);
    expect(env.ui.alerts[1].prompt).toContain('Giữ nguyên trang “Đơn vị”');
  });

  it('tells the user another person is running a command when the document lock is held', () => {
    env.locks.document.holdByOther();
    setupWorkbook();
    expect(env.ui.alerts[0].prompt).toContain('Đang có người khác chạy');
    expect(env.spreadsheet.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('a fresh fake per test', () => {
  it('starts from one empty tab', () => {
    expect(createFakeEnv().spreadsheet.sheetNames()).toEqual(['Sheet1']);
  });
});
