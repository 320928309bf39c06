import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The fonts a chart's picture is drawn in: Times New Roman, or a font with its metrics. */
export const CHART_FONT_FAMILY = "'Times New Roman', 'Liberation Serif', Tinos, serif";

interface FontSet {
  family: string;
  dir: string;
  /** Regular first: a set counts only where its regular face is installed. */
  files: string[];
}

const styles = (prefix: string, names: string[], suffix = '.ttf') =>
  names.map((n) => `${prefix}${n}${suffix}`);

/**
 * Where Times New Roman or a metric-compatible font lies on Windows, macOS and the common Linux
 * systems. Named files, not a search of the system's fonts: a system may hold two versions of a font
 * under one name (Debian keeps Liberation 1, without most Vietnamese letters, beside Liberation 2), and
 * the rasteriser then takes one at random and draws the missing letters in another font.
 */
function candidates(): FontSet[] {
  const windows = join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');
  const tnr = [
    'Times New Roman',
    'Times New Roman Bold',
    'Times New Roman Italic',
    'Times New Roman Bold Italic',
  ];
  const faces = ['Regular', 'Bold', 'Italic', 'BoldItalic'];
  return [
    {
      family: 'Times New Roman',
      dir: windows,
      files: ['times.ttf', 'timesbd.ttf', 'timesi.ttf', 'timesbi.ttf'],
    },
    { family: 'Times New Roman', dir: '/System/Library/Fonts/Supplementary', files: styles('', tnr) },
    { family: 'Times New Roman', dir: '/Library/Fonts', files: styles('', tnr) },
    {
      family: 'Times New Roman',
      dir: '/usr/share/fonts/truetype/msttcorefonts',
      files: styles('', [
        'Times_New_Roman',
        'Times_New_Roman_Bold',
        'Times_New_Roman_Italic',
        'Times_New_Roman_Bold_Italic',
      ]),
    },
    {
      family: 'Liberation Serif',
      dir: '/usr/share/fonts/truetype/liberation2',
      files: styles('LiberationSerif-', faces),
    },
    {
      family: 'Liberation Serif',
      dir: '/usr/share/fonts/liberation-serif',
      files: styles('LiberationSerif-', faces),
    },
    {
      family: 'Liberation Serif',
      dir: '/usr/share/fonts/liberation',
      files: styles('LiberationSerif-', faces),
    },
    { family: 'Tinos', dir: '/usr/share/fonts/truetype/croscore', files: styles('Tinos-', faces) },
  ];
}

/** The font files to draw charts with, and their family; null when none is installed. */
export function chartFonts(): { family: string; files: string[] } | null {
  for (const set of candidates()) {
    const files = set.files.map((f) => join(set.dir, f));
    if (!existsSync(files[0])) continue;
    return { family: set.family, files: files.filter((f) => existsSync(f)) };
  }
  return null;
}
