import fc from 'fast-check';
import type { CellValue } from '../../src/core/cells';
import { validateNominations } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { goodRow, HEADERS, nominationGrid, referenceTabs, type Row } from '../support/workbook';

/** Cell values of every kind a spreadsheet hands over, weighted towards plausible ones. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    '',
    null,
    '#N/A',
    '#REF!',
    '#VALUE!',
    'X01',
    'GD',
    'Cá nhân',
    'Hộ gia đình',
    'Tập thể',
    '2.4',
    '2.10',
    'Phát hiện',
    'Công nhận',
    'G1; G2; G3; G4',
  ),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 2015, max: 2030 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date(1990, 0, 1), max: new Date(2040, 0, 1) }),
  fc.string({ maxLength: 20 }).map((s) => s.normalize('NFD')),
);

const row: fc.Arbitrary<Row> = fc.oneof(
  fc.dictionary(fc.constantFrom(...HEADERS), cellValue),
  // Mostly-good rows with one cell replaced, to reach the deeper rules.
  fc.tuple(fc.constantFrom(...HEADERS), cellValue).map(([column, value]) => goodRow({ [column]: value })),
);

function run(rows: Row[]) {
  return validateNominations(
    readWorkbook([...referenceTabs(), { name: 'Đề cử', values: nominationGrid(rows) }]),
  );
}

const nonBlank = (r: Row) =>
  HEADERS.some(
    (h) => h !== 'Kết quả kiểm tra' && r[h] !== undefined && r[h] !== null && String(r[h]).trim() !== '',
  );

describe('the validator on random rows (fast-check)', () => {
  it('never throws, and every issue points at an existing row and column', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
        const result = run(rows);
        const lastRow = rows.length + 1;
        for (const issue of result.issues) {
          expect(issue.sheet).toBe('Đề cử');
          expect(issue.row).toBeGreaterThanOrEqual(2);
          expect(issue.row).toBeLessThanOrEqual(lastRow);
          expect(HEADERS).toContain(issue.column);
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.severity).toBe(issue.code.startsWith('E_') ? 'error' : 'warning');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('accounts for every non-blank row: valid + rows with errors = rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
        const result = run(rows);
        const withErrors = new Set(result.issues.filter((i) => i.severity === 'error').map((i) => i.row))
          .size;
        expect(result.summary.rows).toBe(rows.filter(nonBlank).length);
        expect(result.summary.valid + withErrors).toBe(result.summary.rows);
      }),
      { numRuns: 200 },
    );
  });

  /** The rows of duplicate pairs: each E_DUPLICATE row and the row its message names as the first. */
  const twins = (result: ReturnType<typeof run>) =>
    new Set(
      result.issues
        .filter((i) => i.code === 'E_DUPLICATE')
        .flatMap((i) => [i.row, Number(/dòng (\d+)/.exec(i.message)?.[1])]),
    );

  it('does not depend on row order, except for which duplicate counts as first', () => {
    fc.assert(
      fc.property(
        fc
          .array(row, { maxLength: 15 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
            ),
          ),
        ([rows, shuffled]) => {
          const perRow = (rs: Row[]) => {
            const result = run(rs);
            // The multiset of (row content, codes other than the order-dependent duplicate).
            return result.rows
              .map((r) => {
                const content = JSON.stringify(rs[r.row - 2]);
                // Of a duplicate pair, which row is the original, and so a year of its model with that
                // model's warnings, is row order: those codes are compared in total below.
                const paired = twins(result).has(r.row);
                const codes = result.issues
                  .filter((i) => i.row === r.row && i.code !== 'E_DUPLICATE')
                  .filter((i) => !(paired && i.code === 'W_MODEL_AMBIGUOUS'))
                  .map((i) => i.code)
                  .sort();
                return `${content}|${codes.join(',')}`;
              })
              .sort();
          };
          expect(perRow(shuffled)).toEqual(perRow(rows));
          const count = (rs: Row[], code: string) => run(rs).issues.filter((i) => i.code === code).length;
          expect(count(shuffled, 'E_DUPLICATE')).toBe(count(rows, 'E_DUPLICATE'));
          expect(count(shuffled, 'W_MODEL_AMBIGUOUS')).toBe(count(rows, 'W_MODEL_AMBIGUOUS'));
        },
      ),
      { numRuns: 150 },
    );
  });
});
