import type { Grid } from '../../src/core/cells';
import { buildDashboard } from '../../src/core/jobs/dashboard';
import { analyse, runQuotas } from '../../src/core/jobs/reports';
import { reminders } from '../../src/core/jobs/reminders';
import {
  unitPlanLabel,
  unitPlanLines,
  unitPlanShortLabel,
  unitPlansOwed,
  type UnitPlanLine,
  type UnitPlanRecord,
} from '../../src/core/tally/unit-plans';
import { printScale, textRoom, textWidth } from '../../src/core/reports/print-geometry';
import { UNIT_PLAN_COLUMNS } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { communePlan } from '../../src/demo/commune-workbook';
import { MemoryPort } from '../support/memory-port';
import { goodRow, nominationGrid, referenceTabs, type Row } from '../support/workbook';

const HEADER = UNIT_PLAN_COLUMNS.map((c) => c.header);
const TODAY = new Date(2024, 5, 1);
/** The preset's period. */
const PERIOD = { from: 2021, to: 2025 };

const record = (
  unit: string,
  from: number,
  to: number,
  number: string,
  received: string,
): UnitPlanRecord => ({
  unit,
  years: { from, to },
  number,
  issued: '',
  received,
  row: 2,
});

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

  it('each quota holder’s period plan and year plan are each received, awaited or missing; neither stands in for the other', () => {
    const records = readWorkbook(
      withPlans([
        ['2021-2025', 'X01', '5/KH-UBND', '', '15/01/2021', ''],
        [2024, 'X01', '12/KH-UBND', '', '09/02/2024', ''],
        [2024, 'X02', '3/KH-UBND', '', '', ''],
        ['2021-2025', 'X03', '8/KH-UBND', '', '', ''],
      ]),
    ).unitPlans!;
    const units = ['X01', 'X02', 'X03'].map((code) => ({ code, name: code, category: 'Xã, thị trấn' }));
    const lines = unitPlanLines(records, units, 2024, PERIOD);
    expect(lines.map((l) => [l.code, l.plans.period.status, l.plans.year.status])).toEqual([
      ['X01', 'received', 'received'],
      ['X02', 'missing', 'awaited'],
      ['X03', 'awaited', 'missing'],
    ]);
    expect(lines.map((l) => [unitPlanLabel(l, 'period'), unitPlanLabel(l, 'year')])).toEqual([
      ['Số 5/KH-UBND, nhận 15/01/2021', 'Số 12/KH-UBND, nhận 09/02/2024'],
      ['Chưa gửi', 'Chưa nhận (số 3/KH-UBND)'],
      ['Chưa nhận (số 8/KH-UBND)', 'Chưa gửi'],
    ]);
    expect(lines.map((l) => [unitPlanShortLabel(l, 'period'), unitPlanShortLabel(l, 'year')])).toEqual([
      ['15/01/2021', '09/02/2024'],
      ['Chưa gửi', 'Chưa nhận'],
      ['Chưa nhận', 'Chưa gửi'],
    ]);
    // In 2023 X01 still has its period plan, but no plan of its own for the year.
    expect(unitPlanLines(records, units, 2023, PERIOD).map((l) => l.plans.year.status)).toEqual([
      'missing',
      'missing',
      'missing',
    ]);
    expect(unitPlanLines(records, units, 2023, PERIOD)[0].plans.period.status).toBe('received');
  });

  it('a received period plan 2026-2030 is the period plan of 2026 (not “Chưa gửi”); the year’s own plan is still owed when missing', () => {
    const period = { from: 2026, to: 2030 };
    const records = [record('TB1', 2026, 2030, '1/KH-TB1', '05/02/2026')];
    const [line] = unitPlanLines(
      records,
      [{ code: 'TB1', name: 'Thôn Đồng Tâm', category: 'Thôn, bản' }],
      2026,
      period,
    );
    expect(line.plans.period).toEqual({ status: 'received', record: records[0] });
    expect(unitPlanShortLabel(line, 'period')).toBe('05/02/2026');
    expect(line.plans.year).toEqual({ status: 'missing', record: null });
    expect(unitPlanShortLabel(line, 'year')).toBe('Chưa gửi');
    expect(unitPlansOwed(line)).toBe('chưa gửi kế hoạch năm 2026');
  });

  it('a plan for part of the period (2026–2028) is the period plan of the years it covers only, and says which', () => {
    const period = { from: 2026, to: 2030 };
    const records = [record('TB1', 2026, 2028, '1/KH-TB1', '05/02/2026')];
    const units = [{ code: 'TB1', name: 'Thôn Đồng Tâm', category: 'Thôn, bản' }];
    const [in2027] = unitPlanLines(records, units, 2027, period);
    expect(in2027.plans.period.status).toBe('received');
    expect(unitPlanLabel(in2027, 'period')).toBe('Số 1/KH-TB1, 2026–2028, nhận 05/02/2026');
    const [in2029] = unitPlanLines(records, units, 2029, period);
    expect(in2029.plans.period.status).toBe('missing');
    expect(unitPlansOwed(in2029)).toBe('chưa gửi kế hoạch giai đoạn 2026–2030 và kế hoạch năm 2029');
  });

  it('of several plans covering the year, the received one counts, then the one for the whole period', () => {
    const period = { from: 2026, to: 2030 };
    const units = [{ code: 'TB1', name: 'Thôn Đồng Tâm', category: 'Thôn, bản' }];
    const whole = record('TB1', 2026, 2030, '1/KH', '');
    const part = record('TB1', 2026, 2027, '2/KH', '10/03/2026');
    expect(unitPlanLines([whole, part], units, 2026, period)[0].plans.period.record).toBe(part);
    const wholeReceived = { ...whole, received: '05/02/2026' };
    expect(unitPlanLines([part, wholeReceived], units, 2026, period)[0].plans.period.record).toBe(
      wholeReceived,
    );
  });

  it('a year’s plan counts for its own year only: one for a year outside the period counts for none in it', () => {
    const period = { from: 2026, to: 2030 };
    const units = [{ code: 'TB1', name: 'Thôn Đồng Tâm', category: 'Thôn, bản' }];
    const old = record('TB1', 2025, 2025, '9/KH', '01/02/2025');
    const [line] = unitPlanLines([old], units, 2026, period);
    expect([line.plans.period.status, line.plans.year.status]).toEqual(['missing', 'missing']);
    expect(unitPlanLines([old], units, 2025, period)[0].plans.year.status).toBe('received');
  });

  it('what a unit owes says which plan, and whether it was not sent or not received', () => {
    const period = { from: 2026, to: 2030 };
    const units = [{ code: 'TB1', name: 'Thôn Đồng Tâm', category: 'Thôn, bản' }];
    const owed = (records: UnitPlanRecord[]) => unitPlansOwed(unitPlanLines(records, units, 2026, period)[0]);
    expect(owed([])).toBe('chưa gửi kế hoạch giai đoạn 2026–2030 và kế hoạch năm 2026');
    expect(owed([record('TB1', 2026, 2026, '2/KH', '01/02/2026')])).toBe(
      'chưa gửi kế hoạch giai đoạn 2026–2030',
    );
    expect(owed([record('TB1', 2026, 2026, '2/KH', '')])).toBe(
      'chưa gửi kế hoạch giai đoạn 2026–2030; bộ phận thường trực chưa nhận được kế hoạch năm 2026 (số 2/KH)',
    );
    expect(
      owed([
        record('TB1', 2026, 2030, '1/KH', '05/02/2026'),
        record('TB1', 2026, 2026, '2/KH', '01/02/2026'),
      ]),
    ).toBe('');
  });
});

describe('who has not sent a plan, in the quota tab and the sidebar', () => {
  const plans = [
    ['2021-2025', 'X01', '5/KH-UBND', '', '15/01/2021', ''],
    [2024, 'X01', '12/KH-UBND', '', '09/02/2024', ''],
    [2024, 'X02', '3/KH-UBND', '', '', ''],
    ['2021-2025', 'X03', '8/KH-UBND', '', '20/01/2021', ''],
  ];

  it('Chỉ tiêu <năm> gets a column for the period plan and one for the year’s, each highlighted until received, and a total received of each', () => {
    const port = portFor(plans);
    const report = runQuotas(port, TODAY, 2024);
    const tab = port.generated.get('quotas:2024')!;
    const header = tab.values.findIndex((r) => r[0] === 'STT');
    expect(tab.values[header].slice(-2)).toEqual(['Nhận KH giai đoạn 2021–2025', 'Nhận KH năm 2024']);
    const rowOf = (code: string) => tab.values.findIndex((r) => r[1] === code);
    const cells = (code: string) => tab.values[rowOf(code)].slice(-2);
    expect(cells('X01')).toEqual(['15/01/2021', '09/02/2024']);
    expect(cells('X02')).toEqual(['Chưa gửi', 'Chưa nhận']);
    // X03’s received period plan does not make its missing year plan received, nor the other way round.
    expect(cells('X03')).toEqual(['20/01/2021', 'Chưa gửi']);
    const width = tab.values[header].length;
    const highlighted = (code: string, column: number) =>
      (tab.highlights ?? []).some((h) => h.row === rowOf(code) + 1 && h.column === column);
    expect(['X01', 'X02', 'X03'].map((c) => [highlighted(c, width - 1), highlighted(c, width)])).toEqual([
      [false, false],
      [true, true],
      [false, true],
    ]);
    const totalsHeader = tab.values.find((r) => r[0] === 'Loại đơn vị')!;
    expect(totalsHeader.slice(-2)).toEqual(['Số đơn vị đã nộp KH giai đoạn', 'Số đơn vị đã nộp KH năm 2024']);
    const total = tab.values.find((r) => r[0] === 'Tổng cộng')!;
    expect(total.slice(-2)).toEqual([2, 1]);
    expect(report.message).toMatch(
      /Kế hoạch giai đoạn 2021–2025 của đơn vị: 2\/\d+ đã nộp\. Chưa nhận: Xã Bành Trạch, /,
    );
    expect(report.message).toMatch(
      /Kế hoạch năm 2024 của đơn vị: 1\/\d+ đã nộp\. Chưa nhận: Xã Bành Trạch, Xã Cao Thượng/,
    );
    expect(report.message).toContain('ghi ngày nhận vào trang “Kế hoạch đơn vị”');
  });

  it('the two plan columns keep the tab on the A4 landscape page’s width, a date on one line', () => {
    const widthsOf = (grid: Grid) => {
      const port = portFor(grid);
      runQuotas(port, TODAY, 2024);
      return port.generated.get('quotas:2024')!.format.columnWidths!;
    };
    const withPlans = widthsOf(plans);
    const without = widthsOf([]);
    expect(withPlans).toHaveLength(without.length + 2);
    expect(printScale(withPlans)).toBe(1);
    const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum(withPlans) - sum(without))).toBeLessThanOrEqual(withPlans.length);
    for (const w of withPlans.slice(-2))
      expect(textRoom(w)).toBeGreaterThanOrEqual(textWidth('09/02/2024', 13));
  });

  it('without the tab, the quota tab is as before: no plan column', () => {
    const port = portFor([]);
    runQuotas(port, TODAY, 2024);
    const tab = port.generated.get('quotas:2024')!;
    expect(tab.values.some((r) => r.some((c) => String(c).startsWith('Nhận KH')))).toBe(false);
  });

  it('the sidebar lists the quota holders owing either plan first, with what is known of each', () => {
    const analysis = analyse(portFor(plans));
    const dashboard = buildDashboard(analysis, TODAY, null);
    expect(dashboard.unitPlans?.[0]).toMatchObject({
      code: 'X02',
      period: { status: 'missing', title: 'Giai đoạn 2021–2025', label: 'Chưa gửi' },
      year: { status: 'awaited', title: 'Năm 2024', label: 'Chưa nhận (số 3/KH-UBND)' },
    });
    expect(dashboard.unitPlans?.find((l) => l.code === 'X03')).toMatchObject({
      period: { status: 'received', label: 'Số 8/KH-UBND, nhận 20/01/2021' },
      year: { status: 'missing', label: 'Chưa gửi' },
    });
    expect(dashboard.unitPlans?.at(-1)).toMatchObject({
      code: 'X01',
      period: { status: 'received' },
      year: { status: 'received' },
    });
  });

  it('the sidebar offers a reminder to each unit owing a plan, and none to the others', () => {
    const analysis = analyse(portFor(plans));
    const codes = buildDashboard(analysis, TODAY, null).reminders.units.map((u) => u.code);
    expect(codes).toContain('X02');
    expect(codes).toContain('X03');
    // X01 sent both plans, but with one row of ten it is short of quota: reminded for that.
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
  type Status = UnitPlanLine['plans']['year']['status'];
  /** A unit's line for 2026 from its period plan's and its year plan's states. */
  const planLine = (code: string, name: string, period: Status, year: Status): UnitPlanLine => {
    const logged = (from: number, to: number, status: Status) =>
      status === 'missing'
        ? []
        : [
            record(
              code,
              from,
              to,
              `${from === to ? 2 : 1}/KH-${code}`,
              status === 'received' ? '05/02/2026' : '',
            ),
          ];
    const records = [...logged(2026, 2030, period), ...logged(2026, 2026, year)];
    return unitPlanLines(records, [{ code, name, category: 'Thôn, bản' }], 2026, { from: 2026, to: 2030 })[0];
  };

  it('one e-mail per unit says what is short and which plan is owed (the period’s, the year’s or both); units up to date get none', () => {
    const { units, all } = reminders(
      plan,
      [
        quota('TB1', 'Thôn Đồng Tâm', 3, 1),
        quota('TB2', 'Thôn Tân Lập', 3, 3),
        quota('TB3', 'Bản Suối Cát', 3, 3),
        quota('TB4', 'Thôn Hòa Bình', 3, 3),
      ],
      [
        planLine('TB1', 'Thôn Đồng Tâm', 'missing', 'missing'),
        planLine('TB2', 'Thôn Tân Lập', 'received', 'missing'),
        planLine('TB3', 'Bản Suối Cát', 'received', 'received'),
        planLine('TB4', 'Thôn Hòa Bình', 'missing', 'awaited'),
      ],
      2026,
      new Date(2026, 1, 1),
    );
    expect(units.map((u) => u.code)).toEqual(['TB1', 'TB2', 'TB4']);
    expect(body(units[0].href)).toContain('còn thiếu 2.');
    expect(body(units[0].href)).toContain(
      'chưa nhận được kế hoạch giai đoạn 2026–2030 và kế hoạch năm 2026 của đơn vị.',
    );
    // Its period plan arrived: only the year's is asked for.
    expect(body(units[1].href)).not.toContain('còn thiếu');
    expect(body(units[1].href)).toContain('chưa nhận được kế hoạch năm 2026 của đơn vị.');
    expect(body(units[1].href)).not.toContain('giai đoạn 2026–2030');
    expect(body(units[2].href)).toContain(
      'chưa nhận được kế hoạch giai đoạn 2026–2030 và kế hoạch năm 2026 (số 2/KH-TB4) của đơn vị.',
    );
    expect(body(units[2].href)).toContain(
      'Đề nghị đơn vị ban hành (nếu chưa có) và gửi về bộ phận thường trực.',
    );
    expect(body(all)).toContain(
      'Các đơn vị sau chưa gửi đủ Kế hoạch xây dựng điển hình tiên tiến (kế hoạch cả giai đoạn và kế hoạch năm 2026):\n' +
        '- Thôn Đồng Tâm: chưa gửi kế hoạch giai đoạn 2026–2030 và kế hoạch năm 2026.\n' +
        '- Thôn Tân Lập: chưa gửi kế hoạch năm 2026.\n' +
        '- Thôn Hòa Bình: chưa gửi kế hoạch giai đoạn 2026–2030; bộ phận thường trực chưa nhận được kế hoạch năm 2026 (số 2/KH-TB4).',
    );
  });
});
