import { createUnitIntakeTabs, validateNominations } from '../../src/gas/commands';
import { communeWorkbook } from '../../src/demo/commune-workbook';
import { createFakeEnv, installFakeGlobals, PROTECTED, type FakeEnv } from '../fakes/gas';

const OWNER = 'chutich@hoason.example.vn';
const SECRETARY = 'vanphong@hoason.example.vn';
const WOMEN = 'hpn@hoason.example.vn';
const FARMERS = 'hnd@hoason.example.vn';

function sharedCommune(): { env: FakeEnv; uninstall: () => void } {
  const sheets = Object.fromEntries(communeWorkbook().tabs.map((t) => [t.name, t.values]));
  const env = createFakeEnv({ sheets, userEmail: OWNER, sharedWith: [SECRETARY, WOMEN, FARMERS] });
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
