import type { Grid } from '../../src/core/cells';
import { blankPlan } from '../../src/core/plan/new-plan';
import { communeWorkbook } from '../../src/demo/commune-workbook';
import {
  buildCouncilSheets,
  buildPeriodReport,
  checkQuotas,
  setupWorkbook,
  validateNominations,
} from '../../src/gas/commands';
import { getDashboard, runSidebarCommand } from '../../src/gas/sidebar-api';
import { createFakeEnv, installFakeGlobals, type FakeEnv } from '../fakes/gas';
import { presetTraces } from '../support/preset-traces';

function withCommune(
  edit: (tabs: { name: string; values: Grid }[]) => typeof tabs,
  run: (env: FakeEnv) => void,
) {
  const sheets = Object.fromEntries(edit(communeWorkbook().tabs).map((t) => [t.name, t.values]));
  const env = createFakeEnv({ sheets });
  const uninstall = installFakeGlobals(env);
  try {
    run(env);
  } finally {
    uninstall();
  }
}

/** Everything a person can see: every tab's cells and every dialog. */
function seen(env: FakeEnv): string {
  const tabs = env.spreadsheet.sheetNames().map((n) => [n, env.spreadsheet.peek(n).values]);
  return JSON.stringify([tabs, env.ui.alerts.map((a) => [a.title, a.prompt])]);
}

function runEveryCommand(env: FakeEnv): void {
  validateNominations();
  checkQuotas();
  buildCouncilSheets();
  env.ui.answerNextPrompt('');
  buildPeriodReport();
  env.ui.answerNextPrompt('sơ kết');
  buildPeriodReport();
}

describe('a commune council’s workbook in Sheets (fake)', () => {
  it('goes through every menu command and the sidebar with nothing of the preset shown', () => {
    withCommune(
      (t) => t,
      (env) => {
        runEveryCommand(env);
        const dashboard = getDashboard();
        expect(env.ui.alerts.map((a) => a.prompt.split('\n')[0])).toEqual([
          expect.stringMatching(/^Đã kiểm tra 46 dòng đề cử/),
          'Năm 2026: 7/12 đơn vị đạt chỉ tiêu. Chưa đạt: Thôn Đồng Tâm (thiếu 1), Thôn Tân Lập (thiếu 1), Bản Suối Cát (thiếu 2), Thôn Hòa Bình (thiếu 1), Thôn Phú Thịnh (thiếu 2).',
          expect.stringMatching(/^Đã lập “Chỉ tiêu 2026”/),
          'Đã lập “Sơ kết 2026-2030” và “Theo dõi mô hình 2026-2030”: 41 đề cử hợp lệ của các năm 2026–2030, ' +
            '41 mô hình (5 dòng có lỗi không được tính; chạy “Kiểm tra hồ sơ” để xem).',
          'Đã lập “Sơ kết 2026-2027” và “Theo dõi mô hình 2026-2027”: 41 đề cử hợp lệ của các năm 2026–2027, ' +
            '41 mô hình (5 dòng có lỗi không được tính; chạy “Kiểm tra hồ sơ” để xem).',
        ]);
        expect(dashboard.milestones.map((m) => m.name)).toEqual([
          'Đăng ký mô hình của các thôn, bản',
          'Hội nghị giữa nhiệm kỳ của xã',
          'Hội nghị cuối giai đoạn 2026 – 2030',
        ]);
        expect(presetTraces(seen(env) + JSON.stringify(dashboard))).toEqual([]);
      },
    );
  });

  it('stops each command with what to write when settings are blank, and shows nothing of the preset', () => {
    const blank = ['Tên cơ quan', 'Tên Hội đồng', 'Địa danh', 'Năm bắt đầu', 'Năm kết thúc', 'Sơ kết từ năm'];
    withCommune(
      (tabs) =>
        tabs.map((t) =>
          t.name === 'Cấu hình'
            ? { ...t, values: t.values.map((r) => (blank.includes(String(r[0])) ? [r[0], ''] : r)) }
            : t,
        ),
      (env) => {
        const before = env.spreadsheet.sheetNames();
        runEveryCommand(env);
        for (const alert of env.ui.alerts) {
          expect(alert.prompt).toMatch(/^Bảng tính chưa đủ thông tin để chạy lệnh này:\n• Chưa ghi “/);
        }
        expect(env.ui.alerts[4].prompt).toContain('Chưa ghi “Sơ kết từ năm”');
        expect(() => runSidebarCommand('council')).toThrow(/Chưa ghi “Tên cơ quan”/);
        expect(env.spreadsheet.sheetNames()).toEqual(before);
        const dashboard = getDashboard();
        expect(dashboard.organization).toBe('');
        expect(dashboard.issues.filter((i) => i.code === 'E_BAD_CONFIG')).toHaveLength(blank.length);
        expect(presetTraces(seen(env) + JSON.stringify(dashboard))).toEqual([]);
      },
    );
  });
});

describe('setup’s choices in Sheets', () => {
  it('“trống” makes the reference tabs with no preset data', () => {
    const env = createFakeEnv();
    const uninstall = installFakeGlobals(env);
    try {
      env.ui.answerNextPrompt('trống');
      setupWorkbook();
      expect(env.spreadsheet.peek('Đơn vị').values).toHaveLength(1);
      expect(env.ui.alerts[0].prompt).toContain(
        'Đã tạo trang “Đơn vị” từ mẫu trống (chưa có dòng nào: hãy điền).',
      );
      expect(presetTraces(seen(env), blankPlan())).toEqual([]);
    } finally {
      uninstall();
    }
  });

  it('a new period moves Cấu hình forward and leaves every nomination row as it was', () => {
    withCommune(
      (t) => t,
      (env) => {
        const rows = env.spreadsheet.peek('Đề cử các thôn, bản').values;
        env.ui.answerNextPrompt('2031-2035');
        setupWorkbook();
        const config = env.spreadsheet.peek('Cấu hình').values;
        const value = (name: string) => config.find((r) => r[0] === name)?.[1];
        expect([value('Năm bắt đầu'), value('Năm kết thúc'), value('Năm xét')]).toEqual([2031, 2035, '']);
        expect(env.ui.alerts[0].prompt).toContain('Đã chuyển “Cấu hình” sang giai đoạn 2031–2035.');
        expect(env.spreadsheet.peek('Đề cử các thôn, bản').values).toEqual(rows);
      },
    );
  });

  it('refuses an answer that is none of the choices', () => {
    const env = createFakeEnv();
    const uninstall = installFakeGlobals(env);
    try {
      env.ui.answerNextPrompt('năm sau');
      setupWorkbook();
      expect(env.ui.alerts[0].prompt).toContain('“năm sau” không phải lựa chọn nào');
      expect(env.spreadsheet.sheetNames()).toEqual(['Sheet1']);
    } finally {
      uninstall();
    }
  });
});
