import { join } from 'node:path';
import { XlsxPort } from '../../src/cli/xlsx-port';
import { readPlan } from '../../src/core/workbook/read-plan';
import { communePlan, communeWorkbook } from '../../src/demo/commune-workbook';
import { visible } from '../support/grid';
import { presetTraces } from '../support/preset-traces';
import { cli, tempDir } from '../support/run-cli';
import { writeXlsx } from '../support/xlsx';
import { TEMPLATE_TABS } from '../support/workbook';

const EXAMPLE = join(__dirname, '../../examples/xa-hoa-son.xlsx');

async function textOf(file: string): Promise<string> {
  return JSON.stringify((await XlsxPort.open(file)).readTabs().map((t) => [t.name, t.values]));
}

describe('every offline command on a commune council’s workbook', () => {
  it('ships examples/xa-hoa-son.xlsx exactly as the generator makes it (`npm start -- commune-workbook --out F`)', async () => {
    const shipped = (await XlsxPort.open(EXAMPLE)).readTabs();
    const generated = communeWorkbook().tabs;
    expect(shipped.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    shipped.forEach((tab, i) => expect(visible(tab.values)).toEqual(visible(generated[i].values)));
  });

  it('check and quotas speak only of the council’s own plan', () => {
    const check = cli(['check', EXAMPLE, '--json']);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { rows: number; issues: { code: string }[] };
    expect(report.rows).toBe(46);
    expect(report.issues.map((i) => i.code)).not.toContain('W_SECTOR_MISMATCH');
    const quotas = cli(['quotas', EXAMPLE, '--json']);
    expect(JSON.parse(quotas.stdout).year).toBe(2026);
    for (const run of [check, quotas, cli(['check', EXAMPLE]), cli(['quotas', EXAMPLE])]) {
      expect(presetTraces(run.stdout + run.stderr)).toEqual([]);
    }
  });

  it('quotas says, unit by unit, whether its period plan and its plan for the year were received (`plan` is the year’s, as before)', () => {
    const quotas = JSON.parse(cli(['quotas', EXAMPLE, '--json']).stdout) as {
      units: { code: string; plan: string; plans: { period: string; year: string } }[];
    };
    const plans = Object.fromEntries(quotas.units.map((u) => [u.code, u.plans]));
    expect([plans.TB3, plans.THHS, plans.TB1]).toEqual([
      { period: 'missing', year: 'missing' },
      // Its plan for 2026–2030 arrived; the one for 2026 is announced but not received.
      { period: 'received', year: 'awaited' },
      { period: 'received', year: 'received' },
    ]);
    expect(quotas.units.every((u) => u.plan === u.plans.year)).toBe(true);
    const text = cli(['quotas', EXAMPLE]).stdout;
    // One column for both plans, the period's then the year's: ✓ received, chờ awaited, chưa not sent.
    expect(text).toMatch(/TB3 .* chưa\/chưa\n/);
    expect(text).toMatch(/THHS .* ✓\/chờ\n/);
    expect(text).toContain('KH GĐ/năm: kế hoạch giai đoạn 2026–2030 / kế hoạch năm 2026');
    expect(text).toContain('11/12 đơn vị đã nộp kế hoạch giai đoạn 2026–2030.');
    expect(text).toContain('10/12 đơn vị đã nộp kế hoạch năm 2026.');
  });

  it('consolidate and report write tabs with nothing of the preset in them', async () => {
    const dir = tempDir();
    const runs = [
      cli(['consolidate', EXAMPLE, '--out', join(dir, 'tong-hop.xlsx')]),
      cli(['report', EXAMPLE, '--out', join(dir, 'tong-ket.xlsx')]),
      cli(['report', EXAMPLE, '--from', '2026', '--to', '2027', '--out', join(dir, 'so-ket.xlsx')]),
    ];
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(presetTraces(run.stdout + run.stderr)).toEqual([]);
    }
    const council = await textOf(join(dir, 'tong-hop.xlsx'));
    expect(council).toContain('ỦY BAN NHÂN DÂN XÃ HÒA SƠN');
    expect(council).toContain('Gửi Đài Truyền thanh xã Hòa Sơn để tuyên truyền, nhân rộng');
    expect(presetTraces(council)).toEqual([]);
    expect(presetTraces(await textOf(join(dir, 'tong-ket.xlsx')))).toEqual([]);
    expect(await textOf(join(dir, 'so-ket.xlsx'))).toContain('Sơ kết 2026-2027');
  });

  it('--only-council writes the council’s tabs alone, without the nomination tabs and their personal data', async () => {
    const dir = tempDir();
    const out = join(dir, 'hoi-dong.xlsx');
    expect(cli(['consolidate', EXAMPLE, '--only-council', '--out', out]).code).toBe(0);
    const names = (await XlsxPort.open(out)).readTabs().map((t) => t.name);
    expect(names).toEqual(['Chỉ tiêu 2026', 'Tổng hợp 2026', 'Thống kê 2026', 'Tuyên truyền 2026']);
    const period = join(dir, 'tong-ket.xlsx');
    expect(cli(['report', EXAMPLE, '--only-council', '--out', period]).code).toBe(0);
    expect((await XlsxPort.open(period)).readTabs().map((t) => t.name)).toEqual([
      // The whole period, reviewed in its first year (`Năm xét` 2026): a mid-term review.
      'Sơ kết 2026-2030',
      'Theo dõi mô hình 2026-2030',
    ]);
  });

  it('warns on a line of its own, without failing, about a year outside the plan period', () => {
    const dir = tempDir();
    const quotas = cli(['quotas', EXAMPLE, '--year', '2031', '--json']);
    expect(quotas.stderr).toContain('Cảnh báo: Năm 2031 nằm ngoài giai đoạn 2026–2030');
    expect(JSON.parse(quotas.stdout).year).toBe(2031);
    const report = cli(['report', EXAMPLE, '--from', '2025', '--to', '2026', '--out', join(dir, 'r.xlsx')]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Cảnh báo: Khoảng năm 2025–2026 nằm ngoài giai đoạn 2026–2030');
  });

  it('stops every command, naming what to write, when a setting is blank, and takes nothing from the preset', async () => {
    const dir = tempDir();
    const file = join(dir, 'thieu.xlsx');
    const tabs = communeWorkbook().tabs.map((t) =>
      t.name === 'Cấu hình'
        ? {
            ...t,
            values: t.values.map((r) =>
              ['Tên cơ quan', 'Năm bắt đầu'].includes(String(r[0])) ? [r[0], ''] : r,
            ),
          }
        : t,
    );
    await writeXlsx(file, Object.fromEntries(tabs.map((t) => [t.name, t.values])));
    for (const args of [
      ['check', file, '--json'],
      ['quotas', file],
      ['consolidate', file, '--out', join(dir, 'a.xlsx')],
      ['report', file, '--out', join(dir, 'b.xlsx')],
    ]) {
      const run = cli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(
        'Chưa ghi “Năm bắt đầu” trong trang “Cấu hình”: ghi năm đầu của giai đoạn kế hoạch',
      );
      expect(presetTraces(run.stderr)).toEqual([]);
    }
  });
});

describe('npm start -- template for a new council', () => {
  it('--blank writes the tabs to fill, and check then lists what is missing', async () => {
    const dir = tempDir();
    const out = join(dir, 'trong.xlsx');
    const made = cli(['template', '--blank', '--out', out]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Tiếp theo: điền trang “Cấu hình”');
    const tabs = (await XlsxPort.open(out)).readTabs();
    expect(tabs.map((t) => t.name)).toEqual(TEMPLATE_TABS);
    expect(readPlan(tabs).plan.units).toEqual([]);
    // Checking needs the period and the lists; the council's tabs need the letterhead too.
    const check = cli(['check', out]);
    expect(check.code).toBe(2);
    for (const name of ['Năm bắt đầu', 'Năm kết thúc']) expect(check.stderr).toContain(`Chưa ghi “${name}”`);
    expect(check.stderr).toContain('Trang “Đơn vị” chưa có đơn vị nào');
    const consolidate = cli(['consolidate', out, '--out', join(dir, 'th.xlsx')]);
    expect(consolidate.code).toBe(2);
    for (const name of ['Tên cơ quan', 'Tên Hội đồng', 'Địa danh'])
      expect(consolidate.stderr).toContain(`Chưa ghi “${name}”`);
  });

  it('--from OLD --period carries the plan forward with no nomination and the old dates left to fill', async () => {
    const dir = tempDir();
    const out = join(dir, 'moi.xlsx');
    const made = cli(['template', '--from', EXAMPLE, '--period', '2031-2035', '--out', out]);
    expect(made.code).toBe(0);
    expect(made.stderr).toContain('từ kế hoạch 2026–2030');
    const tabs = (await XlsxPort.open(out)).readTabs();
    const { plan } = readPlan(tabs);
    const old = communePlan();
    expect(plan).toEqual({
      ...old,
      period: { from: 2031, to: 2035 },
      reviewYear: null,
      midterm: null,
      milestones: [],
    });
    expect(tabs.find((t) => t.name === 'Đề cử')?.values.length).toBe(1);
  });

  it('refuses --from without --period, and a period that is one year', () => {
    expect(cli(['template', '--from', EXAMPLE, '--out', join(tempDir(), 'x.xlsx')]).code).toBe(2);
    const run = cli(['template', '--from', EXAMPLE, '--period', '2031', '--out', join(tempDir(), 'x.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--period cần một giai đoạn như 2026-2030');
  });
});
