import type { Criterion } from '../plan/types';
import type { WorkbookPort } from '../port';
import { CriteriaChecker, normaliseCode } from '../validate/criteria-check';
import { editAndRecheckRow } from './check';
import { analyse, type Analysis } from './reports';

/** The criteria checklist of one nomination row, grouped the way the plan groups them. */
export interface RowCriteria {
  sheet: string;
  row: number;
  name: string;
  field: string;
  fieldName: string;
  subject: string;
  groups: { title: string; items: { code: string; text: string; required: boolean; checked: boolean }[] }[];
}

/** Thrown with a Vietnamese message the sidebar shows as is. */
export class RowProblem extends Error {}

function locate(analysis: Analysis, sheet: string, row: number) {
  const tab = analysis.reading.nominationTabs.find((t) => t.name === sheet);
  if (!tab) throw new RowProblem(`Trang “${sheet}” không phải trang đề cử; chọn một ô trong trang đề cử.`);
  const checked = analysis.result.rows.find((r) => r.sheet === sheet && r.row === row);
  if (!checked)
    throw new RowProblem(`Dòng ${row} của trang “${sheet}” chưa có đề cử; chọn một dòng đã nhập.`);
  if (!checked.field || !checked.subject) {
    throw new RowProblem(
      `Dòng ${row} chưa có lĩnh vực và đối tượng hợp lệ; điền hai cột này trước khi chọn tiêu chí.`,
    );
  }
  const subject = checked.subject;
  const field = analysis.reading.plan.fields.find((f) => f.code === checked.field);
  if (!field?.subjects.includes(subject)) {
    throw new RowProblem(
      `Lĩnh vực ${checked.field} không xét đối tượng này; sửa cột Đối tượng hoặc Lĩnh vực trước.`,
    );
  }
  return { tab, checked, field, subject };
}

export function rowCriteria(analysis: Analysis, sheet: string, row: number): RowCriteria {
  const { checked, field, subject } = locate(analysis, sheet, row);
  const { plan } = analysis.reading;
  const applicable = new CriteriaChecker(plan).applicable(field.code, subject);
  const confirmed = new Set(checked.criteria);
  const item = (c: Criterion) => ({
    code: c.code,
    text: c.text,
    required: c.required,
    checked: confirmed.has(c.code),
  });
  const profiles = [...new Set(applicable.flatMap((c) => c.profiles))];
  const groups: RowCriteria['groups'] = [
    { title: 'Tiêu chí chung', items: applicable.filter((c) => c.field === null).map(item) },
    {
      title: `Tiêu chí lĩnh vực ${field.code}`,
      items: applicable.filter((c) => c.field !== null && c.profiles.length === 0).map(item),
    },
    ...profiles.map((p) => ({
      title: `Nhóm: ${p} (chỉ cần đủ một nhóm)`,
      items: applicable.filter((c) => c.profiles.includes(p)).map(item),
    })),
  ].filter((g) => g.items.length > 0);
  return {
    sheet,
    row,
    name: checked.name,
    field: field.code,
    fieldName: field.name,
    subject: plan.subjects.find((s) => s.code === subject)?.name ?? '',
    groups,
  };
}

/**
 * Writes the ticked codes into the row's `Tiêu chí đáp ứng` cell (the one user cell the sidebar
 * edits, at the user's request) and re-checks the row.
 */
export function writeRowCriteria(port: WorkbookPort, sheet: string, row: number, codes: string[]) {
  const analysis = analyse(port);
  const { tab, field, subject } = locate(analysis, sheet, row);
  const applicable = new CriteriaChecker(analysis.reading.plan).applicable(field.code, subject);
  const byCode = new Map(applicable.map((c) => [normaliseCode(c.code), c.code]));
  const chosen = codes.map((code) => {
    const known = byCode.get(normaliseCode(code));
    if (!known)
      throw new RowProblem(`Mã tiêu chí “${code}” không thuộc lĩnh vực ${field.code} của dòng này.`);
    return known;
  });
  const column = tab.header.columns.criteria as number;
  const ordered = applicable.map((c) => c.code).filter((code) => chosen.includes(code));
  const edit = { row, column: column + 1, value: ordered.join('; ') };
  return { codes: ordered, ...editAndRecheckRow(port, analysis.tabs, sheet, edit) };
}
