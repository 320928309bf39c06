/** Session and User: who runs the script, and the script's time zone. */
import { Counted, type CallCounter } from './calls';

type GasSession = GoogleAppsScript.Base.Session;
type GasUser = GoogleAppsScript.Base.User;

export class FakeUser extends Counted implements Pick<GasUser, keyof FakeUser & keyof GasUser> {
  constructor(
    calls: CallCounter,
    private readonly email: string,
  ) {
    super(calls, 'User');
  }

  getEmail(): string {
    this.hit('getEmail');
    return this.email;
  }
}

export interface SessionOptions {
  /** The active user's email; "" simulates a consumer account that does not share it. */
  userEmail: string;
  effectiveUserEmail: string;
  scriptTimeZone: string;
  locale: string;
}

export class FakeSession extends Counted implements Pick<GasSession, keyof FakeSession & keyof GasSession> {
  constructor(
    calls: CallCounter,
    private readonly options: SessionOptions,
  ) {
    super(calls, 'Session');
  }

  getActiveUser(): GasUser {
    this.hit('getActiveUser');
    return new FakeUser(this.calls, this.options.userEmail) as unknown as GasUser;
  }

  getEffectiveUser(): GasUser {
    this.hit('getEffectiveUser');
    return new FakeUser(this.calls, this.options.effectiveUserEmail) as unknown as GasUser;
  }

  getScriptTimeZone(): string {
    this.hit('getScriptTimeZone');
    return this.options.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    this.hit('getActiveUserLocale');
    return this.options.locale;
  }

  getTemporaryActiveUserKey(): string {
    this.hit('getTemporaryActiveUserKey');
    return `temporary-key-${this.options.userEmail}`;
  }
}
