/** Session and User: who runs the script (see accounts.ts), and the script's time zone. */
import type { Accounts } from './accounts';
import { Counted, type CallCounter } from './calls';

type GasSession = GoogleAppsScript.Base.Session;
type GasUser = GoogleAppsScript.Base.User;

export class FakeUser extends Counted implements Pick<GasUser, keyof FakeUser & keyof GasUser> {
  constructor(
    calls: CallCounter,
    /** For the other fakes (Protection.addEditor(user)); code under test calls getEmail. */
    readonly email: string,
  ) {
    super(calls, 'User');
  }

  getEmail(): string {
    this.hit('getEmail');
    return this.email;
  }
}

export interface SessionOptions {
  /** The project's time zone (appsscript.json), which may differ from the spreadsheet's. */
  scriptTimeZone: string;
  locale: string;
}

export class FakeSession extends Counted implements Pick<GasSession, keyof FakeSession & keyof GasSession> {
  constructor(
    calls: CallCounter,
    private readonly accounts: Accounts,
    private readonly options: SessionOptions,
  ) {
    super(calls, 'Session');
  }

  /** The user at the keyboard; "" for a consumer account that does not share its address. */
  getActiveUser(): GasUser {
    this.hit('getActiveUser');
    return new FakeUser(this.calls, this.accounts.activeUser) as unknown as GasUser;
  }

  /** The user whose permissions the script runs with. */
  getEffectiveUser(): GasUser {
    this.hit('getEffectiveUser');
    return new FakeUser(this.calls, this.accounts.user) as unknown as GasUser;
  }

  getScriptTimeZone(): string {
    this.hit('getScriptTimeZone');
    return this.options.scriptTimeZone;
  }
}
