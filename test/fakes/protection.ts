/**
 * Protection of a whole sheet or of a range, with its editors; what it stops is decided in
 * permissions.ts.
 *
 * A new protection's editors. The reference (Range.protect, Sheet.protect) says that until a
 * script changes the editors, "the permissions mirror those of the spreadsheet itself": whoever may
 * edit the spreadsheet may edit the protected cells. The fake takes that literally, as a copy made
 * when the protection is created: the owner, the user who made it, and the spreadsheet's other
 * editors (FakeEnvOptions.sharedWith, none by default), with domain editing if the spreadsheet is
 * shared with the owner's domain. So by default a protection made by the owner is closed to
 * everyone else (a unit's clerk the test runs as), and with `sharedWith: [clerk]` it stays open to
 * the clerk until the script removes them, as on the host. Neither the owner nor the running user
 * can be removed (reference, removeEditor). A user who may not edit the protection cannot read its
 * editors or domain setting, nor change or remove it (the reference says these throw; the wording
 * is the fake's guess, errors.PROTECTED).
 *
 * What the host does besides, as the reference describes it (Protection; Sheets API ProtectedRange):
 * - A new protection's copy of the file's editors names a Google Group, not the user who edits
 *   through it; removing that group while the running user is not an editor by name throws
 *   ("add the current user as an editor before removing others", GROUP_REMOVAL, wording the fake's).
 * - A warning-only protection has no editors ("editors are not supported"): getEditors gives none
 *   and adding or removing editors changes nothing; turning it strict again gives it all the
 *   file's editors, as the Sheets API says of warningOnly going from true to false.
 */
import { emailOf, type Accounts } from './accounts';
import { SheetBound, type SpreadsheetContext } from './context';
import { PROTECTED, signatureError } from './errors';
import { mayEdit } from './permissions';
import { FakeRange, regionOf } from './range';
import { Region } from './region';
import { FakeUser } from './session';
import type { GridRect, ProtectionKind, ProtectionModel, SheetModel } from './sheet-model';

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasUser = GoogleAppsScript.Base.User;

/** A protection as Range.protect or Sheet.protect makes it; see the note above on editors. */
export function newProtection(
  kind: ProtectionKind,
  sheet: SheetModel,
  rect: GridRect | null,
  accounts: Accounts,
): ProtectionModel {
  return {
    kind,
    sheet,
    rect,
    description: '',
    warningOnly: false,
    removed: false,
    editors: fileEditors(accounts),
    domainEdit: accounts.sharedWithDomain,
    unprotected: [],
  };
}

/** The file's editors as a new protection copies them: a user who edits through a group is not named. */
function fileEditors(accounts: Accounts): string[] {
  const user = accounts.editsThroughGroup() ? [] : [accounts.userKey];
  return [...new Set([accounts.owner, ...user, ...accounts.sharedWith].filter(Boolean))];
}

/** Thrown on removing the group the running user edits through; the host's wording is not verified. */
export const GROUP_REMOVAL =
  'You cannot remove the group through which you have edit access. Add yourself as an editor first.';

function rectOf(region: Region): GridRect {
  const { row, column, numRows, numColumns } = region;
  return { row, column, numRows, numColumns };
}

export class FakeProtection
  extends SheetBound
  implements Pick<GasProtection, keyof FakeProtection & keyof GasProtection>
{
  constructor(
    ctx: SpreadsheetContext,
    readonly model: ProtectionModel,
  ) {
    super(ctx, 'Protection', model.sheet);
  }

  private gas(): GasProtection {
    return this as unknown as GasProtection;
  }

  /** Reading the editors or changing the protection needs permission to edit it. */
  private administer(): void {
    if (!mayEdit(this.model, this.ctx.accounts)) throw new Error(PROTECTED);
  }

  private emails(list: unknown, method: string): string[] {
    if (!Array.isArray(list)) throw signatureError(`SpreadsheetApp.Protection.${method}`, [list]);
    return list.map((entry) => emailOf(entry, `SpreadsheetApp.Protection.${method}`));
  }

  private add(emails: string[]): GasProtection {
    this.administer();
    if (this.ctx.book.quirks.protectionEditorsIgnored) return this.gas();
    if (this.model.warningOnly) return this.gas(); // no editors on a warning-only protection
    for (const email of emails) if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return this.gas();
  }

  /** The owner and the running user stay, as the reference says; the user's own group may not go. */
  private drop(emails: string[]): GasProtection {
    this.administer();
    if (this.ctx.book.quirks.protectionEditorsIgnored) return this.gas();
    if (this.model.warningOnly) return this.gas();
    const { accounts } = this.ctx;
    const named = accounts.isOwner() || this.model.editors.includes(accounts.userKey);
    const byDomain = this.model.domainEdit && accounts.inOwnersDomain();
    if (!named && !byDomain && emails.some((email) => accounts.isUsersGroup(email)))
      throw new Error(GROUP_REMOVAL);
    const keep = (email: string) =>
      !emails.includes(email) || accounts.isOwner(email) || email === accounts.userKey;
    this.model.editors = this.model.editors.filter(keep);
    return this.gas();
  }

  getRange(): GasRange {
    this.hit('getRange');
    const { sheet, rect } = this.model;
    const region = rect
      ? new Region(sheet, rect.row, rect.column, rect.numRows, rect.numColumns)
      : new Region(sheet, 1, 1, sheet.maxRows, sheet.maxColumns);
    return new FakeRange(this.ctx, region) as unknown as GasRange;
  }

  getDescription(): string {
    this.hit('getDescription');
    return this.model.description;
  }

  setDescription(description: string): GasProtection {
    this.hit('setDescription');
    this.administer();
    this.model.description = String(description);
    return this.gas();
  }

  /** Warning-only: editors may edit after confirming a warning; scripts are never stopped. */
  isWarningOnly(): boolean {
    this.hit('isWarningOnly');
    return this.model.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): GasProtection {
    this.hit('setWarningOnly');
    this.administer();
    // Strict again: the file's editors, as the Sheets API says of warningOnly going to false.
    if (this.model.warningOnly && !warningOnly) this.model.editors = fileEditors(this.ctx.accounts);
    this.model.warningOnly = Boolean(warningOnly);
    return this.gas();
  }

  /** The owner always can; so can listed editors, and the owner's domain if domain edit is on. */
  canEdit(): boolean {
    this.hit('canEdit');
    return mayEdit(this.model, this.ctx.accounts);
  }

  getEditors(): GasUser[] {
    this.hit('getEditors');
    this.administer();
    if (this.model.warningOnly) return [];
    return this.model.editors.map((email) => new FakeUser(this.calls, email) as unknown as GasUser);
  }

  addEditor(emailAddressOrUser: string | GasUser): GasProtection {
    this.hit('addEditor');
    return this.add([emailOf(emailAddressOrUser, 'SpreadsheetApp.Protection.addEditor')]);
  }

  addEditors(emailAddresses: string[]): GasProtection {
    this.hit('addEditors');
    return this.add(this.emails(emailAddresses, 'addEditors'));
  }

  removeEditor(emailAddressOrUser: string | GasUser): GasProtection {
    this.hit('removeEditor');
    return this.drop([emailOf(emailAddressOrUser, 'SpreadsheetApp.Protection.removeEditor')]);
  }

  removeEditors(emailAddressesOrUsers: (string | GasUser)[]): GasProtection {
    this.hit('removeEditors');
    return this.drop(this.emails(emailAddressesOrUsers, 'removeEditors'));
  }

  /** Whether everyone in the domain of the spreadsheet's owner may edit. */
  canDomainEdit(): boolean {
    this.hit('canDomainEdit');
    this.administer();
    return this.model.domainEdit;
  }

  setDomainEdit(editable: boolean): GasProtection {
    this.hit('setDomainEdit');
    this.administer();
    this.model.domainEdit = Boolean(editable);
    return this.gas();
  }

  /** Ranges of a protected sheet left open to everyone; a range protection has none. */
  getUnprotectedRanges(): GasRange[] {
    this.hit('getUnprotectedRanges');
    const { sheet } = this.model;
    return this.model.unprotected.map(
      (r) =>
        new FakeRange(
          this.ctx,
          new Region(sheet, r.row, r.column, r.numRows, r.numColumns),
        ) as unknown as GasRange,
    );
  }

  /** Replaces the open ranges of a protected sheet (messages for misuse are the fake's own). */
  setUnprotectedRanges(ranges: GasRange[]): GasProtection {
    this.hit('setUnprotectedRanges');
    const method = 'SpreadsheetApp.Protection.setUnprotectedRanges';
    if (!Array.isArray(ranges)) throw signatureError(method, [ranges]);
    const regions = ranges.map((range) => regionOf(range, method));
    if (this.model.kind !== 'SHEET') throw new Error('Only a protected sheet can have unprotected ranges.');
    if (regions.some((region) => region.sheet !== this.model.sheet)) {
      throw new Error('Unprotected ranges must be on the protected sheet.');
    }
    this.administer();
    this.model.unprotected = regions.map(rectOf);
    return this.gas();
  }

  remove(): void {
    this.hit('remove');
    this.administer();
    this.model.removed = true;
    const list = this.model.sheet.protections;
    const index = list.indexOf(this.model);
    if (index >= 0) list.splice(index, 1);
  }
}
