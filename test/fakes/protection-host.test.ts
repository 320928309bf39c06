/**
 * The fake's protections where the host is stricter than a plain list of editors: Google Groups, a
 * shared drive's file without an owner, warning-only protections without editors, the owner and the
 * runner never removed, and who Session says is running.
 */
import { createFakeEnv, type FakeEnv, type FakeEnvOptions } from './gas';
import { GROUP_REMOVAL } from './protection';

const OWNER = 'chutich@xa.example.vn';
const CLERK = 'vanthu@xa.example.vn';
const GROUP = 'vanphong-nhom@xa.example.vn';
const OTHER = 'tb1@xa.example.vn';

function env(options: FakeEnvOptions): FakeEnv {
  return createFakeEnv({ sheets: { 'Đơn vị': [['Mã']] }, ownerEmail: OWNER, ...options });
}

const sheetOf = (e: FakeEnv) => {
  const sheet = e.spreadsheet.getSheetByName('Đơn vị');
  if (!sheet) throw new Error('no sheet');
  return sheet;
};
const emails = (users: GoogleAppsScript.Base.User[]) => users.map((u) => u.getEmail());

describe('a runner who edits through a Google Group', () => {
  const options = { userEmail: CLERK, sharedWith: [GROUP, OTHER], groups: { [GROUP]: [CLERK] } };

  it('finds the group, not the member, among a new protection’s editors, and may edit through it', () => {
    const e = env(options);
    const protection = sheetOf(e).protect();
    expect(emails(protection.getEditors())).toEqual([OWNER, GROUP, OTHER]);
    expect(protection.canEdit()).toBe(true);
  });

  it('cannot remove that group while not an editor by name, and changes nothing', () => {
    const e = env(options);
    const protection = sheetOf(e).protect();
    expect(() => protection.removeEditors(protection.getEditors())).toThrow(GROUP_REMOVAL);
    expect(emails(protection.getEditors())).toEqual([OWNER, GROUP, OTHER]);
  });

  it('removes it once added by name first (Google’s order), and stays itself', () => {
    const e = env(options);
    const protection = sheetOf(e).protect();
    protection.addEditor(CLERK);
    protection.removeEditors(protection.getEditors());
    expect(emails(protection.getEditors())).toEqual([OWNER, CLERK]);
  });
});

describe('warning-only protections and a shared drive', () => {
  it('a warning-only protection has no editors; made strict again, it lists the file’s editors', () => {
    const e = env({ userEmail: OWNER, sharedWith: [OTHER] });
    const protection = sheetOf(e).protect().setWarningOnly(true);
    protection.addEditor(CLERK);
    expect(protection.getEditors()).toEqual([]);
    protection.setWarningOnly(false);
    expect(emails(protection.getEditors()).sort()).toEqual([OWNER, OTHER].sort());
  });

  it('a file in a shared drive has no owner: getOwner is null, and no one is kept as owner', () => {
    const e = env({ sharedDrive: true, userEmail: CLERK, sharedWith: [CLERK, OTHER] });
    expect(e.spreadsheet.getOwner()).toBeNull();
    const protection = sheetOf(e).protect();
    expect(emails(protection.getEditors())).toEqual([CLERK, OTHER]);
    protection.removeEditors(protection.getEditors());
    expect(emails(protection.getEditors())).toEqual([CLERK]);
  });

  it('the owner is never removed', () => {
    const e = env({ userEmail: CLERK, sharedWith: [CLERK] });
    const protection = sheetOf(e).protect();
    protection.removeEditor(OWNER);
    expect(emails(protection.getEditors())).toContain(OWNER);
  });
});

describe('who the file is shared with, and who runs', () => {
  it('lists the file’s editors (groups by their address, not the owner) and viewers', () => {
    const e = env({ sharedWith: [GROUP, OTHER], viewers: [CLERK] });
    expect(emails(e.spreadsheet.getEditors())).toEqual([GROUP, OTHER]);
    expect(emails(e.spreadsheet.getViewers())).toEqual([CLERK]);
  });

  it('Session.getEffectiveUser has a blank address without the userinfo.email scope', () => {
    expect(env({ userEmail: CLERK }).Session.getEffectiveUser().getEmail()).toBe('');
    expect(env({ userEmail: CLERK, userEmailVisible: true }).Session.getEffectiveUser().getEmail()).toBe(
      CLERK,
    );
  });
});
