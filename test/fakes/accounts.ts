/**
 * Who is who: the spreadsheet's owner, the others it is shared with for editing, and the user the
 * current execution runs as. Protections are created and checked
 * against it, and a test switches the running user with env.runAs. Emails compare without case.
 *
 * Google Groups: an address in `groups` stands for its members, wherever it is listed (the file's
 * editors, a protection's editors). A file in a shared drive has no owner (`owner` is '').
 */
import { FakeUser } from './session';
import { signatureError } from './errors';

export interface AccountsOptions {
  owner: string;
  /** The effective user: whose permissions the script has (the one who chose the menu item). */
  user: string;
  sharedWith: readonly string[];
  sharedWithDomain: boolean;
  /** Those the file is shared with to view or comment only. */
  viewers?: readonly string[];
  /** Google Groups by address, with their members' addresses. */
  groups?: Record<string, readonly string[]>;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** "canbo@huyen.gov.vn" → "huyen.gov.vn"; "" when there is no @. */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : normaliseEmail(email.slice(at + 1));
}

/** An email argument given as a string or a User, as Protection.addEditor and friends accept. */
export function emailOf(userOrEmail: unknown, method: string): string {
  if (typeof userOrEmail === 'string') return normaliseEmail(userOrEmail);
  if (userOrEmail instanceof FakeUser) return normaliseEmail(userOrEmail.email);
  throw signatureError(method, [userOrEmail]);
}

export class Accounts {
  readonly owner: string;
  /** Editors of the spreadsheet besides the owner. */
  readonly sharedWith: readonly string[];
  /** Whether everyone in the owner's domain may edit the spreadsheet. */
  readonly sharedWithDomain: boolean;
  readonly viewers: readonly string[];
  private readonly groups: Map<string, string[]>;
  private effective: string;

  constructor(options: AccountsOptions) {
    this.owner = normaliseEmail(options.owner);
    this.sharedWith = options.sharedWith.map(normaliseEmail);
    this.sharedWithDomain = options.sharedWithDomain;
    this.viewers = (options.viewers ?? []).map(normaliseEmail);
    this.groups = new Map(
      Object.entries(options.groups ?? {}).map(([group, members]) => [
        normaliseEmail(group),
        members.map(normaliseEmail),
      ]),
    );
    this.effective = options.user;
  }

  /** Whether `address` is a group the running user belongs to. */
  isUsersGroup(address: string): boolean {
    return this.groups.get(normaliseEmail(address))?.includes(this.userKey) ?? false;
  }

  /**
   * Whether the running user edits the file only through a group it is shared with: not the owner,
   * not shared with by name. The file's permissions are what a new protection copies.
   */
  editsThroughGroup(): boolean {
    if (this.isOwner() || this.sharedWith.includes(this.userKey)) return false;
    return this.sharedWith.some((address) => this.isUsersGroup(address));
  }

  /** The user the running script acts as, normalised for comparisons. */
  get userKey(): string {
    return normaliseEmail(this.effective);
  }

  /** The next execution runs as `email`. */
  runAs(email: string): void {
    this.effective = email;
  }

  isOwner(email: string = this.effective): boolean {
    const key = normaliseEmail(email);
    return key !== '' && key === this.owner;
  }

  /** Same domain as the owner's (an empty domain never matches). */
  inOwnersDomain(email: string = this.effective): boolean {
    const domain = domainOf(email);
    return domain !== '' && domain === domainOf(this.owner);
  }
}
