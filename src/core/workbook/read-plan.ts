import { isBlank } from '../cells';
import { issue, type Issue, type IssueCode } from '../issues';
import { closeTo, PlanLookup } from '../plan/lookup';
import { splitNames, splitOnSeparators } from '../plan/name-list';
import { badQuota, parseQuota } from '../plan/quota';
import type { Criterion, Field, Plan, Unit } from '../plan/types';
import {
  CONFIG_COLUMNS,
  CRITERION_COLUMNS,
  FIELD_COLUMNS,
  LIST_COLUMNS,
  TAB,
  UNIT_COLUMNS,
  UNIT_PLAN_COLUMNS,
  type ConfigColumn,
  type CriterionColumn,
  type FieldColumn,
  type ListColumn,
  type UnitColumn,
  type UnitPlanColumn,
} from './layout';
import type { PlanGap } from './plan-gaps';
import { readConfig } from './read-config';
import { readLists } from './read-lists';
import {
  aliasesOf,
  codedRows,
  findTab,
  gap,
  headerOf,
  rowList,
  rowText,
  type FoundTab,
  type Problems,
  type Row,
} from './reference-tab';
import { vocabularyKey } from '../text';
import type { TabData } from './tab';

export { dataRows, type FoundTab } from './reference-tab';

export interface ReferenceTabs {
  units?: FoundTab<UnitColumn>;
  fields?: FoundTab<FieldColumn>;
  criteria?: FoundTab<CriterionColumn>;
  config?: FoundTab<ConfigColumn>;
  lists?: FoundTab<ListColumn>;
  /** Optional: the plans units sent the secretariat (see read-unit-plans.ts). */
  unitPlans?: FoundTab<UnitPlanColumn>;
}

export interface PlanReading {
  plan: Plan;
  issues: Issue[];
  /** Problems that stop the commands needing what they leave out (see plan-gaps.ts). */
  gaps: PlanGap[];
  /** Parameters left blank whose neutral default was taken, as sentences to show the user. */
  defaults: string[];
  found: ReferenceTabs;
}

/** A tab that exists but holds no row of what the plan needs: no command can work without it. */
function emptyTab(found: FoundTab<string> | undefined, what: string, problems: Problems): void {
  if (!found) return;
  gap(
    problems,
    'tabs',
    issue(
      found.tab.name,
      null,
      null,
      'E_BAD_CONFIG',
      `Trang “${found.tab.name}” chưa có ${what} nào; điền trước khi chạy các lệnh.`,
    ),
  );
}

/**
 * Which reference tabs were found. A name that should match a missing tab is not reported: the missing
 * tab is the one issue, not a thousand rows pointing at it.
 */
type Present = Record<'config' | 'lists' | 'fields' | 'criteria' | 'units', boolean>;

function readFields(
  found: FoundTab<FieldColumn> | undefined,
  lookup: PlanLookup,
  present: Present,
  problems: Problems,
) {
  const fields: Field[] = [];
  const fieldSectors: Record<string, string[]> = {};
  if (!found) return { fields, fieldSectors };
  const { columns } = found.header;
  const at = (row: number, key: FieldColumn, code: IssueCode, message: string) =>
    problems.issues.push(issue(found.tab.name, row, headerOf(found, key), code, message));
  for (const { row, code, name } of codedRows(found, { code: 'code', name: 'name' }, problems.issues, {
    required: 'Mỗi lĩnh vực cần có cả mã và tên lĩnh vực.',
    duplicateCode: 'E_DUPLICATE_CODE',
    duplicate: (code) => `Mã lĩnh vực “${code}” bị trùng; mỗi lĩnh vực cần một mã riêng.`,
  })) {
    const subjects = splitNames(rowList(row, columns.subjects), (s) => lookup.subjectCode(s));
    for (const part of present.lists ? subjects.unknown : []) {
      at(
        row.sheetRow,
        'subjects',
        'E_BAD_SUBJECT',
        `“${part}” không có trong danh mục đối tượng; dùng ${lookup.plan.subjects.map((s) => `“${s.name}”`).join(', ')}, cách nhau bằng dấu “;”.` +
          closeTo(lookup.subjectMatch(part), (s) => s.name),
      );
    }
    const aliases = aliasesOf(row, columns.aliases);
    fields.push({ code, name, subjects: subjects.found, ...(aliases && { aliases }) });
    const sectors = splitNames(rowList(row, columns.sectors), (s) => lookup.category(s)?.name);
    for (const part of present.config ? sectors.unknown : []) {
      at(
        row.sheetRow,
        'sectors',
        'E_UNKNOWN_CATEGORY',
        `Ngành “${part}” không phải loại đơn vị nào trong trang “${TAB.config}” (các loại: ${lookup.plan.categories
          .map((c) => c.name)
          .join('; ')}); tách các loại bằng dấu “;”.` + closeTo(lookup.categoryMatch(part), (c) => c.name),
      );
    }
    if (sectors.found.length > 0) fieldSectors[code] = sectors.found;
  }
  if (fields.length === 0) emptyTab(found, 'lĩnh vực', problems);
  return { fields, fieldSectors };
}

function readRequiredFlag(value: string): boolean | null {
  const key = vocabularyKey(value);
  if (['', 'co', 'x', 'true', 'yes', '1', 'bat buoc'].includes(key)) return true;
  if (['khong', 'false', 'no', '0'].includes(key)) return false;
  return null;
}

/**
 * A criterion's field (blank: general) and subjects (a list such as `Tập thể; Cá nhân`, or blank for
 * every subject). An unknown field drops the criterion; an unknown subject is reported by name and
 * the criterion kept for the subjects that are known, or dropped when none is.
 */
function criterionPlace(
  found: FoundTab<CriterionColumn>,
  row: Row,
  code: string,
  lookup: PlanLookup,
  present: Present,
  problems: Problems,
): Pick<Criterion, 'field' | 'subjects'> | null {
  const { columns } = found.header;
  const at = (key: CriterionColumn, issueCode: IssueCode, message: string) =>
    problems.issues.push(issue(found.tab.name, row.sheetRow, headerOf(found, key), issueCode, message));
  const fieldRaw = columns.field === undefined ? null : (row.cells[columns.field] ?? null);
  const fieldText = rowText(row, columns.field);
  const field =
    typeof fieldRaw === 'number'
      ? lookup.fieldFromNumber(fieldRaw).field
      : fieldText
        ? lookup.field(fieldText)
        : undefined;
  if (fieldText && !field) {
    if (present.fields)
      at(
        'field',
        'E_UNKNOWN_FIELD',
        `Lĩnh vực “${fieldText}” của tiêu chí ${code} không có trong trang “${TAB.fields}”.` +
          closeTo(lookup.fieldMatch(fieldText), (f) => f.code),
      );
    return null;
  }
  const subjects = splitNames(rowList(row, columns.subject), (s) => lookup.subjectCode(s));
  if (subjects.unknown.length > 0 && present.lists) {
    at(
      'subject',
      'E_BAD_SUBJECT',
      `Đối tượng ${subjects.unknown.map((s) => `“${s}”`).join(', ')} của tiêu chí ${code} không có trong danh mục ` +
        `đối tượng; ghi ${lookup.plan.subjects.map((s) => `“${s.name}”`).join(', ')}, cách nhau bằng dấu “;”, ` +
        'hoặc để trống nếu tiêu chí dành cho mọi đối tượng.',
    );
  }
  // A list of unknown names alone must not read as blank, which means every subject.
  if (subjects.unknown.length > 0 && subjects.found.length === 0) return null;
  return { field: field?.code ?? null, subjects: subjects.found };
}

function readCriteria(
  found: FoundTab<CriterionColumn> | undefined,
  lookup: PlanLookup,
  present: Present,
  problems: Problems,
) {
  const criteria: Criterion[] = [];
  if (!found) return criteria;
  const { columns } = found.header;
  const sheet = found.tab.name;
  const at = (row: number, key: CriterionColumn, code: IssueCode, message: string) =>
    problems.issues.push(issue(sheet, row, headerOf(found, key), code, message));
  for (const { row, code, name: content } of codedRows(
    found,
    { code: 'code', name: 'text' },
    problems.issues,
    {
      required: 'Mỗi tiêu chí cần có mã tiêu chí và nội dung.',
      duplicateCode: 'E_DUPLICATE_CODE',
      duplicate: (code) => `Mã tiêu chí “${code}” bị trùng; mỗi tiêu chí cần một mã riêng.`,
    },
  )) {
    const place = criterionPlace(found, row, code, lookup, present, problems);
    if (!place) continue;
    const requiredText = rowText(row, columns.required);
    const required = readRequiredFlag(requiredText);
    if (required === null) {
      at(
        row.sheetRow,
        'required',
        'E_BAD_CONFIG',
        `Cột “Bắt buộc” ghi “Có” hoặc “Không”, không phải “${requiredText}”; tạm coi là bắt buộc.`,
      );
    }
    criteria.push({
      code,
      ...place,
      profiles: splitOnSeparators(rowList(row, columns.profile)),
      text: content,
      required: required ?? true,
    });
  }
  if (criteria.length === 0) emptyTab(found, 'tiêu chí', problems);
  return criteria;
}

function readUnits(
  found: FoundTab<UnitColumn> | undefined,
  lookup: PlanLookup,
  present: Present,
  problems: Problems,
): Unit[] {
  const units: Unit[] = [];
  if (!found) return units;
  const { columns } = found.header;
  const sheet = found.tab.name;
  const at = (row: number, key: UnitColumn, code: IssueCode, message: string) =>
    problems.issues.push(issue(sheet, row, headerOf(found, key), code, message));
  const parents: { unit: Unit; text: string; row: number }[] = [];
  for (const { row, code, name } of codedRows(found, { code: 'code', name: 'name' }, problems.issues, {
    required: 'Mỗi đơn vị cần có cả mã đơn vị và tên đơn vị.',
    duplicateCode: 'E_DUPLICATE_UNIT',
    duplicate: (code, first) => `Mã đơn vị “${code}” đã dùng cho “${first}”; mỗi đơn vị cần một mã riêng.`,
  })) {
    const categoryText = rowText(row, columns.category);
    const category = lookup.category(categoryText);
    if (!category && present.config) {
      at(
        row.sheetRow,
        'category',
        'E_UNKNOWN_CATEGORY',
        `Loại đơn vị “${categoryText}” không có trong “${TAB.config}” (các loại: ` +
          `${lookup.plan.categories.map((c) => c.name).join('; ') || 'chưa có dòng “Chỉ tiêu: <loại đơn vị>” nào'}).` +
          closeTo(lookup.categoryMatch(categoryText), (c) => c.name),
      );
    }
    const quotaRaw = columns.quota === undefined ? null : (row.cells[columns.quota] ?? null);
    const quota = isBlank(quotaRaw) ? null : parseQuota(quotaRaw);
    if (!isBlank(quotaRaw) && quota === null)
      at(
        row.sheetRow,
        'quota',
        'E_BAD_QUOTA',
        badQuota(quotaRaw, 'Chỉ tiêu', 'hoặc để trống để dùng chỉ tiêu mặc định'),
      );
    const unit: Unit = {
      code,
      name,
      category: category?.name ?? categoryText,
      parent: null,
      quota: quota?.min ?? null,
      ...(quota && quota.max !== quota.min && { quotaMax: quota.max }),
      contact: rowText(row, columns.contact),
    };
    const aliases = aliasesOf(row, columns.aliases);
    if (aliases) unit.aliases = aliases;
    units.push(unit);
    const parentText = rowText(row, columns.parent);
    if (parentText) parents.push({ unit, text: parentText, row: row.sheetRow });
  }
  const resolved = new PlanLookup({ ...lookup.plan, units });
  for (const { unit, text: parentText, row } of parents) {
    const parent = resolved.unit(parentText);
    if (!parent || parent === unit) {
      at(
        row,
        'parent',
        'E_UNKNOWN_PARENT',
        `Đơn vị cấp trên “${parentText}” của “${unit.name}” không có trong trang “${sheet}”.` +
          closeTo(resolved.unitMatch(parentText), (u) => u.name),
      );
    } else unit.parent = parent.code;
  }
  breakParentCycles(units, sheet, problems.issues);
  if (units.length === 0) emptyTab(found, 'đơn vị', problems);
  return units;
}

/** A cycle of parents would make quotas roll up forever; each cycle is reported and cut. */
function breakParentCycles(units: Unit[], sheet: string, issues: Issue[]): void {
  const byCode = new Map(units.map((u) => [u.code, u]));
  for (const start of units) {
    const path = new Set<Unit>();
    let current: Unit | undefined = start;
    while (current?.parent) {
      path.add(current);
      const parent = byCode.get(current.parent);
      if (!parent) break;
      if (path.has(parent)) {
        issues.push(
          issue(
            sheet,
            null,
            null,
            'E_PARENT_CYCLE',
            `Đơn vị cấp trên của “${current.name}” tạo thành vòng lặp; bỏ liên kết này.`,
          ),
        );
        current.parent = null;
        break;
      }
      current = parent;
    }
  }
}

/**
 * Reads the plan from the reference tabs, and nothing else: the preset only seeds new workbooks.
 * What is missing or broken is an issue, and a gap where a command cannot do without it.
 */
export function readPlan(tabs: TabData[]): PlanReading {
  const problems: Problems = { issues: [], gaps: [] };
  const found: ReferenceTabs = {
    config: findTab(tabs, TAB.config, CONFIG_COLUMNS, problems),
    lists: findTab(tabs, TAB.lists, LIST_COLUMNS, problems),
    fields: findTab(tabs, TAB.fields, FIELD_COLUMNS, problems),
    criteria: findTab(tabs, TAB.criteria, CRITERION_COLUMNS, problems),
    units: findTab(tabs, TAB.units, UNIT_COLUMNS, problems),
    unitPlans: findTab(tabs, TAB.unitPlans, UNIT_PLAN_COLUMNS, problems, true),
  };
  const { values: config, defaults } = readConfig(found.config, problems);
  const lists = readLists(found.lists, problems);
  const plan: Plan = { ...config, ...lists, fields: [], fieldSectors: {}, criteria: [], units: [] };
  const present: Present = {
    config: !!found.config,
    lists: !!found.lists,
    fields: !!found.fields,
    criteria: !!found.criteria,
    units: !!found.units,
  };
  Object.assign(plan, readFields(found.fields, new PlanLookup(plan), present, problems));
  plan.criteria = readCriteria(found.criteria, new PlanLookup(plan), present, problems);
  plan.units = readUnits(found.units, new PlanLookup(plan), present, problems);
  return { plan, issues: problems.issues, gaps: problems.gaps, defaults, found };
}
