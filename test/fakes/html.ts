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

export class FakeHtmlOutput
  extends Counted
  implements Pick<GasOutput, keyof FakeHtmlOutput & keyof GasOutput>
{
  private title = '';

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

  createHtmlOutputFromFile(filename: string): GasOutput {
    this.hit('createHtmlOutputFromFile');
    if (typeof filename !== 'string')
      throw signatureError('HtmlService.createHtmlOutputFromFile', [filename]);
    const content = this.files[filename] ?? this.files[`${filename}.html`];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this.calls, content) as unknown as GasOutput;
  }
}
