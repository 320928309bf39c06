/**
 * SpreadsheetApp queues writes and must commit them before it answers a read, so a command that
 * reads after writing waits for a commit each time. These tests hold every command to one discipline:
 * all reads of the document first, then only writes.
 */
import {
  buildCouncilSheets,
  buildPeriodReport,
  checkQuotas,
  validateNominations,
} from '../../src/gas/commands';
import { setRowCriteria } from '../../src/gas/sidebar-api';
import { gasWorkbook } from '../support/gas-env';
import { goodRow, nominationGrid } from '../support/workbook';
import type { FakeEnv } from '../fakes/gas';

const DOCUMENT = '(Spreadsheet|Sheet|Range|RangeList|DeveloperMetadata|Protection)';
const WRITE = new RegExp(`^${DOCUMENT}\\.(set|merge|insert|delete|add|remove|clear|protect|breakApart)`);
/**
 * Asking for a range or a list of ranges only names cells; a sheet's id never changes, so no pending
 * write can alter it. Every other getter reads the document.
 */
const READ = new RegExp(`^${DOCUMENT}\\.(?!getRange$|getRangeList$|getSheetId$)(get|is)`);

function readsAfterFirstWrite(log: readonly string[]): string[] {
  const first = log.findIndex((call) => WRITE.test(call));
  return first < 0 ? [] : log.slice(first).filter((call) => READ.test(call));
}

const commands: [string, (env: FakeEnv) => void][] = [
  ['validateNominations', () => validateNominations()],
  ['checkQuotas', () => checkQuotas()],
  ['buildCouncilSheets', () => buildCouncilSheets()],
  [
    'buildPeriodReport',
    (env) => {
      env.ui.answerNextPrompt('2021-2025');
      buildPeriodReport();
    },
  ],
];

describe('reads before writes', () => {
  it.each(commands)('%s reads everything it needs before its first write, first run and again', (_, run) => {
    const rows = [goodRow(), goodRow({ 'Đơn vị đề nghị': 'Không rõ' }), goodRow({ 'Minh chứng': '' })];
    const { env, uninstall } = gasWorkbook(rows, { 'Đề cử (2)': nominationGrid(rows) });
    try {
      for (let pass = 0; pass < 2; pass++) {
        env.calls.reset();
        run(env);
        expect(env.calls.log.some((call) => WRITE.test(call))).toBe(true);
        expect(readsAfterFirstWrite(env.calls.log)).toEqual([]);
      }
    } finally {
      uninstall();
    }
  });

  it('keeping a hand-edited tab aside needs no read after the first write either', () => {
    const { env, uninstall } = gasWorkbook([goodRow({ 'Kết quả xét': 'Công nhận' })]);
    try {
      buildCouncilSheets();
      const council = env.spreadsheet.sheetNames().find((n) => n.startsWith('Tổng hợp')) as string;
      env.spreadsheet.poke(council, 'B9', [['Sửa tay']]);
      env.calls.reset();
      buildCouncilSheets();
      expect(env.spreadsheet.sheetNames().some((n) => n.startsWith(`${council} (sửa tay`))).toBe(true);
      expect(readsAfterFirstWrite(env.calls.log)).toEqual([]);
    } finally {
      uninstall();
    }
  });

  it('the sidebar checklist reads before it writes the criteria cell, the verdict and the marks', () => {
    const { env, uninstall } = gasWorkbook([goodRow(), goodRow()]);
    try {
      env.calls.reset();
      expect(setRowCriteria('Đề cử', 3, []).text).toMatch(/chưa đủ tiêu chí/);
      expect(readsAfterFirstWrite(env.calls.log)).toEqual([]);
    } finally {
      uninstall();
    }
  });

  it('notices a read after a write (the check itself can fail)', () => {
    expect(readsAfterFirstWrite(['Sheet.getDataRange', 'Range.setValues', 'Range.getValues'])).toEqual([
      'Range.getValues',
    ]);
  });
});
