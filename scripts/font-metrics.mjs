// Writes src/core/reports/font-metrics.ts: the advance widths of Times New Roman's characters (read from
// Tinos, which Google made metric-compatible with it, as Liberation Serif is), regular and bold, in
// 1/1000 em, and the vertical metrics, so row heights and page breaks come from the printer's font
// rather than from guesses. The table is committed; a test runs this script with --check so it cannot
// drift from the installed font.
// Usage: node scripts/font-metrics.mjs [--check]
import * as fontkit from 'fontkit';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src/core/reports/font-metrics.ts');
const files = join(root, 'node_modules/@fontsource/tinos/files');
const packageVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/@fontsource/tinos/package.json'), 'utf8'),
).version;

/** The characters measured: printable ASCII, Vietnamese letters (NFC, both cases), common punctuation. */
function characters() {
  const out = new Set();
  for (let c = 0x20; c <= 0x7e; c++) out.add(String.fromCharCode(c));
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  for (const vowel of ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'])
    for (const tone of tones)
      for (const letter of [vowel, vowel.toUpperCase()]) out.add((letter + tone).normalize('NFC'));
  for (const ch of 'đĐ–—…“”‘’«»•·°×÷±§€\u00a0') out.add(ch);
  return [...out];
}

/** A weight's fonts: the subsets fontsource splits Tinos into, Vietnamese and Latin. */
function fonts(weight) {
  return ['vietnamese', 'latin', 'latin-ext'].map((subset) =>
    fontkit.create(readFileSync(join(files, `tinos-${subset}-${weight}-normal.woff2`))),
  );
}

function widths(weight, chars) {
  const subsets = fonts(weight);
  return chars.map((ch) => {
    const code = ch.codePointAt(0);
    const font = subsets.find((f) => f.hasGlyphForCodePoint(code));
    if (!font) throw new Error(`Tinos ${weight} has no glyph for U+${code.toString(16)}`);
    return Math.round((font.glyphForCodePoint(code).advanceWidth * 1000) / font.unitsPerEm);
  });
}

async function source() {
  const chars = characters();
  const [font] = fonts(400);
  const em = (units) => Math.round((units * 1000) / font.unitsPerEm);
  const os2 = font['OS/2'];
  const text = `// Written by scripts/font-metrics.mjs from @fontsource/tinos ${packageVersion}; do not edit by hand.
// Tinos has the metrics of Times New Roman (as Liberation Serif has, which LibreOffice prints with).

/** Times New Roman's metrics in 1/1000 em: advance widths per character, regular and bold. */
export const TIMES = {
  /** Windows ascent and descent (what office programs space lines by) and the line gap. */
  ascent: ${em(os2.winAscent)},
  descent: ${em(os2.winDescent)},
  lineGap: ${em(font.lineGap)},
  /** The characters measured, one per entry of the width arrays. */
  characters: ${JSON.stringify(chars.join(''))},
  regular: ${JSON.stringify(widths(400, chars))},
  bold: ${JSON.stringify(widths(700, chars))},
} as const;
`;
  const options = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(text, { ...options, filepath: target });
}

const text = await source();
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    process.stderr.write(
      `${target} differs from what the installed font gives: run node scripts/font-metrics.mjs\n`,
    );
    process.exit(1);
  }
} else writeFileSync(target, text);
