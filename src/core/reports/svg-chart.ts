import { escapeHtml } from './html-escape';

/**
 * A simple chart of the print view, drawn as inline SVG text: bars a year with a line over them (valid
 * rows against the quota), or stacked bars (models at each stage). Black, white and greys with black
 * outlines, so a black-and-white printer keeps every series apart; each figure is written on its bar.
 */
export type Chart = BarsWithLine | StackedBars;

interface ChartBase {
  title: string;
  /** The categories along the bottom axis (the years) and its title. */
  categories: string[];
  xTitle: string;
  yTitle: string;
}

export interface BarsWithLine extends ChartBase {
  kind: 'bars-with-line';
  /** null where a category has no figure yet (a year still to come): nothing is drawn there. */
  bars: { label: string; values: (number | null)[] };
  line: { label: string; values: (number | null)[] };
}

export interface StackedBars extends ChartBase {
  kind: 'stacked';
  /** null where a category has no figure yet (a year still to come): nothing is drawn there. */
  series: { label: string; values: (number | null)[] }[];
}

const WIDTH = 480;
const HEIGHT = 300;
const LEFT = 58;
const RIGHT = 14;
const BOTTOM = 44;
const FONT = 11;
/** Greys from light to dark, then a hatch, so stacked series differ on a black-and-white page. */
const FILLS = ['#ffffff', '#c8c8c8', '#8c8c8c', '#4d4d4d', '#1a1a1a'];

const num = (n: number) => String(Math.round(n * 10) / 10);

/** A tick step of 1, 2 or 5 × 10ⁿ giving about five lines up to `max`. */
function niceStep(max: number): number {
  const rough = Math.max(max, 1) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return Math.max(1, step);
}

/** Roughly how wide a text is at the chart's font size, for laying out the legend. */
const textWidth = (text: string) => text.length * FONT * 0.56;

interface LegendItem {
  label: string;
  swatch: string;
}

/** The legend's items laid out in rows across the chart, and the height they take. */
function legend(items: LegendItem[], top: number): { svg: string; height: number } {
  const parts: string[] = [];
  let x = LEFT;
  let y = top;
  for (const item of items) {
    const w = 18 + textWidth(item.label) + 14;
    if (x + w > WIDTH - RIGHT && x > LEFT) {
      x = LEFT;
      y += FONT + 6;
    }
    parts.push(
      `<g transform="translate(${num(x)},${num(y)})">${item.swatch}` +
        `<text x="18" y="10" font-size="${FONT}">${escapeHtml(item.label)}</text></g>`,
    );
    x += w;
  }
  return { svg: parts.join(''), height: y - top + FONT + 8 };
}

const box = (fill: string) =>
  `<rect x="0" y="0" width="12" height="12" fill="${fill}" stroke="#000" stroke-width="0.8"/>`;

/** The axes, gridlines, tick labels and axis titles for a plot area and a value range. */
function frame(chart: ChartBase, top: number, max: number): { svg: string; y: (v: number) => number } {
  const bottom = HEIGHT - BOTTOM;
  const step = niceStep(max);
  const ceiling = Math.max(step, Math.ceil(max / step) * step);
  const y = (v: number) => bottom - ((bottom - top) * v) / ceiling;
  const parts: string[] = [];
  for (let v = 0; v <= ceiling + step / 2; v += step) {
    parts.push(
      `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="#b0b0b0" stroke-width="0.6"/>` +
        `<text x="${LEFT - 6}" y="${num(y(v) + 4)}" font-size="${FONT}" text-anchor="end">${num(v)}</text>`,
    );
  }
  parts.push(
    `<line x1="${LEFT}" x2="${LEFT}" y1="${top}" y2="${bottom}" stroke="#000"/>` +
      `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${bottom}" y2="${bottom}" stroke="#000"/>`,
  );
  const band = (WIDTH - LEFT - RIGHT) / Math.max(1, chart.categories.length);
  chart.categories.forEach((c, i) =>
    parts.push(
      `<text x="${num(LEFT + band * (i + 0.5))}" y="${bottom + 16}" font-size="${FONT}" text-anchor="middle">${escapeHtml(c)}</text>`,
    ),
  );
  parts.push(
    `<text x="${num((LEFT + WIDTH - RIGHT) / 2)}" y="${HEIGHT - 8}" font-size="${FONT}" font-style="italic" text-anchor="middle">${escapeHtml(chart.xTitle)}</text>`,
    `<text transform="translate(14,${num((top + bottom) / 2)}) rotate(-90)" font-size="${FONT}" font-style="italic" text-anchor="middle">${escapeHtml(chart.yTitle)}</text>`,
  );
  return { svg: parts.join(''), y };
}

/** The x of a category's band and the width of its bar. */
function bands(chart: ChartBase): { x: (i: number) => number; bar: number } {
  const band = (WIDTH - LEFT - RIGHT) / Math.max(1, chart.categories.length);
  const bar = Math.min(56, band * 0.55);
  return { x: (i) => LEFT + band * i + (band - bar) / 2, bar };
}

function barsWithLine(chart: BarsWithLine, top: number): string {
  const values = [...chart.bars.values, ...chart.line.values].filter((v): v is number => v !== null);
  const { svg, y } = frame(
    chart,
    top,
    values.reduce((m, v) => Math.max(m, v), 0),
  );
  const { x, bar } = bands(chart);
  const parts = [svg];
  chart.bars.values.forEach((v, i) => {
    if (v === null) return;
    // The figure halfway up the bar where it fits, clear of the quota line's marker near the bar's top.
    const inside = y(0) - y(v) >= 3 * FONT;
    parts.push(
      `<rect x="${num(x(i))}" y="${num(y(v))}" width="${num(bar)}" height="${num(y(0) - y(v))}" fill="${FILLS[1]}" stroke="#000" stroke-width="0.8"/>` +
        `<text x="${num(x(i) + bar / 2)}" y="${num(inside ? (y(v) + y(0)) / 2 + 4 : y(v) - 4)}" font-size="${FONT}" font-weight="bold" text-anchor="middle">${num(v)}</text>`,
    );
  });
  const points = chart.line.values
    .map((v, i) => (v === null ? null : `${num(x(i) + bar / 2)},${num(y(v))}`))
    .filter((p): p is string => p !== null);
  if (points.length > 1)
    parts.push(
      `<polyline points="${points.join(' ')}" fill="none" stroke="#000" stroke-width="1.8" stroke-dasharray="6 3"/>`,
    );
  for (const p of points) {
    const [px, py] = p.split(',');
    parts.push(`<circle cx="${px}" cy="${py}" r="3.5" fill="#fff" stroke="#000" stroke-width="1.4"/>`);
  }
  // Each quota's figure just above its marker, on a white patch so it reads over a bar too.
  chart.line.values.forEach((v, i) => {
    if (v === null) return;
    const cx = x(i) + bar / 2;
    parts.push(
      `<rect x="${num(cx + 5)}" y="${num(y(v) - 15)}" width="${num(textWidth(num(v)) + 4)}" height="${FONT + 1}" fill="#fff"/>` +
        `<text x="${num(cx + 7)}" y="${num(y(v) - 5)}" font-size="${FONT}" font-style="italic">${num(v)}</text>`,
    );
  });
  return parts.join('');
}

function stacked(chart: StackedBars, top: number, patternId: string): string {
  const totals = chart.categories.map((_, i) =>
    chart.series.reduce((s, series) => s + (series.values[i] ?? 0), 0),
  );
  const { svg, y } = frame(
    chart,
    top,
    totals.reduce((m, v) => Math.max(m, v), 0),
  );
  const { x, bar } = bands(chart);
  const parts = [svg];
  chart.categories.forEach((_, i) => {
    let base = 0;
    chart.series.forEach((series, s) => {
      const v = series.values[i] ?? 0;
      if (v <= 0) return;
      const fill = fillOf(s, patternId);
      const height = y(base) - y(base + v);
      parts.push(
        `<rect x="${num(x(i))}" y="${num(y(base + v))}" width="${num(bar)}" height="${num(height)}" fill="${fill}" stroke="#000" stroke-width="0.8"/>`,
      );
      if (height >= FONT + 2) {
        // A figure on a dark grey is written in white; on a hatch, on a white patch.
        const dark = s % (FILLS.length + 1) >= 3 && s % (FILLS.length + 1) < FILLS.length;
        const hatch = s % (FILLS.length + 1) === FILLS.length;
        const cx = x(i) + bar / 2;
        const cy = y(base + v / 2) + 4;
        if (hatch)
          parts.push(`<rect x="${num(cx - 10)}" y="${num(cy - 10)}" width="20" height="13" fill="#fff"/>`);
        parts.push(
          `<text x="${num(cx)}" y="${num(cy)}" font-size="${FONT}" text-anchor="middle" fill="${dark ? '#fff' : '#000'}">${num(v)}</text>`,
        );
      }
      base += v;
    });
    if (totals[i] > 0)
      parts.push(
        `<text x="${num(x(i) + bar / 2)}" y="${num(y(totals[i]) - 4)}" font-size="${FONT}" font-weight="bold" text-anchor="middle">${num(totals[i])}</text>`,
      );
  });
  return parts.join('');
}

/** The fill of the s-th series: the greys, then a hatch, then round again. */
function fillOf(s: number, patternId: string): string {
  const i = s % (FILLS.length + 1);
  return i === FILLS.length ? `url(#${patternId})` : FILLS[i];
}

/**
 * The chart as one `<svg>` element, its title and every label escaped. `id` tells apart the hatch
 * patterns of several charts on one page.
 */
export function chartSvg(chart: Chart, id: string): string {
  const patternId = `hatch-${id.replace(/[^\w-]/g, '_')}`;
  const items: LegendItem[] =
    chart.kind === 'bars-with-line'
      ? [
          { label: chart.bars.label, swatch: box(FILLS[1]) },
          {
            label: chart.line.label,
            swatch:
              '<line x1="0" x2="12" y1="6" y2="6" stroke="#000" stroke-width="1.8" stroke-dasharray="4 2"/>' +
              '<circle cx="6" cy="6" r="3" fill="#fff" stroke="#000" stroke-width="1.2"/>',
          },
        ]
      : chart.series.map((s, i) => ({ label: s.label, swatch: box(fillOf(i, patternId)) }));
  const key = legend(items, 28);
  const top = 28 + key.height + 8;
  const body = chart.kind === 'bars-with-line' ? barsWithLine(chart, top) : stacked(chart, top, patternId);
  const title = escapeHtml(chart.title);
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${title}</title>` +
    `<defs><pattern id="${patternId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    '<rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="2"/></pattern></defs>' +
    `<text x="${WIDTH / 2}" y="16" font-size="${FONT + 3}" font-weight="bold" text-anchor="middle">${title}</text>` +
    key.svg +
    body +
    '</svg>'
  );
}
