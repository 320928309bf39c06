import type { Grid } from '../../src/core/cells';
import { buildDashboard } from '../../src/core/jobs/dashboard';
import { analyse, checkTabs, runCouncil, runPeriodReport, runQuotas } from '../../src/core/jobs/reports';
import { DRAFT_MARK } from '../../src/core/reports/draft';
import type { GeneratedTab } from '../../src/core/port';
import { MemoryPort } from '../support/memory-port';
import { goodRow, nominationGrid, referenceTabs, type Row } from '../support/workbook';

const TODAY = new Date(2024, 10, 23);
const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

/** The preset's `Đơn vị` with two broken rows: a quota that is no number, a category the plan lacks. */
function brokenUnits(values: Grid): Grid {
  const header = values[0].map(String);
  const quota = header.indexOf('Chỉ tiêu/năm');
  const category = header.indexOf('Loại đơn vị');
  return values.map((row, i) => {
    if (row[0] === 'X02') return row.map((c, j) => (j === quota ? 'mười' : c));
    if (row[0] === 'CQ01') return row.map((c, j) => (j === category ? 'Cơ quan chưa có' : c));
    return i === 0 ? row : row.slice();
  });
}

function portWith(rows: Row[], edit: (name: string, values: Grid) => Grid = (_, v) => v): MemoryPort {
  return new MemoryPort({
    ...Object.fromEntries(referenceTabs().map((t) => [t.name, edit(t.name, t.values)])),
    'Đề cử': nominationGrid(rows),
  });
}

const broken = (name: string, values: Grid) => (name === 'Đơn vị' ? brokenUnits(values) : values);

const rows = [
  goodRow({ [NAME]: 'Hộ ông Ma Văn Dũng', 'Kết quả xét': 'Công nhận' }),
  goodRow({ [NAME]: 'Hộ bà Hà Thị Lan', 'Kết quả xét': 'Công nhận' }),
  // A nomination row with an error: it is left out, and does not by itself make a draft.
  goodRow({ [NAME]: 'Hộ ông Lý Văn Tám', 'Tiêu chí đáp ứng': '' }),
];

const cells = (tab: GeneratedTab | undefined) => (tab?.values ?? []).flat().map(String);
const signatureLine = (tab: GeneratedTab | undefined) =>
  cells(tab).find((c) => c.startsWith('Dự thảo, chưa ký được')) ?? '';

describe('no signed document on a plan with errors', () => {
  it('every council tab of the year is a draft while a reference tab has an error: the mark in the number’s place, no signature', () => {
    const port = portWith(rows, broken);
    const report = runCouncil(port, TODAY, 2024);
    expect(report.written).toHaveLength(4);
    for (const key of ['quotas:2024', 'council:2024', 'statistics:2024', 'propagation:2024']) {
      const tab = port.generated.get(key);
      expect(tab?.values[3][0]).toBe(DRAFT_MARK);
      expect(cells(tab)).not.toContain('Số: ........../..........');
      expect(cells(tab)).not.toContain('CHỦ TỊCH');
      expect(signatureLine(tab)).toBe(
        'Dự thảo, chưa ký được: bảng tính còn 2 lỗi ở trang “Đơn vị”. ' +
          'Sửa hết các lỗi đó rồi lập lại trang này để có bản trình ký.',
      );
      // Both lines are highlighted, so the draft shows on screen and in print.
      const marked = (tab?.highlights ?? []).filter((h) => h.color === '#ea9999').map((h) => h.row);
      const signatureRow = (tab?.values ?? []).findIndex((r) => String(r[0]).startsWith('Dự thảo')) + 1;
      expect(marked).toEqual([4, signatureRow]);
    }
  });

  it('the sidebar says so before any document is built, and says nothing on a plan without errors', () => {
    expect(buildDashboard(analyse(portWith(rows, broken)), TODAY, null).draft).toBe(
      'Bảng tính còn 2 lỗi ở trang “Đơn vị”: các trang tổng hợp lập lúc này sẽ là dự thảo, chưa ký được. Sửa các lỗi đó trước.',
    );
    expect(buildDashboard(analyse(portWith(rows)), TODAY, null).draft).toBeNull();
  });

  it('the command’s message says first that what it wrote is a draft, and lists each error with its tab and row', () => {
    const report = runCouncil(portWith(rows, broken), TODAY, 2024);
    expect(report.draft?.errors.map((i) => i.code).sort()).toEqual(['E_BAD_QUOTA', 'E_UNKNOWN_CATEGORY']);
    const lines = report.message.split('\n');
    expect(lines[0]).toMatch(
      /^DỰ THẢO — bảng tính còn 2 lỗi ở trang “Đơn vị”: “Chỉ tiêu 2024”, “Tổng hợp 2024”, “Thống kê 2024”, “Tuyên truyền 2024” chỉ là dự thảo, chưa ký được\./,
    );
    expect(lines[1]).toMatch(/^• Đơn vị, dòng \d+: /);
    expect(lines[2]).toMatch(/^• Đơn vị, dòng \d+: /);
    // The figures follow, after the warning.
    expect(lines.findIndex((l) => /đơn vị đạt chỉ tiêu/.test(l))).toBeGreaterThan(2);
  });

  it('the quota table, the period report and the tracking tab are drafts too', () => {
    const port = portWith(rows, broken);
    expect(runQuotas(port, TODAY, 2024).message).toMatch(/^DỰ THẢO — bảng tính còn 2 lỗi/);
    const period = runPeriodReport(port, TODAY);
    // Reviewed in 2024, the whole 2021–2025 period is still running: a mid-term review.
    expect(period.message).toMatch(/^DỰ THẢO — bảng tính còn 2 lỗi ở trang “Đơn vị”: “Sơ kết 2021-2025”/);
    for (const key of ['quotas:2024', 'period:2021-2025', 'models:2021-2025']) {
      expect(port.generated.get(key)?.values[3][0]).toBe(DRAFT_MARK);
      expect(cells(port.generated.get(key))).not.toContain('CHỦ TỊCH');
    }
  });

  it('an error in the units’ plans log (Kế hoạch đơn vị) makes a draft: it is a reference tab too', () => {
    const port = portWith(rows, (name, values) =>
      name === 'Kế hoạch đơn vị' ? [values[0], [2024, 'Xã không có', '1/KH', '', '02/01/2024', '']] : values,
    );
    const report = runCouncil(port, TODAY, 2024);
    expect(report.draft?.tabs).toEqual(['Kế hoạch đơn vị']);
    expect(port.generated.get('council:2024')?.values[3][0]).toBe(DRAFT_MARK);
  });

  it('errors in nomination rows alone leave the documents final: numbered, signed, no draft line', () => {
    const port = portWith(rows);
    const report = runCouncil(port, TODAY, 2024);
    expect(report.draft).toBeNull();
    expect(report.message).not.toMatch(/DỰ THẢO/);
    expect(report.message).toMatch(/1 dòng có lỗi không được đưa vào/);
    for (const key of ['quotas:2024', 'council:2024', 'statistics:2024', 'propagation:2024']) {
      const tab = port.generated.get(key);
      expect(tab?.values[3][0]).toBe('Số: ........../..........');
      expect(cells(tab)).toContain('CHỦ TỊCH');
      expect(signatureLine(tab)).toBe('');
    }
    // A tab that never highlights still has none: no background call in Sheets.
    expect(port.generated.get('council:2024')?.highlights).toBeUndefined();
  });

  it('a warning in a reference tab does not make a draft', () => {
    const port = portWith(rows, (name, values) =>
      name === 'Kế hoạch đơn vị'
        ? [
            values[0],
            [2024, 'X01', '1/KH', '', '02/01/2024', ''],
            [2024, 'X01', '1/KH', '', '03/01/2024', ''],
          ]
        : values,
    );
    expect(checkTabs(port.readTabs()).result.issues.map((i) => i.code)).toContain('W_UNIT_PLAN_REPEATED');
    expect(runCouncil(port, TODAY, 2024).draft).toBeNull();
  });
});
