import { join } from 'node:path';
import type { Grid } from '../../src/core/cells';
import { XlsxPort } from '../../src/cli/xlsx-port';
import { readPlan } from '../../src/core/workbook/read-plan';
import type { TabData } from '../../src/core/workbook/tab';
import { CITY_TABS, cityRow } from '../support/city-plan';
import { cli, tempDir } from '../support/run-cli';
import { nominationGrid } from '../support/workbook';
import { writeXlsx } from '../support/xlsx';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const REFERENCE = ['Danh mục', 'Đơn vị', 'Lĩnh vực', 'Tiêu chí'];
/** The `Cấu hình` rows a new period changes: its years, and the old period's dates. */
const PERIOD_ROWS = /^(Năm bắt đầu|Năm kết thúc|Năm xét|Sơ kết từ năm|Sơ kết đến năm|Mốc: .*)$/;

/** A grid as text, blank cells and trailing blanks dropped, so a cell read back compares as written. */
function rows(tabs: TabData[], name: string): string[][] {
  const grid: Grid = tabs.find((t) => t.name === name)?.values ?? [];
  return grid
    .map((r) => r.map((c) => (c === null || c === '' ? '' : c instanceof Date ? c.toISOString() : String(c))))
    .map((r) => {
      const out = r.slice();
      while (out.length > 0 && out[out.length - 1] === '') out.pop();
      return out;
    })
    .filter((r) => r.length > 0);
}

async function templateFrom(file: string) {
  const out = join(tempDir(), 'moi.xlsx');
  const run = cli(['template', '--from', file, '--period', '2031-2035', '--out', out]);
  expect(run.code).toBe(0);
  return {
    run,
    before: (await XlsxPort.open(file)).readTabs(),
    after: (await XlsxPort.open(out)).readTabs(),
  };
}

function expectNothingLost(before: TabData[], after: TabData[]) {
  for (const name of REFERENCE) expect(rows(after, name)).toEqual(rows(before, name));
  const kept = (tabs: TabData[]) => rows(tabs, 'Cấu hình').filter((r) => !PERIOD_ROWS.test(r[0]));
  expect(kept(after)).toEqual(kept(before));
  // The period's rows and the milestones are all still there, by name.
  const names = (tabs: TabData[]) => rows(tabs, 'Cấu hình').map((r) => r[0]);
  expect(names(after)).toEqual(names(before));
}

describe('npm start -- template --from OLD --period 2031-2035', () => {
  it('carries a plan with fields a…đ…e, shared criteria and a quota range with nothing lost', async () => {
    const file = join(tempDir(), 'cu.xlsx');
    await writeXlsx(file, { ...CITY_TABS, 'Đề cử': nominationGrid([cityRow()]) });
    const { run, before, after } = await templateFrom(file);
    expectNothingLost(before, after);
    const { plan } = readPlan(after);
    expect(plan.fields.map((f) => f.code)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e']);
    expect(plan.criteria.find((c) => c.code === 'a.1')?.subjects).toEqual(['TT', 'CN']);
    expect(plan.units.find((u) => u.code === 'CQ1')).toMatchObject({ quota: 1, quotaMax: 3 });
    expect(plan.period).toEqual({ from: 2031, to: 2035 });
    expect(run.stderr).toContain(
      'Đã chép trang “Tiêu chí” từ kế hoạch 2026–2030: 8 dòng, giữ nguyên như đã ghi.',
    );
    expect(run.stderr).toContain('5 mốc của giai đoạn cũ, nay để trống');
    expect(run.stderr).toContain('Không chép 1 dòng đề cử');
    expect(run.stdout).toContain('ghi khoảng sơ kết và thời gian các mốc của giai đoạn mới');
  });

  it.each(['phuong-ben-cat.xlsx', 'tinh-thanh-hoa.xlsx', 'xa-hoa-son.xlsx'])(
    'loses no row of the real plan %s',
    async (example) => {
      const { before, after } = await templateFrom(join(EXAMPLES, example));
      expectNothingLost(before, after);
      expect(rows(after, 'Đề cử')).toHaveLength(1);
    },
  );
});
