import { matchKey } from '../text';
import type { Category, Criterion, Field, Plan, Subject, SubjectCode, Unit } from './types';

/**
 * Finds plan entries from what a clerk typed, with every tolerance of matchKey: a unit by code or
 * name, a field by code ("2.4"), name, or both ("2.4. Phát triển kinh tế hộ gia đình"), a subject by
 * name or letter.
 */
export class PlanLookup {
  private readonly units = new Map<string, Unit>();
  private readonly fields = new Map<string, Field>();
  private readonly subjects = new Map<string, Subject>();
  private readonly criteria = new Map<string, Criterion>();
  private readonly categories = new Map<string, Category>();
  private readonly stages = new Map<string, string>();
  private readonly decisions = new Map<string, string>();

  constructor(readonly plan: Plan) {
    for (const unit of plan.units) {
      setFirst(this.units, unit.code, unit);
      setFirst(this.units, unit.name, unit);
    }
    for (const field of plan.fields) {
      setFirst(this.fields, field.code, field);
      setFirst(this.fields, field.name, field);
    }
    for (const subject of plan.subjects) {
      setFirst(this.subjects, subject.code, subject);
      setFirst(this.subjects, subject.name, subject);
    }
    for (const criterion of plan.criteria) setFirst(this.criteria, criterion.code, criterion);
    for (const category of plan.categories) setFirst(this.categories, category.name, category);
    for (const stage of plan.stages) setFirst(this.stages, stage, stage);
    for (const decision of plan.decisions) setFirst(this.decisions, decision, decision);
  }

  unit(text: string): Unit | undefined {
    return this.units.get(matchKey(text));
  }

  field(text: string): Field | undefined {
    const key = matchKey(text);
    const exact = this.fields.get(key) ?? this.fields.get(key.replace(/^linh vuc\s*/, ''));
    if (exact) return exact;
    const leadingCode = /^(\d+(?:\.\d+)*)\.?(\s|$)/.exec(key);
    return leadingCode ? this.fields.get(leadingCode[1]) : undefined;
  }

  subject(text: string): Subject | undefined {
    return this.subjects.get(matchKey(text));
  }

  subjectCode(text: string): SubjectCode | undefined {
    return this.subject(text)?.code;
  }

  criterion(code: string): Criterion | undefined {
    return this.criteria.get(matchKey(code));
  }

  category(text: string): Category | undefined {
    return this.categories.get(matchKey(text));
  }

  stage(text: string): string | undefined {
    return this.stages.get(matchKey(text));
  }

  decision(text: string): string | undefined {
    return this.decisions.get(matchKey(text));
  }

  unitByCode(code: string): Unit | undefined {
    const unit = this.units.get(matchKey(code));
    return unit && unit.code === code ? unit : undefined;
  }
}

function setFirst<T>(map: Map<string, T>, text: string, value: T): void {
  const key = matchKey(text);
  if (key && !map.has(key)) map.set(key, value);
}
