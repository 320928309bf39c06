import type { Issue } from '../issues';
import type { Plan, Unit } from '../plan/types';
import type { QuotaLine } from '../tally/quotas';
import type { YearTally } from '../tally/year';
import type { CheckedNomination } from '../validate/nomination';
import type { Analysis } from './reports';
import { reviewYear } from './reports';
import { milestoneStatus } from '../plan/milestones';
import { columnFinder } from './check';
import { issueKinds, type IssueKind } from '../validate/issue-kinds';
import { draftNotice, draftOf, planErrors } from '../reports/draft';
import { reminders, type Reminder } from './reminders';
import {
  unitPlanLabel,
  unitPlanTitle,
  type UnitPlanKind,
  type UnitPlanLine,
  type UnitPlanStatus,
} from '../tally/unit-plans';

/** One of a unit's two plans in the sidebar: “Năm 2024” and “Chưa nhận (số 7/KH-CAH)”. */
export interface DashboardPlan {
  status: UnitPlanStatus;
  title: string;
  label: string;
}

/** What the sidebar shows: plain JSON (no Date, which google.script.run cannot carry), kept small. */
export interface Dashboard {
  year: number;
  organization: string;
  today: string;
  myUnit: string | null;
  units: { code: string; name: string }[];
  categories: string[];
  summary: { rows: number; valid: number; errors: number; warnings: number };
  /** The issues counted by kind, errors first (the unit filter applies). */
  kinds: IssueKind[];
  /** Why the council's tabs would be drafts now (the plan's own errors); null when they would not. */
  draft: string | null;
  /**
   * The review year's valid rows by what became of them, from the tally the council's tabs read (the
   * unit filter applies): recognised + pending + returned = valid.
   */
  yearFigures: { valid: number; recognised: number; pending: number; returned: number };
  /** Quota holders, those short of quota first (largest shortfall first), then in the tab's order. */
  quotas: QuotaLine[];
  milestones: { name: string; when: string; status: 'past' | 'now' | 'upcoming' }[];
  /** Each with the 1-based column of its cell, so a click can select it. */
  issues: (Issue & { columnNumber: number | null })[];
  /** Issues there are in all; `issues` holds at most ISSUE_PAGE of them. */
  issueTotal: number;
  /**
   * Each quota holder's period plan and plan for the year (those with either not received first); null
   * when the workbook keeps no `Kế hoạch đơn vị` tab.
   */
  unitPlans:
    { code: string; name: string; category: string; period: DashboardPlan; year: DashboardPlan }[] | null;
  /** Prepared e-mails to the units short of quota or of their plan (those shown), and one to all. */
  reminders: { units: Reminder[]; all: string | null };
}

export const ISSUE_PAGE = 200;

const allReceived = (l: UnitPlanLine) =>
  l.plans.period.status === 'received' && l.plans.year.status === 'received';

/** Under the sidebar's “Kế hoạch của đơn vị”, a plan goes by its years: “Giai đoạn 2021–2025”, “Năm 2024”. */
function dashboardPlan(line: UnitPlanLine, kind: UnitPlanKind): DashboardPlan {
  const title = unitPlanTitle(line, kind).replace(/^kế hoạch /, '');
  return {
    status: line.plans[kind].status,
    title: title[0].toUpperCase() + title.slice(1),
    label: unitPlanLabel(line, kind),
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The unit and all units under it (a school under the Education office belongs to it). */
export function unitFamily(plan: Plan, code: string): Set<string> {
  const family = new Set([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of plan.units) {
      if (u.parent && family.has(u.parent) && !family.has(u.code)) {
        family.add(u.code);
        grew = true;
      }
    }
  }
  return family;
}

/** The year's figures of the rows `mine` keeps: each a part of one of the tally's own lists. */
function yearFigures(ofYear: YearTally, mine: (r: CheckedNomination) => boolean): Dashboard['yearFigures'] {
  const valid = ofYear.valid.filter(mine).length;
  return {
    valid,
    recognised: ofYear.recognised.filter(mine).length,
    pending: ofYear.pending.filter(mine).length,
    returned: valid - ofYear.listed.filter(mine).length,
  };
}

export function buildDashboard(analysis: Analysis, today: Date, myUnit: string | null): Dashboard {
  const { reading, result } = analysis;
  const { plan } = reading;
  const year = reviewYear(reading, today);
  const unit: Unit | undefined = myUnit ? plan.units.find((u) => u.code === myUnit) : undefined;
  const family = unit ? unitFamily(plan, unit.code) : null;
  const mine = (r: CheckedNomination) => !family || (r.unit !== null && family.has(r.unit));
  const rows = result.rows.filter(mine);
  const rowKeys = new Set(rows.map((r) => `${r.sheet}\u0000${r.row}`));
  const issues = result.issues.filter((i) =>
    family ? i.row !== null && rowKeys.has(`${i.sheet}\u0000${i.row}`) : true,
  );
  const ofYear = analysis.tally.year(year);
  const quotas = ofYear.quotas.lines
    .filter((l) => !family || family.has(l.code))
    .map((l, order) => ({ l, order }))
    .sort((a, b) => Number(a.l.met) - Number(b.l.met) || b.l.shortfall - a.l.shortfall || a.order - b.order)
    .map(({ l }) => l);
  // The year's plans in the order of the quota lines shown (the unit filter applies).
  const planOf = new Map((ofYear.plans ?? []).map((l) => [l.code, l]));
  const plans = ofYear.plans && quotas.flatMap((q) => planOf.get(q.code) ?? []);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const draft = draftOf(planErrors(reading));
  const columnOf = columnFinder(reading, new Map(analysis.tabs.map((t) => [t.name, t.values])));
  return {
    year,
    organization: plan.organization,
    today: `${pad(today.getDate())}/${pad(today.getMonth() + 1)}/${today.getFullYear()}`,
    myUnit: unit?.code ?? null,
    units: plan.units.map((u) => ({ code: u.code, name: u.name })),
    categories: [...new Set(plan.units.map((u) => u.category))],
    summary: {
      rows: rows.length,
      valid: rows.filter((r) => r.valid).length,
      errors,
      warnings: issues.length - errors,
    },
    kinds: issueKinds(issues),
    draft: draft && draftNotice(draft),
    yearFigures: yearFigures(ofYear, mine),
    quotas,
    milestones: plan.milestones.map((m) => ({
      name: m.name,
      when: m.when,
      status: milestoneStatus(m, today),
    })),
    issues: issues.slice(0, ISSUE_PAGE).map((i) => ({ ...i, columnNumber: columnOf(i) })),
    issueTotal: issues.length,
    unitPlans:
      plans &&
      [...plans.filter((l) => !allReceived(l)), ...plans.filter(allReceived)].map((l) => ({
        code: l.code,
        name: l.name,
        category: l.category,
        period: dashboardPlan(l, 'period'),
        year: dashboardPlan(l, 'year'),
      })),
    reminders: reminders(plan, quotas, plans, year, today),
  };
}
