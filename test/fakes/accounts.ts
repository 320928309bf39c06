/**
 * Who is who: the spreadsheet's owner, the others it is shared with for editing, and the user the
 * current execution runs as. Protections are created and checked
 * against it, and a test switches the running user with env.runAs. Emails compare without case.
 */
import { FakeUser } from './session';
import { signatureError } from './errors';

export interface AccountsOptions {
  owner: string;
  /** The effective user: whose permissions the script has (the one who chose the menu item). */
  user: string;
  sharedWith: readonly string[];
  sharedWithDomain: boolean;
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
  private effective: string;

  constructor(options: AccountsOptions) {
    this.owner = normaliseEmail(options.owner);
    this.sharedWith = options.sharedWith.map(normaliseEmail);
    this.sharedWithDomain = options.sharedWithDomain;
    this.effective = options.user;
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
