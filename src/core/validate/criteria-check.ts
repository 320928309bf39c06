import { criterionApplies, criterionScope } from '../plan/criteria';
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
 * criteria belong to every nomination).
 */
export class CriteriaChecker {
  private readonly byKey = new Map<string, Criterion>();
  /** Per field and subject: the applicable criteria and their profiles, computed once. */
  private readonly scopes = new Map<string, { applicable: Criterion[]; profiles: (string | null)[] }>();

  constructor(private readonly plan: Plan) {
    for (const c of plan.criteria) this.byKey.set(normaliseCode(c.code), c);
  }

  /** Criteria that apply to a field and subject: the general ones, then the field's own. */
  applicable(field: string, subject: SubjectCode): Criterion[] {
    return this.scope(field, subject).applicable;
  }

  private scope(field: string, subject: SubjectCode) {
    const key = `${field}|${subject}`;
    let scope = this.scopes.get(key);
    if (!scope) {
      const applicable = this.plan.criteria.filter((c) => criterionApplies(c, field, subject));
      const profiles = [...new Set(applicable.flatMap((c) => c.profiles))];
      scope = { applicable, profiles: profiles.length > 0 ? profiles : [null] };
      this.scopes.set(key, scope);
    }
    return scope;
  }

  /** Clerks paste the same list of codes on row after row: one verdict per distinct list. */
  private readonly verdicts = new Map<string, CriteriaVerdict>();

  /** The verdict on a criteria cell's text; verdicts are shared, so callers must not change them. */
  checkText(field: string, subject: SubjectCode, text: string): CriteriaVerdict {
    const key = `${field}|${subject}|${text}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      if (this.verdicts.size >= 5_000) this.verdicts.clear();
      verdict = this.check(field, subject, splitCodes(text));
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  check(field: string, subject: SubjectCode, written: string[]): CriteriaVerdict {
    const unknown: CriteriaVerdict['unknown'] = [];
    const confirmed = new Set<Criterion>();
    for (const code of written) {
      const criterion = this.byKey.get(normaliseCode(code));
      if (!criterion) unknown.push({ code, reason: 'không có trong trang “Tiêu chí”' });
      else if (!criterionApplies(criterion, field, subject)) {
        unknown.push({ code, reason: `là tiêu chí của ${criterionScope(criterion, this.plan)}` });
      } else confirmed.add(criterion);
    }
    const { applicable, profiles } = this.scope(field, subject);
    let best: { profile: string | null; missing: Criterion[] } | null = null;
    for (const profile of profiles) {
      const missing = applicable.filter((c) => c.required && inProfile(c, profile) && !confirmed.has(c));
      if (!best || missing.length < best.missing.length) best = { profile, missing };
    }
    return {
      unknown,
      missing: best?.missing ?? [],
      profile: best?.profile ?? null,
      confirmed: [...confirmed].map((c) => c.code),
    };
  }
}

/** Whether a criterion belongs to a profile (one with no profile belongs to every profile). */
export function inProfile(criterion: Criterion, profile: string | null): boolean {
  return criterion.profiles.length === 0 || (profile !== null && criterion.profiles.includes(profile));
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
