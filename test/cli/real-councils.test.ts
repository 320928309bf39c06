import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxPort } from '../../src/cli/xlsx-port';
import { validateNominations as checkInSheets } from '../../src/gas/commands';
import { createFakeEnv, installFakeGlobals } from '../fakes/gas';
import { cli, tempDir } from '../support/run-cli';

/**
 * Two councils' workbooks built from the README alone out of real 2025–2026 documents (sources in
 * examples/README.md), each row with the verdict a careful secretary gives it, written down before
 * the checker was run. Every door must give exactly those verdicts.
 */
const COUNCILS = ['phuong-ben-cat', 'tinh-thanh-hoa'] as const;

type Verdict = 'valid' | 'warning' | 'error';
interface Expected {
  sheet: string;
  row: number;
  verdict: Verdict;
  codes: string[];
  why: string;
}
interface Found {
  sheet: string;
  row: number | null;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

const file = (slug: string) => join(__dirname, '../../examples', `${slug}.xlsx`);
const expected = (slug: string): Expected[] =>
  JSON.parse(readFileSync(join(__dirname, '../../examples', `${slug}.verdicts.json`), 'utf8')) as Expected[];

function verdictOf(issues: Found[]): Verdict {
  if (issues.some((i) => i.severity === 'error')) return 'error';
  return issues.length > 0 ? 'warning' : 'valid';
}

/** Each row where a door disagrees with the secretary, with the reason the secretary gave. */
function disagreements(slug: string, issues: Found[]): string[] {
  return expected(slug).flatMap((e) => {
    const at = issues.filter((i) => i.sheet === e.sheet && i.row === e.row);
    const got = verdictOf(at);
    const codes = new Set(at.map((i) => i.code));
    const missing = e.codes.filter((c) => !codes.has(c));
    return got === e.verdict && missing.length === 0
      ? []
      : [
          `row ${e.row}: want ${e.verdict} ${e.codes.join(',')}, got ${got} ${[...codes].join(',')} — ${e.why}`,
        ];
  });
}

describe.each(COUNCILS)('a real council’s workbook (%s) gets a careful secretary’s verdicts', (slug) => {
  const run = cli(['check', file(slug), '--json']);
  const report = JSON.parse(run.stdout) as { rows: number; issues: Found[] };

  it('offline `check`: every row exactly as the secretary judged it, the plan itself without error', () => {
    expect(report.rows).toBe(expected(slug).length);
    expect(report.rows).toBeGreaterThanOrEqual(40);
    expect(disagreements(slug, report.issues)).toEqual([]);
    expect(report.issues.filter((i) => i.sheet !== 'Đề cử')).toEqual([]);
  });

  it('no message shows null, undefined or NaN', () => {
    for (const i of report.issues) expect(i.message).not.toMatch(/\b(null|undefined|NaN)\b|\[object/);
  });

  it('the council list holds exactly the rows without error', async () => {
    const out = join(tempDir(), 'tong-hop.xlsx');
    cli(['consolidate', file(slug), '--year', '2026', '--out', out]);
    const tabs = (await XlsxPort.open(out)).readTabs();
    const list = tabs.find((t) => t.name === 'Tổng hợp 2026')?.values ?? [];
    // The numbered rows of the list, by the nominee's name (the second column).
    const listed = new Set(list.filter((r) => typeof r[0] === 'number').map((r) => String(r[1])));
    const rows = (await XlsxPort.open(file(slug))).readTabs().find((t) => t.name === 'Đề cử')?.values ?? [];
    const nameAt = rows[0].findIndex((h) => String(h).startsWith('Tên mô hình'));
    const nameOf = (e: Expected) => String(rows[e.row - 1][nameAt] ?? '');
    const kept = new Set(
      expected(slug)
        .filter((e) => e.verdict !== 'error')
        .map(nameOf),
    );
    const failedOnly = expected(slug)
      .filter((e) => e.verdict === 'error' && nameOf(e) !== '' && !kept.has(nameOf(e)))
      .map(nameOf);
    expect(failedOnly.length).toBeGreaterThan(5);
    for (const name of failedOnly) expect(listed).not.toContain(name);
    // Every row without error is either listed or counted as returned on the total line.
    // The total line and, under it, the line of returned rows.
    const at = list.findIndex((r) => String(r[1]).startsWith('Tổng cộng'));
    const total = `${String(list[at]?.[1])} ${String(list[at + 1]?.[1] ?? '')}`;
    const [, shown] = /Tổng cộng: (\d+)/.exec(total) ?? [];
    const [, returned] = /(\d+) đề cử Hội đồng đã trả lại/.exec(total) ?? [];
    const passed = expected(slug).filter((e) => e.verdict !== 'error').length;
    expect(Number(shown) + Number(returned ?? 0)).toBe(passed);
    expect(list.filter((r) => typeof r[0] === 'number')).toHaveLength(Number(shown));
  });

  it('in Sheets (fake), the check column gives the same verdicts', async () => {
    const tabs = (await XlsxPort.open(file(slug))).readTabs();
    const env = createFakeEnv({ sheets: Object.fromEntries(tabs.map((t) => [t.name, t.values])) });
    const uninstall = installFakeGlobals(env);
    try {
      checkInSheets();
    } finally {
      uninstall();
    }
    const grid = env.spreadsheet.peek('Đề cử').values;
    const column = grid[0].indexOf('Kết quả kiểm tra');
    const wrong = expected(slug).filter((e) => {
      const text = String(grid[e.row - 1][column]);
      const got: Verdict = text.startsWith('Lỗi') ? 'error' : text === 'Hợp lệ' ? 'valid' : 'warning';
      return got !== e.verdict;
    });
    expect(wrong.map((e) => `row ${e.row}: ${String(grid[e.row - 1][column])}`)).toEqual([]);
  });
});
