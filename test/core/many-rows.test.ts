import { runCheck } from '../../src/core/jobs/check';
import { ISSUES_TAB } from '../../src/core/reports/issues-tab';
import { CHECK_HEADER } from '../../src/core/workbook/layout';
import { syntheticWorkbook } from '../../src/demo/demo-workbook';
import { MemoryPort } from '../support/memory-port';

/** More arguments than a call can take: `f(...rows)` over this many throws “Maximum call stack size exceeded”. */
const ROWS = 150_000;

describe('a workbook of 150,000 rows', () => {
  it('is checked whole, with no spread of one argument per row anywhere on the way', () => {
    const { tabs } = syntheticWorkbook(ROWS);
    const port = new MemoryPort(Object.fromEntries(tabs.map((t) => [t.name, t.values])));
    const { result } = runCheck(port);
    expect(result.summary.rows).toBe(ROWS);
    expect(result.summary.errors).toBeGreaterThan(0);
    expect(result.summary.errors + result.summary.warnings).toBe(result.issues.length);
    const grid = port.tabs.get('Đề cử') ?? [];
    const check = grid[0].indexOf(CHECK_HEADER);
    expect(grid[ROWS][check]).not.toBe('');
    expect((port.tabs.get(ISSUES_TAB) ?? []).length).toBeGreaterThan(result.issues.length);
  });
});
