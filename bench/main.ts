/**
 * `npm run bench`: figures anyone can reproduce on their machine (see bench/README.md).
 * It prints; it asserts nothing about time. The tests assert the counts.
 */
import { statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { serviceCalls } from './calls';
import { coreTime } from './core-time';
import { formulaApproach } from './formula-approach';

const ROOT = join(__dirname, '..', '..');
const fast = process.argv.includes('--quick');

function kb(file: string): string {
  return `${(statSync(join(ROOT, file)).size / 1024).toFixed(1)} KB`;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

console.log(
  `Điển hình benchmarks · Node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
console.log('');
console.log(
  '1. Core time: check + quotas + consolidation (median of runs; synthetic workbook, deterministic)',
);
const sizes = fast ? [1_000, 10_000] : [1_000, 10_000, 100_000];
console.table(
  sizes.map((rows) => {
    const t = coreTime(rows, rows >= 100_000 ? 3 : 5);
    return {
      rows,
      read: ms(t.read),
      check: ms(t.check),
      quotas: ms(t.quotas),
      consolidate: ms(t.consolidate),
      total: ms(t.total),
      'CPU time': ms(t.cpu),
      'rows/s': Math.round(rows / (t.total / 1000)).toLocaleString('en'),
    };
  }),
);

console.log(
  '2. The same quota question as a COUNTIFS grid in a formula engine (HyperFormula), for comparison',
);
console.table(
  sizes.map((rows) => {
    const f = formulaApproach(rows);
    return {
      rows,
      formulas: f.formulas,
      'build + evaluate': ms(f.ms),
      'rows/s': Math.round(rows / (f.ms / 1000)).toLocaleString('en'),
    };
  }),
);

console.log(
  '3. Apps Script service calls per menu command (counting fake; second run, tabs already generated; setup: first run)',
);
console.log('   "document" calls reach the spreadsheet; "builders" assemble rich-text links in memory.');
console.table(
  serviceCalls().map((c) => ({
    command: c.command,
    '100 rows': c.small,
    '10,000 rows': c.large,
    'of which data': c.data,
    'minimum (1 read per input tab + 1 write per output tab)': c.minimum,
    'link builders (10,000 rows)': c.builders,
  })),
);

console.log('4. Bundle sizes');
console.table([
  { file: 'dist/addon/Code.js', size: kb('dist/addon/Code.js'), target: '< 250 KB' },
  { file: 'dist/addon/Sidebar.html', size: kb('dist/addon/Sidebar.html'), target: '< 100 KB' },
]);
