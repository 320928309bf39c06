import { parseQuota } from '../../src/core/plan/quota';
import { tallyYear } from '../../src/core/tally/year';
import { quotasTab } from '../../src/core/reports/quotas-tab';
import { validateNominations } from '../../src/core/validate/validate';
import { readPlan } from '../../src/core/workbook/read-plan';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { referenceTemplates } from '../../src/core/workbook/template';
import { cityRow, cityTabs, cityWorkbook } from '../support/city-plan';

describe('a quota as a number or a range', () => {
  it('reads “1 – 3”, “1-3”, “từ 1 đến 3” as ranges and a number as itself', () => {
    for (const text of ['1 – 3', '1-3', '1 - 3', 'từ 1 đến 3', 'Từ 1 đến 3', '1 đến 3', '1—3'])
      expect(parseQuota(text)).toEqual({ min: 1, max: 3 });
    expect(parseQuota(4)).toEqual({ min: 4, max: 4 });
    expect(parseQuota('4')).toEqual({ min: 4, max: 4 });
    for (const bad of ['3 – 1', 'nhiều', '-2', 1.5]) expect(parseQuota(bad)).toBeNull();
  });

  it('reads the ranges of Đơn vị and of Cấu hình with no issue', () => {
    const { plan, issues } = readPlan(cityTabs());
    expect(issues).toEqual([]);
    expect(plan.units.map((u) => [u.code, u.quota, u.quotaMax])).toEqual([
      ['P1', null, undefined],
      ['P2', 2, 4],
      ['CQ1', 1, 3],
    ]);
    expect(plan.categories).toEqual([
      { name: 'Phường', defaultQuota: 1, defaultQuotaMax: 3 },
      { name: 'Cơ quan', defaultQuota: 2 },
    ]);
  });

  it('a quota 1 – 3 counts its minimum and shows the range', () => {
    const rows = [cityRow(), cityRow({ 'Đơn vị đề nghị': 'P2' })];
    const reading = readWorkbook(cityWorkbook(rows));
    const year = tallyYear(reading.plan, validateNominations(reading).rows, 2026, null);
    const tally = year.quotas;
    expect(tally.lines.map((l) => [l.code, l.quota, l.quotaText, l.valid, l.shortfall, l.met])).toEqual([
      ['P1', 1, '1–3', 1, 0, true],
      ['P2', 2, '2–4', 1, 1, false],
      ['CQ1', 1, '1–3', 0, 1, false],
    ]);
    expect(tally.totals.map((t) => [t.category, t.quota, t.quotaText])).toEqual([
      ['Phường', 3, '3–7'],
      ['Cơ quan', 1, '1–3'],
    ]);
    const tab = quotasTab(reading.plan, year);
    const p1 = tab.values.find((r) => r[1] === 'P1');
    expect(p1?.slice(4, 9)).toEqual(['1–3', 1, 1, 0, 'Đạt']);
    // The summary by category has its own grid from column A: the name over three columns, then the figures.
    const total = tab.values.find((r) => r[0] === 'Tổng cộng');
    expect(total?.[3 + 1]).toBe('4–10');
  });

  it('a plain quota is still shown as a number', () => {
    const reading = readWorkbook(
      cityWorkbook([], { 'Cấu hình': (v) => v.map((r) => (r[0] === 'Chỉ tiêu: Phường' ? [r[0], 2] : r)) }),
    );
    const year = tallyYear(reading.plan, [], 2026, null);
    expect(year.quotas.lines[0]).toMatchObject({ code: 'P1', quota: 2, quotaMax: 2, quotaText: '2' });
    expect(quotasTab(reading.plan, year).values.find((r) => r[1] === 'P1')?.[4]).toBe(2);
  });

  it('refuses a range written backwards, saying what to write', () => {
    const { issues } = readPlan(
      cityTabs({
        'Đơn vị': (v) => v.map((r) => (r[0] === 'P2' ? [...r.slice(0, 4), '4 – 2', ...r.slice(5)] : r)),
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'E_BAD_QUOTA',
        row: 3,
        message:
          'Chỉ tiêu phải là số nguyên không âm hoặc một khoảng như “1 – 3”, không phải “4 – 2” (hoặc để trống để dùng chỉ tiêu mặc định).',
      }),
    ]);
  });

  it('says that a range the spreadsheet turned into a date is a date, and how to write it', () => {
    const { issues } = readPlan(
      cityTabs({
        'Cấu hình': (v) => v.map((r) => (r[0] === 'Chỉ tiêu: Phường' ? [r[0], new Date(2026, 2, 1)] : r)),
      }),
    );
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      [
        'E_BAD_QUOTA',
        'Chỉ tiêu mặc định của “Phường” đã bị bảng tính đổi thành ngày 01/03/2026: định dạng ô là văn bản thuần ' +
          '(Định dạng › Số › Văn bản thuần) rồi ghi lại một số hoặc một khoảng như “1 – 3”.',
      ],
    ]);
  });

  it('a new template keeps the quota and Cấu hình values as plain text, so Sheets makes no date of “1-3”', () => {
    const templates = referenceTemplates(readPlan(cityTabs()).plan);
    expect(templates.find((t) => t.kind === 'units')?.textKeys).toContain('quota');
    expect(templates.find((t) => t.kind === 'config')?.textKeys).toContain('value');
  });

  it('a new template writes a range back as a range', () => {
    const { plan } = readPlan(cityTabs());
    const templates = referenceTemplates(plan);
    expect(templates.find((t) => t.kind === 'units')?.rows.map((r) => r[4])).toEqual(['', '2–4', '1–3']);
    expect(
      templates.find((t) => t.kind === 'config')?.rows.find((r) => r[0] === 'Chỉ tiêu: Phường')?.[1],
    ).toBe('1–3');
  });
});
