/**
 * HtmlService and HtmlOutput. The project's HTML files are given to the environment as a map of
 * file name to content (names with or without ".html", as Apps Script accepts "Sidebar" for
 * Sidebar.html). Templates support only printing scriptlets of a property: <?= name ?> (escaped)
 * and <?!= name ?> (raw); anything else throws rather than rendering wrongly.
 */
import { Counted, type CallCounter } from './calls';
import { SandboxMode, XFrameOptionsMode } from './enums';
import { signatureError, toInt } from './errors';

type GasHtmlService = GoogleAppsScript.HTML.HtmlService;
type GasOutput = GoogleAppsScript.HTML.HtmlOutput;
type GasTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type GasSandboxMode = GoogleAppsScript.HTML.SandboxMode;
type GasXFrameOptionsMode = GoogleAppsScript.HTML.XFrameOptionsMode;
type GasBlobSource = GoogleAppsScript.Base.BlobSource;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** What a dialog or sidebar showed, for assertions. */
export interface RecordedHtml {
  title: string;
  content: string;
  width: number;
  height: number;
}

export class FakeHtmlOutput
  extends Counted
  implements Pick<GasOutput, keyof FakeHtmlOutput & keyof GasOutput>
{
  private title = '';
  private width = 0;
  private height = 0;

  constructor(
    calls: CallCounter,
    private content: string,
  ) {
    super(calls, 'HtmlOutput');
  }

  /** Not an Apps Script method: what a Ui shows of this output. */
  get shown(): RecordedHtml {
    return { title: this.title, content: this.content, width: this.width, height: this.height };
  }

  private gas(): GasOutput {
    return this as unknown as GasOutput;
  }

  clear(): GasOutput {
    this.hit('clear');
    this.content = '';
    return this.gas();
  }

  setTitle(title: string): GasOutput {
    this.hit('setTitle');
    this.title = String(title);
    return this.gas();
  }

  setWidth(width: number): GasOutput {
    this.hit('setWidth');
    this.width = toInt(width, 'HtmlService.HtmlOutput.setWidth');
    return this.gas();
  }

  setHeight(height: number): GasOutput {
    this.hit('setHeight');
    this.height = toInt(height, 'HtmlService.HtmlOutput.setHeight');
    return this.gas();
  }

  /** Only IFRAME exists nowadays; the mode is checked and otherwise has no effect. */
  setSandboxMode(mode: GasSandboxMode): GasOutput {
    this.hit('setSandboxMode');
    if (!Object.values(SandboxMode).includes(mode))
      throw signatureError('HtmlService.HtmlOutput.setSandboxMode', [mode]);
    return this.gas();
  }

  setXFrameOptionsMode(mode: GasXFrameOptionsMode): GasOutput {
    this.hit('setXFrameOptionsMode');
    if (!Object.values(XFrameOptionsMode).includes(mode)) {
      throw signatureError('HtmlService.HtmlOutput.setXFrameOptionsMode', [mode]);
    }
    return this.gas();
  }
}

const SCRIPTLET = /<\?(!?=)?([\s\S]*?)\?>/g;

/**
 * Values are read from properties assigned to the template, e.g. `template.title = 'x'`. Those
 * share the object with the fake's own members, so the template text is an ES private field that
 * no assignment can overwrite (`calls` and `hit` remain off limits as property names).
 */
export class FakeHtmlTemplate extends Counted implements Pick<GasTemplate, 'evaluate' | 'getRawContent'> {
  readonly #raw: string;

  constructor(calls: CallCounter, raw: string) {
    super(calls, 'HtmlTemplate');
    this.#raw = raw;
  }

  getRawContent(): string {
    this.hit('getRawContent');
    return this.#raw;
  }

  evaluate(): GasOutput {
    this.hit('evaluate');
    const props = this as unknown as Record<string, unknown>;
    const html = this.#raw.replace(SCRIPTLET, (whole: string, kind: string | undefined, body: string) => {
      const name = body.trim();
      if (!kind || !/^[A-Za-z_$][\w$]*$/.test(name)) {
        throw new Error(`The fake HtmlTemplate only prints template properties (<?= name ?>), not: ${whole}`);
      }
      const value = props[name];
      const text = value === undefined || value === null ? '' : String(value);
      return kind === '=' ? escapeHtml(text) : text;
    });
    return new FakeHtmlOutput(this.calls, html) as unknown as GasOutput;
  }
}

export class FakeHtmlService
  extends Counted
  implements Pick<GasHtmlService, keyof FakeHtmlService & keyof GasHtmlService>
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    calls: CallCounter,
    private readonly files: Readonly<Record<string, string>>,
  ) {
    super(calls, 'HtmlService');
  }

  /** HTML given as a string or as a blob (of the caller's making). */
  private text(html: unknown, method: string): string {
    if (typeof html === 'string') return html;
    const source = html as Partial<GasBlobSource> | null;
    if (typeof source?.getBlob === 'function') return source.getBlob().getDataAsString();
    throw signatureError(method, [html]);
  }

  private file(filename: unknown, method: string): string {
    if (typeof filename !== 'string') throw signatureError(method, [filename]);
    const content = this.files[filename] ?? this.files[`${filename}.html`];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return content;
  }

  createHtmlOutput(html?: string | GasBlobSource): GasOutput {
    this.hit('createHtmlOutput');
    const content = html === undefined ? '' : this.text(html, 'HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(this.calls, content) as unknown as GasOutput;
  }

  createHtmlOutputFromFile(filename: string): GasOutput {
    this.hit('createHtmlOutputFromFile');
    return new FakeHtmlOutput(
      this.calls,
      this.file(filename, 'HtmlService.createHtmlOutputFromFile'),
    ) as unknown as GasOutput;
  }

  createTemplate(html: string | GasBlobSource): GasTemplate {
    this.hit('createTemplate');
    return new FakeHtmlTemplate(
      this.calls,
      this.text(html, 'HtmlService.createTemplate'),
    ) as unknown as GasTemplate;
  }

  createTemplateFromFile(filename: string): GasTemplate {
    this.hit('createTemplateFromFile');
    return new FakeHtmlTemplate(
      this.calls,
      this.file(filename, 'HtmlService.createTemplateFromFile'),
    ) as unknown as GasTemplate;
  }
}
