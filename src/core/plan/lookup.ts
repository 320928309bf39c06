import { matchKey } from '../text';
import type { Category, Criterion, Decision, Field, Plan, Subject, SubjectCode, Unit } from './types';

/** A field cell that Sheets or Excel turned into a number, read back to the council's codes. */
export interface FieldNumber {
  /** The one field it can be, or the one whose code is written exactly so; undefined when neither. */
  field: Field | undefined;
  /** Every field whose code reads as this number ("2.1" and "2.10" both read as 2.1). */
  candidates: Field[];
}

/** A field cell that Sheets or Excel turned into a date (2.10 into 2 October), read back. */
export interface FieldDate {
  /** The field whose code reads as <day>.<month>; undefined when none does, or several and none exactly. */
  field: Field | undefined;
  /** A code that reads as <month>.<day> instead, for the message; never taken on its own. */
  monthFirst: Field | undefined;
}

/** A code such as 2.10, 02.10, 2/10 or 2-10: the two numbers a date-making locale reads in it. */
function dateParts(code: string): [number, number] | null {
  const m = /^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*$/.exec(code);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * Finds plan entries from what a clerk typed, with every tolerance of matchKey: a unit by code or
 * name, a field by code, name, or both ("2.4. Phát triển kinh tế hộ gia đình", "I.3 - Bảo vệ rừng"),
 * a subject by name or short code.
 */
export class PlanLookup {
  private readonly units = new Map<string, Unit>();
  private readonly fields = new Map<string, Field>();
  /** Field codes' keys, longest first, for a cell that starts with a code and goes on with a name. */
  private readonly fieldCodes: [string, Field][];
  private readonly subjects = new Map<string, Subject>();
  private readonly criteria = new Map<string, Criterion>();
  private readonly categories = new Map<string, Category>();
  private readonly stages = new Map<string, string>();
  private readonly decisions = new Map<string, Decision>();

  constructor(readonly plan: Plan) {
    for (const unit of plan.units) {
      setFirst(this.units, unit.code, unit);
      setFirst(this.units, unit.name, unit);
    }
    for (const field of plan.fields) setFirst(this.fields, field.code, field);
    for (const field of plan.fields) setFirst(this.fields, field.name, field);
    this.fieldCodes = plan.fields
      .map((f): [string, Field] => [matchKey(f.code), f])
      .sort((a, b) => b[0].length - a[0].length);
    for (const subject of plan.subjects) {
      setFirst(this.subjects, subject.code, subject);
      setFirst(this.subjects, subject.name, subject);
    }
    for (const criterion of plan.criteria) setFirst(this.criteria, criterion.code, criterion);
    for (const category of plan.categories) setFirst(this.categories, category.name, category);
    for (const stage of plan.stages) setFirst(this.stages, stage, stage);
    for (const decision of plan.decisions) setFirst(this.decisions, decision.name, decision);
  }

  unit(text: string): Unit | undefined {
    return this.units.get(matchKey(text));
  }

  field(text: string): Field | undefined {
    const key = matchKey(text).replace(/^linh vuc\s+/, '');
    const exact = this.fields.get(key);
    if (exact) return exact;
    // "<code>. <name>", "<code> - <name>", "<code>: <name>": the longest code that a separator ends.
    // A separator is a space, or punctuation before a space: "2.4" is not field 2 followed by ".4".
    for (const [code, field] of this.fieldCodes) {
      if (code && key.startsWith(code) && /^(\s|[.:)\-–—](\s|$))/.test(key.slice(code.length))) return field;
    }
    return undefined;
  }

  /** 3 is field "03" when that is the only code that reads as 3; 2.1 could be "2.1" or "2.10". */
  fieldFromNumber(value: number): FieldNumber {
    const candidates = this.plan.fields.filter(
      (f) => /^\s*\d+(\.\d+)?\s*$/.test(f.code) && Number(f.code) === value,
    );
    if (candidates.length === 0) return { field: this.field(String(value)), candidates };
    const field =
      candidates.length === 1 ? candidates[0] : candidates.find((f) => f.code.trim() === String(value));
    return { field, candidates };
  }

  /**
   * The field a date stands for, read day first as Vietnamese Sheets does: 2 October is 2.10. The
   * date's local getters give the day and month the spreadsheet showed. A code that only the
   * month-first reading fits (10.2) is not taken: that would be a guess.
   */
  fieldFromDate(date: Date): FieldDate {
    const day = date.getDate();
    const month = date.getMonth() + 1;
    const reading = (first: number, second: number) => {
      const candidates = this.plan.fields.filter((f) => {
        const parts = dateParts(f.code);
        return parts !== null && parts[0] === first && parts[1] === second;
      });
      const exact = `${first}.${second}`;
      return candidates.length === 1 ? candidates[0] : candidates.find((f) => f.code.trim() === exact);
    };
    if (Number.isNaN(day)) return { field: undefined, monthFirst: undefined };
    return { field: reading(day, month), monthFirst: day === month ? undefined : reading(month, day) };
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

  decision(text: string): Decision | undefined {
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
