import type { Issue } from '../../src/core/issues';
import { applyMarks, changedMarks, MARK_COLOR, NOTE_PREFIX } from '../../src/core/validate/marks';
import { issuesTab, LINK_LIMIT } from '../../src/core/reports/issues-tab';
import { PRESET_PLAN } from '../../src/core/plan/preset';

const issue = (row: number, severity: Issue['severity'] = 'error'): Issue => ({
  sheet: 'Đề cử',
  row,
  column: 'Đơn vị đề nghị',
  code: 'E_UNKNOWN_UNIT',
  severity,
  message: 'Đơn vị không có trong danh sách.',
});

/** A 4 × 3 block as Sheets reads it: white for every cell nobody coloured, no notes. */
function blank(): { backgrounds: (string | null)[][]; notes: string[][] } {
  return {
    backgrounds: Array.from({ length: 4 }, () => ['#ffffff', '#ffffff', '#ffffff']),
    notes: Array.from({ length: 4 }, () => ['', '', '']),
  };
}

const area = { row: 2, column: 1, rows: 4, columns: 3 };

describe('cell marks', () => {
  it('never writes white back: a cell nobody coloured stays without a fill', () => {
    const next = applyMarks(blank(), [{ row: 1, column: 2, issue: issue(3) }]);
    expect(next.backgrounds.flat().filter((bg) => bg !== null)).toEqual([MARK_COLOR.error]);
  });

  it('writes only the block whose marks change', () => {
    const previous = blank();
    const next = applyMarks(previous, [
      { row: 1, column: 2, issue: issue(3) },
      { row: 2, column: 1, issue: issue(4, 'warning') },
    ]);
    const change = changedMarks(area, previous, next);
    expect(change?.area).toEqual({ row: 3, column: 2, rows: 2, columns: 2 });
    expect(change?.marks.backgrounds).toEqual([
      [null, MARK_COLOR.error],
      [MARK_COLOR.warning, null],
    ]);
    expect(change?.marks.notes[0][1]).toMatch(new RegExp(`^\\${NOTE_PREFIX.trim()}`));
  });

  it('a re-check that finds the same issues writes no marks at all', () => {
    const first = applyMarks(blank(), [{ row: 0, column: 0, issue: issue(2) }]);
    const again = applyMarks(first, [{ row: 0, column: 0, issue: issue(2) }]);
    expect(changedMarks(area, first, again)).toBeNull();
  });

  it('clearing a fixed issue rewrites just that cell, and keeps a colour the user chose elsewhere', () => {
    const previous = applyMarks(blank(), [{ row: 3, column: 2, issue: issue(5) }]);
    previous.backgrounds[0][0] = '#00ff00';
    const change = changedMarks(area, previous, applyMarks(previous, []));
    expect(change).toEqual({
      area: { row: 5, column: 3, rows: 1, columns: 1 },
      marks: { backgrounds: [[null]], notes: [['']] },
    });
  });
});

describe('Lỗi hồ sơ with very many issues', () => {
  it(`links the first ${LINK_LIMIT} rows to their cells and says how the rest are found`, () => {
    const issues = Array.from({ length: LINK_LIMIT + 7 }, (_, i) => issue(i + 2));
    const tab = issuesTab(
      PRESET_PLAN,
      issues,
      () => 2,
      () => null,
    );
    expect(tab.links).toHaveLength(LINK_LIMIT);
    expect(tab.values.flat().join(' ')).toContain('5.000 dòng đầu có liên kết đến ô; 7 dòng sau');
    expect(tab.values.filter((r) => r[7] === 'E_UNKNOWN_UNIT')).toHaveLength(LINK_LIMIT + 7);
  });
});
