import {
  getDashboard,
  getRowCriteria,
  jumpToCell,
  runSidebarCommand,
  setMyUnit,
  setRowCriteria,
} from '../../src/gas/sidebar-api';
import type { FakeEnv } from '../fakes/gas';
import { gasWorkbook } from '../support/gas-env';
import { allCriteria, goodRow, HEADERS, type Row } from '../support/workbook';
import * as api from '../../src/gas/sidebar-api';

/** The API as a hostile page sees it: any value for any parameter. */
const loose = api as unknown as Record<string, (...args: unknown[]) => unknown>;

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

function withWorkbook(rows: Row[], run: (env: FakeEnv) => void): void {
  const { env, uninstall } = gasWorkbook(rows);
  try {
    run(env);
  } finally {
    uninstall();
  }
}

const teacher = goodRow({
  [NAME]: 'Nông Văn Tài',
  'Đối tượng': 'Cá nhân',
  'Lĩnh vực': '2.7',
  'Đơn vị đề nghị': 'GD',
  'Tiêu chí đáp ứng': 'G1',
});

describe('the sidebar’s server API', () => {
  it('returns the dashboard as plain JSON, with no Date in it', () => {
    withWorkbook([goodRow(), goodRow({ [NAME]: 'Hộ bà Lý Thị Vân', 'Đơn vị đề nghị': 'Không có' })], () => {
      const dashboard = getDashboard();
      expect(JSON.parse(JSON.stringify(dashboard))).toEqual(dashboard);
      expect(dashboard.summary).toEqual({ rows: 2, valid: 1, errors: 1, warnings: 0 });
      expect(dashboard.issues[0]).toMatchObject({
        code: 'E_UNKNOWN_UNIT',
        row: 3,
        columnNumber: HEADERS.indexOf('Đơn vị đề nghị') + 1,
      });
    });
  });

  it('links every generated tab to its PDF export by its own gid, and the workbook to its .xlsx export', () => {
    withWorkbook([goodRow()], (env) => {
      runSidebarCommand('council');
      const { printLinks } = getDashboard();
      const gid = (name: string) => env.spreadsheet.peek(name).sheetId;
      expect(printLinks.tabs.map((t) => t.name.replace(/ \d{4}$/, '')).sort()).toEqual(
        ['Chỉ tiêu', 'Thống kê', 'Tuyên truyền', 'Tổng hợp'].sort(),
      );
      for (const tab of printLinks.tabs) {
        expect(tab.pdf).toContain(`/spreadsheets/d/${env.spreadsheet.asGas().getId()}/export?format=pdf`);
        expect(tab.pdf).toContain(`&gid=${gid(tab.name)}&size=A4&portrait=false&fitw=true&fzr=true`);
      }
      expect(printLinks.workbook).toMatch(/\/export\?format=xlsx$/);
    });
  });

  it('remembers the unit per user and filters the dashboard to it and its member units', () => {
    withWorkbook([goodRow(), teacher], (env) => {
      const mine = setMyUnit('GD');
      expect(env.properties.user.get('dienhinh.myUnit')).toBe('GD');
      expect(mine.summary.rows).toBe(1);
      expect(mine.quotas.map((q) => q.code)).toEqual(['GD']);
      expect(getDashboard().myUnit).toBe('GD');
      expect(setMyUnit('').myUnit).toBeNull();
    });
  });

  it.each([
    ['an unknown unit', () => setMyUnit('KHÔNG')],
    ['a number for a unit', () => loose.setMyUnit(42)],
    ['a row that is not a positive whole number', () => jumpToCell('Đề cử', -1, 2)],
    ['a column as text', () => loose.jumpToCell('Đề cử', 2, 'B')],
    ['a tab that does not exist', () => jumpToCell('Không có', 2, 2)],
    ['codes that are not a list', () => loose.setRowCriteria('Đề cử', 2, 'G1; G2')],
    ['a command that does not exist', () => loose.runSidebarCommand('deleteEverything')],
  ])('refuses %s with a Vietnamese message', (_, act) => {
    withWorkbook([goodRow()], () => expect(act).toThrow(/không hợp lệ|Không có|Không thấy/));
  });

  it('selects the offending cell', () => {
    withWorkbook([goodRow()], (env) => {
      jumpToCell('Đề cử', 2, 3);
      const active = env.spreadsheet.asGas().getActiveRange();
      expect([active?.getSheet().getName(), active?.getA1Notation()]).toEqual(['Đề cử', 'C2']);
    });
  });

  it('gives the checklist of the row under the cursor, with the 2.7 profiles as groups', () => {
    withWorkbook([goodRow(), teacher], (env) => {
      env.spreadsheet.asGas().getSheetByName('Đề cử')?.getRange('D3').activate();
      const checklist = getRowCriteria();
      expect(checklist).toMatchObject({
        sheet: 'Đề cử',
        row: 3,
        name: 'Nông Văn Tài',
        field: '2.7',
        subject: 'Cá nhân',
      });
      expect(checklist.groups.map((g) => g.title)).toEqual([
        'Tiêu chí chung',
        'Tiêu chí lĩnh vực 2.7',
        'Nhóm: Cán bộ quản lý, giáo viên, nhân viên (chỉ cần đủ một nhóm)',
        'Nhóm: Học sinh, sinh viên, học viên (chỉ cần đủ một nhóm)',
      ]);
      expect(checklist.groups[0].items.find((i) => i.code === 'G1')?.checked).toBe(true);
    });
  });

  it('explains when the cursor is not on a nomination row', () => {
    withWorkbook([goodRow()], (env) => {
      env.spreadsheet.asGas().getSheetByName('Đơn vị')?.getRange('A2').activate();
      expect(() => getRowCriteria()).toThrow('không phải trang đề cử');
    });
  });

  it('writes the ticked codes into Tiêu chí đáp ứng only, and re-checks that row', () => {
    withWorkbook([goodRow(), teacher], (env) => {
      const before = env.spreadsheet.peek('Đề cử').values;
      const codes = allCriteria('2.7', 'C', 'Cán bộ quản lý, giáo viên, nhân viên').split('; ').reverse();
      const result = setRowCriteria('Đề cử', 3, codes);
      expect(result.text).toBe('Hợp lệ');
      const after = env.spreadsheet.peek('Đề cử').values;
      const criteria = HEADERS.indexOf('Tiêu chí đáp ứng');
      const check = HEADERS.indexOf('Kết quả kiểm tra');
      expect(after[2][criteria]).toBe(codes.slice().reverse().join('; '));
      expect(after[2][check]).toBe('Hợp lệ');
      const untouched = (grid: unknown[][]) =>
        grid.map((r, i) => r.filter((_, c) => !(i === 2 && (c === criteria || c === check))));
      expect(untouched(after)).toEqual(untouched(before));
    });
  });

  it('refuses a code of another field', () => {
    withWorkbook([teacher], () =>
      expect(() => setRowCriteria('Đề cử', 2, ['2.4.H1'])).toThrow('không thuộc lĩnh vực 2.7'),
    );
  });

  it('runs a command for the action buttons and reports a held lock as busy', () => {
    withWorkbook([goodRow()], (env) => {
      expect(runSidebarCommand('check').message).toMatch(/^Đã kiểm tra 1 dòng đề cử/);
      env.locks.document.holdByOther();
      expect(() => runSidebarCommand('quotas')).toThrow('Đang có người khác chạy');
    });
  });
});
