/**
 * RichTextValue and its builder, kept to text and a hyperlink over the whole text (how a report
 * links to a row).
 */
import { Counted, type CallCounter } from './calls';
import type { LinkRun } from './cells';
import { signatureError } from './errors';

type GasRichText = GoogleAppsScript.Spreadsheet.RichTextValue;
type GasBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;

export class FakeRichTextValueBuilder
  extends Counted
  implements Pick<GasBuilder, keyof FakeRichTextValueBuilder & keyof GasBuilder>
{
  private text = '';
  private links: LinkRun[] = [];

  constructor(calls: CallCounter) {
    super(calls, 'RichTextValueBuilder');
  }

  /** New text drops the links, which referred to the old text. */
  setText(text: string): GasBuilder {
    this.hit('setText');
    if (typeof text !== 'string') throw signatureError('SpreadsheetApp.RichTextValueBuilder.setText', [text]);
    this.text = text;
    this.links = [];
    return this as unknown as GasBuilder;
  }

  /** setLinkUrl(url) links the whole text (null or "" removes the link); offsets are not modelled. */
  setLinkUrl(linkUrl: number | string | null, ...offsetForm: unknown[]): GasBuilder {
    this.hit('setLinkUrl');
    if (offsetForm.length) throw new Error('The fake RichTextValueBuilder links only the whole text.');
    const url = linkUrl === null ? '' : String(linkUrl);
    this.links = url ? [{ start: 0, end: this.text.length, url }] : [];
    return this as unknown as GasBuilder;
  }

  build(): GasRichText {
    this.hit('build');
    return new FakeRichTextValue(this.calls, this.text, this.links) as unknown as GasRichText;
  }
}

export class FakeRichTextValue
  extends Counted
  implements Pick<GasRichText, keyof FakeRichTextValue & keyof GasRichText>
{
  readonly links: readonly LinkRun[];

  constructor(
    calls: CallCounter,
    readonly text: string,
    links: readonly LinkRun[],
  ) {
    super(calls, 'RichTextValue');
    this.links = links.map((l) => ({ ...l }));
  }

  /** The value behind a RichTextValue argument; only values of this fake are accepted. */
  static from(value: unknown, method: string): FakeRichTextValue {
    if (value instanceof FakeRichTextValue) return value;
    throw signatureError(method, [value]);
  }
}
