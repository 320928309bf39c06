import type { Issue } from '../issues';
import type { PlanGap } from './plan-gaps';
import type { Plan } from '../plan/types';
import { readNominations, type NominationTab } from './read-nominations';
import { readPlan, type ReferenceTabs } from './read-plan';
import { readUnitPlans } from './read-unit-plans';
import type { UnitPlanRecord } from '../tally/unit-plans';
import type { TabData } from './tab';

export interface WorkbookReading {
  plan: Plan;
  reference: ReferenceTabs;
  nominationTabs: NominationTab[];
  /** The plans units sent (`Kế hoạch đơn vị`); null when the workbook does not keep that tab. */
  unitPlans: UnitPlanRecord[] | null;
  /** Sheet-level problems: missing tabs or columns, broken reference rows. */
  issues: Issue[];
  /** The plan's problems that stop the commands needing what they leave out. */
  gaps: PlanGap[];
  /** Blank parameters whose neutral default was taken, as sentences for the user. */
  defaults: string[];
}

/** The whole workbook, read from one batch of tab values, as typed records plus sheet-level issues. */
export function readWorkbook(tabs: TabData[]): WorkbookReading {
  const { plan, issues, gaps, defaults, found } = readPlan(tabs);
  const referenceTabs = new Set(
    Object.values(found).flatMap((f: { tab: TabData } | undefined) => (f ? [f.tab] : [])),
  );
  const nominations = readNominations(tabs, referenceTabs);
  const unitPlanIssues: Issue[] = [];
  const unitPlans = readUnitPlans(found.unitPlans, plan, unitPlanIssues);
  return {
    plan,
    reference: found,
    nominationTabs: nominations.tabs,
    unitPlans,
    issues: [...issues, ...unitPlanIssues, ...nominations.issues],
    gaps,
    defaults,
  };
}
