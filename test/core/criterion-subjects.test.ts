import { analyse } from '../../src/core/jobs/reports';
import { rowCriteria } from '../../src/core/jobs/row-criteria';
import { criterionApplies, criterionScope } from '../../src/core/plan/criteria';
import { CriteriaChecker } from '../../src/core/validate/criteria-check';
import { validateNominations } from '../../src/core/validate/validate';
import { readPlan } from '../../src/core/workbook/read-plan';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { referenceTemplates } from '../../src/core/workbook/template';
import { cityRow, cityTabs, cityWorkbook } from '../support/city-plan';
import { MemoryPort } from '../support/memory-port';
import type { Row } from '../support/workbook';

const { plan, issues } = readPlan(cityTabs());
const criterion = (code: string) => plan.criteria.find((c) => c.code === code)!;

function check(rows: Row[]) {
  return validateNominations(readWorkbook(cityWorkbook(rows)));
}

describe('a criterion for several subjects, or for all', () => {
  it('reads the city plan with no issue', () => {
    expect(issues).toEqual([]);
  });

  it('a criterion written for Tập thể; Cá nhân applies to both', () => {
    expect(criterion('a.1').subjects).toEqual(['TT', 'CN']);
    expect(criterionApplies(criterion('a.1'), 'a', 'TT')).toBe(true);
    expect(criterionApplies(criterion('a.1'), 'a', 'CN')).toBe(true);
    const checker = new CriteriaChecker(plan);
    for (const subject of ['TT', 'CN']) {
      expect(checker.checkText('a', subject, 'G1; a.1')).toMatchObject({ unknown: [], missing: [] });
    }
    const result = check([
      cityRow(),
      cityRow({ 'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'HTX Rau Trà Quế', 'Đối tượng': 'Tập thể' }),
    ]);
    expect(result.issues.filter((i) => i.code.startsWith('E_CRITERIA'))).toEqual([]);
  });

  it('a subject list may be split by line breaks or, where safe, by commas', () => {
    expect(criterion('e.1').subjects).toEqual(['TT', 'CN']);
    expect(criterion('e.2').subjects).toEqual(['TT', 'CN']);
  });

  it('a blank criterion subject means every subject and prints mọi đối tượng', () => {
    expect(criterion('b.1').subjects).toEqual([]);
    expect(criterionApplies(criterion('b.1'), 'b', 'TT')).toBe(true);
    expect(criterionApplies(criterion('b.1'), 'b', 'CN')).toBe(true);
    expect(criterionApplies(criterion('b.1'), 'a', 'CN')).toBe(false);
    expect(criterionScope(criterion('b.1'), plan)).toBe('lĩnh vực b, mọi đối tượng');
    // Cited on a row of another field, the message says where the criterion belongs, in words.
    const verdict = new CriteriaChecker(plan).checkText('a', 'CN', 'G1; a.1; b.1');
    expect(verdict.unknown).toEqual([{ code: 'b.1', reason: 'là tiêu chí của lĩnh vực b, mọi đối tượng' }]);
    const result = check([cityRow({ 'Tiêu chí đáp ứng': 'G1; a.1; b.1' })]);
    const messages = result.issues.map((i) => i.message).join('\n');
    expect(messages).toContain('mọi đối tượng');
    expect(messages).not.toMatch(/null|undefined/);
  });

  it('a criterion of one subject is refused on a row of another, naming the subject', () => {
    const verdict = new CriteriaChecker(plan).checkText('d', 'TT', 'G1; d.1');
    expect(verdict.unknown).toEqual([{ code: 'd.1', reason: 'là tiêu chí của lĩnh vực d, Cá nhân' }]);
  });

  it('an unknown subject in the list is E_BAD_SUBJECT naming it, and the criterion keeps the known ones', () => {
    const tabs = cityTabs({
      'Tiêu chí': (v) =>
        v.map((r) => (r[0] === 'a.1' ? ['a.1', 'a', 'Tập thể; Hộ gia đình', '', 'Có mô hình', 'Có'] : r)),
    });
    const reading = readPlan(tabs);
    const bad = reading.issues.filter((i) => i.code === 'E_BAD_SUBJECT');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ sheet: 'Tiêu chí', row: 3, column: 'Đối tượng' });
    expect(bad[0].message).toContain('“Hộ gia đình”');
    expect(bad[0].message).not.toContain('“Tập thể”;');
    expect(reading.plan.criteria.find((c) => c.code === 'a.1')?.subjects).toEqual(['TT']);
  });

  it('a list of unknown subjects alone is not read as every subject', () => {
    const tabs = cityTabs({
      'Tiêu chí': (v) =>
        v.map((r) => (r[0] === 'a.1' ? ['a.1', 'a', 'Thanh niên', '', 'Có mô hình', 'Có'] : r)),
    });
    const reading = readPlan(tabs);
    expect(reading.issues.map((i) => i.code)).toEqual(['E_BAD_SUBJECT']);
    expect(reading.plan.criteria.find((c) => c.code === 'a.1')).toBeUndefined();
  });

  it('the sidebar checklist offers a shared criterion to each of its subjects, and a blank one to all', () => {
    const team = { 'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'HTX Rau Trà Quế', 'Đối tượng': 'Tập thể' };
    const rows = [
      cityRow(),
      cityRow(team),
      cityRow({ ...team, 'Lĩnh vực': 'b', 'Tiêu chí đáp ứng': 'G1; b.1' }),
    ];
    const port = new MemoryPort(Object.fromEntries(cityWorkbook(rows).map((t) => [t.name, t.values])));
    const codes = (row: number) =>
      rowCriteria(analyse(port), 'Đề cử', row).groups.flatMap((g) => g.items.map((i) => i.code));
    expect([codes(2), codes(3), codes(4)]).toEqual([
      ['G1', 'a.1'],
      ['G1', 'a.1'],
      ['G1', 'b.1'],
    ]);
  });

  it('a new template writes a subject list back as names separated by “;”, and blank for every subject', () => {
    const rows = referenceTemplates(plan).find((t) => t.kind === 'criteria')!.rows;
    expect(rows.find((r) => r[0] === 'a.1')?.[2]).toBe('Tập thể; Cá nhân');
    expect(rows.find((r) => r[0] === 'b.1')?.[2]).toBe('');
  });
});
