import { ProtectionFailed, type FileAccess, type TabProtection } from '../core/port';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type User = GoogleAppsScript.Base.User;

/** A user as read from the host, with the address read once, lower case. */
interface Listed {
  user: User;
  email: string;
}

const listed = (users: User[]): Listed[] =>
  users.map((user) => ({ user, email: user.getEmail().toLowerCase() }));

/**
 * A tab's sheet protection as it stood before the command: what `protect_` starts from and what an
 * undo puts back. `editors` null: not read (a new protection, or one made strict from warning-only,
 * lists the file's editors, as the reference says a new protection mirrors the file).
 */
export interface Before {
  protection: Protection | null;
  description: string;
  warningOnly: boolean;
  editors: Listed[] | null;
  domainEdit: boolean;
}

export const NO_PROTECTION: Before = {
  protection: null,
  description: '',
  warningOnly: false,
  editors: null,
  domainEdit: false,
};

/**
 * The running user's address, or '' when the host does not give it: without the userinfo.email
 * scope (which the add-on does without) getEmail is blank, or the call may be refused.
 */
export function runnerEmail_(): string {
  try {
    return Session.getEffectiveUser().getEmail().toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Who may reach the file, read once in the read phase; the editors kept as the host's users. Should
 * the host refuse the sharing lists to this add-on's scopes, they are unknown (null): a new
 * protection's editors are then read from it, and the sharing is not compared.
 */
export function readAccess_(spreadsheet: Spreadsheet): {
  access: FileAccess;
  fileEditors: Listed[] | null;
} {
  const owner = spreadsheet.getOwner()?.getEmail().toLowerCase() || null;
  const shared = sharing(spreadsheet);
  const editors = shared?.editors.map((e) => e.email) ?? null;
  const viewers = shared?.viewers ?? null;
  return {
    access: { owner, runner: runnerEmail_(), editors, viewers },
    fileEditors: shared?.editors ?? null,
  };
}

function sharing(spreadsheet: Spreadsheet): { editors: Listed[]; viewers: string[] } | null {
  try {
    return {
      editors: listed(spreadsheet.getEditors()),
      viewers: listed(spreadsheet.getViewers()).map((v) => v.email),
    };
  } catch {
    return null;
  }
}

/** Read phase: a tab's sheet protection, its editors only when it has any (not warning-only). */
export function readProtection_(sheet: Sheet): Before {
  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (!protection) return NO_PROTECTION;
  const warningOnly = protection.isWarningOnly();
  return {
    protection,
    description: protection.getDescription(),
    warningOnly,
    // A warning-only protection has no editors (Sheets API: "not supported with warning-only").
    editors: warningOnly ? [] : listed(protection.getEditors()),
    domainEdit: warningOnly ? false : protection.canDomainEdit(),
  };
}

/** What `protect_` did to one tab, for an undo. */
interface Applied {
  tab: string;
  before: Before;
  protection: Protection;
  added: string[];
  removed: Listed[];
  /** Whom the protection is meant for: the allowed editors and the owner (not the runner). */
  allowed: Set<string>;
  /** A new protection (or one made strict) copies the file's domain setting, which must be asked. */
  askDomain: boolean;
  domainTurnedOff: boolean;
}

type Context = { owner: string | null; runner: string; fileEditors: Listed[] | null };

/**
 * Makes a tab's protection strict with exactly `editors` (the owner and the runner always stay), in
 * Google's order: the allowed editors, the runner among them when known, are added BEFORE anyone is
 * removed (the reference: otherwise "if the user's edit permission comes from a group, the script
 * throws an exception upon removing the group"), and those removed are the User objects the host
 * listed. `fileEditors` are whom a new protection lists; null: read them from the new protection
 * (a read after writes, for a generated tab built in the write phase).
 */
export function protect_(
  sheet: Sheet,
  request: TabProtection,
  before: Before,
  context: Context,
  done: Applied[],
): void {
  const protection = before.protection ?? sheet.protect();
  const strictBefore = before.protection !== null && !before.warningOnly;
  const applied: Applied = {
    tab: request.tab,
    before,
    protection,
    added: [],
    removed: [],
    allowed: new Set(),
    askDomain: !strictBefore,
    domainTurnedOff: false,
  };
  done.push(applied);
  protection.setDescription(request.description);
  if (before.warningOnly) protection.setWarningOnly(false);
  const wanted = [...new Set([...request.editors.map((e) => e.toLowerCase()), context.runner])].filter(
    Boolean,
  );
  const keep = new Set([context.owner ?? '', ...wanted]);
  applied.allowed = new Set([context.owner ?? '', ...request.editors.map((e) => e.toLowerCase())]);
  const known = strictBefore ? before.editors : context.fileEditors;
  // An undo removes these again; never the runner, whom the host does not remove.
  applied.added = wanted.filter((e) => e !== context.runner && !(known ?? []).some((k) => k.email === e));
  if (wanted.length) protection.addEditors(wanted);
  const others = (known ?? listed(protection.getEditors())).filter((e) => !keep.has(e.email));
  if (others.length) {
    protection.removeEditors(others.map((e) => e.user));
    applied.removed = others;
  }
  // Known from the read phase; a new protection's is asked once every tab is done (see protectAll_).
  if (strictBefore && before.domainEdit) turnDomainOff(applied);
}

function turnDomainOff(applied: Applied): void {
  applied.protection.setDomainEdit(false);
  applied.domainTurnedOff = true;
}

/** Puts back what `protect_` did, last first; returns the tabs whose undo failed too. */
export function undo_(done: Applied[]): string[] {
  const failed: string[] = [];
  for (const applied of done.slice().reverse()) {
    const { protection, before } = applied;
    try {
      if (!before.protection) {
        protection.remove();
        continue;
      }
      if (applied.domainTurnedOff) protection.setDomainEdit(true);
      if (applied.removed.length) protection.addEditors(applied.removed.map((e) => e.email));
      if (applied.added.length) protection.removeEditors(applied.added);
      if (before.warningOnly) protection.setWarningOnly(true);
      protection.setDescription(before.description);
    } catch {
      failed.push(applied.tab);
    }
  }
  return failed;
}

/**
 * Every tab or none: protects each in turn, and on a failure undoes them all and says where and why.
 * What cannot be known before writing is asked in one pass after the last tab, so the host commits
 * its queued writes once: each new protection's domain setting (the reference asks `canDomainEdit`
 * before `setDomainEdit(false)`: domain editing exists only in a Workspace domain) and, when the
 * runner is unknown, the editors left. Returns who can still edit though not asked for: the runner,
 * whom Sheets never removes.
 */
export function protectAll_(
  requests: { sheet: Sheet; request: TabProtection; before: Before }[],
  context: Context,
): string[] {
  const done: Applied[] = [];
  let tab = '';
  try {
    for (const { sheet, request, before } of requests) {
      tab = request.tab;
      protect_(sheet, request, before, context, done);
    }
    const asked = done.map((applied) => ({
      applied,
      domain: applied.askDomain && applied.protection.canDomainEdit(),
      left: context.runner ? [] : listed(applied.protection.getEditors()),
    }));
    const staying = new Set<string>();
    for (const { applied, domain, left } of asked) {
      tab = applied.tab;
      if (domain) turnDomainOff(applied);
      if (context.runner && !applied.allowed.has(context.runner)) staying.add(context.runner);
      // Unknown, the runner is whoever is left beyond those the tab is meant for.
      for (const { email } of left) if (!applied.allowed.has(email)) staying.add(email);
    }
    return [...staying];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProtectionFailed(tab, reason, undo_(done));
  }
}
