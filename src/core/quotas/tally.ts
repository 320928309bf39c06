import type { Plan, Unit } from '../plan/types';
import { matchKey } from '../text';
import type { CheckedNomination } from '../validate/nomination';

export interface QuotaLine {
  code: string;
  name: string;
  category: string;
  quota: number;
  submitted: number;
  valid: number;
  shortfall: number;
  met: boolean;
}

export interface CategoryTotal {
  category: string;
  units: number;
  quota: number;
  submitted: number;
  valid: number;
  shortfall: number;
  met: number;
}

export interface QuotaTally {
  year: number;
  lines: QuotaLine[];
  totals: CategoryTotal[];
}

/** A unit's annual quota: its own if written, else 0 under a parent, else its category's default. */
export function effectiveQuota(unit: Unit, plan: Plan): number {
  if (unit.quota !== null) return unit.quota;
  if (unit.parent) return 0;
  return plan.categories.find((c) => matchKey(c.name) === matchKey(unit.category))?.defaultQuota ?? 0;
}

/** The unit and every ancestor, nearest first; a cycle (already reported) stops the walk. */
function lineage(code: string, units: Map<string, Unit>): string[] {
  const chain: string[] = [];
  for (
    let u = units.get(code);
    u && !chain.includes(u.code);
    u = u.parent ? units.get(u.parent) : undefined
  ) {
    chain.push(u.code);
  }
  return chain;
}

/**
 * For year Y and each unit with a quota above 0: rows of Y from the unit or its descendants
 * (submitted), those without errors (valid), the shortfall and whether the quota is met.
 */
export function tallyQuotas(plan: Plan, rows: CheckedNomination[], year: number): QuotaTally {
  const units = new Map(plan.units.map((u) => [u.code, u]));
  const submitted = new Map<string, number>();
  const valid = new Map<string, number>();
  for (const row of rows) {
    if (row.year !== year || !row.unit) continue;
    for (const code of lineage(row.unit, units)) {
      submitted.set(code, (submitted.get(code) ?? 0) + 1);
      if (row.valid) valid.set(code, (valid.get(code) ?? 0) + 1);
    }
  }
  const lines: QuotaLine[] = [];
  for (const unit of plan.units) {
    const quota = effectiveQuota(unit, plan);
    if (quota <= 0) continue;
    const v = valid.get(unit.code) ?? 0;
    lines.push({
      code: unit.code,
      name: unit.name,
      category: unit.category,
      quota,
      submitted: submitted.get(unit.code) ?? 0,
      valid: v,
      shortfall: Math.max(0, quota - v),
      met: v >= quota,
    });
  }
  return { year, lines, totals: totalsByCategory(plan, lines) };
}

function totalsByCategory(plan: Plan, lines: QuotaLine[]): CategoryTotal[] {
  const order = [...plan.categories.map((c) => c.name), ...lines.map((l) => l.category)];
  const totals = new Map<string, CategoryTotal>();
  for (const category of order) {
    if (!totals.has(category) && lines.some((l) => l.category === category)) {
      totals.set(category, { category, units: 0, quota: 0, submitted: 0, valid: 0, shortfall: 0, met: 0 });
    }
  }
  for (const line of lines) {
    const t = totals.get(line.category) as CategoryTotal;
    t.units += 1;
    t.quota += line.quota;
    t.submitted += line.submitted;
    t.valid += line.valid;
    t.shortfall += line.shortfall;
    t.met += line.met ? 1 : 0;
  }
  return [...totals.values()];
}
