import type { Criterion, Plan, SubjectCode } from '../plan/types';
import { quote } from './cell-reading';

export interface CriteriaVerdict {
  /** Codes written that the plan has for another field or subject, or not at all. */
  unknown: { code: string; reason: string }[];
  /** Empty when some profile's required criteria are all confirmed; else the closest profile's gaps. */
  missing: Criterion[];
  /** The profile the verdict speaks of (null when the field and subject have no profiles). */
  profile: string | null;
  /** Codes confirmed, as the plan spells them. */
  confirmed: string[];
}

/**
 * A nomination meets its field when, for at least one profile of its field and subject, every
 * required criterion is confirmed (criteria with no profile belong to every profile; the general
 * criteria G1–G4 belong to every nomination).
 */
export class CriteriaChecker {
  private readonly byKey = new Map<string, Criterion>();

  constructor(private readonly plan: Plan) {
    for (const c of plan.criteria) this.byKey.set(normaliseCode(c.code), c);
  }

  /** Criteria that apply to a field and subject: the general ones, then the field's own. */
  applicable(field: string, subject: SubjectCode): Criterion[] {
    return this.plan.criteria.filter((c) => c.field === null || (c.field === field && c.subject === subject));
  }

  check(field: string, subject: SubjectCode, written: string[]): CriteriaVerdict {
    const unknown: CriteriaVerdict['unknown'] = [];
    const confirmed = new Set<Criterion>();
    for (const code of written) {
      const criterion = this.byKey.get(normaliseCode(code));
      if (!criterion) unknown.push({ code, reason: 'không có trong trang “Tiêu chí”' });
      else if (criterion.field !== null && (criterion.field !== field || criterion.subject !== subject)) {
        const subjectName =
          this.plan.subjects.find((s) => s.code === criterion.subject)?.name ?? criterion.subject;
        unknown.push({ code, reason: `là tiêu chí của lĩnh vực ${criterion.field}, ${subjectName}` });
      } else confirmed.add(criterion);
    }
    const applicable = this.applicable(field, subject);
    const profiles = [...new Set(applicable.map((c) => c.profile).filter((p): p is string => p !== null))];
    let best: { profile: string | null; missing: Criterion[] } | null = null;
    for (const profile of profiles.length > 0 ? profiles : [null]) {
      const missing = applicable.filter(
        (c) => c.required && (c.profile === null || c.profile === profile) && !confirmed.has(c),
      );
      if (!best || missing.length < best.missing.length) best = { profile, missing };
    }
    return {
      unknown,
      missing: best?.missing ?? [],
      profile: profiles.length > 0 ? (best?.profile ?? null) : null,
      confirmed: [...confirmed].map((c) => c.code),
    };
  }
}

/** "2.4.h7." and " 2.4.H7" are the same code. */
export function normaliseCode(code: string): string {
  return code.trim().replace(/\.+$/, '').toUpperCase();
}

/** Splits the criteria cell: codes separated by ";", ",", new lines or spaces (codes hold none). */
export function splitCodes(text: string): string[] {
  return text
    .split(/[;,\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

export function describeMissing(missing: Criterion[], profile: string | null): string {
  const list = missing.map((c) => `${c.code} ${quote(c.text)}`).join('; ');
  const group = profile ? ` (nhóm ${quote(profile)})` : '';
  return `Chưa đáp ứng ${missing.length} tiêu chí bắt buộc${group}: ${list}. Ghi mã các tiêu chí đã đáp ứng vào cột này, cách nhau bằng dấu “;”.`;
}
