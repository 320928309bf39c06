import { PlanIncomplete } from '../../src/core/workbook/plan-gaps';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CellValue, Grid } from '../../src/core/cells';
import { runCheck } from '../../src/core/jobs/check';
import { runCouncil, runPeriodReport } from '../../src/core/jobs/reports';
import { XlsxPort } from '../../src/cli/xlsx-port';
import {
  buildCouncilSheets,
  buildPeriodReport,
  checkQuotas,
  validateNominations,
} from '../../src/gas/commands';
import { createFakeEnv, installFakeGlobals } from '../fakes/gas';
import { tempDir } from '../support/run-cli';
import { visible } from '../support/grid';
import { goodRow, HEADERS, referenceTabs } from '../support/workbook';
import { writeXlsx } from '../support/xlsx';

const CHECK = 'Kết quả kiểm tra';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    '',
    '#N/A',
    '#REF!',
    'X01',
    'x01',
    'GD',
    'Cá nhân',
    'Hộ gia đình',
    'Tap the',
    '2.4',
    '2.10',
    'Phát hiện',
    'Công nhận',
    '=SUM(1)',
    '+1',
    'G1; G2; G3; G4',
  ),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: 2018, max: 2030 }),
  fc.boolean(),
  fc.date({ min: new Date(2000, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
  fc.string({ maxLength: 15 }).map((s) => s.normalize('NFD')),
);

/** A nomination tab of random shape: title rows, shuffled or missing optional columns, random and near-valid rows. */
const nominationTab: fc.Arbitrary<Grid> = fc
  .record({
    titles: fc.integer({ min: 0, max: 3 }),
    headers: fc.shuffledSubarray([...HEADERS], { minLength: 8 }).map((hs) => {
      const required = [
        'Năm',
        'Đơn vị đề nghị',
        'Tên mô hình, tập thể, cá nhân, hộ gia đình',
        'Đối tượng',
        'Lĩnh vực',
        'Thành tích tóm tắt',
        'Tiêu chí đáp ứng',
      ];
      return [...new Set([...hs, ...required])].filter((h) => h !== CHECK);
    }),
    rows: fc.array(
      fc.oneof(
        fc.dictionary(fc.constantFrom(...HEADERS), cellValue),
        fc.tuple(fc.constantFrom(...HEADERS), cellValue).map(([h, v]) => goodRow({ [h]: v })),
        fc.constant({}),
      ),
      { maxLength: 12 },
    ),
  })
  .map(({ titles, headers, rows }) => [
    ...Array.from({ length: titles }, (_, i) => [`TIÊU ĐỀ ${i + 1}`]),
    headers,
    ...rows.map((row) => headers.map((h) => (row as Record<string, CellValue>)[h] ?? '')),
  ]);

const workbook = fc.record({
  nominations: fc.array(nominationTab, { minLength: 1, maxLength: 3 }),
  dropReference: fc.option(fc.constantFrom('Lĩnh vực', 'Tiêu chí', 'Cấu hình'), { nil: null }),
  extra: fc.option(fc.array(fc.array(cellValue, { maxLength: 5 }), { maxLength: 5 }), { nil: null }),
});

function sheetsOf(w: {
  nominations: Grid[];
  dropReference: string | null;
  extra: Grid | null;
}): Record<string, Grid> {
  const sheets: Record<string, Grid> = {};
  for (const t of referenceTabs()) if (t.name !== w.dropReference) sheets[t.name] = t.values;
  w.nominations.forEach((grid, i) => (sheets[`Đề cử ${i + 1}`] = grid));
  if (w.extra) sheets['Ghi chép'] = w.extra;
  return sheets;
}

/** Every cell of every input tab, except the add-on's own check column, as text. */
function userCells(tabs: Record<string, Grid>): Record<string, string[][]> {
  return Object.fromEntries(
    Object.entries(tabs).map(([name, grid]) => {
      const header = grid.findIndex((r) => r.includes('Năm') && r.includes('Lĩnh vực'));
      const check = header >= 0 ? grid[header].indexOf(CHECK) : -1;
      return [name, visible(grid.map((r) => r.map((c, i) => (i === check ? '' : c))))];
    }),
  );
}

describe('fuzzing every command with random workbooks', () => {
  it('through Apps Script (fake): no crash, no user cell changed, every row accounted for', () => {
    fc.assert(
      fc.property(workbook, (w) => {
        const sheets = sheetsOf(w);
        const env = createFakeEnv({ sheets });
        const uninstall = installFakeGlobals(env);
        try {
          const before = userCells(
            Object.fromEntries(Object.keys(sheets).map((n) => [n, env.spreadsheet.peek(n).values])),
          );
          validateNominations();
          checkQuotas();
          buildCouncilSheets();
          env.ui.answerNextPrompt('');
          buildPeriodReport();
          const failures = env.ui.alerts.filter((a) => a.prompt.startsWith('Không thực hiện được'));
          expect(failures).toEqual([]);
          const after = userCells(
            Object.fromEntries(Object.keys(sheets).map((n) => [n, env.spreadsheet.peek(n).values])),
          );
          // Only the check column may have grown: compare each tab's user cells, padded alike.
          for (const name of Object.keys(before)) {
            const width = Math.max(0, ...before[name].map((r) => r.length));
            expect(after[name].map((r) => r.slice(0, width)).slice(0, before[name].length)).toEqual(
              before[name],
            );
          }
          const summary = env.ui.alerts[0].prompt;
          if (w.dropReference) {
            // Without a reference tab no command guesses: each stops and names the missing tab.
            for (const alert of env.ui.alerts) {
              expect(alert.prompt).toMatch(/^Bảng tính chưa đủ thông tin/);
              expect(alert.prompt).toContain(`“${w.dropReference}”`);
            }
            return;
          }
          expect(summary).toMatch(/^Đã kiểm tra \d+ dòng đề cử: \d+ hợp lệ, \d+ có lỗi/);
          const [, total, valid, invalid] =
            /(\d+) dòng đề cử: (\d+) hợp lệ, (\d+) có lỗi/.exec(summary) ?? [];
          expect(Number(valid) + Number(invalid)).toBe(Number(total));
        } finally {
          uninstall();
        }
      }),
      { numRuns: 30 },
    );
  });

  it('through .xlsx: no crash, the file reopens and keeps every user cell', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (w) => {
        const sheets = sheetsOf(w);
        const dir = tempDir();
        const input = join(dir, 'vao.xlsx');
        await writeXlsx(input, sheets);
        const port = await XlsxPort.open(input);
        const before = userCells(Object.fromEntries(port.readTabs().map((t) => [t.name, t.values])));
        if (w.dropReference) {
          expect(() => runCheck(port)).toThrow(PlanIncomplete);
          return;
        }
        const check = runCheck(port);
        runCouncil(port, new Date(2024, 5, 1), 2024);
        runPeriodReport(port, new Date(2024, 5, 1));
        const out = join(dir, 'ra.xlsx');
        await port.save(out);
        const reopened = (await XlsxPort.open(out)).readTabs();
        const after = userCells(Object.fromEntries(reopened.map((t) => [t.name, t.values])));
        for (const name of Object.keys(before)) {
          const width = Math.max(0, ...before[name].map((r) => r.length));
          expect(after[name].map((r) => r.slice(0, width)).slice(0, before[name].length)).toEqual(
            before[name],
          );
        }
        expect(check.result.summary.valid).toBeLessThanOrEqual(check.result.summary.rows);
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});
