import { writeFileSync } from 'node:fs';
import type { NarrativeReport } from '../../core/narrative/model';

/**
 * The .docx writer, loaded on first use: the Word library and the charts' rasteriser (a native module)
 * take about a third of a second to load, which every other command of the runner would pay at start.
 */
const writer = () => import('./document');

/** The .docx file's bytes. */
export async function narrativeDocx(report: NarrativeReport): Promise<Buffer> {
  return (await writer()).narrativeDocx(report);
}

/** Writes the report as a .docx at `path` (the caller has checked the path). */
export async function writeNarrativeDocx(report: NarrativeReport, path: string): Promise<void> {
  writeFileSync(path, await narrativeDocx(report));
}
