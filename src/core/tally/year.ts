import { decisionsMeaning, type DecisionMeaning, type Plan } from '../plan/types';
import type { CheckedNomination } from '../validate/nomination';
import { DECISION_MEANING_NAME } from '../workbook/layout';
import { quotaHolders, tallyQuotas, type QuotaTally } from './quotas';
import { unitPlanLines, type UnitPlanLine, type UnitPlanRecord } from './unit-plans';

/** Where the rows of units under no quota holder are counted, in every table by category. */
export const NO_QUOTA_CATEGORY = 'Đơn vị không được giao chỉ tiêu';

/** How many of the year's valid rows carry a decision; the pending one also counts the rows with none. */
export interface DecisionCount {
  name: string;
  meaning: DecisionMeaning;
  count: number;
  /** Of `count`, the rows with no decision written (only on the first decision meaning pending). */
  blank: number;
}

/**
 * One year's figures, computed once from the checked rows: every document of the year, the sidebar
 * and the messages read them here, so that no two of them can count differently. Only rows that
 * passed the check are counted, except `rows` and the quota lines' `submitted`, which say what was
 * sent in.
 */
export interface YearTally {
  year: number;
  /** Every row of the year, passed or not. */
  rows: number;
  /** The year's rows that passed the check: what the council's documents count. */
  valid: CheckedNomination[];
  quotas: QuotaTally;
  /** The quota holders' valid rows and their quotas summed: what the share of the quota is taken of. */
  quotaValid: number;
  quotaTotal: number;
  /** Valid rows per category: the plan's categories in order, then NO_QUOTA_CATEGORY when it has rows. */
  categories: { category: string; valid: number }[];
  /** Every decision of the plan (and a pending line when the plan has none but rows have no decision). */
  decisions: DecisionCount[];
  /** Valid rows with no decision yet: blank, or a decision that means pending. */
  pending: CheckedNomination[];
  /** Valid rows proposed to the council: all but those it returned. */
  listed: CheckedNomination[];
  returned: number;
  /** Valid rows whose decision means recognised: the propagation list. */
  recognised: CheckedNomination[];
  /** Each quota holder's plans; null when the workbook keeps no `Kế hoạch đơn vị`. */
  plans: UnitPlanLine[] | null;
}

function countDecisions(plan: Plan, valid: CheckedNomination[]): DecisionCount[] {
  const counts: DecisionCount[] = plan.decisions.map((d) => ({
    name: d.name,
    meaning: d.meaning,
    count: valid.filter((r) => r.decision === d.name).length,
    blank: 0,
  }));
  const blank = valid.filter((r) => r.decision === null).length;
  if (blank === 0) return counts;
  // A blank decision is one not made yet: it counts under the plan's pending decision.
  let pending = counts.find((c) => c.meaning === 'pending');
  if (!pending) {
    pending = { name: DECISION_MEANING_NAME.pending, meaning: 'pending', count: 0, blank: 0 };
    counts.push(pending);
  }
  pending.count += blank;
  pending.blank = blank;
  // A decision the plan does not list fails the check, so the counts add up to the valid rows.
  return counts;
}

export function tallyYear(
  plan: Plan,
  rows: readonly CheckedNomination[],
  year: number,
  unitPlans: readonly UnitPlanRecord[] | null,
  holders: Map<string, string | null> = quotaHolders(plan),
): YearTally {
  const ofYear = rows.filter((r) => r.year === year);
  const valid = ofYear.filter((r) => r.valid);
  const quotas = tallyQuotas(plan, ofYear, year, holders);
  const categoryOfUnit = new Map(plan.units.map((u) => [u.code, u.category]));
  const categoryOf = (row: CheckedNomination) => {
    const holder = row.unit === null ? null : (holders.get(row.unit) ?? null);
    return holder === null ? NO_QUOTA_CATEGORY : (categoryOfUnit.get(holder) as string);
  };
  const names = [...new Set([...plan.categories.map((c) => c.name), ...plan.units.map((u) => u.category)])];
  const byCategory = new Map<string, number>();
  for (const row of valid) byCategory.set(categoryOf(row), (byCategory.get(categoryOf(row)) ?? 0) + 1);
  const categories = [
    ...names.map((category) => ({ category, valid: byCategory.get(category) ?? 0 })),
    ...(byCategory.has(NO_QUOTA_CATEGORY)
      ? [{ category: NO_QUOTA_CATEGORY, valid: byCategory.get(NO_QUOTA_CATEGORY) as number }]
      : []),
  ];
  const meaning = decisionsMeaning(plan);
  const listed = valid.filter((r) => meaning(r.decision) !== 'returned');
  return {
    year,
    rows: ofYear.length,
    valid,
    quotas,
    quotaValid: quotas.lines.reduce((n, l) => n + l.valid, 0),
    quotaTotal: quotas.lines.reduce((n, l) => n + l.quota, 0),
    categories,
    decisions: countDecisions(plan, valid),
    pending: valid.filter((r) => meaning(r.decision) === 'pending'),
    listed,
    returned: valid.length - listed.length,
    recognised: valid.filter((r) => meaning(r.decision) === 'recognised'),
    plans: unitPlans && unitPlanLines(unitPlans, quotas.lines, year, plan.period),
  };
}
