/**
 * Writes the hand-built báo cáo (narrative-sample.ts) as a .docx, for the rendered-page check
 * (scripts/test-pages.mjs), and prints on stdout what its pages must show: bundled and run by that
 * script. Usage: node write-sample-docx.js OUT.docx [draft]
 */
import { writeNarrativeDocx } from '../../src/cli/docx/write-docx';
import type { NarrativeReport } from '../../src/core/narrative/model';
import { SAMPLE_DRAFT, sampleNarrative } from './narrative-sample';

const [file, kind] = process.argv.slice(2);
const report: NarrativeReport = sampleNarrative(kind === 'draft' ? { draft: SAMPLE_DRAFT } : {});
writeNarrativeDocx(report, file).then(
  () =>
    process.stdout.write(
      JSON.stringify({
        lines: [
          report.organization.toUpperCase(),
          report.council.toUpperCase(),
          report.title,
          report.subtitle,
        ],
        parts: report.blocks.flatMap((b) =>
          b.kind === 'heading' && b.level === 1 ? [b.text.toUpperCase()] : [],
        ),
        signature: report.draft
          ? []
          : ['Nơi nhận:', report.signature.on.toUpperCase(), report.signature.signer],
        charts: report.blocks.filter((b) => b.kind === 'chart').length,
        draft: report.draft !== null,
      }),
    ),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
