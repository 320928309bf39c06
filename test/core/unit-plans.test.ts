import type { Grid } from '../../src/core/cells';
import { buildDashboard } from '../../src/core/jobs/dashboard';
import { analyse, runQuotas } from '../../src/core/jobs/reports';
import { reminders } from '../../src/core/jobs/reminders';
import { unitPlanLabel, unitPlanLines } from '../../src/core/quotas/unit-plans';
import { UNIT_PLAN_COLUMNS } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { communePlan } from '../../src/demo/commune-workbook';
import { MemoryPort } from '../support/memory-port';
import { goodRow, nominationGrid, referenceTabs, type Row } from '../support/workbook';

const HEADER = UNIT_PLAN_COLUMNS.map((c) => c.header);
const TODAY = new Date(2024, 5, 1);

/** A preset workbook with `Kế hoạch đơn vị` holding these rows (year, unit, number, issued, received). */
function withPlans(plans: Grid, rows: Row[] = [goodRow()]) {
  const tabs = referenceTabs().map((t) =>
    t.name === 'Kế hoạch đơn vị' ? { ...t, values: [HEADER, ...plans] } : t,
  );
  return [...tabs, { name: 'Đề cử', values: nominationGrid(rows) }];
}

const portFor = (plans: Grid, rows?: Row[]) =>
  new MemoryPort(Object.fromEntries(withPlans(plans, rows).map((t) => [t.name, t.values])));

describe('units’ own plans (Kế hoạch đơn vị)', () => {
  it('a workbook without the tab, or with the tab still empty, does not follow units’ plans', () => {
    expect(readWorkbook(withPlans([])).unitPlans).toBeNull();
    const without = withPlans([]).filter((t) => t.name !== 'Kế hoạch đơn vị');
    const reading = readWorkbook(without);
    expect(reading.unitPlans).toBeNull();
    expect(reading.issues).toEqual([]);
  });

  it('reads a unit by code or name, a year or the whole period, and dates as written', () => {
    const reading = readWorkbook(
      withPlans([
        ['2021-2025', 'X01', '5/KH-UBND', '10/01/2021', '15/01/2021', ''],
        [2024, 'Thị trấn Chợ Rã', '12/KH-UBND', new Date(2024, 1, 3), new Date(2024, 1, 9), ''],
      ]),
    );
    expect(reading.issues).toEqual([]);
    expect(reading.unitPlans).toEqual([
      expect.objectContaining({ unit: 'X01', years: { from: 2021, to: 2025 }, received: '15/01/2021' }),
      expect.objectContaining({
        unit: 'X01',
        years: { from: 2024, to: 2024 },
        issued: '03/02/2024',
        received: '09/02/2024',
      }),
    ]);
  });

  it('a unit the plan does not know and a year that is not one are reported on their cell and left out', () => {
    const reading = readWorkbook(
      withPlans([
        [2024, 'Xã Không Có', '1/KH', '', 'x', ''],
        ['năm nay', 'X01', '2/KH', '', 'x', ''],
      ]),
    );
    expect(reading.issues.map((i) => [i.sheet, i.row, i.column, i.code])).toEqual([
      ['Kế hoạch đơn vị', 2, 'Đơn vị', 'E_UNKNOWN_UNIT'],
      ['Kế hoạch đơn vị', 3, 'Năm', 'E_BAD_YEAR'],
    ]);
    expect(reading.issues[1].message).toContain('2026-2030');
    expect(reading.unitPlans).toEqual([]);
  });

  it('“chưa”, “không” or a blank in Ngày nhận mean the plan is awaited, not received', () => {
    for (const word of ['Chưa nhận', 'không', '']) {
      const { unitPlans } = readWorkbook(withPlans([[2024, 'X01', '7/KH', '', word, '']]));
      expect(unitPlans?.[0].received).toBe('');
    }
  });

  it('a plan logged twice counts once, the received row wins, and the other row is pointed out', () => {
    const reading = readWorkbook(
      withPlans([
        [2024, 'X01', '7/KH', '', '', ''],
        [2024, 'X01', '7/KH', '', '20/02/2024', 'bản điều chỉnh'],
      ]),
    );
    expect(reading.unitPlans).toEqual([expect.objectContaining({ row: 3, received: '20/02/2024' })]);
    expect(reading.issues.map((i) => [i.row, i.code, i.severity])).toEqual([
      [2, 'W_UNIT_PLAN_REPEATED', 'warning'],
    ]);
    expect(reading.issues[0].message).toContain('dòng 3 được dùng');
  });

  it('a nomination tab is never taken for the units’ plans tab, nor the other way round', () => {
    const reading = readWorkbook(withPlans([[2024, 'X01', '7/KH', '', '20/02/2024', '']]));
    expect(reading.reference.unitPlans?.tab.name).toBe('Kế hoạch đơn vị');
    expect(reading.nominationTabs.map((t) => t.name)).toEqual(['Đề cử']);
  });

  it('each quota holder’s plan for a year is received, awaited or missing; a period plan is kept apart', () => {
    const records = readWorkbook(
      withPlans([
        ['2021-2025', 'X01', '5/KH-UBND', '', '15/01/2021', ''],
        [2024, 'X01', '12/KH-UBND', '', '09/02/2024', ''],
        [2024, 'X02', '3/KH-UBND', '', '', ''],
      ]),
    ).unitPlans!;
    const units = ['X01', 'X02', 'X03'].map((code) => ({ code, name: code, category: 'Xã, thị trấn' }));
    const lines = unitPlanLines(records, units, 2024);
    expect(lines.map((l) => [l.code, l.status, l.period?.number ?? null])).toEqual([
      ['X01', 'received', '5/KH-UBND'],
      ['X02', 'awaited', null],
      ['X03', 'missing', null],
    ]);
    expect(lines.map(unitPlanLabel)).toEqual([
      'Số 12/KH-UBND, nhận 09/02/2024',
      'Chưa nhận (số 3/KH-UBND)',
      'Chưa gửi',
    ]);
    expect(unitPlanLines(records, units, 2023).map((l) => l.status)).toEqual([
      'missing',
      'missing',
      'missing',
    ]);
  });
});

describe('who has not sent a plan, in the quota tab and the sidebar', () => {
  const plans = [
    [2024, 'X01', '12/KH-UBND', '', '09/02/2024', ''],
    [2024, 'X02', '3/KH-UBND', '', '', ''],
  ];

  it('Chỉ tiêu <năm> gets a plan column, highlighted where the plan has not arrived, and a total received', () => {
    const port = portFor(plans);
    const report = runQuotas(port, TODAY, 2024);
    const tab = port.generated.get('quotas:2024')!;
    const header = tab.values.findIndex((r) => r[0] === 'STT');
    expect(tab.values[header]).toContain('Nhận kế hoạch năm 2024');
    const rowOf = (code: string) => tab.values.findIndex((r) => r[1] === code);
    expect(tab.values[rowOf('X01')].at(-1)).toBe('09/02/2024');
    expect(tab.values[rowOf('X02')].at(-1)).toBe('Chưa nhận');
    expect(tab.values[rowOf('X03')].at(-1)).toBe('Chưa gửi');
    const planColumn = tab.values[header].length;
    const highlighted = (code: string) =>
      (tab.highlights ?? []).some((h) => h.row === rowOf(code) + 1 && h.column === planColumn);
    expect([highlighted('X01'), highlighted('X02'), highlighted('X03')]).toEqual([false, true, true]);
    const total = tab.values.find((r) => r[0] === 'Tổng cộng')!;
    expect(total.at(-1)).toBe(1);
    expect(report.message).toMatch(/Kế hoạch năm 2024 của đơn vị: 1\/\d+ đã gửi\. Chưa nhận: Xã Bành Trạch/);
  });

  it('without the tab, the quota tab is as before: no plan column', () => {
    const port = portFor([]);
    runQuotas(port, TODAY, 2024);
    const tab = port.generated.get('quotas:2024')!;
    expect(tab.values.some((r) => r.includes('Nhận kế hoạch năm 2024'))).toBe(false);
  });

  it('the sidebar lists the quota holders whose plan has not arrived first, with what is known of it', () => {
    const analysis = analyse(portFor(plans));
    const dashboard = buildDashboard(analysis, TODAY, null);
    expect(dashboard.unitPlans?.[0]).toMatchObject({
      code: 'X02',
      status: 'awaited',
      label: 'Chưa nhận (số 3/KH-UBND)',
    });
    expect(dashboard.unitPlans?.at(-1)).toMatchObject({ code: 'X01', status: 'received' });
    expect(dashboard.unitPlans?.filter((l) => l.status !== 'received')).toHaveLength(
      dashboard.unitPlans!.length - 1,
    );
  });

  it('the sidebar offers a reminder to each unit whose plan has not arrived, and none to the others', () => {
    const analysis = analyse(portFor(plans));
    const codes = buildDashboard(analysis, TODAY, null).reminders.units.map((u) => u.code);
    expect(codes).toContain('X02');
    expect(codes).toContain('X03');
    // X01 sent its plan, but with one row of ten it is short of quota: reminded for that.
    expect(codes).toContain('X01');
    expect(buildDashboard(analysis, TODAY, 'X02').reminders.units.map((u) => u.code)).toEqual(['X02']);
  });
});

describe('reminders for quota and plan (no new scope: mailto links)', () => {
  const plan = communePlan();
  const body = (href: string | null) => decodeURIComponent(/body=([^&]*)/.exec(href ?? '')?.[1] ?? '');
  const quota = (code: string, name: string, quotaN: number, valid: number) => ({
    code,
    name,
    category: 'Thôn, bản',
    quota: quotaN,
    quotaMax: quotaN,
    quotaText: String(quotaN),
    submitted: valid,
    valid,
    shortfall: Math.max(0, quotaN - valid),
    met: valid >= quotaN,
  });
  const planLine = (code: string, name: string, status: 'received' | 'awaited' | 'missing') => ({
    code,
    name,
    category: 'Thôn, bản',
    status,
    year: null,
    period: null,
  });

  it('one e-mail per unit lists both what is short and the missing plan; units up to date get none', () => {
    const { units, all } = reminders(
      plan,
      [
        quota('TB1', 'Thôn Đồng Tâm', 3, 1),
        quota('TB2', 'Thôn Tân Lập', 3, 3),
        quota('TB3', 'Bản Suối Cát', 3, 3),
      ],
      [
        planLine('TB1', 'Thôn Đồng Tâm', 'missing'),
        planLine('TB2', 'Thôn Tân Lập', 'missing'),
        planLine('TB3', 'Bản Suối Cát', 'received'),
      ],
      2026,
      new Date(2026, 1, 1),
    );
    expect(units.map((u) => u.code)).toEqual(['TB1', 'TB2']);
    expect(body(units[0].href)).toContain('còn thiếu 2.');
    expect(body(units[0].href)).toContain('Đơn vị chưa gửi Kế hoạch xây dựng điển hình tiên tiến năm 2026');
    expect(body(units[1].href)).not.toContain('còn thiếu');
    expect(body(all)).toContain(
      'Các đơn vị sau chưa gửi Kế hoạch xây dựng điển hình tiên tiến năm 2026:\n- Thôn Đồng Tâm.\n- Thôn Tân Lập.',
    );
  });
});
