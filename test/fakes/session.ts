/** Session (the script's time zone) and User (a protection's editors, the spreadsheet's owner). */
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

export class FakeSession extends Counted implements Pick<GasSession, keyof FakeSession & keyof GasSession> {
  constructor(
    calls: CallCounter,
    /** The project's time zone (appsscript.json), which may differ from the spreadsheet's. */
    private readonly scriptTimeZone: string,
  ) {
    super(calls, 'Session');
  }

  getScriptTimeZone(): string {
    this.hit('getScriptTimeZone');
    return this.scriptTimeZone;
  }
}
