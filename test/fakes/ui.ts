/**
 * The spreadsheet's Ui: menus, alerts, prompts, sidebars and dialogs. Nothing is shown; everything
 * is recorded for assertions. Prompt answers come from a queue the test fills (answerNextPrompt);
 * with an empty queue, and in every alert, the user presses the first button offered (OK, or YES).
 */
import { Counted, type CallCounter } from './calls';
import { Button, ButtonSet, enumName } from './enums';
import { signatureError } from './errors';
import { FakeHtmlOutput, type RecordedDialog, type RecordedHtml } from './html';

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;
type GasButton = GoogleAppsScript.Base.Button;
type GasButtonSet = GoogleAppsScript.Base.ButtonSet;
type GasPromptResponse = GoogleAppsScript.Base.PromptResponse;
type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

/** A menu item; null is a separator (as in src/gas/menu.ts's MENU_ITEMS). */
export type MenuEntry = { caption: string; functionName: string } | null;

export interface RecordedMenu {
  title: string;
  items: MenuEntry[];
}

export interface RecordedAlert {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
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
  ) {
    super(calls, 'Menu');
  }

  /** Not an Apps Script method: the menu as built so far. */
  get recorded(): RecordedMenu {
    return { title: this.title, items: structuredClone(this.items) };
  }

  private gas(): GasMenu {
    return this as unknown as GasMenu;
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
  readonly sidebars: RecordedHtml[] = [];
  readonly dialogs: RecordedDialog[] = [];
  private readonly promptAnswers: { text: string; button: ButtonName }[] = [];

  constructor(calls: CallCounter) {
    super(calls, 'Ui');
  }

  // --- test helpers: no service calls -----------------------------------------------------------

  /** Queues what the user types (and presses, OK by default) in the next prompt. */
  answerNextPrompt(text: string, button: GasButton = Button.OK): void {
    this.promptAnswers.push({ text, button: enumName(button, 'Button', 'answerNextPrompt') as ButtonName });
  }

  // --- Apps Script ------------------------------------------------------------------------------

  createMenu(caption: string): GasMenu {
    this.hit('createMenu');
    if (typeof caption !== 'string') throw signatureError('Ui.createMenu', [caption]);
    return new FakeMenu(this.calls, this, caption) as unknown as GasMenu;
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(first: string, second?: string | GasButtonSet, third?: GasButtonSet): GasButton {
    this.hit('alert');
    const { title, prompt, buttons } = this.dialogArgs('Ui.alert', first, second, third);
    const answer = BUTTONS_OF[buttons][0];
    this.alerts.push({ title, prompt, buttons, answer });
    return Button[answer];
  }

  /** prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons). */
  prompt(first: string, second?: string | GasButtonSet, third?: GasButtonSet): GasPromptResponse {
    this.hit('prompt');
    const { buttons } = this.dialogArgs('Ui.prompt', first, second, third);
    const queued = this.promptAnswers.shift();
    const answer = this.nextAnswer(queued?.button, buttons);
    const responseText = queued?.text ?? '';
    return new FakePromptResponse(this.calls, responseText, answer);
  }

  showSidebar(userInterface: GasHtmlOutput): void {
    this.hit('showSidebar');
    if (!(userInterface instanceof FakeHtmlOutput)) throw signatureError('Ui.showSidebar', [userInterface]);
    this.sidebars.push(userInterface.shown);
  }

  showModalDialog(userInterface: GasHtmlOutput, title: string): void {
    this.hit('showModalDialog');
    if (!(userInterface instanceof FakeHtmlOutput) || typeof title !== 'string')
      throw signatureError('Ui.showModalDialog', [userInterface, title]);
    this.dialogs.push({ title, ...userInterface.dialog });
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
