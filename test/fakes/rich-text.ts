/**
 * RichTextValue and its builder, kept to text and hyperlinks (how a report links to a row).
 * Text styles are accepted and ignored.
 */
import { Counted, type CallCounter } from './calls';
import type { LinkRun } from './cells';
import { signatureError, toInt } from './errors';

type GasRichText = GoogleAppsScript.Spreadsheet.RichTextValue;
type GasBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
type GasTextStyle = GoogleAppsScript.Spreadsheet.TextStyle;

/** Puts `url` on [start, end), replacing any link there; null removes links from that span. */
function withLink(links: readonly LinkRun[], start: number, end: number, url: string | null): LinkRun[] {
  const kept: LinkRun[] = [];
  for (const link of links) {
    if (link.end <= start || link.start >= end) kept.push({ ...link });
    else {
      if (link.start < start) kept.push({ ...link, end: start });
      if (link.end > end) kept.push({ ...link, start: end });
    }
  }
  if (url !== null && url !== '') kept.push({ start, end, url });
  return kept.sort((a, b) => a.start - b.start);
}

/** Links of text[start, end), re-based to start at 0. */
function linksWithin(links: readonly LinkRun[], start: number, end: number): LinkRun[] {
  return links
    .filter((l) => l.end > start && l.start < end)
    .map((l) => ({ start: Math.max(l.start, start) - start, end: Math.min(l.end, end) - start, url: l.url }));
}

export class FakeRichTextValueBuilder
  extends Counted
  implements Pick<GasBuilder, keyof FakeRichTextValueBuilder & keyof GasBuilder>
{
  constructor(
    calls: CallCounter,
    private text = '',
    private links: LinkRun[] = [],
  ) {
    super(calls, 'RichTextValueBuilder');
  }

  private gas(): GasBuilder {
    return this;
  }

  /** New text drops the links, which referred to the old text. */
  setText(text: string): GasBuilder {
    this.hit('setText');
    if (typeof text !== 'string') throw signatureError('SpreadsheetApp.RichTextValueBuilder.setText', [text]);
    this.text = text;
    this.links = [];
    return this.gas();
  }

  /** setLinkUrl(url) links the whole text; setLinkUrl(start, end, url) links text[start, end). */
  setLinkUrl(startOrUrl: number | string | null, endOffset?: number, linkUrl?: string | null): GasBuilder {
    this.hit('setLinkUrl');
    const method = 'SpreadsheetApp.RichTextValueBuilder.setLinkUrl';
    if (endOffset === undefined) {
      this.links = withLink([], 0, this.text.length, startOrUrl === null ? null : String(startOrUrl));
      return this.gas();
    }
    const start = toInt(startOrUrl, method);
    const end = toInt(endOffset, method);
    if (start < 0 || end > this.text.length || start >= end) {
      throw new Error(`Invalid offsets ${start} and ${end} for text of length ${this.text.length}.`);
    }
    this.links = withLink(this.links, start, end, linkUrl ?? null);
    return this.gas();
  }

  setTextStyle(
    startOrStyle: number | GasTextStyle | null,
    endOffset?: number,
    textStyle?: GasTextStyle | null,
  ): GasBuilder {
    this.hit('setTextStyle');
    void [startOrStyle, endOffset, textStyle];
    return this.gas();
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
    /** Where this value starts in the text it was taken from (for runs), else 0. */
    private readonly offset = 0,
  ) {
    super(calls, 'RichTextValue');
    this.links = links.map((l) => ({ ...l }));
  }

  /** The value behind a RichTextValue argument; only values of this fake are accepted. */
  static from(value: unknown, method: string): FakeRichTextValue {
    if (value instanceof FakeRichTextValue) return value;
    throw signatureError(method, [value]);
  }

  getText(): string {
    this.hit('getText');
    return this.text;
  }

  getStartIndex(): number {
    this.hit('getStartIndex');
    return this.offset;
  }

  getEndIndex(): number {
    this.hit('getEndIndex');
    return this.offset + this.text.length;
  }

  /** The link over the whole span, or null if the span is not one single link. */
  getLinkUrl(startOffset?: number, endOffset?: number): string | null {
    this.hit('getLinkUrl');
    const start = startOffset ?? 0;
    const end = endOffset ?? this.text.length;
    const link = this.links.find((l) => l.start <= start && l.end >= end);
    return link && end > start ? link.url : null;
  }

  /** Maximal runs of text sharing the same link (or none). */
  getRuns(): GasRichText[] {
    this.hit('getRuns');
    const cuts = new Set<number>([0, this.text.length]);
    for (const link of this.links) cuts.add(link.start).add(link.end);
    const points = [...cuts].sort((a, b) => a - b);
    const runs: GasRichText[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [start, end] = [points[i], points[i + 1]];
      const run = new FakeRichTextValue(
        this.calls,
        this.text.slice(start, end),
        linksWithin(this.links, start, end),
        this.offset + start,
      );
      runs.push(run as unknown as GasRichText);
    }
    return runs;
  }

  copy(): GasBuilder {
    this.hit('copy');
    return new FakeRichTextValueBuilder(
      this.calls,
      this.text,
      this.links.map((l) => ({ ...l })),
    );
  }
}
