import type { Plan, SubjectCode, Unit } from '../plan/types';
import { topUnit } from '../plan/units';
import { nameKey, sameKey } from '../text';
import type { CheckedNomination } from '../validate/nomination';
import type { PathFlag } from './paths';

/**
 * One model (mô hình, gương điển hình) followed through the plan's years: its rows, one a year.
 * Rows are one model when they carry the same `Mã mô hình`; without a code, when they share the
 * national ID, or the folded name, subject and unit family (the unit without a parent above them).
 */
export interface Model {
  key: string;
  /** The rows' `Mã mô hình`, or '' when recognised without one. */
  code: string;
  name: string;
  subject: SubjectCode;
  /** The top unit of the family the model belongs to. */
  unit: string;
  /** Oldest year first; only rows that passed the check. */
  rows: CheckedNomination[];
  /** What its path shows (stuck, skipped, backwards, not replicated): for the tracking tab and reports. */
  flags: PathFlag[];
}

/** A row that could be another unit's model of the same name: shown, never merged. */
export interface AmbiguousRow {
  row: CheckedNomination;
  others: CheckedNomination[];
  /** Another unit family's model of the same name, or one name coded as several models. */
  reason: 'otherUnit' | 'codes';
}

export interface ModelRow {
  checked: CheckedNomination;
  /** The national ID's last digits, when the row has one. */
  id: string | null;
}

/**
 * Who a row nominates, by the one rule for identity: its national ID, and its exact name (sameKey:
 * `Hùng ≠ Hưng`) within its unit family (the unit without a parent above it); each with the subject.
 * Duplicates and models both ask this.
 */
export function nomineeKeys(row: ModelRow, units: Map<string, Unit>): NomineeKeys {
  let keys = nomineeKeyCache.get(row);
  if (!keys) {
    const { checked, id } = row;
    const name = checked.subject ? sameKey(checked.name) : '';
    keys = {
      id: checked.subject && id ? `${checked.subject}|id:${id}` : null,
      name:
        name && checked.unit ? `${checked.subject}|name:${name}|unit:${topUnit(checked.unit, units)}` : null,
    };
    nomineeKeyCache.set(row, keys);
  }
  return keys;
}

interface NomineeKeys {
  id: string | null;
  name: string | null;
}

/**
 * A row's keys, worked out once: duplicates, repeats and models all ask for them (100,000 names keyed
 * three times over cost a second). Keyed by the row record, which one check run keeps unchanged.
 */
const nomineeKeyCache = new WeakMap<ModelRow, NomineeKeys>();

/** Who a row is without a code: its national ID, else its name in its unit family. */
function naturalKey(row: ModelRow, units: Map<string, Unit>): string | null {
  if (row.checked.year === null) return null;
  const keys = nomineeKeys(row, units);
  return keys.id ?? keys.name;
}

export function identifyModels(plan: Plan, rows: ModelRow[]): { models: Model[]; ambiguous: AmbiguousRow[] } {
  const units = new Map(plan.units.map((u) => [u.code, u]));
  const byKey = new Map<string, Model>();
  const add = (key: string, row: ModelRow) => {
    let model = byKey.get(key);
    if (!model) {
      const { checked } = row;
      model = {
        key,
        code: checked.model,
        name: checked.name,
        subject: checked.subject as SubjectCode,
        unit: topUnit(checked.unit ?? '', units),
        rows: [],
        flags: [],
      };
      byKey.set(key, model);
    }
    model.rows.push(row.checked);
  };
  // Coded rows first: a later row without a code joins the one model its name (or ID) was coded as,
  // so codes written once keep holding as next year's rows come in.
  const codesOf = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.checked.model || row.checked.year === null || !row.checked.subject) continue;
    const key = `code:${nameKey(row.checked.model)}`;
    add(key, row);
    const natural = naturalKey(row, units);
    if (natural) codesOf.set(natural, (codesOf.get(natural) ?? new Set()).add(key));
  }
  const ambiguous: AmbiguousRow[] = [];
  const splitByCodes: { row: ModelRow; keys: Set<string> }[] = [];
  for (const row of rows) {
    if (row.checked.model) continue;
    const key = naturalKey(row, units);
    if (key === null) continue;
    const codes = codesOf.get(key);
    if (codes?.size === 1) add([...codes][0], row);
    else {
      add(key, row);
      if (codes) splitByCodes.push({ row, keys: codes });
    }
  }
  const models = [...byKey.values()];
  for (const m of models) m.rows.sort((a, b) => (a.year as number) - (b.year as number));

  // The same name and subject without a code in two unit families: perhaps one model that moved,
  // perhaps two. Each row says so; a shared `Mã mô hình` (or different ones) settles it.
  const byName = new Map<string, Model[]>();
  for (const m of models) {
    if (m.code || !m.key.includes('|name:')) continue;
    const nameKey = m.key.slice(0, m.key.indexOf('|unit:'));
    byName.set(nameKey, [...(byName.get(nameKey) ?? []), m]);
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const m of group)
      for (const row of m.rows)
        ambiguous.push({
          row,
          others: group.filter((o) => o !== m).flatMap((o) => o.rows),
          reason: 'otherUnit',
        });
  }
  // A row without a code whose name was coded as two models: which one it continues is the user's call.
  for (const { row, keys } of splitByCodes)
    ambiguous.push({
      row: row.checked,
      others: [...keys].flatMap((k) => byKey.get(k)?.rows ?? []),
      reason: 'codes',
    });
  return { models, ambiguous };
}
