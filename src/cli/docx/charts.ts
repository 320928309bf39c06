import { Resvg } from '@resvg/resvg-js';
import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';
import { chartSvg, type Chart } from '../../core/reports/svg-chart';
import { CHART_FONT_FAMILY, chartFonts } from './chart-fonts';
import { mm } from './page';

/** The picture's width on the page (the text is 165 mm wide) and the PNG's, about 300 dpi. */
const PICTURE_MM = 150;
const PNG_PIXELS = 1800;
/** Word's picture size is in pixels at 96 to the inch. */
const PX_PER_MM = 96 / 25.4;

/**
 * The same SVG the print view draws, made a file of its own: a size, and the font named on the root
 * (the print view's page gives it from CSS). The root is the chart module's own `<svg ` opening.
 */
export function standaloneSvg(chart: Chart, id: string): { svg: string; width: number; height: number } {
  const svg = chartSvg(chart, id);
  const box = /^<svg [^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!box) throw new Error('chartSvg no longer starts with an <svg> that has a viewBox');
  const [width, height] = [Number(box[1]), Number(box[2])];
  return {
    svg: svg.replace('<svg ', `<svg width="${width}" height="${height}" font-family="${CHART_FONT_FAMILY}" `),
    width,
    height,
  };
}

/**
 * The chart as a PNG, drawn by resvg in Times New Roman (or a font with its metrics): Word before 2016
 * and LibreOffice show this picture; later Word shows the SVG. With no such font found, the system's
 * fonts are used as they come.
 */
export function chartPng(svg: string): Buffer {
  const fonts = chartFonts();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: PNG_PIXELS },
    background: '#ffffff',
    font: fonts
      ? { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.family }
      : { loadSystemFonts: true },
  });
  return resvg.render().asPng();
}

/**
 * A chart as a centred picture: the SVG, with the PNG as the fallback every word processor reads. Each
 * picture is a file of its own, so one id for the hatch patterns serves them all.
 */
export function chartPicture(chart: Chart): Paragraph {
  const { svg, width, height } = standaloneSvg(chart, 'docx');
  const wide = PICTURE_MM * PX_PER_MM;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // Single spacing, said outright: LibreOffice cuts a picture to the height of a line at 1,2.
    spacing: { before: mm(2), after: mm(4), line: 240, lineRule: LineRuleType.AUTO },
    keepLines: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(svg, 'utf8'),
        fallback: { type: 'png', data: chartPng(svg) },
        transformation: { width: Math.round(wide), height: Math.round((wide * height) / width) },
        altText: { name: chart.title, title: chart.title, description: chart.title },
      }),
    ],
  });
}
