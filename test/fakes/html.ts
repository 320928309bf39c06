/**
 * HtmlService and HtmlOutput. The project's HTML files are given to the environment as a map of
 * file name to content (names with or without ".html", as Apps Script accepts "Sidebar" for
 * Sidebar.html).
 */
import { Counted, type CallCounter } from './calls';
import { signatureError } from './errors';

type GasHtmlService = GoogleAppsScript.HTML.HtmlService;
type GasOutput = GoogleAppsScript.HTML.HtmlOutput;

/** What a sidebar showed, for assertions. */
export interface RecordedHtml {
  title: string;
  content: string;
}

/** What a modal dialog showed: its title (given to showModalDialog), content and size in pixels. */
export interface RecordedDialog extends RecordedHtml {
  width: number;
  height: number;
}

/** Apps Script's default size of a dialog, in pixels. */
const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 400;

export class FakeHtmlOutput
  extends Counted
  implements Pick<GasOutput, keyof FakeHtmlOutput & keyof GasOutput>
{
  private title = '';
  private width = DEFAULT_WIDTH;
  private height = DEFAULT_HEIGHT;

  constructor(
    calls: CallCounter,
    private readonly content: string,
  ) {
    super(calls, 'HtmlOutput');
  }

  /** Not an Apps Script method: what a Ui shows of this output. */
  get shown(): RecordedHtml {
    return { title: this.title, content: this.content };
  }

  /** Not an Apps Script method: what a dialog shows of this output, but for its title. */
  get dialog(): Omit<RecordedDialog, 'title'> {
    return { content: this.content, width: this.width, height: this.height };
  }

  setWidth(width: number): GasOutput {
    this.hit('setWidth');
    if (!Number.isInteger(width)) throw signatureError('HtmlOutput.setWidth', [width]);
    this.width = width;
    return this as unknown as GasOutput;
  }

  setHeight(height: number): GasOutput {
    this.hit('setHeight');
    if (!Number.isInteger(height)) throw signatureError('HtmlOutput.setHeight', [height]);
    this.height = height;
    return this as unknown as GasOutput;
  }

  setTitle(title: string): GasOutput {
    this.hit('setTitle');
    this.title = String(title);
    return this as unknown as GasOutput;
  }
}

export class FakeHtmlService
  extends Counted
  implements Pick<GasHtmlService, keyof FakeHtmlService & keyof GasHtmlService>
{
  constructor(
    calls: CallCounter,
    private readonly files: Readonly<Record<string, string>>,
  ) {
    super(calls, 'HtmlService');
  }

  /** HTML built as text by the script (the print view). */
  createHtmlOutput(html: unknown = ''): GasOutput {
    this.hit('createHtmlOutput');
    // Only a text: the add-on never hands over a blob.
    if (typeof html !== 'string') throw signatureError('HtmlService.createHtmlOutput', [html]);
    return new FakeHtmlOutput(this.calls, html) as unknown as GasOutput;
  }

  createHtmlOutputFromFile(filename: string): GasOutput {
    this.hit('createHtmlOutputFromFile');
    if (typeof filename !== 'string')
      throw signatureError('HtmlService.createHtmlOutputFromFile', [filename]);
    const content = this.files[filename] ?? this.files[`${filename}.html`];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this.calls, content) as unknown as GasOutput;
  }
}
