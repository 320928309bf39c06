/** The plan as data: everything a council can change lives in the workbook's reference tabs. */

/**
 * A subject's (đối tượng) short code, as the council writes it in `Danh mục` (T, C, H in the preset);
 * the subject's name when no short code is given.
 */
export type SubjectCode = string;

export interface Subject {
  code: SubjectCode;
  name: string;
  /** Other names the council accepts for it (`Danh mục` › `Tên khác`); absent when none. */
  aliases?: string[];
}

export interface Field {
  /** The council's own code: "2.4", "1", "01", "I.3", "A"… */
  code: string;
  name: string;
  subjects: readonly SubjectCode[];
  /** Other names the council accepts for it (`Lĩnh vực` › `Tên khác`); absent when none. */
  aliases?: string[];
}

export interface Criterion {
  /** "G1" for general criteria, "<field>.<subject><n>" for field criteria in the preset, e.g. "2.4.H7". */
  code: string;
  /** null for the general criteria, which every nomination must meet. */
  field: string | null;
  /** The subjects it is for (`Tập thể; Cá nhân`); empty means every subject (of its field). */
  subjects: SubjectCode[];
  /** The alternative profiles (nhóm) within one field and subject it belongs to; empty means every one. */
  profiles: string[];
  text: string;
  required: boolean;
}

/** A unit category (Loại đơn vị) and the default annual quota of each unit in it. */
export interface Category {
  name: string;
  /** The quota that counts: the number written, or the minimum of a range (“1 – 3”). */
  defaultQuota: number;
  /** A range's upper end, shown beside the minimum; absent for a plain number. */
  defaultQuotaMax?: number;
}

export interface Unit {
  code: string;
  name: string;
  category: string;
  /** Code of the parent unit whose quota this unit's nominations count towards. */
  parent: string | null;
  /**
   * A quota written on the unit's row (the minimum of a range such as “1 – 3”); null means the
   * category default (0 for units with a parent).
   */
  quota: number | null;
  /** A range's upper end, shown beside the minimum; absent for a plain number. */
  quotaMax?: number;
  contact: string;
  /** Other names the council accepts for it (`Đơn vị` › `Tên khác`); absent when none. */
  aliases?: string[];
}

/** When a milestone falls, as precisely as the council wrote it: a year, a quarter, a month or a day. */
export type MilestoneDue =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'day'; year: number; month: number; day: number };

/** A plan milestone such as the mid-term review in quarter I of 2023. */
export interface Milestone {
  name: string;
  /** As the council wrote it (“Quý I/2028”, “Tháng 10/2026”, “15/10/2026”, “2028”): what messages show. */
  when: string;
  due: MilestoneDue;
}

/**
 * What a council decision means for the add-on: `recognised` rows go to the propagation list;
 * `returned` rows were sent back (or refused) and leave the list proposed to the council.
 */
export type DecisionMeaning = 'recognised' | 'returned' | 'pending';

export interface Decision {
  name: string;
  meaning: DecisionMeaning;
  /** Other names the council accepts for it (`Danh mục` › `Tên khác`); absent when none. */
  aliases?: string[];
}

export interface YearRange {
  from: number;
  to: number;
}

export interface Plan {
  /** Issuing body, printed on the title rows of generated tabs; '' when the workbook does not say. */
  organization: string;
  council: string;
  place: string;
  /** null when the workbook does not give a usable period; commands that need one then stop. */
  period: YearRange | null;
  /** The year menu commands work on; null means the current year. */
  reviewYear: number | null;
  /** The mid-term review's years; null when not given. */
  midterm: YearRange | null;
  milestones: Milestone[];
  minSummaryLength: number;
  /** The council chair's name under the signature; '' leaves the line blank to write by hand. */
  signer: string;
  /**
   * The secretariat's Google accounts: with per-unit intake, they (and the owner) alone edit the
   * reference and generated tabs, and may edit every unit's tab.
   */
  secretariat: string[];
  /** Who receives the propagation list (`Tuyên truyền <năm>`); '' when not given. */
  propagationRecipient: string;
  subjects: Subject[];
  fields: Field[];
  /** Unit categories a field belongs to (2.7 → Giáo dục); nominations from others get a warning. */
  fieldSectors: Record<string, string[]>;
  criteria: Criterion[];
  categories: Category[];
  units: Unit[];
  stages: string[];
  /** Stage name → the other names the council accepts for it (`Danh mục` › `Tên khác`). */
  stageAliases?: Record<string, string[]>;
  decisions: Decision[];
}

/** What the decision written on a row means; a row with no decision is pending. */
export function decisionsMeaning(plan: Plan): (decision: string | null) => DecisionMeaning {
  const meanings = new Map(plan.decisions.map((d) => [d.name, d.meaning]));
  return (decision) => (decision === null ? 'pending' : (meanings.get(decision) ?? 'pending'));
}
