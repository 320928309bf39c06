import type { Criterion, Plan, SubjectCode } from './types';

/** How a criterion written for every subject is shown: never "null", never a blank. */
export const EVERY_SUBJECT = 'mọi đối tượng';

/**
 * Whether a criterion applies to a nomination of this field and subject. A criterion with no field
 * is general (every field); one with no subjects listed applies to every subject (of its field).
 */
export function criterionApplies(criterion: Criterion, field: string, subject: SubjectCode): boolean {
  return (
    (criterion.field === null || criterion.field === field) &&
    (criterion.subjects.length === 0 || criterion.subjects.includes(subject))
  );
}

/** The subjects a criterion is for, by name: “Tập thể; Cá nhân”, or “mọi đối tượng”. */
export function criterionSubjects(criterion: Criterion, plan: Plan): string {
  if (criterion.subjects.length === 0) return EVERY_SUBJECT;
  const names = new Map(plan.subjects.map((s) => [s.code, s.name]));
  return criterion.subjects.map((code) => names.get(code) ?? code).join('; ');
}

/** Where a criterion belongs, for messages: “lĩnh vực a, Tập thể; Cá nhân”, “lĩnh vực a, mọi đối tượng”. */
export function criterionScope(criterion: Criterion, plan: Plan): string {
  const field = criterion.field === null ? 'mọi lĩnh vực' : `lĩnh vực ${criterion.field}`;
  return `${field}, ${criterionSubjects(criterion, plan)}`;
}
