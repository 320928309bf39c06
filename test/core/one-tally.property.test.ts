import fc from 'fast-check';
import type { CellValue } from '../../src/core/cells';
import { buildDashboard } from '../../src/core/jobs/dashboard';
import { checkTabs, councilDocuments, periodDocuments } from '../../src/core/jobs/reports';
import { PRESET_CATEGORIES, PRESET_PLAN } from '../../src/core/plan/preset';
import type { Plan, Unit } from '../../src/core/plan/types';
import type { GeneratedTab } from '../../src/core/port';
import { goodRow, nominationGrid, referenceTabs, type Row } from '../support/workbook';

/**
 * Issue 23's invariants over generated workbooks: units with and without quotas at several levels,
 * blank and set decisions, rows with errors, two years. Every document is read back from the values it
 * would write, so the test holds what a secretary compares side by side, not the tally's own fields.
 */

const YEARS = [2024, 2025];

interface UnitSpec {
  category: number;
  /** null: the default (the category's when on top, 0 under a parent); else written on the row. */
  quota: number | null;
  children: UnitSpec[];
}

const unitSpec = (depth: number): fc.Arbitrary<UnitSpec> =>
  fc.record({
    category: fc.nat({ max: PRESET_CATEGORIES.length - 1 }),
    quota: fc.option(fc.nat({ max: 3 }), { nil: null }),
    children: depth > 0 ? fc.array(unitSpec(depth - 1), { maxLength: 2 }) : fc.constant([]),
  });

function unitsOf(specs: UnitSpec[], parent: string | null = null, prefix = 'U'): Unit[] {
  return specs.flatMap((spec, i) => {
    const code = `${prefix}${i + 1}`;
    const unit: Unit = {
      code,
      // Names that no lookup could take for one another: rows name units by code anyway.
      name: `Đơn vị thứ ${code}`,
      category: PRESET_CATEGORIES[spec.category].name,
      parent,
      quota: spec.quota,
      contact: '',
    };
    return [unit, ...unitsOf(spec.children, code, `${code}.`)];
  });
}

interface RowSpec {
  unit: number;
  year: number;
  decision: number;
  fails: boolean;
  person: number;
}

const rowSpec = fc.record({
  unit: fc.nat(),
  year: fc.constantFrom(...YEARS),
  // 0: blank; then the plan's decisions in order.
  decision: fc.nat({ max: 3 }),
  fails: fc.boolean(),
  // A few names per unit, so that some models run over both years (and some rows are duplicates).
  person: fc.nat({ max: 4 }),
});

function workbookOf(plan: Plan, specs: RowSpec[]) {
  const rows: Row[] = specs.map((s) => {
    const unit = plan.units[s.unit % plan.units.length];
    const decision = s.decision === 0 ? '' : (plan.decisions[s.decision - 1]?.name ?? '');
    return goodRow({
      Năm: s.year,
      'Đơn vị đề nghị': unit.code,
      'Tên mô hình, tập thể, cá nhân, hộ gia đình': `Hộ ông Nông Văn ${unit.code} số ${s.person}`,
      'Kết quả xét': decision,
      ...(s.fails ? { 'Lĩnh vực': '9.99' } : {}),
    });
  });
  return [...referenceTabs(plan), { name: 'Đề cử', values: nominationGrid(rows) }];
}

const numberAt = (row: CellValue[] | undefined, index: number) => Number(row?.[index] ?? NaN);
const rowsAfter = (tab: GeneratedTab, heading: RegExp) =>
  tab.values.slice(tab.values.findIndex((r) => heading.test(String(r[0]))) + 2);

describe('one tally: every document of a year and a period gives the same figures', () => {
  it('holds for generated workbooks', () => {
    fc.assert(
      fc.property(
        fc.array(unitSpec(2), { minLength: 1, maxLength: 4 }),
        fc.array(rowSpec, { maxLength: 30 }),
        fc.boolean(),
        (specs, rowSpecs, withPending) => {
          const plan: Plan = {
            ...PRESET_PLAN,
            units: unitsOf(specs),
            // Without a pending decision, a blank one still counts as pending, on a line of its own.
            decisions: withPending ? PRESET_PLAN.decisions : PRESET_PLAN.decisions.slice(1),
          };
          const analysis = { tabs: [], ...checkTabs(workbookOf(plan, rowSpecs)) };
          const { reading, result, tally } = analysis;
          const period = periodDocuments(reading, tally, YEARS[0], YEARS[1], new Date(YEARS[1], 11, 1));
          for (const [y, year] of YEARS.entries()) {
            const ofYear = result.rows.filter((r) => r.year === year);
            const valid = ofYear.filter((r) => r.valid);
            const [quotas, council, statistics] = councilDocuments(reading, tally, year).generated;

            // The year's valid total: quota tab = statistics = listed + returned.
            const total = quotas.values.find((r) => r[0] === 'Tổng cộng');
            expect(numberAt(total, 6)).toBe(valid.length);
            expect(numberAt(total, 5)).toBe(ofYear.length);
            const statTotal = rowsAfter(statistics, /^1\./).find((r) => r[1] === 'Cộng');
            expect(statTotal?.at(-1)).toBe(valid.length);
            // The total line and, under it, the line of returned rows.
            const at = council.values.findIndex((r) => String(r[1]).startsWith('Tổng cộng'));
            const note = `${String(council.values[at]?.[1])} ${String(council.values[at + 1]?.[1] ?? '')}`;
            const listed = Number(/Tổng cộng: (\d+)/.exec(note)?.[1]);
            const returned = Number(/(\d+) đề cử Hội đồng đã trả lại/.exec(note)?.[1] ?? 0);
            expect(listed + returned).toBe(valid.length);
            expect(council.values.filter((r) => typeof r[0] === 'number')).toHaveLength(listed);

            // Per category: the quota tab's summary and the statistics' third table.
            const byCategory = rowsAfter(statistics, /^3\./);
            for (const t of tally.year(year).quotas.totals) {
              const inQuotas = quotas.values.find((r) => r[0] === t.category);
              const inStatistics = byCategory.find((r) => r[1] === t.category);
              expect(numberAt(inQuotas, 6)).toBe(numberAt(inStatistics, 2));
            }

            // Per unit: each row counted once, toward the nearest unit up its chain with a quota.
            const holderOf = (code: string): string | null => {
              for (let u = plan.units.find((x) => x.code === code); u;) {
                const own =
                  u.quota ??
                  (u.parent ? 0 : (PRESET_CATEGORIES.find((c) => c.name === u?.category)?.defaultQuota ?? 0));
                if (own > 0) return u.code;
                const parent: string | null = u.parent;
                u = plan.units.find((x) => x.code === parent);
              }
              return null;
            };
            const dashboard = buildDashboard(analysis, new Date(year, 5, 1), null);
            // The sidebar's year line: the same valid rows, split by what became of them.
            const figures = dashboard.yearFigures;
            expect(figures.valid).toBe(valid.length);
            expect(figures.recognised + figures.pending + figures.returned).toBe(valid.length);
            for (const unit of plan.units) {
              const line = quotas.values.find((r) => r[1] === unit.code && typeof r[0] === 'number');
              const mine = valid.filter((r) => r.unit !== null && holderOf(r.unit) === unit.code).length;
              if (!line) {
                expect(holderOf(unit.code)).not.toBe(unit.code);
                continue;
              }
              expect(numberAt(line, 6)).toBe(mine);
              expect(dashboard.quotas.find((q) => q.code === unit.code)?.valid).toBe(mine);
              const cell = period.tab.values.find((r) => r[0] === unit.code)?.[2 + y];
              expect(cell).toBe(`${mine}/${numberAt(line, 4)}`);
            }

            // The period report: its decisions add up to the valid rows, and pending = no decision yet.
            const decisions = rowsAfter(period.tab, /^4\./);
            expect(decisions.find((r) => r[1] === 'Tổng số đề cử hợp lệ')?.[2 + y]).toBe(valid.length);
            const pending = valid.filter((r) => r.decision === null || r.decision === 'Chờ xét').length;
            expect(figures.pending).toBe(pending);
            const pendingLine = decisions.find((r) => /^(Chờ xét|Chưa quyết định)/.test(String(r[1])));
            expect(numberAt(pendingLine, 2 + y) || 0).toBe(pending);
          }
          // Models come from valid rows only: never more than the valid rows.
          const models = rowsAfter(period.tab, /^5\./)
            .find((r) => r[1] === 'Tổng số mô hình')
            ?.at(-1);
          const validInRange = result.rows.filter((r) => r.valid && YEARS.includes(r.year ?? 0)).length;
          expect(Number(models)).toBeLessThanOrEqual(validInRange);
          expect(Number(models)).toBe(period.period.models.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
