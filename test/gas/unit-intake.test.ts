import { createUnitIntakeTabs, validateNominations } from '../../src/gas/commands';
import { communeWorkbook } from '../../src/demo/commune-workbook';
import { createFakeEnv, installFakeGlobals, PROTECTED, type FakeEnv } from '../fakes/gas';

const OWNER = 'chutich@hoason.example.vn';
const SECRETARY = 'vanphong@hoason.example.vn';
const WOMEN = 'hpn@hoason.example.vn';
const FARMERS = 'hnd@hoason.example.vn';

function sharedCommune(
  runner = OWNER,
  extra: Record<string, unknown[][]> = {},
): { env: FakeEnv; uninstall: () => void } {
  const sheets = { ...Object.fromEntries(communeWorkbook().tabs.map((t) => [t.name, t.values])), ...extra };
  const env = createFakeEnv({
    sheets,
    ownerEmail: OWNER,
    userEmail: runner,
    sharedWith: [SECRETARY, WOMEN, FARMERS],
  });
  return { env, uninstall: installFakeGlobals(env) };
}

describe('Tạo trang nhập cho từng đơn vị, through SpreadsheetApp', () => {
  it('protects each unit tab for its contacts and the secretariat, and the reference tabs for the secretariat', () => {
    const { env, uninstall } = sharedCommune();
    try {
      createUnitIntakeTabs();
      const [women] = env.spreadsheet.peek('Đề cử - Hội Phụ nữ xã Hòa Sơn').protections;
      expect(women).toMatchObject({ type: 'SHEET', warningOnly: false, domainEdit: false });
      expect(women.editors.sort()).toEqual([OWNER, SECRETARY, WOMEN].sort());
      const [units] = env.spreadsheet.peek('Đơn vị').protections;
      expect(units.editors.sort()).toEqual([OWNER, SECRETARY].sort());
      expect(env.ui.alerts[0].prompt).toContain('Đã tạo trang “Đề cử - Hội Nông dân xã Hòa Sơn”');
    } finally {
      uninstall();
    }
  });

  it('a unit’s clerk edits the unit’s own tab but not another unit’s, nor the reference tabs', () => {
    const { env, uninstall } = sharedCommune();
    try {
      createUnitIntakeTabs();
      env.runAs(WOMEN);
      const own = env.spreadsheet.getSheetByName('Đề cử - Hội Phụ nữ xã Hòa Sơn');
      expect(() => own?.getRange('B2').setValue('Chi hội Phụ nữ Bản Suối Cát')).not.toThrow();
      const other = env.spreadsheet.getSheetByName('Đề cử - Hội Nông dân xã Hòa Sơn');
      expect(() => other?.getRange('B2').setValue('Hội Phụ nữ xã Hòa Sơn')).toThrow(PROTECTED);
      expect(() => env.spreadsheet.getSheetByName('Đơn vị')?.getRange('A2').setValue('X')).toThrow(PROTECTED);
    } finally {
      uninstall();
    }
  });

  it('a clerk’s “Kiểm tra hồ sơ” changes nothing and says whom to ask; the secretary’s runs', () => {
    const { env, uninstall } = sharedCommune();
    try {
      createUnitIntakeTabs();
      env.runAs(SECRETARY);
      validateNominations();
      expect(env.ui.alerts[1].prompt).toMatch(/^Đã kiểm tra \d+ dòng/);
      const before = JSON.stringify(env.spreadsheet.sheetNames().map((n) => env.spreadsheet.peek(n)));
      env.runAs(WOMEN);
      validateNominations();
      expect(env.ui.alerts[2].prompt).toMatch(/^Chưa ghi gì: lệnh này cần sửa trang “/);
      expect(JSON.stringify(env.spreadsheet.sheetNames().map((n) => env.spreadsheet.peek(n)))).toBe(before);
      // Lỗi hồ sơ, made by the secretary's check, is the secretariat's alone.
      expect(env.spreadsheet.peek('Lỗi hồ sơ').protections[0].editors.sort()).toEqual(
        [OWNER, SECRETARY].sort(),
      );
    } finally {
      uninstall();
    }
  });
});

describe('Tạo trang nhập cho từng đơn vị, who may edit what', () => {
  it('each unit tab is editable by exactly its contacts, the secretariat and the owner', () => {
    const { env, uninstall } = sharedCommune();
    try {
      createUnitIntakeTabs();
      const units = communeWorkbook().plan.units.filter((u) => !u.parent);
      expect(units.length).toBeGreaterThan(5);
      for (const unit of units) {
        const [protection] = env.spreadsheet.peek(`Đề cử - ${unit.name}`).protections;
        expect(protection.editors.sort()).toEqual([OWNER, SECRETARY, unit.contact].sort());
      }
    } finally {
      uninstall();
    }
  });

  it('run by a unit’s clerk, says the clerk still edits the other tabs; the owner’s run then removes them', () => {
    const { env, uninstall } = sharedCommune(WOMEN);
    try {
      createUnitIntakeTabs();
      expect(env.ui.alerts[0].prompt).toMatch(
        /^Chưa khóa hết: hpn@hoason\.example\.vn \(người đang chạy lệnh\) vẫn sửa được/,
      );
      expect(env.spreadsheet.peek('Đề cử - Hội Nông dân xã Hòa Sơn').protections[0].editors).toContain(WOMEN);
      env.runAs(OWNER);
      createUnitIntakeTabs();
      expect(env.ui.alerts[1].prompt).not.toContain('Chưa khóa hết');
      expect(env.spreadsheet.peek('Đề cử - Hội Nông dân xã Hòa Sơn').protections[0].editors.sort()).toEqual(
        [OWNER, SECRETARY, FARMERS].sort(),
      );
      expect(env.spreadsheet.peek('Đề cử - Hội Phụ nữ xã Hòa Sơn').protections[0].editors).toContain(WOMEN);
    } finally {
      uninstall();
    }
  });

  it('makes the same service calls whatever the rows in an existing unit tab', () => {
    const calls = (rows: number) => {
      const header =
        communeWorkbook().tabs.find((t) => t.name === 'Đề cử đoàn thể, trường học')?.values[0] ?? [];
      const grid = [header, ...Array.from({ length: rows }, (_, i) => header.map((_h, j) => `ô ${i}-${j}`))];
      const { env, uninstall } = sharedCommune(OWNER, { 'Đề cử - Hội Phụ nữ xã Hòa Sơn': grid });
      try {
        env.calls.reset();
        createUnitIntakeTabs();
        return env.calls.log.length;
      } finally {
        uninstall();
      }
    };
    expect(calls(2000)).toBe(calls(3));
  });
});
