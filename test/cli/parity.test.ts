import { join } from 'node:path';
import { runCheck } from '../../src/core/jobs/check';
import { runCouncil } from '../../src/core/jobs/reports';
import { XlsxPort } from '../../src/cli/xlsx-port';
import { buildCouncilSheets, validateNominations } from '../../src/gas/commands';
import { demoWorkbook } from '../../src/demo/demo-workbook';
import { createFakeEnv, installFakeGlobals } from '../fakes/gas';
import { tempDir } from '../support/run-cli';
import { writeXlsx } from '../support/xlsx';
import { visible } from '../support/grid';

/**
 * The .xlsx door copies a table's column headings to the top of each page the table continues on
 * (reports/pagination.ts; Sheets has no page breaks). A non-blank row equal to an earlier one is dropped
 * on both sides: the copies in the .xlsx, and the same repeated rows (two tables' equal totals) in each.
 */
function withoutRepeatedHeadings(rows: string[][]): string[][] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    if (row.every((c) => c === '')) return true;
    const key = JSON.stringify(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe('one fixture through both doors', () => {
  it('gives identical issues, quotas and generated tabs through Apps Script (fake) and .xlsx', async () => {
    // The demo: several nomination tabs, title rows, NFD text, dates in the year column, formula-like names.
    const { tabs } = demoWorkbook(7);
    const sheets = Object.fromEntries(tabs.map((t) => [t.name, t.values]));
    const today = new Date(2025, 5, 1);

    const env = createFakeEnv({ sheets });
    const uninstall = installFakeGlobals(env);
    try {
      jest.useFakeTimers({
        now: today,
        doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval'],
      });
      validateNominations();
      buildCouncilSheets();
    } finally {
      jest.useRealTimers();
      uninstall();
    }

    const file = join(tempDir(), 'demo.xlsx');
    await writeXlsx(file, sheets);
    const port = await XlsxPort.open(file);
    const check = runCheck(port);
    const council = runCouncil(port, today);
    const out = join(tempDir(), 'ra.xlsx');
    await port.save(out);
    const xlsx = new Map((await XlsxPort.open(out)).readTabs().map((t) => [t.name, t.values]));

    expect(check.result.summary.rows).toBeGreaterThan(500);
    expect(council.year).toBe(2025);
    const names = env.spreadsheet.sheetNames();
    expect([...xlsx.keys()].sort()).toEqual([...names].sort());
    for (const name of names) {
      expect({ name, values: withoutRepeatedHeadings(visible(xlsx.get(name) ?? [])) }).toEqual({
        name,
        values: withoutRepeatedHeadings(visible(env.spreadsheet.peek(name).values)),
      });
    }
  });
});
