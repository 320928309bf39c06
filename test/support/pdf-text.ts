/**
 * The text of each page of a PDF that Chromium printed (Skia's writer), without a PDF library or
 * poppler: Skia writes plain objects (no object streams), content streams compressed with Flate, and
 * text as glyph ids of Type0 fonts whose ToUnicode maps give the characters back. Enough to ask what a
 * printed page says; not a general PDF reader.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\s*/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const end = text.indexOf('endobj', start.lastIndex);
    const body = text.slice(start.lastIndex, end);
    const at = body.indexOf('stream');
    if (at < 0 || !/\/Length \d+/.test(body.slice(0, at))) {
      found.set(Number(m[1]), { dict: body });
      continue;
    }
    const length = Number(/\/Length (\d+)/.exec(body.slice(0, at))?.[1]);
    let from = start.lastIndex + at + 'stream'.length;
    if (text[from] === '\r') from++;
    if (text[from] === '\n') from++;
    const raw = pdf.subarray(from, from + length);
    const dict = body.slice(0, at);
    found.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    start.lastIndex = end;
  }
  return found;
}

const hexToCodes = (hex: string, width: number) =>
  Array.from({ length: hex.length / width }, (_, i) => parseInt(hex.slice(i * width, (i + 1) * width), 16));

/** A ToUnicode CMap: glyph id to its characters. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const chars = (hex: string) => String.fromCharCode(...hexToCodes(hex, 4));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, glyph, text] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(parseInt(glyph, 16), chars(text));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from, to, first] of block[1].matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      const base = parseInt(first, 16);
      for (let g = parseInt(from, 16); g <= parseInt(to, 16); g++)
        map.set(g, String.fromCharCode(base + g - parseInt(from, 16)));
    }
  return map;
}

const refs = (text: string) => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** Each page's text, in the order the page paints it (so a repeated table heading comes first). */
export function pdfPageTexts(pdf: Buffer): string[] {
  const all = objects(pdf);
  const fonts = new Map<number, Map<number, string>>();
  const fontMap = (id: number) => {
    if (!fonts.has(id)) {
      const unicode = /\/ToUnicode (\d+) 0 R/.exec(all.get(id)?.dict ?? '')?.[1];
      fonts.set(id, toUnicode(all.get(Number(unicode))?.stream?.toString('latin1') ?? ''));
    }
    return fonts.get(id) as Map<number, string>;
  };
  const pages = [...all.values()].filter((o) => /\/Type \/Page\b/.test(o.dict));
  return pages.map((page) => {
    const resourcesRef = /\/Resources (\d+) 0 R/.exec(page.dict)?.[1];
    const resources = resourcesRef ? (all.get(Number(resourcesRef))?.dict ?? '') : page.dict;
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? '';
    const byName = new Map([...fontDict.matchAll(/\/(\S+) (\d+) 0 R/g)].map((m) => [m[1], Number(m[2])]));
    const contents = /\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    const content = refs(contents)
      .map((id) => all.get(id)?.stream?.toString('latin1') ?? '')
      .join('\n');
    let glyphs = new Map<number, string>();
    const out: string[] = [];
    for (const m of content.matchAll(/\/(\S+) [\d.]+ Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (m[1]) glyphs = fontMap(byName.get(m[1]) ?? -1);
      const strings = m[2] !== undefined ? [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((s) => s[1]) : [m[3]];
      const text = strings
        .filter((s): s is string => s !== undefined)
        .map((hex) =>
          hexToCodes(hex, 4)
            .map((g) => glyphs.get(g) ?? '')
            .join(''),
        );
      if (text.length) out.push(text.join(''));
    }
    return out.join(' ');
  });
}
