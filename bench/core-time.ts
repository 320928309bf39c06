import { checkText } from '../src/core/validate/check-text';
import { validateNominations } from '../src/core/validate/validate';
import { readWorkbook } from '../src/core/workbook/read-workbook';
import { Tally } from '../src/core/tally/tally';
import { councilTab } from '../src/core/reports/council-tab';
import { quotasTab } from '../src/core/reports/quotas-tab';
import { statisticsTab } from '../src/core/reports/statistics-tab';
import { propagationTab } from '../src/core/reports/propagation-tab';
import { syntheticWorkbook, DEMO_YEAR } from '../src/demo/demo-workbook';
import type { Issue } from '../src/core/issues';

export interface CoreTiming {
  rows: number;
  /** Median of the runs, in milliseconds. */
  read: number;
  check: number;
  quotas: number;
  consolidate: number;
  total: number;
  /** CPU time of the same work (user + system), steadier than wall time on a shared machine. */
  cpu: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The pure engine's work for "check + quotas + consolidation" on one synthetic workbook: reading the
 * tabs into records, every rule, the check column's texts, the tally and the four council tabs.
 * No I/O: the adapters' cost is counted in service calls instead.
 */
export function coreTime(rows: number, runs: number): CoreTiming {
  const { tabs } = syntheticWorkbook(rows);
  const samples: Omit<CoreTiming, 'rows'>[] = [];
  for (let run = 0; run < runs; run++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const reading = readWorkbook(tabs);
    const t1 = performance.now();
    const result = validateNominations(reading);
    // As the check job does: the issues of each row, then the row's text for the check column.
    const byRow = new Map<number, Issue[]>();
    for (const i of result.issues) if (i.row !== null) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i]);
    const texts = result.rows.map((r) => checkText(byRow.get(r.row) ?? []));
    const t2 = performance.now();
    const tally = new Tally(reading.plan, result, reading.unitPlans).year(DEMO_YEAR);
    const t3 = performance.now();
    const generated = [
      quotasTab(reading.plan, tally),
      councilTab(reading.plan, tally),
      statisticsTab(reading.plan, tally),
      propagationTab(reading.plan, tally),
    ];
    const t4 = performance.now();
    if (texts.length !== rows || generated.length !== 4) throw new Error('benchmark lost rows');
    const cpu = process.cpuUsage(cpu0);
    samples.push({
      read: t1 - t0,
      check: t2 - t1,
      quotas: t3 - t2,
      consolidate: t4 - t3,
      total: t4 - t0,
      cpu: (cpu.user + cpu.system) / 1000,
    });
  }
  return {
    rows,
    read: median(samples.map((s) => s.read)),
    check: median(samples.map((s) => s.check)),
    quotas: median(samples.map((s) => s.quotas)),
    consolidate: median(samples.map((s) => s.consolidate)),
    total: median(samples.map((s) => s.total)),
    cpu: median(samples.map((s) => s.cpu)),
  };
}
