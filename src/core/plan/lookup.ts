import { nameKey } from '../text';
import {
  NameIndex,
  UNIT_ABBREVIATIONS,
  UNIT_FILLER,
  UNIT_PREFIXES,
  type NameEntry,
  type NameMatch,
} from './name-match';
import type {
  Category,
  Criterion,
  Decision,
  DecisionMeaning,
  Field,
  Plan,
  Subject,
  SubjectCode,
  Unit,
} from './types';

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

/** What councils write for a decision's meaning, besides the decision's own name (README › Danh mục). */
const MEANING_WORDS: Record<DecisionMeaning, readonly string[]> = {
  recognised: ['Công nhận', 'Đã công nhận', 'Được công nhận', 'Đạt'],
  returned: ['Trả lại', 'Không công nhận', 'Không đạt', 'Chưa đạt', 'Không được công nhận'],
  pending: ['Chờ xét', 'Chưa xét', 'Đang xét', 'Chưa quyết định', 'Chưa có kết quả'],
};

/** A stage's names: the name and the council's other names for it. */
function stageEntries(plan: Plan): NameEntry<string>[] {
  return plan.stages.map((s) => ({ value: s, codes: [], names: [s, ...(plan.stageAliases?.[s] ?? [])] }));
}

/**
 * Finds plan entries from what a clerk typed, by the one rule for identity (plan/name-match.ts): a
 * unit by code or name, with or without its prefix or in short form; a field by code, name, or both
 * ("2.4. Phát triển kinh tế hộ gia đình", "I.3 - Bảo vệ rừng", "đ) Văn hóa"); a subject by name or
 * short code; a stage by its name or a whole-word part of it; a decision by name or by the usual
 * words for its meaning. The `…Match` methods say how a text was matched; the short ones return an
 * entry only when the match needs no confirmation (same or understood).
 */
export class PlanLookup {
  private readonly units: NameIndex<Unit>;
  private readonly fields: NameIndex<Field>;
  /** Field codes' keys, longest first, for a cell that starts with a code and goes on with a name. */
  private readonly fieldCodes: [string, Field][];
  private readonly subjects: NameIndex<Subject>;
  private readonly criteria = new Map<string, Criterion>();
  private readonly categories: NameIndex<Category>;
  private readonly stages: NameIndex<string>;
  private readonly decisions: NameIndex<Decision>;
  private readonly meanings: Map<string, DecisionMeaning>;

  constructor(readonly plan: Plan) {
    this.units = new NameIndex(
      plan.units.map((u) => ({ value: u, codes: [u.code], names: [u.name, ...(u.aliases ?? [])] })),
      { generic: UNIT_FILLER, kinds: UNIT_PREFIXES, abbreviations: UNIT_ABBREVIATIONS, parts: true },
    );
    this.fields = new NameIndex(
      plan.fields.map((f) => ({ value: f, codes: [f.code], names: [f.name, ...(f.aliases ?? [])] })),
      { generic: ['lĩnh vực'], parts: true },
    );
    this.fieldCodes = plan.fields
      .map((f): [string, Field] => [nameKey(f.code), f])
      .sort((a, b) => b[0].length - a[0].length);
    this.subjects = new NameIndex(
      plan.subjects.map((s) => ({ value: s, codes: [s.code], names: [s.name, ...(s.aliases ?? [])] })),
      { generic: ['đối tượng'], parts: true },
    );
    for (const criterion of plan.criteria) {
      const key = nameKey(criterion.code);
      if (key && !this.criteria.has(key)) this.criteria.set(key, criterion);
    }
    this.categories = new NameIndex(
      plan.categories.map((c) => ({ value: c, codes: [], names: [c.name] })),
      { parts: true },
    );
    this.stages = new NameIndex(stageEntries(plan), { generic: ['khâu', 'giai đoạn'], parts: true });
    this.decisions = new NameIndex(
      plan.decisions.map((d) => ({ value: d, codes: [], names: [d.name, ...(d.aliases ?? [])] })),
    );
    this.meanings = new Map(
      Object.entries(MEANING_WORDS).flatMap(([meaning, names]) =>
        names.map((n): [string, DecisionMeaning] => [nameKey(n), meaning as DecisionMeaning]),
      ),
    );
  }

  unitMatch(text: string): NameMatch<Unit> {
    return this.units.find(text);
  }

  unit(text: string): Unit | undefined {
    return confirmed(this.unitMatch(text));
  }

  fieldMatch(text: string): NameMatch<Field> {
    const match = this.fields.find(text);
    if (match.kind === 'same') return match;
    // "<code>. <name>", "<code> - <name>", "<code>) <name>": the longest code that a separator ends.
    // A separator is a space, or punctuation before a space: "2.4" is not field 2 followed by ".4".
    const key = nameKey(text).replace(/^lĩnh vực\s+/, '');
    for (const [code, field] of this.fieldCodes) {
      if (code && key.startsWith(code) && /^(\s|[.:)](\s|$))/.test(key.slice(code.length)))
        return { kind: 'same', value: field };
    }
    return match;
  }

  field(text: string): Field | undefined {
    return confirmed(this.fieldMatch(text));
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

  subjectMatch(text: string): NameMatch<Subject> {
    return this.subjects.find(text);
  }

  subject(text: string): Subject | undefined {
    return confirmed(this.subjectMatch(text));
  }

  subjectCode(text: string): SubjectCode | undefined {
    return this.subject(text)?.code;
  }

  criterion(code: string): Criterion | undefined {
    return this.criteria.get(nameKey(code));
  }

  categoryMatch(text: string): NameMatch<Category> {
    return this.categories.find(text);
  }

  category(text: string): Category | undefined {
    return confirmed(this.categoryMatch(text));
  }

  stageMatch(text: string): NameMatch<string> {
    return this.stages.find(text);
  }

  stage(text: string): string | undefined {
    return confirmed(this.stageMatch(text));
  }

  /** A decision by its name, else by the usual words for what it means when one decision means that. */
  decisionMatch(text: string): NameMatch<Decision> {
    const match = this.decisions.find(text);
    if (match.kind === 'same') return match;
    const meaning = this.meanings.get(nameKey(text));
    const meaningIt = meaning ? this.plan.decisions.filter((d) => d.meaning === meaning) : [];
    if (meaningIt.length === 1) return { kind: 'understood', value: meaningIt[0] };
    return match;
  }

  decision(text: string): Decision | undefined {
    return confirmed(this.decisionMatch(text));
  }
}

/** The entry a match found when it needs no confirmation from the user. */
export function confirmed<T>(match: NameMatch<T>): T | undefined {
  return match.kind === 'same' || match.kind === 'understood' ? match.value : undefined;
}

/**
 * A reference tab's name that is no entry of the plan: what it comes close to, said after the error.
 * The plan's own tabs are not read by guesses: a spelling guess or a choice is an error with this hint.
 */
export function closeTo<T>(match: NameMatch<T>, name: (value: T) => string): string {
  if (match.kind === 'spelling')
    return ` Có phải “${name(match.value)}”? (chỉ khớp khi bỏ qua dấu thanh hoặc chữ đ: sửa lại cho đúng)`;
  if (match.kind === 'ambiguous')
    return ` Có thể là ${candidateList(match.values.map(name))}: ghi đầy đủ để chọn đúng một.`;
  return '';
}

/** The names a text could mean, quoted, the first five and how many more. */
export function candidateList(names: string[]): string {
  const more = names.length > 5 ? ` và ${names.length - 5} tên khác` : '';
  return `${names
    .slice(0, 5)
    .map((n) => `“${n}”`)
    .join(', ')}${more}`;
}
