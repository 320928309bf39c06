import type { Plan, Unit } from '../plan/types';
import { topUnit } from '../plan/units';
import { nameKey } from '../text';
import { TAB } from '../workbook/layout';
import { freeTabName } from '../workbook/tab-names';

/**
 * Per-unit intake: each unit without a parent enters its rows in its own tab, “Đề cử - <unit name>”,
 * which only its contacts and the secretariat may edit. The tab's name says whose it is.
 */
const PREFIX = `${TAB.nominations} - `;

/** The tab's name, cut to what Sheets allows in a tab name. */
export function unitTabName(unit: Unit): string {
  return freeTabName([], PREFIX + unit.name);
}

/** The unit a nomination tab belongs to, when its name is “Đề cử - <unit name or code>”. */
export function tabOwner(plan: Plan, tabName: string): Unit | undefined {
  const key = nameKey(tabName);
  const prefix = nameKey(PREFIX.trimEnd());
  if (!key.startsWith(prefix)) return undefined;
  const rest = key.slice(prefix.length).replace(/^[\s-]+/, '');
  return plan.units.find(
    (u) => nameKey(u.name) === rest || nameKey(u.code) === rest || nameKey(unitTabName(u)) === key,
  );
}

/** Whether `unit` is `owner` or one under it, following parents (a cycle is reported elsewhere). */
function belongsTo(unit: Unit, owner: Unit, units: Map<string, Unit>): boolean {
  const seen = new Set<string>();
  for (let u: Unit | undefined = unit; u && !seen.has(u.code); u = units.get(u.parent ?? '')) {
    if (u.code === owner.code) return true;
    seen.add(u.code);
  }
  return false;
}

/** Why a row's unit does not belong in its tab's unit, or null when it does. */
export function unitTabMismatch(owner: Unit, unit: Unit, units: Map<string, Unit>): string | null {
  if (belongsTo(unit, owner, units)) return null;
  return (
    `Dòng của ${unit.name} nằm trong trang của ${owner.name}. Chuyển dòng sang trang ` +
    `“${unitTabName(units.get(topUnit(unit.code, units)) ?? unit)}”, hoặc sửa lại đơn vị đề nghị nếu ghi nhầm.`
  );
}
