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
      expect({ name, values: visible(xlsx.get(name) ?? []) }).toEqual({
        name,
        values: visible(env.spreadsheet.peek(name).values),
      });
    }
  });
});
