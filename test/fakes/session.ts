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
    /** The running user's address as getEffectiveUser shows it: '' without the userinfo.email scope. */
    private readonly effectiveEmail: () => string = () => '',
  ) {
    super(calls, 'Session');
  }

  /**
   * The user the script runs as. Its getEmail is blank unless the script has the userinfo.email
   * scope (the add-on has not: FakeEnvOptions.userEmailVisible says otherwise).
   */
  getEffectiveUser(): GasUser {
    this.hit('getEffectiveUser');
    return new FakeUser(this.calls, this.effectiveEmail()) as unknown as GasUser;
  }

  getScriptTimeZone(): string {
    this.hit('getScriptTimeZone');
    return this.scriptTimeZone;
  }
}
