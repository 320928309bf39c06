import type { Grid } from '../../src/core/cells';
import { DRAFT_MARK } from '../../src/core/reports/draft';
import { buildCouncilSheets, buildPeriodReport, checkQuotas } from '../../src/gas/commands';
import type { FakeEnv } from '../fakes/gas';
import { gasWorkbook } from '../support/gas-env';
import { goodRow, referenceTabs } from '../support/workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

function tab(name: string): Grid {
  return referenceTabs().find((t) => t.name === name)?.values ?? [];
}

/** `Đơn vị` with a category the plan does not list; `Cấu hình` reviewing 2024. */
const brokenPlan: Record<string, Grid> = {
  'Đơn vị': tab('Đơn vị').map((row) => {
    const category = tab('Đơn vị')[0].indexOf('Loại đơn vị');
    return row[0] === 'X02' ? row.map((c, j) => (j === category ? 'Xã vùng cao' : c)) : row;
  }),
  'Cấu hình': tab('Cấu hình').map((r) => (r[0] === 'Năm xét' ? ['Năm xét', 2024] : r)),
};

function withBrokenPlan(run: (env: FakeEnv) => void): void {
  const rows = [1, 2].map((i) => goodRow({ [NAME]: `Hộ số ${i}`, 'Kết quả xét': 'Công nhận' }));
  const { env, uninstall } = gasWorkbook(rows, brokenPlan);
  try {
    run(env);
  } finally {
    uninstall();
  }
}

const allText = (env: FakeEnv, name: string) => env.spreadsheet.peek(name).values.flat().map(String);

describe('in Sheets, a plan with errors gives drafts, written but not for signature', () => {
  it('Tổng hợp cho Hội đồng: the dialog says first that the tabs are drafts; each tab carries the mark on red, no signature', () => {
    withBrokenPlan((env) => {
      buildCouncilSheets();
      expect(env.ui.alerts[0].prompt).toMatch(
        /^DỰ THẢO — bảng tính còn 1 lỗi ở trang “Đơn vị”: “Chỉ tiêu 2024”, “Tổng hợp 2024”, “Thống kê 2024”, “Tuyên truyền 2024” chỉ là dự thảo, chưa ký được\. Sửa các lỗi sau rồi chạy lại lệnh:\n• Đơn vị, dòng \d+: /,
      );
      for (const name of ['Chỉ tiêu 2024', 'Tổng hợp 2024', 'Thống kê 2024', 'Tuyên truyền 2024']) {
        const sheet = env.spreadsheet.peek(name);
        expect(sheet.values[3][0]).toBe(DRAFT_MARK);
        expect(sheet.backgrounds[3][0]).toBe('#ea9999');
        expect(env.spreadsheet.peekCell(name, 'A4')).toMatchObject({ fontWeight: 'bold' });
        expect(allText(env, name)).not.toContain('CHỦ TỊCH');
        expect(allText(env, name)).toContain(
          'Dự thảo, chưa ký được: bảng tính còn 1 lỗi ở trang “Đơn vị”. ' +
            'Sửa hết các lỗi đó rồi lập lại trang này để có bản trình ký.',
        );
      }
    });
  });

  it('Kiểm tra chỉ tiêu and Báo cáo sơ kết / tổng kết write drafts too, and say so first', () => {
    withBrokenPlan((env) => {
      checkQuotas();
      env.ui.answerNextPrompt('');
      buildPeriodReport();
      expect(env.ui.alerts).toHaveLength(2);
      for (const alert of env.ui.alerts)
        expect(alert.prompt).toMatch(/^DỰ THẢO — bảng tính còn 1 lỗi ở trang “Đơn vị”: “/);
      // Reviewed in 2024, the whole 2021–2025 period is still running: a mid-term review.
      for (const name of ['Chỉ tiêu 2024', 'Sơ kết 2021-2025', 'Theo dõi mô hình 2021-2025']) {
        expect(env.spreadsheet.peek(name).values[3][0]).toBe(DRAFT_MARK);
        expect(allText(env, name)).not.toContain('CHỦ TỊCH');
      }
    });
  });
});
