import { quotaText } from '../plan/quota';
import type { Plan, Unit } from '../plan/types';
import { nameKey } from '../text';
import type { CheckedNomination } from '../validate/nomination';

export interface QuotaLine {
  code: string;
  name: string;
  category: string;
  /** What counts: the number, or the minimum of a range. */
  quota: number;
  /** A range's upper end; the quota itself for a plain number. */
  quotaMax: number;
  /** The quota as shown: “10”, or “1–3” for a range. */
  quotaText: string;
  submitted: number;
  valid: number;
  shortfall: number;
  met: boolean;
}

export interface CategoryTotal {
  category: string;
  units: number;
  quota: number;
  /** The category's total as shown: “12”, or “8–15” when a unit's quota is a range. */
  quotaText: string;
  submitted: number;
  valid: number;
  shortfall: number;
  met: number;
}

export interface QuotaTally {
  year: number;
  lines: QuotaLine[];
  totals: CategoryTotal[];
  /** Rows of units under no quota holder: counted, but toward no quota. */
  outside: { units: number; submitted: number; valid: number };
  /** Rows of the year whose unit could not be read (never valid). */
  unplaced: number;
}

/** A unit's annual quota: its own if written, else 0 under a parent, else its category's default. */
export function effectiveQuota(unit: Unit, plan: Plan): number {
  if (unit.quota !== null) return unit.quota;
  if (unit.parent) return 0;
  return plan.categories.find((c) => nameKey(c.name) === nameKey(unit.category))?.defaultQuota ?? 0;
}

/** The upper end of a unit's quota range, where its quota is one; else its quota. */
function quotaMax(unit: Unit, plan: Plan, quota: number): number {
  if (unit.quota !== null) return unit.quotaMax ?? quota;
  if (unit.parent) return quota;
  return plan.categories.find((c) => nameKey(c.name) === nameKey(unit.category))?.defaultQuotaMax ?? quota;
}

/**
 * The roll-up rule: a row counts toward the nearest unit up its chain that holds a quota (its own unit
 * when that holds one), once. Each unit's holder, or null when no unit up its chain holds a quota; a
 * cycle (already reported) stops the walk.
 */
export function quotaHolders(plan: Plan): Map<string, string | null> {
  const units = new Map(plan.units.map((u) => [u.code, u]));
  const holders = new Map<string, string | null>();
  for (const unit of plan.units) {
    const seen = new Set<string>();
    let holder: string | null = null;
    for (
      let u: Unit | undefined = unit;
      u && !seen.has(u.code);
      u = u.parent ? units.get(u.parent) : undefined
    ) {
      seen.add(u.code);
      if (effectiveQuota(u, plan) > 0) {
        holder = u.code;
        break;
      }
    }
    holders.set(unit.code, holder);
  }
  return holders;
}

/**
 * For year Y and each unit with a quota above 0: the rows of Y that count toward it by the roll-up
 * rule (submitted, errors included), those without errors (valid), the shortfall and whether the
 * quota is met. Rows of units under no quota, and rows whose unit could not be read, are counted
 * apart, so that the tab's totals add up to every row of the year.
 */
export function tallyQuotas(
  plan: Plan,
  rows: readonly CheckedNomination[],
  year: number,
  holders: Map<string, string | null> = quotaHolders(plan),
): QuotaTally {
  const submitted = new Map<string, number>();
  const valid = new Map<string, number>();
  const outside = { units: new Set<string>(), submitted: 0, valid: 0 };
  let unplaced = 0;
  for (const row of rows) {
    if (row.year !== year) continue;
    const holder = row.unit === null ? undefined : holders.get(row.unit);
    if (holder === undefined) unplaced += 1;
    else if (holder === null) {
      outside.units.add(row.unit as string);
      outside.submitted += 1;
      if (row.valid) outside.valid += 1;
    } else {
      submitted.set(holder, (submitted.get(holder) ?? 0) + 1);
      if (row.valid) valid.set(holder, (valid.get(holder) ?? 0) + 1);
    }
  }
  const lines: QuotaLine[] = [];
  for (const unit of plan.units) {
    const quota = effectiveQuota(unit, plan);
    if (quota <= 0) continue;
    const v = valid.get(unit.code) ?? 0;
    const max = quotaMax(unit, plan, quota);
    lines.push({
      code: unit.code,
      name: unit.name,
      category: unit.category,
      quota,
      quotaMax: max,
      quotaText: quotaText(quota, max),
      submitted: submitted.get(unit.code) ?? 0,
      valid: v,
      shortfall: Math.max(0, quota - v),
      met: v >= quota,
    });
  }
  return {
    year,
    lines,
    totals: totalsByCategory(plan, lines),
    outside: { units: outside.units.size, submitted: outside.submitted, valid: outside.valid },
    unplaced,
  };
}

function totalsByCategory(plan: Plan, lines: QuotaLine[]): CategoryTotal[] {
  const order = [...plan.categories.map((c) => c.name), ...lines.map((l) => l.category)];
  const totals = new Map<string, CategoryTotal>();
  const maxima = new Map<string, number>();
  for (const category of order) {
    if (!totals.has(category) && lines.some((l) => l.category === category)) {
      const empty = { units: 0, quota: 0, quotaText: '', submitted: 0, valid: 0, shortfall: 0, met: 0 };
      totals.set(category, { category, ...empty });
    }
  }
  for (const line of lines) {
    const t = totals.get(line.category) as CategoryTotal;
    t.units += 1;
    t.quota += line.quota;
    maxima.set(line.category, (maxima.get(line.category) ?? 0) + line.quotaMax);
    t.submitted += line.submitted;
    t.valid += line.valid;
    t.shortfall += line.shortfall;
    t.met += line.met ? 1 : 0;
  }
  for (const t of totals.values()) t.quotaText = quotaText(t.quota, maxima.get(t.category));
  return [...totals.values()];
}
