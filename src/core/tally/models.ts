import { nomineeKeys, type Model } from '../models/identify';
import { FLAG_LABEL } from '../models/paths';
import type { Plan, Unit } from '../plan/types';
import { compareVietnamese, nameKey } from '../text';
import type { CheckedNomination } from '../validate/nomination';

/** A model's valid rows that fall in the range, the flags its path shows there, and its failed rows. */
export interface TrackedModel {
  model: Model;
  rows: CheckedNomination[];
  flags: string[];
  /** Rows in the range that would continue it but failed the check: shown as such, counted nowhere. */
  failed: CheckedNomination[];
}

/** Who a row nominates by name, as duplicates and models tell (exact name, subject, unit family). */
function nameKeyOf(row: CheckedNomination, units: Map<string, Unit>): string[] {
  const key = nomineeKeys({ checked: row, id: null }, units).name;
  return key === null ? [] : [key];
}

/** Who a failed row would be: the model its `Mã mô hình` names (as identify.ts keys it), or by name. */
function failedKeys(row: CheckedNomination, units: Map<string, Unit>): string[] {
  return [...(row.model ? [`code:${nameKey(row.model)}`] : []), ...nameKeyOf(row, units)];
}

/**
 * The models with valid rows in `from`–`to`, by unit in the plan's order, then by name. A row that
 * failed the check counts in none of the council's documents: a model whose rows all failed is not
 * tracked at all, and a failed row of a tracked model is kept apart (`failed`) so it can be shown as
 * such rather than as a step the model took.
 */
export function trackedModels(
  plan: Plan,
  models: Model[],
  rows: readonly CheckedNomination[],
  from: number,
  to: number,
): TrackedModel[] {
  const order = new Map(plan.units.map((u, i) => [u.code, i]));
  const units = new Map(plan.units.map((u) => [u.code, u]));
  const inRange = (r: CheckedNomination) => r.year !== null && r.year >= from && r.year <= to;
  const failedBy = new Map<string, CheckedNomination[]>();
  for (const row of rows)
    if (!row.valid && inRange(row))
      for (const key of failedKeys(row, units)) {
        const list = failedBy.get(key);
        if (list) list.push(row);
        else failedBy.set(key, [row]);
      }
  return models
    .map((model) => {
      const mine = model.rows.filter((r) => r.valid && inRange(r));
      const flags = new Set(model.flags.filter((f) => mine.includes(f.row)).map((f) => FLAG_LABEL[f.code]));
      const keys = new Set([
        ...(model.code ? [`code:${nameKey(model.code)}`] : []),
        ...mine.flatMap((r) => nameKeyOf(r, units)),
      ]);
      const failed = [...new Set([...keys].flatMap((k) => failedBy.get(k) ?? []))].sort(
        (a, b) => (a.year as number) - (b.year as number),
      );
      return { model, rows: mine, flags: [...flags], failed };
    })
    .filter((t) => t.rows.length > 0)
    .sort(
      (a, b) =>
        (order.get(a.model.unit) ?? 0) - (order.get(b.model.unit) ?? 0) ||
        compareVietnamese(a.model.name, b.model.name),
    );
}

/** The stage of a model's latest year among these rows, as an index of `plan.stages`; -1 when none. */
function latestStage(plan: Plan, rows: CheckedNomination[]): number {
  const staged = rows.filter((r) => r.stage);
  const last = staged[staged.length - 1];
  return last?.stage ? plan.stages.indexOf(last.stage) : -1;
}

/** Where a model stands at the end of a year: its latest stage so far (-1: none written), null before its first row. */
export function stageAtEndOf(plan: Plan, model: TrackedModel, year: number): number | null {
  const sofar = model.rows.filter((r) => (r.year as number) <= year);
  return sofar.length ? latestStage(plan, sofar) : null;
}
