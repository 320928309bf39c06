import type { SubjectCode } from '../plan/types';

/** A nomination row once read against the plan: what quotas and reports count. */
export interface CheckedNomination {
  sheet: string;
  row: number;
  /** null when the year cell is unusable. */
  year: number | null;
  /** Unit code, null when unknown. */
  unit: string | null;
  name: string;
  subject: SubjectCode | null;
  /** Field code, null when unknown. */
  field: string | null;
  position: string;
  summary: string;
  criteria: string[];
  evidence: string;
  stage: string | null;
  /** The `Mã mô hình` cell: rows with the same code are one model; '' when none. */
  model: string;
  decision: string | null;
  note: string;
  /** Only the last 4 digits ever leave the core (Decree 13/2023/NĐ-CP). */
  nationalIdLast4: string | null;
  valid: boolean;
  errors: number;
  warnings: number;
}
