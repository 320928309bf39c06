import { buildDashboard } from '../../src/core/jobs/dashboard';
import { analyse } from '../../src/core/jobs/reports';
import { reminders } from '../../src/core/jobs/reminders';
import { configRows } from '../../src/core/plan/config';
import {
  milestoneSpan,
  milestoneStatus,
  nextMilestone,
  parseMilestoneDue,
} from '../../src/core/plan/milestones';
import { readPlan } from '../../src/core/workbook/read-plan';
import { cityTabs, cityWorkbook } from '../support/city-plan';
import { MemoryPort } from '../support/memory-port';

const { plan, issues } = readPlan(cityTabs());
const byName = (name: string) => plan.milestones.find((m) => m.name === name)!;

describe('milestones as a quarter, a month, a day or a year', () => {
  it('reads every form the city plan uses, with no issue, keeping the text as written', () => {
    expect(issues).toEqual([]);
    expect(plan.milestones.map((m) => [m.name, m.when])).toEqual([
      ['Đăng ký mô hình', 'Quý I/2026'],
      ['Sơ kết giữa kỳ', 'Tháng 10/2027'],
      ['Hội nghị biểu dương', '15/10/2028'],
      ['Báo cáo Tỉnh', '20/03/2029'],
      ['Tổng kết giai đoạn', '2030'],
    ]);
  });

  it('a milestone given as 15/10/2026 is read as that day', () => {
    expect(parseMilestoneDue('15/10/2026')).toEqual({ kind: 'day', year: 2026, month: 10, day: 15 });
    expect(parseMilestoneDue('ngày 15 tháng 10 năm 2026')).toEqual({
      kind: 'day',
      year: 2026,
      month: 10,
      day: 15,
    });
    expect(parseMilestoneDue(new Date(2026, 9, 15))).toEqual({ kind: 'day', year: 2026, month: 10, day: 15 });
    const { start, end } = milestoneSpan({ kind: 'day', year: 2026, month: 10, day: 15 });
    expect([start, end]).toEqual([new Date(2026, 9, 15), new Date(2026, 9, 16)]);
  });

  it('a milestone given as Tháng 10/2026 or 10/2026 is read as that month', () => {
    for (const text of ['Tháng 10/2026', '10/2026', 'tháng 10 năm 2026', 'T10/2026', '10-2026'])
      expect(parseMilestoneDue(text)).toEqual({ kind: 'month', year: 2026, month: 10 });
  });

  it('a milestone given as Quý II/2027 is that quarter; a bare 2/2027 is February', () => {
    for (const text of ['Quý II/2027', 'quý 2/2027', 'Q2/2027', 'II/2027', 'Quý II năm 2027'])
      expect(parseMilestoneDue(text)).toEqual({ kind: 'quarter', year: 2027, quarter: 2 });
    expect(parseMilestoneDue('2/2027')).toEqual({ kind: 'month', year: 2027, month: 2 });
  });

  it('a milestone given as 2028 is that year, typed or as a number', () => {
    expect(parseMilestoneDue('2028')).toEqual({ kind: 'year', year: 2028 });
    expect(parseMilestoneDue('Năm 2028')).toEqual({ kind: 'year', year: 2028 });
    expect(parseMilestoneDue(2028)).toEqual({ kind: 'year', year: 2028 });
  });

  it('refuses what is no time, or no real day, with a message showing the forms', () => {
    for (const text of ['31/02/2027', '13/2027', 'sắp tới', '15/10', 46000])
      expect(parseMilestoneDue(text)).toBeNull();
    const reading = readPlan(
      cityTabs({
        'Cấu hình': (v) => v.map((r) => (r[0] === 'Mốc: Sơ kết giữa kỳ' ? [r[0], 'cuối năm'] : r)),
      }),
    );
    const [problem] = reading.issues;
    expect(problem).toMatchObject({ sheet: 'Cấu hình', code: 'E_BAD_CONFIG', column: 'Giá trị' });
    expect(problem.message).toBe(
      'Mốc “Sơ kết giữa kỳ” ghi thời gian là “cuối năm”, không đọc được: ghi một quý (“Quý II/2026”), ' +
        'một tháng (“Tháng 10/2026”), một ngày (“15/10/2026”) hoặc một năm (“2026”).',
    );
  });

  it('is past once its day, month, quarter or year has ended, under way within it', () => {
    const day = byName('Hội nghị biểu dương');
    expect(milestoneStatus(day, new Date(2028, 9, 14, 23))).toBe('upcoming');
    expect(milestoneStatus(day, new Date(2028, 9, 15, 12))).toBe('now');
    expect(milestoneStatus(day, new Date(2028, 9, 16))).toBe('past');
    const month = byName('Sơ kết giữa kỳ');
    expect(milestoneStatus(month, new Date(2027, 9, 31))).toBe('now');
    expect(milestoneStatus(month, new Date(2027, 10, 1))).toBe('past');
    const year = byName('Tổng kết giai đoạn');
    expect(milestoneStatus(year, new Date(2030, 11, 31))).toBe('now');
    expect(nextMilestone(plan.milestones, new Date(2028, 9, 16))?.name).toBe('Báo cáo Tỉnh');
  });

  it('the sidebar and the reminders show a milestone as the council wrote it', () => {
    const today = new Date(2027, 9, 5);
    const dashboard = buildDashboard(
      analyse(new MemoryPort(Object.fromEntries(cityWorkbook([]).map((t) => [t.name, t.values])))),
      today,
      null,
    );
    expect(dashboard.milestones).toEqual([
      { name: 'Đăng ký mô hình', when: 'Quý I/2026', status: 'past' },
      { name: 'Sơ kết giữa kỳ', when: 'Tháng 10/2027', status: 'now' },
      { name: 'Hội nghị biểu dương', when: '15/10/2028', status: 'upcoming' },
      { name: 'Báo cáo Tỉnh', when: '20/03/2029', status: 'upcoming' },
      { name: 'Tổng kết giai đoạn', when: '2030', status: 'upcoming' },
    ]);
    const line = {
      code: 'P1',
      name: 'Phường Cẩm Châu',
      category: 'Phường',
      quota: 1,
      quotaMax: 3,
      quotaText: '1–3',
    };
    const mail = reminders(
      plan,
      [{ ...line, submitted: 0, valid: 0, shortfall: 1, met: false }],
      null,
      2027,
      today,
    );
    expect(decodeURIComponent(mail.all ?? '')).toContain(
      'Mốc tiếp theo của kế hoạch: Sơ kết giữa kỳ (Tháng 10/2027).',
    );
  });

  it('a new template writes each milestone back as written', () => {
    expect(configRows(plan).filter(([name]) => String(name).startsWith('Mốc'))).toEqual([
      ['Mốc: Đăng ký mô hình', 'Quý I/2026'],
      ['Mốc: Sơ kết giữa kỳ', 'Tháng 10/2027'],
      ['Mốc: Hội nghị biểu dương', '15/10/2028'],
      ['Mốc: Báo cáo Tỉnh', '20/03/2029'],
      ['Mốc: Tổng kết giai đoạn', '2030'],
    ]);
  });
});
