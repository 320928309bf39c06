import type { IssueCode } from '../issues';
import type { Field, Subject, SubjectCode } from '../plan/types';
import { quote } from './cell-reading';
import type { CriteriaChecker } from './criteria-check';

/** What the row says besides its field cell: the subject read (if any) and the criteria cell's text. */
export interface RowEvidence {
  subject: Subject | undefined;
  criteria: string;
  /** The criteria column's header, for the message. */
  criteriaHeader: string;
}

export interface FieldNumberReading {
  field: Field | undefined;
  code: Extract<IssueCode, 'W_FIELD_AS_NUMBER' | 'E_UNKNOWN_FIELD'>;
  message: string;
}

const REWRITE = 'Định dạng cột thành “Văn bản thuần” rồi ghi lại mã lĩnh vực';

/**
 * A field cell that a spreadsheet turned into a number several codes read as: 2.1 is "2.1" or "2.10".
 * The number itself cannot say which: a spreadsheet makes 2.10 into 2.1 as readily as it keeps 2.1,
 * so the code written exactly so is no reason to choose it. The row decides: first its subject (a
 * field that does not take it is out), then its criteria (a field stays when the row names at least
 * one criterion of that field's own, not only general ones, and no code that is foreign to it). One
 * field left is read, with a warning that says why; none or several, and the field is an error that
 * says what to write.
 */
export function readFieldNumber(
  shown: string,
  candidates: Field[],
  row: RowEvidence,
  checker: CriteriaChecker,
): FieldNumberReading {
  const codes = orList(candidates.map((f) => f.code));
  const start = `Ô Lĩnh vực đang là số ${shown}, có thể là lĩnh vực ${codes}`;
  const { subject } = row;
  const taking = subject ? candidates.filter((f) => f.subjects.includes(subject.code)) : candidates;
  if (subject && taking.length === 0)
    return unknown(
      `${start}, nhưng không lĩnh vực nào trong số đó xét ${subject.name}. ${REWRITE} cho đúng, hoặc sửa lại đối tượng.`,
    );
  if (subject && taking.length === 1)
    return read(
      taking[0],
      `${start}; đang được hiểu là ${taking[0].code} vì chỉ lĩnh vực ${taking[0].code} xét ${subject.name}.`,
    );
  const fitting = taking.flatMap((f) => {
    const own = ownCriterionWritten(f, subject?.code, row.criteria, checker);
    return own ? [{ field: f, own }] : [];
  });
  if (fitting.length === 1) {
    const { field, own } = fitting[0];
    return read(
      field,
      `${start}; đang được hiểu là ${field.code} vì tiêu chí ${quote(own)} thuộc lĩnh vực ${field.code}.`,
    );
  }
  const examples = taking
    .map((f) => ownCriteria(f, subject?.code, checker)[0])
    .filter((c): c is string => c !== undefined);
  const byCriteria =
    examples.length > 0
      ? `, hoặc ghi vào cột “${row.criteriaHeader}” tiêu chí riêng của lĩnh vực (như ${orList(examples)})`
      : '';
  return unknown(
    `${start}; đối tượng và tiêu chí của dòng này chưa cho biết là lĩnh vực nào. ${REWRITE}${byCriteria} để chọn đúng một.`,
  );

  function read(field: Field, message: string): FieldNumberReading {
    return { field, code: 'W_FIELD_AS_NUMBER', message: `${message} ${REWRITE}.` };
  }
}

function unknown(message: string): FieldNumberReading {
  return { field: undefined, code: 'E_UNKNOWN_FIELD', message };
}

/** The criteria of a field's own (not the general ones), for one subject or for any it takes. */
function ownCriteria(field: Field, subject: SubjectCode | undefined, checker: CriteriaChecker): string[] {
  const subjects = subject ? [subject] : field.subjects;
  return subjects.flatMap((s) =>
    checker
      .applicable(field.code, s)
      .filter((c) => c.field === field.code)
      .map((c) => c.code),
  );
}

/**
 * One of the field's own criteria among those written, when none written is foreign to the field;
 * with no subject read, any subject the field takes will do.
 */
function ownCriterionWritten(
  field: Field,
  subject: SubjectCode | undefined,
  criteria: string,
  checker: CriteriaChecker,
): string | undefined {
  for (const s of subject ? [subject] : field.subjects) {
    const verdict = checker.checkText(field.code, s, criteria);
    if (verdict.unknown.length > 0) continue;
    const own = ownCriteria(field, s, checker);
    const found = verdict.confirmed.find((code) => own.includes(code));
    if (found) return found;
  }
  return undefined;
}

/** “2.1 hoặc 2.10”, “2.1, 2.10 hoặc 2.100”. */
function orList(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} hoặc ${items[items.length - 1]}`;
}
