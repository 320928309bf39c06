import type { Grid } from '../../src/core/cells';
import { carryPlan } from '../../src/core/jobs/carry-plan';
import { readPlan } from '../../src/core/workbook/read-plan';
import type { TabData } from '../../src/core/workbook/tab';
import { CITY_TABS, cityRow, cityWorkbook } from '../support/city-plan';
import { MemoryPort } from '../support/memory-port';

const UNIT_PLANS: Grid = [
  ['Năm', 'Đơn vị', 'Số, ký hiệu', 'Ngày ban hành', 'Ngày nhận', 'Ghi chú'],
  [2026, 'P1', '12/KH-UBND', '10/01/2026', '15/01/2026', ''],
];

/** The old file: the city plan, a log of units' plans and a nomination; `edit` changes a tab first. */
function oldFile(edit: Parameters<typeof cityWorkbook>[1] = {}): TabData[] {
  return [...cityWorkbook([cityRow()], edit), { name: 'Kế hoạch đơn vị', values: UNIT_PLANS }];
}

function carry(old: TabData[]) {
  const port = new MemoryPort({});
  const messages = carryPlan(old, port, { from: 2031, to: 2035 });
  return { messages, tabs: port.readTabs() };
}

const rowsOf = (tabs: TabData[], name: string) => tabs.find((t) => t.name === name)?.values;
const blankCells = (grid: Grid | undefined) => (grid ?? []).map((r) => r.map((c) => (c === '' ? null : c)));

/** What the new period changes in `Cấu hình`: the period, and the old period's dates emptied. */
const NEW_PERIOD: Record<string, number | null> = {
  'Năm bắt đầu': 2031,
  'Năm kết thúc': 2035,
  'Năm xét': null,
  'Sơ kết từ năm': null,
  'Sơ kết đến năm': null,
};

describe('template --from carries every row', () => {
  const { messages, tabs } = carry(oldFile());

  it('carries every row of Danh mục, Đơn vị, Lĩnh vực and Tiêu chí exactly as written', () => {
    for (const name of ['Danh mục', 'Đơn vị', 'Lĩnh vực', 'Tiêu chí'])
      expect(blankCells(rowsOf(tabs, name))).toEqual(blankCells(CITY_TABS[name]));
  });

  it('carries Cấu hình with the new period, and the old period’s dates left to fill', () => {
    const expected = CITY_TABS['Cấu hình'].map(([name, value]) => {
      const key = String(name);
      if (key in NEW_PERIOD) return [name, NEW_PERIOD[key]];
      return [name, key.startsWith('Mốc: ') ? null : value];
    });
    expect(blankCells(rowsOf(tabs, 'Cấu hình'))).toEqual(blankCells(expected));
    expect(messages).toContain('Đã chuyển “Cấu hình” sang giai đoạn 2031–2035.');
    const fill = messages.find((m) => m.startsWith('Hãy ghi'));
    expect(fill).toContain('5 mốc của giai đoạn cũ, nay để trống');
    for (const milestone of CITY_TABS['Cấu hình'].filter(([n]) => String(n).startsWith('Mốc: ')))
      expect(fill).toContain(`“${String(milestone[0]).slice(5)}”`);
  });

  it('template --from keeps field đ apart from d', () => {
    const { plan } = readPlan(tabs);
    expect(plan.fields.map((f) => f.code)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e']);
    expect(plan.criteria.find((c) => c.code === 'd.1')?.field).toBe('d');
    expect(plan.criteria.find((c) => c.code === 'đ.1')?.field).toBe('đ');
  });

  it('reads back the same plan, shared criteria, quota ranges and other names included', () => {
    const old = readPlan(oldFile()).plan;
    expect(readPlan(tabs).plan).toEqual({
      ...old,
      period: { from: 2031, to: 2035 },
      reviewYear: null,
      midterm: null,
      milestones: [],
    });
  });

  it('says what it leaves behind: the nominations and the units’ plans of the old period', () => {
    expect(messages).toEqual(
      expect.arrayContaining([
        'Không chép 1 dòng của trang “Kế hoạch đơn vị”: đó là kế hoạch các đơn vị gửi trong giai đoạn 2026–2030; ' +
          'trang của giai đoạn mới bắt đầu trống.',
        'Không chép 1 dòng đề cử (1 trang) của giai đoạn 2026–2030: giai đoạn mới bắt đầu với trang “Đề cử” trống.',
      ]),
    );
    expect(rowsOf(tabs, 'Kế hoạch đơn vị')).toHaveLength(1);
    expect(rowsOf(tabs, 'Đề cử')).toHaveLength(1);
  });

  it('carries a row still in error as written, and names it', () => {
    const broken = carry(
      oldFile({
        'Tiêu chí': (v) => [...v, ['g.1', 'g', 'Cá nhân', '', 'Tiêu chí của một lĩnh vực không có', 'Có']],
      }),
    );
    expect(rowsOf(broken.tabs, 'Tiêu chí')?.at(-1)).toEqual([
      'g.1',
      'g',
      'Cá nhân',
      '',
      'Tiêu chí của một lĩnh vực không có',
      'Có',
    ]);
    const at = broken.messages.findIndex((m) => m.startsWith('Các dòng sau đã chép nguyên nhưng còn lỗi'));
    expect(at).toBeGreaterThan(-1);
    expect(broken.messages[at + 1]).toBe(
      '- trang “Tiêu chí”, dòng 10: Lĩnh vực “g” của tiêu chí g.1 không có trong trang “Lĩnh vực”.',
    );
    expect(messages.some((m) => m.includes('còn lỗi'))).toBe(false);
  });
});
