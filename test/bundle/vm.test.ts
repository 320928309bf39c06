import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createFakeEnv, installFakeGlobals, type FakeEnv } from '../fakes/gas';
import * as entry from '../../src/gas/main';
import { MENU_ITEMS } from '../../src/gas/menu';
import { goodRow, nominationGrid, referenceTabs, TEMPLATE_TABS } from '../support/workbook';

/** What Apps Script may call: the exports of the entry, the one list of public functions. */
const PUBLIC = Object.keys(entry);
const FAKE_GLOBALS = [
  'SpreadsheetApp',
  'LockService',
  'HtmlService',
  'PropertiesService',
  'Session',
  'Utilities',
  'Charts',
  'console',
];

const BUNDLE = join(__dirname, '../../dist/addon/Code.js');

/** Loads the built Code.js in a bare context that holds only the fake Apps Script services. */
function load(env: FakeEnv): vm.Context {
  const context = vm.createContext({ console: { log() {}, error() {}, warn() {} } });
  installFakeGlobals(env, context);
  vm.runInContext(readFileSync(BUNDLE, 'utf8'), context, { filename: 'Code.js' });
  return context;
}

describe('the built Code.js in a bare vm context', () => {
  it('exposes exactly the public functions as top-level functions', () => {
    const context = load(createFakeEnv());
    const globals = Object.getOwnPropertyNames(context).filter((name) => !FAKE_GLOBALS.includes(name));
    const functions = globals.filter((name) => typeof context[name] === 'function');
    expect(functions.sort()).toEqual([...PUBLIC].sort());
    // Anything else the bundle leaves on the global object is not callable from the client.
    for (const name of globals.filter((n) => !PUBLIC.includes(n)))
      expect(typeof context[name]).not.toBe('function');
    // Apps Script sees each as a top-level function declaration at the head of the file.
    const head = readFileSync(BUNDLE, 'utf8').split('\n')[0];
    for (const name of PUBLIC) expect(head).toContain(`function ${name}(){}`);
  });

  it('builds the menu on onOpen', () => {
    const env = createFakeEnv();
    load(env).onOpen();
    expect(env.ui.menus[0].title).toBe('Điển hình tiên tiến');
    expect(env.ui.menus[0].items.filter((i) => i !== null)).toHaveLength(MENU_ITEMS.filter(Boolean).length);
  });

  it('sets up the template on setupWorkbook', () => {
    const env = createFakeEnv();
    load(env).setupWorkbook();
    expect(env.spreadsheet.sheetNames()).toEqual(['Sheet1', ...TEMPLATE_TABS]);
    expect(env.spreadsheet.peek('Tiêu chí').values.length).toBe(148);
  });

  function filled(): FakeEnv {
    const sheets = Object.fromEntries(referenceTabs().map((t) => [t.name, t.values]));
    const config = sheets['Cấu hình'].map((r) => (r[0] === 'Năm xét' ? ['Năm xét', 2024] : r));
    return createFakeEnv({
      sheets: {
        ...sheets,
        'Cấu hình': config,
        'Đề cử': nominationGrid([
          goodRow(),
          goodRow({
            'Đơn vị đề nghị': 'Không có',
            'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'Hộ bà Hà Thị Vân',
          }),
        ]),
      },
    });
  }

  it('checks the rows on validateNominations', () => {
    const env = filled();
    load(env).validateNominations();
    const tab = env.spreadsheet.peek('Đề cử');
    const check = (tab.values[0] as string[]).indexOf('Kết quả kiểm tra');
    expect(tab.values.map((r) => r[check]).slice(1)).toEqual([
      'Hợp lệ',
      'Lỗi: đơn vị không có trong danh sách',
    ]);
    expect(env.spreadsheet.sheetNames()).toContain('Lỗi hồ sơ');
    expect(env.ui.alerts[0].prompt).toMatch(/^Đã kiểm tra 2 dòng đề cử/);
  });

  it('tallies quotas on checkQuotas and builds the council tabs on buildCouncilSheets', () => {
    const env = filled();
    const context = load(env);
    context.checkQuotas();
    expect(env.ui.alerts[0].prompt).toMatch(/^Năm 2024: 0\/34 đơn vị đạt chỉ tiêu/);
    expect(env.spreadsheet.sheetNames()).toContain('Chỉ tiêu 2024');
    context.buildCouncilSheets();
    expect(env.spreadsheet.sheetNames()).toEqual(
      expect.arrayContaining(['Tổng hợp 2024', 'Thống kê 2024', 'Tuyên truyền 2024']),
    );
    expect(env.spreadsheet.peek('Tổng hợp 2024').values[5][0]).toBe(
      'DANH SÁCH MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2024',
    );
  });
});
