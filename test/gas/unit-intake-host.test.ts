/**
 * “Tạo trang nhập cho từng đơn vị” against what the host does and the fake models: a runner who edits
 * through a Google Group, a shared drive's file without an owner, warning-only protections without
 * editors, an owner who is never removed, and a file shared with fewer people than the tabs name.
 */
import { createUnitIntakeTabs, validateNominations } from '../../src/gas/commands';
import { communeWorkbook } from '../../src/demo/commune-workbook';
import { createFakeEnv, installFakeGlobals, type FakeEnv, type FakeEnvOptions } from '../fakes/gas';
import { GROUP_REMOVAL } from '../fakes/protection';

const OWNER = 'chutich@hoason.example.vn';
const SECRETARY = 'vanphong@hoason.example.vn';
const DEPUTY = 'phochutich@hoason.example.vn';
const GROUP = 'ubnd-nhom@hoason.example.vn';
const WOMEN = 'hpn@hoason.example.vn';
const FARMERS = 'hnd@hoason.example.vn';

const { plan, tabs } = communeWorkbook();
const UNITS = plan.units.filter((u) => !u.parent);
const CONTACTS = UNITS.map((u) => u.contact);
const REFERENCES = ['Cấu hình', 'Danh mục', 'Đơn vị', 'Lĩnh vực', 'Tiêu chí', 'Kế hoạch đơn vị'];

function commune(options: FakeEnvOptions): { env: FakeEnv; run: () => string; uninstall: () => void } {
  const env = createFakeEnv({
    sheets: Object.fromEntries(tabs.map((t) => [t.name, t.values])),
    ownerEmail: OWNER,
    ...options,
  });
  const uninstall = installFakeGlobals(env);
  const run = () => {
    createUnitIntakeTabs();
    return env.ui.alerts[env.ui.alerts.length - 1].prompt;
  };
  return { env, run, uninstall };
}

const editorsOf = (env: FakeEnv, tab: string) =>
  env.spreadsheet
    .peek(tab)
    .protections.map((p) => ({ warningOnly: p.warningOnly, editors: [...p.editors].sort() }));

/** The owner protects a tab by hand, for `editors` only (a group, say), as a council might have. */
function protectByHand(
  env: FakeEnv,
  tab: string,
  editors: string[],
  options: { warningOnly?: boolean } = {},
) {
  const runner = env.accounts.userKey;
  env.runAs(OWNER);
  const protection = env.spreadsheet.getSheetByName(tab)?.protect().setDescription('Bảo vệ tay');
  if (!protection) throw new Error(`no tab ${tab}`);
  if (options.warningOnly) protection.setWarningOnly(true);
  else protection.removeEditors(protection.getEditors()).addEditors(editors);
  env.runAs(runner);
}

describe('per-unit intake when the runner edits through a Google Group', () => {
  it('a secretary whose access comes from a group gets every unit tab protected for its contacts and the secretariat', () => {
    const { env, run, uninstall } = commune({
      userEmail: SECRETARY,
      sharedWith: [GROUP, ...CONTACTS],
      groups: { [GROUP]: [SECRETARY, DEPUTY] },
    });
    try {
      const message = run();
      expect(message).not.toMatch(/Chưa bảo vệ|Chưa khóa hết/);
      for (const unit of UNITS)
        expect(editorsOf(env, `Đề cử - ${unit.name}`)).toEqual([
          { warningOnly: false, editors: [OWNER, SECRETARY, unit.contact].sort() },
        ]);
      for (const tab of REFERENCES)
        expect(editorsOf(env, tab)).toEqual([{ warningOnly: false, editors: [OWNER, SECRETARY].sort() }]);
      // The group is gone from every tab: a deputy in it edits none of them now.
      env.runAs(DEPUTY);
      expect(() => env.spreadsheet.getSheetByName('Đơn vị')?.getRange('A2').setValue('X')).toThrow(
        'protected cell',
      );
    } finally {
      uninstall();
    }
  });

  it('protects no tab when one fails, puts back what it changed, removes the tabs it made, and says which and why', () => {
    const { env, run, uninstall } = commune({
      userEmail: DEPUTY,
      sharedWith: [SECRETARY, DEPUTY, ...CONTACTS],
      groups: { [GROUP]: [DEPUTY] },
    });
    try {
      // The deputy edits `Đơn vị` only through the group its hand-made protection lists, and
      // `Cấu hình` carries setup's warning-only protection.
      protectByHand(env, 'Đơn vị', [GROUP]);
      protectByHand(env, 'Cấu hình', [], { warningOnly: true });
      const before = env.spreadsheet.sheetNames().map((name) => [name, editorsOf(env, name)]);
      const message = run();
      expect(message).toMatch(/^Chưa bảo vệ trang nào: Google Sheets từ chối khi bảo vệ trang “Đơn vị”/);
      expect(message).toContain(GROUP_REMOVAL);
      expect(message).toContain(`chủ sở hữu bảng tính (${OWNER})`);
      expect(env.spreadsheet.sheetNames().map((name) => [name, editorsOf(env, name)])).toEqual(before);
      expect(env.spreadsheet.peek('Đơn vị').protections[0].description).toBe('Bảo vệ tay');
      expect(env.spreadsheet.sheetNames().some((n) => n.startsWith('Đề cử - '))).toBe(false);
    } finally {
      uninstall();
    }
  });

  it('with the runner known (Session gives the address), adds the runner first and so removes the group, then says the runner stays', () => {
    const { env, run, uninstall } = commune({
      userEmail: DEPUTY,
      userEmailVisible: true,
      sharedWith: [SECRETARY, DEPUTY, ...CONTACTS],
      groups: { [GROUP]: [DEPUTY] },
    });
    try {
      protectByHand(env, 'Đơn vị', [GROUP]);
      const message = run();
      expect(message).toMatch(/^Chưa khóa hết: phochutich@hoason\.example\.vn \(người đang chạy lệnh\)/);
      expect(editorsOf(env, 'Đơn vị')).toEqual([
        { warningOnly: false, editors: [DEPUTY, OWNER, SECRETARY].sort() },
      ]);
    } finally {
      uninstall();
    }
  });
});

describe('a tab the add-on builds for the secretariat, run by someone editing through a group', () => {
  it('is not built when Sheets refuses to protect it, and the dialog says which tab, why and whom to ask', () => {
    const { env, uninstall } = commune({
      userEmail: DEPUTY,
      sharedWith: [GROUP, SECRETARY, ...CONTACTS],
      groups: { [GROUP]: [DEPUTY] },
    });
    try {
      validateNominations();
      const message = env.ui.alerts[0].prompt;
      expect(message).toMatch(/^Chưa xong: Google Sheets từ chối khi bảo vệ trang “Lỗi hồ sơ”/);
      expect(message).toContain(GROUP_REMOVAL);
      expect(env.spreadsheet.sheetNames().some((n) => n.startsWith('Lỗi hồ sơ'))).toBe(false);
      env.runAs(SECRETARY);
      validateNominations();
      expect(env.spreadsheet.peek('Lỗi hồ sơ').protections[0].editors.sort()).toEqual(
        [OWNER, SECRETARY].sort(),
      );
    } finally {
      uninstall();
    }
  });
});

describe('per-unit intake, who owns and who edits as the host has it', () => {
  it('in a shared drive (no owner) protects for the contacts and the secretariat and never sends anyone to an owner', () => {
    const { env, run, uninstall } = commune({
      sharedDrive: true,
      userEmail: WOMEN,
      sharedWith: [SECRETARY, ...CONTACTS],
    });
    try {
      expect(env.spreadsheet.getOwner()).toBeNull();
      const message = run();
      expect(editorsOf(env, 'Đề cử - Hội Nông dân xã Hòa Sơn')).toEqual([
        { warningOnly: false, editors: [FARMERS, SECRETARY, WOMEN].sort() },
      ]);
      expect(message).toMatch(/^Chưa khóa hết: hpn@hoason\.example\.vn/);
      expect(message).toContain('người quản lý bộ nhớ dùng chung');
      expect(message).not.toContain('chủ sở hữu bảng tính hoặc');
      expect(message).not.toContain('chủ sở hữu bảng tính (');
      env.runAs(SECRETARY);
      expect(run()).not.toContain('Chưa khóa hết');
      expect(editorsOf(env, 'Đề cử - Hội Nông dân xã Hòa Sơn')[0].editors).toEqual(
        [FARMERS, SECRETARY].sort(),
      );
    } finally {
      uninstall();
    }
  });

  it('in a shared drive, a clerk refused by a protection is sent to a secretary or the drive’s managers, not an owner', () => {
    const { env, run, uninstall } = commune({
      sharedDrive: true,
      userEmail: SECRETARY,
      sharedWith: [SECRETARY, ...CONTACTS],
    });
    try {
      run();
      validateNominations(); // the secretary's check makes `Lỗi hồ sơ`, the secretariat's alone
      env.runAs(WOMEN);
      validateNominations();
      const refusal = env.ui.alerts[env.ui.alerts.length - 1].prompt;
      expect(refusal).toMatch(/^Chưa ghi gì: lệnh này cần sửa trang/);
      expect(refusal).toContain('người quản lý bộ nhớ dùng chung');
      expect(refusal).not.toContain('chủ sở hữu');
    } finally {
      uninstall();
    }
  });

  it('makes a warning-only protection strict with exactly the secretariat, though turning it strict lists every editor of the file', () => {
    const { env, run, uninstall } = commune({ userEmail: OWNER, sharedWith: [SECRETARY, ...CONTACTS] });
    try {
      for (const tab of REFERENCES) protectByHand(env, tab, [], { warningOnly: true });
      // What the host does with a warning-only protection: no editors to add or read.
      const [probe] =
        env.spreadsheet.getSheetByName('Đơn vị')?.getProtections(env.SpreadsheetApp.ProtectionType.SHEET) ??
        [];
      probe.addEditor(WOMEN);
      expect(probe.getEditors()).toEqual([]);
      run();
      for (const tab of REFERENCES)
        expect(editorsOf(env, tab)).toEqual([{ warningOnly: false, editors: [OWNER, SECRETARY].sort() }]);
    } finally {
      uninstall();
    }
  });

  it('asks what it cannot know before writing in one pass after the last protection, so Sheets commits once', () => {
    const { env, run, uninstall } = commune({ userEmail: SECRETARY, sharedWith: [SECRETARY, ...CONTACTS] });
    try {
      env.calls.reset();
      run();
      const log = env.calls.log.filter((call) => /^(Protection\.|Sheet\.protect$)/.test(call));
      const read = (call: string) => /^Protection\.(get|is|can)/.test(call);
      const firstWrite = log.findIndex((call) => !read(call));
      const after = log.slice(firstWrite);
      // Reads after the first protection write: one block, each new protection's domain and editors.
      const blocks = after.filter((call, i) => read(call) && (i === 0 || !read(after[i - 1])));
      expect(blocks).toHaveLength(1);
      expect(after.filter((call) => call === 'Protection.canDomainEdit')).toHaveLength(
        UNITS.length + REFERENCES.length,
      );
    } finally {
      uninstall();
    }
  });

  it('keeps the owner on every tab, run by a secretary', () => {
    const { env, run, uninstall } = commune({ userEmail: SECRETARY, sharedWith: [SECRETARY, ...CONTACTS] });
    try {
      run();
      env.runAs(OWNER);
      for (const name of env.spreadsheet.sheetNames()) {
        for (const p of env.spreadsheet.peek(name).protections) expect(p.editors).toContain(OWNER);
        expect(() =>
          env.spreadsheet.getSheetByName(name)?.getRange('Z999').setValue('chủ sở hữu'),
        ).not.toThrow();
      }
    } finally {
      uninstall();
    }
  });

  it('names the contacts the file is not shared with, those who may only view, and the offline way in', () => {
    const { run, uninstall } = commune({
      userEmail: OWNER,
      sharedWith: [SECRETARY, WOMEN],
      viewers: [FARMERS],
    });
    try {
      const message = run();
      const share = message.split('\n').find((line) => line.startsWith('Còn phải chia sẻ bảng tính')) ?? '';
      expect(share).toContain('tb1@hoason.example.vn (Thôn Đồng Tâm)');
      expect(share).toContain('thhs@hoason.example.vn (Trường Tiểu học Hòa Sơn)');
      expect(share).toMatch(
        /đổi từ quyền xem sang Người chỉnh sửa trong Chia sẻ: hnd@hoason\.example\.vn \(Hội Nông dân/,
      );
      expect(share).not.toContain(WOMEN);
      expect(share).not.toContain(SECRETARY);
      const offline =
        message.split('\n').find((line) => line.startsWith('Đơn vị không có tài khoản Google')) ?? '';
      expect(offline).toContain('npm start -- template --unit <mã đơn vị> --from <bảng tính>.xlsx');
      expect(offline).toContain('Tệp › Nhập');
      expect(offline).toContain('Thôn Đồng Tâm (mã TB1, trang “Đề cử - Thôn Đồng Tâm”)');
      expect(offline).not.toContain('Hội Phụ nữ xã Hòa Sơn (mã');
    } finally {
      uninstall();
    }
  });

  it('says nothing is left to share when every contact and secretary edits the file', () => {
    const { run, uninstall } = commune({ userEmail: OWNER, sharedWith: [SECRETARY, ...CONTACTS] });
    try {
      const message = run();
      expect(message).not.toContain('Còn phải chia sẻ');
      expect(message).not.toContain('Đơn vị không có tài khoản Google');
    } finally {
      uninstall();
    }
  });
});
