import type { Issue } from '../issues';
import type { Plan } from '../plan/types';
import { readNominations, type NominationTab } from './read-nominations';
import { readPlan, type ReferenceTabs } from './read-plan';
import type { TabData } from './tab';

export interface WorkbookReading {
  plan: Plan;
  reference: ReferenceTabs;
  nominationTabs: NominationTab[];
  /** Sheet-level problems: missing tabs or columns, broken reference rows. */
  issues: Issue[];
}

/** The whole workbook, read from one batch of tab values, as typed records plus sheet-level issues. */
export function readWorkbook(tabs: TabData[]): WorkbookReading {
  const { plan, issues, found } = readPlan(tabs);
  const referenceTabs = new Set(
    [found.units, found.fields, found.criteria, found.config].flatMap((f) => (f ? [f.tab] : [])),
  );
  const nominations = readNominations(tabs, referenceTabs);
  return {
    plan,
    reference: found,
    nominationTabs: nominations.tabs,
    issues: [...issues, ...nominations.issues],
  };
}
