/** The plan as data: everything a council can change lives in the workbook's reference tabs. */

/** Subjects (đối tượng) are coded T (Tập thể), C (Cá nhân), H (Hộ gia đình). */
export type SubjectCode = 'T' | 'C' | 'H';

export interface Subject {
  code: SubjectCode;
  name: string;
}

export interface Field {
  /** "2.1" … "2.12", as numbered in section III.2 of the plan. */
  code: string;
  name: string;
  subjects: readonly SubjectCode[];
}

export interface Criterion {
  /** "G1" for general criteria, "<field>.<subject><n>" for field criteria, e.g. "2.4.H7". */
  code: string;
  /** null for the general criteria (III.1), which every nomination must meet. */
  field: string | null;
  subject: SubjectCode | null;
  /** An alternative profile within one field and subject; null means it belongs to every profile. */
  profile: string | null;
  text: string;
  required: boolean;
}

/** A unit category (Loại đơn vị) and the default annual quota of each unit in it. */
export interface Category {
  name: string;
  defaultQuota: number;
}

export interface Unit {
  code: string;
  name: string;
  category: string;
  /** Code of the parent unit whose quota this unit's nominations count towards. */
  parent: string | null;
  /** A quota written on the unit's row; null means the category default (0 for units with a parent). */
  quota: number | null;
  contact: string;
}

/** A plan milestone such as the mid-term review in quarter I of 2023. */
export interface Milestone {
  name: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export interface Plan {
  /** Issuing body, printed on the title rows of generated tabs. */
  organization: string;
  council: string;
  place: string;
  startYear: number;
  endYear: number;
  /** The year menu commands work on; null means the current year. */
  reviewYear: number | null;
  midtermYears: { from: number; to: number };
  milestones: Milestone[];
  minSummaryLength: number;
  subjects: Subject[];
  fields: Field[];
  /** Unit categories a field belongs to (2.7 → Giáo dục); nominations from others get a warning. */
  fieldSectors: Record<string, string[]>;
  criteria: Criterion[];
  categories: Category[];
  units: Unit[];
  stages: string[];
  decisions: string[];
}
