import type { Grid } from '../../src/core/cells';
import { buildPeriodReport, onOpen, showPrintView } from '../../src/gas/commands';
import { openPrintView } from '../../src/gas/sidebar-api';
import type { FakeEnv } from '../fakes/gas';
import { gasWorkbook } from '../support/gas-env';
import { goodRow, referenceTabs } from '../support/workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

function config(edit: (row: Grid[number]) => Grid[number]): Record<string, Grid> {
  const values = referenceTabs().find((t) => t.name === 'Cấu hình')?.values ?? [];
  return { 'Cấu hình': values.map((r) => (r[0] === 'Năm xét' ? ['Năm xét', 2024] : edit(r))) };
}

function withWorkbook(extra: Record<string, Grid>, run: (env: FakeEnv) => void): void {
  const rows = [
    goodRow({ [NAME]: '<img src=x onerror="window.__pwned=1">' }),
    goodRow({ [NAME]: '=IMPORTXML("http://x","//a")', 'Đơn vị đề nghị': 'CA' }),
  ];
  const { env, uninstall } = gasWorkbook(rows, extra);
  try {
    run(env);
  } finally {
    uninstall();
  }
}

/** Service calls that change the spreadsheet: the print view makes none. */
const writes = (env: FakeEnv) =>
  Object.keys(env.calls.byMethod).filter((m) =>
    /\.(set|insert|delete|add|clear|protect|copyTo|activate)/.test(m),
  );

describe('Xem bản in in Sheets', () => {
  it('is a menu item that calls showPrintView', () => {
    withWorkbook({}, (env) => {
      onOpen();
      expect(env.ui.menus[0].items).toContainEqual({ caption: 'Xem bản in', functionName: 'showPrintView' });
    });
  });

  it('opens a modal dialog holding the print view of the review year’s documents, built as text with every cell escaped, and writes nothing', () => {
    withWorkbook(
      config((r) => r),
      (env) => {
        const before = env.spreadsheet.sheetNames();
        showPrintView();
        expect(env.ui.alerts).toEqual([]);
        expect(env.ui.dialogs).toHaveLength(1);
        const [dialog] = env.ui.dialogs;
        expect(dialog.title).toBe('Xem bản in — năm 2024');
        expect(dialog.width).toBeGreaterThan(1000);
        expect(dialog.content).toMatch(/^<!doctype html>/);
        for (const title of ['Chỉ tiêu 2024', 'Tổng hợp 2024', 'Thống kê 2024', 'Tuyên truyền 2024'])
          expect(dialog.content).toContain(`data-tab="${title}"`);
        expect(dialog.content).toContain('window.print()');
        expect(dialog.content).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
        expect(dialog.content).not.toContain('<img');
        expect(dialog.content).toContain('=IMPORTXML(&quot;http://x&quot;,&quot;//a&quot;)');
        // Built as text by the script (no file, no template), and read-only: no tab, no cell, no lock.
        expect(env.calls.byMethod['HtmlService.createHtmlOutput']).toBe(1);
        expect(env.calls.byMethod['HtmlService.createHtmlOutputFromFile']).toBeUndefined();
        expect(env.calls.byMethod['LockService.getDocumentLock']).toBeUndefined();
        expect(writes(env).filter((m) => !m.startsWith('HtmlOutput.'))).toEqual([]);
        expect(env.spreadsheet.sheetNames()).toEqual(before);
      },
    );
  });

  it('adds the period report with its charts once the workbook holds one', () => {
    withWorkbook(
      config((r) => r),
      (env) => {
        env.ui.answerNextPrompt('2023-2024');
        buildPeriodReport();
        showPrintView();
        const content = env.ui.dialogs[0].content;
        expect(content).toContain('data-tab="Sơ kết 2023-2024"');
        expect(content).toContain('data-tab="Theo dõi mô hình 2023-2024"');
        // Two in the report, the same two in the draft báo cáo that follows it.
        expect(content.split('<svg class="chart"').length - 1).toBe(4);
        expect(content).toContain('Dự thảo báo cáo sơ kết 2023-2024');
      },
    );
  });

  it('says in a dialog what to write when the plan cannot make the documents, and opens no print view', () => {
    withWorkbook(
      config((r) => (r[0] === 'Tên cơ quan' ? [r[0], ''] : r)),
      (env) => {
        showPrintView();
        expect(env.ui.dialogs).toEqual([]);
        expect(env.ui.alerts).toHaveLength(1);
        expect(env.ui.alerts[0].title).toBe('Xem bản in');
        expect(env.ui.alerts[0].prompt).toMatch(/Chưa ghi “Tên cơ quan”/);
      },
    );
  });

  it('opens the same dialog from the sidebar’s button and says which documents it holds; a failure goes back to the sidebar', () => {
    withWorkbook(
      config((r) => r),
      (env) => {
        expect(openPrintView()).toEqual({
          documents: ['Chỉ tiêu 2024', 'Tổng hợp 2024', 'Thống kê 2024', 'Tuyên truyền 2024'],
        });
        expect(env.ui.dialogs).toHaveLength(1);
      },
    );
    withWorkbook(
      config((r) => (r[0] === 'Tên cơ quan' ? [r[0], ''] : r)),
      (env) => {
        expect(() => openPrintView()).toThrow(/Chưa ghi “Tên cơ quan”/);
        expect(env.ui.dialogs).toEqual([]);
      },
    );
  });
});
