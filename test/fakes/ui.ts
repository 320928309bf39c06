/**
 * The spreadsheet's Ui: menus, alerts, prompts, sidebars and dialogs. Nothing is shown; everything
 * is recorded for assertions. Dialog answers come from a queue the test fills (answerNext); with an
 * empty queue the user presses the first button offered (OK, or YES for YES_NO sets).
 */
import { Counted, type CallCounter } from './calls';
import { Button, ButtonSet, enumName } from './enums';
import { signatureError } from './errors';
import { FakeHtmlOutput, type RecordedHtml } from './html';

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;
type GasButton = GoogleAppsScript.Base.Button;
type GasButtonSet = GoogleAppsScript.Base.ButtonSet;
type GasPromptResponse = GoogleAppsScript.Base.PromptResponse;
type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

/** A menu item; null is a separator (as in src/gas/menu.ts's MENU_ITEMS). */
export type MenuEntry =
  { caption: string; functionName: string } | { caption: string; submenu: MenuEntry[] } | null;

export interface RecordedMenu {
  title: string;
  /** Present, and true, only for createAddonMenu() menus (titled with the add-on's name). */
  addon?: true;
  items: MenuEntry[];
}

export interface RecordedAlert {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
}

export interface RecordedPrompt extends RecordedAlert {
  responseText: string;
}

export interface RecordedDialog extends RecordedHtml {
  modal: boolean;
}

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class FakeMenu extends Counted implements Pick<GasMenu, keyof FakeMenu & keyof GasMenu> {
  private readonly items: MenuEntry[] = [];

  constructor(
    calls: CallCounter,
    private readonly ui: FakeUi,
    private readonly title: string,
    private readonly addon: boolean,
  ) {
    super(calls, 'Menu');
  }

  /** Not an Apps Script method: the menu as built so far. */
  get recorded(): RecordedMenu {
    const items = structuredClone(this.items);
    return this.addon ? { title: this.title, addon: true, items } : { title: this.title, items };
  }

  private gas(): GasMenu {
    return this;
  }

  addItem(caption: string, functionName: string): GasMenu {
    this.hit('addItem');
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw signatureError('Ui.Menu.addItem', [caption, functionName]);
    }
    this.items.push({ caption, functionName });
    return this.gas();
  }

  addSeparator(): GasMenu {
    this.hit('addSeparator');
    this.items.push(null);
    return this.gas();
  }

  addSubMenu(menu: GasMenu): GasMenu {
    this.hit('addSubMenu');
    if (!(menu instanceof FakeMenu)) throw signatureError('Ui.Menu.addSubMenu', [menu]);
    const sub = menu.recorded;
    this.items.push({ caption: sub.title, submenu: sub.items });
    return this.gas();
  }

  /** Records the menu as it is now; later changes to this builder are not shown, as in Sheets. */
  addToUi(): void {
    this.hit('addToUi');
    this.ui.menus.push(this.recorded);
  }
}

export class FakePromptResponse
  extends Counted
  implements Pick<GasPromptResponse, keyof FakePromptResponse & keyof GasPromptResponse>
{
  constructor(
    calls: CallCounter,
    private readonly text: string,
    private readonly button: ButtonName,
  ) {
    super(calls, 'PromptResponse');
  }

  getResponseText(): string {
    this.hit('getResponseText');
    return this.text;
  }

  getSelectedButton(): GasButton {
    this.hit('getSelectedButton');
    return Button[this.button];
  }
}

export class FakeUi extends Counted implements Pick<GasUi, keyof FakeUi & keyof GasUi> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  // Recorded for assertions.
  readonly menus: RecordedMenu[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly prompts: RecordedPrompt[] = [];
  readonly sidebars: RecordedHtml[] = [];
  readonly dialogs: RecordedDialog[] = [];
  /**
   * Set to false to simulate a context without a user interface (a time-driven trigger, the
   * script editor): SpreadsheetApp.getUi() then throws.
   */
  available = true;

  private readonly buttonAnswers: ButtonName[] = [];
  private readonly promptAnswers: { text: string; button: ButtonName }[] = [];

  constructor(
    calls: CallCounter,
    private readonly addonName: string,
  ) {
    super(calls, 'Ui');
  }

  // --- test helpers: no service calls -----------------------------------------------------------

  /** Queues the buttons the user will press in the next alerts, in order. */
  answerNext(...buttons: GasButton[]): void {
    for (const button of buttons)
      this.buttonAnswers.push(enumName(button, 'Button', 'answerNext') as ButtonName);
  }

  /** Queues what the user types (and presses, OK by default) in the next prompt. */
  answerNextPrompt(text: string, button: GasButton = Button.OK): void {
    this.promptAnswers.push({ text, button: enumName(button, 'Button', 'answerNextPrompt') as ButtonName });
  }

  // --- Apps Script ------------------------------------------------------------------------------

  createMenu(caption: string): GasMenu {
    this.hit('createMenu');
    if (typeof caption !== 'string') throw signatureError('Ui.createMenu', [caption]);
    return new FakeMenu(this.calls, this, caption, false);
  }

  createAddonMenu(): GasMenu {
    this.hit('createAddonMenu');
    return new FakeMenu(this.calls, this, this.addonName, true);
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(first: string, second?: string | GasButtonSet, third?: GasButtonSet): GasButton {
    this.hit('alert');
    const { title, prompt, buttons } = this.dialogArgs('Ui.alert', first, second, third);
    const answer = this.nextAnswer(this.buttonAnswers.shift(), buttons);
    this.alerts.push({ title, prompt, buttons, answer });
    return Button[answer];
  }

  /** prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons). */
  prompt(first: string, second?: string | GasButtonSet, third?: GasButtonSet): GasPromptResponse {
    this.hit('prompt');
    const { title, prompt, buttons } = this.dialogArgs('Ui.prompt', first, second, third);
    const queued = this.promptAnswers.shift();
    const answer = this.nextAnswer(queued?.button, buttons);
    const responseText = queued?.text ?? '';
    this.prompts.push({ title, prompt, buttons, answer, responseText });
    return new FakePromptResponse(this.calls, responseText, answer);
  }

  showSidebar(userInterface: GasHtmlOutput): void {
    this.hit('showSidebar');
    this.sidebars.push(this.html(userInterface, 'Ui.showSidebar'));
  }

  showModalDialog(userInterface: GasHtmlOutput, title: string): void {
    this.hit('showModalDialog');
    this.dialogs.push({
      ...this.html(userInterface, 'Ui.showModalDialog'),
      title: String(title),
      modal: true,
    });
  }

  showModelessDialog(userInterface: GasHtmlOutput, title: string): void {
    this.hit('showModelessDialog');
    this.dialogs.push({
      ...this.html(userInterface, 'Ui.showModelessDialog'),
      title: String(title),
      modal: false,
    });
  }

  private html(output: unknown, method: string): RecordedHtml {
    if (!(output instanceof FakeHtmlOutput)) throw signatureError(method, [output]);
    return output.shown;
  }

  private dialogArgs(
    method: string,
    first: unknown,
    second: unknown,
    third: unknown,
  ): { title: string | null; prompt: string; buttons: ButtonSetName } {
    if (typeof first !== 'string') throw signatureError(method, [first, second, third]);
    if (second === undefined) return { title: null, prompt: first, buttons: 'OK' };
    if (typeof second !== 'string') {
      return { title: null, prompt: first, buttons: enumName(second, 'ButtonSet', method) as ButtonSetName };
    }
    if (third === undefined) throw signatureError(method, [first, second]);
    return { title: first, prompt: second, buttons: enumName(third, 'ButtonSet', method) as ButtonSetName };
  }

  /** The queued answer, which must be a button the dialog offers (or CLOSE), else the first button. */
  private nextAnswer(queued: ButtonName | undefined, buttons: ButtonSetName): ButtonName {
    const offered = BUTTONS_OF[buttons];
    if (queued === undefined) return offered[0];
    if (queued !== 'CLOSE' && !offered.includes(queued)) {
      throw new Error(
        `The test queued the answer ${queued}, but the dialog offers only ${offered.join(', ')}.`,
      );
    }
    return queued;
  }
}
