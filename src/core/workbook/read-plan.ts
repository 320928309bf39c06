import { cellText, isBlank, type Grid } from '../cells';
import { issue, type Issue } from '../issues';
import { toWholeNumber } from '../numbers';
import { CONFIG, MILESTONE_PREFIX, parseQuarter, QUOTA_PREFIX } from '../plan/config';
import { PlanLookup } from '../plan/lookup';
import { PRESET_PLAN } from '../plan/preset';
import type { Category, Criterion, Field, Milestone, Plan, SubjectCode, Unit } from '../plan/types';
import { findHeaderRow, headerKey, type ColumnDef, type HeaderMatch } from '../table';
import { matchKey, cleanText } from '../text';
import {
  CONFIG_COLUMNS,
  CRITERION_COLUMNS,
  FIELD_COLUMNS,
  TAB,
  UNIT_COLUMNS,
  type ConfigColumn,
  type CriterionColumn,
  type FieldColumn,
  type UnitColumn,
} from './layout';
import type { TabData } from './tab';

/** A reference tab as found: by its canonical name, or by its header row if it was renamed. */
export interface FoundTab<K extends string> {
  tab: TabData;
  header: HeaderMatch<K>;
}

export interface ReferenceTabs {
  units?: FoundTab<UnitColumn>;
  fields?: FoundTab<FieldColumn>;
  criteria?: FoundTab<CriterionColumn>;
  config?: FoundTab<ConfigColumn>;
}

export interface PlanReading {
  plan: Plan;
  issues: Issue[];
  found: ReferenceTabs;
}

type Row = { cells: Grid[number]; sheetRow: number };

/**
 * The data rows below a header, skipping blank ones, with their 1-based sheet row numbers. A cell in
 * `ignoreColumn` (the add-on's own check column) does not make a row non-blank.
 */
export function dataRows(grid: Grid, headerRow: number, ignoreColumn = -1): Row[] {
  const rows: Row[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.some((c, i) => i !== ignoreColumn && !isBlank(c))) rows.push({ cells, sheetRow: r + 1 });
  }
  return rows;
}

function findTab<K extends string>(
  tabs: TabData[],
  name: string,
  defs: readonly ColumnDef<K>[],
  issues: Issue[],
): FoundTab<K> | undefined {
  const required = defs.filter((d) => d.required).length;
  const byName = tabs.find((t) => matchKey(t.name) === matchKey(name));
  if (byName) {
    const header = findHeaderRow(byName.values, defs, 1);
    if (header && header.missing.length === 0) return { tab: byName, header };
    const missing = header
      ? header.missing.map((d) => d.header)
      : defs.filter((d) => d.required).map((d) => d.header);
    issues.push(
      issue(
        byName.name,
        header ? header.headerRow + 1 : null,
        null,
        'E_MISSING_COLUMN',
        `Trang “${byName.name}” thiếu cột: ${missing.join(', ')}. Thêm các cột này vào dòng tiêu đề ` +
          `(hoặc chạy “Thiết lập bảng tính”); tạm dùng dữ liệu mặc định của kế hoạch.`,
      ),
    );
    return undefined;
  }
  for (const tab of tabs) {
    const header = findHeaderRow(tab.values, defs, required);
    if (header) return { tab, header };
  }
  issues.push(
    issue(
      name,
      null,
      null,
      'W_MISSING_TAB',
      `Không thấy trang “${name}”; tạm dùng dữ liệu mặc định của kế hoạch. ` +
        `Chạy “Thiết lập bảng tính” để tạo lại trang này.`,
    ),
  );
  return undefined;
}

function text(row: Row, column: number | undefined): string {
  return column === undefined ? '' : cleanText(cellText(row.cells[column]));
}

function headerOf<K extends string>(found: FoundTab<K>, key: K): string {
  const column = found.header.columns[key];
  const headerCell = column === undefined ? undefined : found.tab.values[found.header.headerRow]?.[column];
  return cleanText(cellText(headerCell ?? null));
}

/** Splits a list cell ("Tập thể, Cá nhân" or codes on separate lines). */
export function splitList(value: string): string[] {
  return value
    .split(/[;,\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The rows of a reference tab that have both a code and a name, each code once. A row missing either,
 * or repeating a code, is reported and skipped.
 */
function* codedRows<K extends string>(
  found: FoundTab<K>,
  keys: { code: K; name: K },
  issues: Issue[],
  messages: {
    required: string;
    duplicateCode: string;
    duplicate: (code: string, firstName: string) => string;
  },
): Generator<{ row: Row; code: string; name: string }> {
  const { columns } = found.header;
  const first = new Map<string, string>();
  for (const row of dataRows(found.tab.values, found.header.headerRow)) {
    const code = text(row, columns[keys.code]);
    const name = text(row, columns[keys.name]);
    const at = (key: K, code_: string, message: string) =>
      issues.push(issue(found.tab.name, row.sheetRow, headerOf(found, key), code_, message));
    if (!code || !name) {
      at(code ? keys.name : keys.code, 'E_REQUIRED', messages.required);
      continue;
    }
    const earlier = first.get(matchKey(code));
    if (earlier !== undefined) {
      at(keys.code, messages.duplicateCode, messages.duplicate(code, earlier));
      continue;
    }
    first.set(matchKey(code), name);
    yield { row, code, name };
  }
}

function readConfig(found: FoundTab<ConfigColumn> | undefined, plan: Plan, issues: Issue[]): void {
  if (!found) return;
  const { columns } = found.header;
  const values = new Map<string, { raw: Grid[number][number]; row: number }>();
  for (const row of dataRows(found.tab.values, found.header.headerRow)) {
    const name = text(row, columns.name);
    if (name) values.set(headerKey(name), { raw: row.cells[columns.value ?? -1] ?? null, row: row.sheetRow });
  }
  const sheet = found.tab.name;
  const valueHeader = headerOf(found, 'value');
  const get = (name: string) => values.get(headerKey(name));
  const str = (name: string, fallback: string) => {
    const v = get(name);
    return v && !isBlank(v.raw) ? cleanText(cellText(v.raw)) : fallback;
  };
  const year = (name: string, fallback: number | null): number | null => {
    const v = get(name);
    if (!v || isBlank(v.raw)) return fallback;
    const n = toWholeNumber(v.raw);
    if (n !== null && n >= 1900 && n <= 2200) return n;
    issues.push(
      issue(
        sheet,
        v.row,
        valueHeader,
        'E_BAD_CONFIG',
        `“${name}” phải là một năm (ví dụ 2023), không phải “${cellText(v.raw)}”.`,
      ),
    );
    return fallback;
  };
  plan.organization = str(CONFIG.organization, plan.organization);
  plan.council = str(CONFIG.council, plan.council);
  plan.place = str(CONFIG.place, plan.place);
  plan.startYear = year(CONFIG.startYear, plan.startYear) ?? plan.startYear;
  plan.endYear = year(CONFIG.endYear, plan.endYear) ?? plan.endYear;
  plan.reviewYear = year(CONFIG.reviewYear, null);
  plan.midtermYears = {
    from: year(CONFIG.midtermFrom, plan.midtermYears.from) ?? plan.midtermYears.from,
    to: year(CONFIG.midtermTo, plan.midtermYears.to) ?? plan.midtermYears.to,
  };
  if (plan.endYear < plan.startYear) {
    issues.push(
      issue(
        sheet,
        get(CONFIG.endYear)?.row ?? null,
        valueHeader,
        'E_BAD_CONFIG',
        `“${CONFIG.endYear}” (${plan.endYear}) đứng trước “${CONFIG.startYear}” (${plan.startYear}); sửa lại giai đoạn.`,
      ),
    );
  }
  const minLength = get(CONFIG.minSummaryLength);
  if (minLength && !isBlank(minLength.raw)) {
    const n = toWholeNumber(minLength.raw);
    if (n === null) {
      issues.push(
        issue(
          sheet,
          minLength.row,
          valueHeader,
          'E_BAD_CONFIG',
          `“${CONFIG.minSummaryLength}” phải là một số nguyên.`,
        ),
      );
    } else plan.minSummaryLength = n;
  }

  const categories: Category[] = [];
  const milestones: Milestone[] = [];
  for (const row of dataRows(found.tab.values, found.header.headerRow)) {
    const name = text(row, columns.name);
    const raw = row.cells[columns.value ?? -1] ?? null;
    const key = matchKey(name);
    if (key.startsWith(matchKey(QUOTA_PREFIX))) {
      const category = cleanText(name.slice(name.indexOf(':') + 1));
      const quota = toWholeNumber(raw);
      if (quota === null) {
        issues.push(
          issue(
            sheet,
            row.sheetRow,
            valueHeader,
            'E_BAD_QUOTA',
            `Chỉ tiêu mặc định của “${category}” phải là số nguyên không âm, không phải “${cellText(raw)}”.`,
          ),
        );
      }
      categories.push({ name: category, defaultQuota: quota ?? 0 });
    } else if (key.startsWith(matchKey(MILESTONE_PREFIX))) {
      const when = parseQuarter(matchKey(cellText(raw)));
      if (!when) {
        issues.push(
          issue(
            sheet,
            row.sheetRow,
            valueHeader,
            'E_BAD_CONFIG',
            `Mốc “${name}” cần ghi theo dạng “Quý II/2023”, không phải “${cellText(raw)}”.`,
          ),
        );
      } else milestones.push({ name: cleanText(name.slice(name.indexOf(':') + 1)), ...when });
    }
  }
  if (categories.length > 0) plan.categories = categories;
  if (milestones.length > 0) plan.milestones = milestones;
}

function readFields(
  found: FoundTab<FieldColumn> | undefined,
  plan: Plan,
  lookup: PlanLookup,
  issues: Issue[],
): void {
  if (!found) return;
  const { columns } = found.header;
  const fields: Field[] = [];
  const sectors: Record<string, string[]> = {};
  for (const { row, code, name } of codedRows(found, { code: 'code', name: 'name' }, issues, {
    required: 'Mỗi lĩnh vực cần có cả mã (ví dụ 2.4) và tên lĩnh vực.',
    duplicateCode: 'E_DUPLICATE_CODE',
    duplicate: (code) => `Mã lĩnh vực “${code}” bị trùng; mỗi lĩnh vực cần một mã riêng.`,
  })) {
    const subjects: SubjectCode[] = [];
    for (const part of splitList(text(row, columns.subjects))) {
      const subject = lookup.subjectCode(part);
      if (subject) {
        if (!subjects.includes(subject)) subjects.push(subject);
      } else {
        issues.push(
          issue(
            found.tab.name,
            row.sheetRow,
            headerOf(found, 'subjects'),
            'E_BAD_SUBJECT',
            `“${part}” không phải đối tượng hợp lệ; dùng ${plan.subjects.map((s) => `“${s.name}”`).join(', ')}.`,
          ),
        );
      }
    }
    fields.push({ code, name, subjects });
    if (columns.sectors !== undefined) {
      const list = splitList(text(row, columns.sectors));
      if (list.length > 0) sectors[code] = list.map((s) => lookup.category(s)?.name ?? s);
    }
  }
  plan.fields = fields;
  if (columns.sectors !== undefined) plan.fieldSectors = sectors;
}

function readRequiredFlag(value: string): boolean | null {
  const key = matchKey(value);
  if (['', 'co', 'x', 'true', 'yes', '1', 'bat buoc'].includes(key)) return true;
  if (['khong', 'false', 'no', '0'].includes(key)) return false;
  return null;
}

function readCriteria(
  found: FoundTab<CriterionColumn> | undefined,
  plan: Plan,
  lookup: PlanLookup,
  issues: Issue[],
): void {
  if (!found) return;
  const { columns } = found.header;
  const sheet = found.tab.name;
  const criteria: Criterion[] = [];
  const fields = new PlanLookup(plan); // fields as read from this workbook, not the preset's
  for (const { row, code, name: content } of codedRows(found, { code: 'code', name: 'text' }, issues, {
    required: 'Mỗi tiêu chí cần có mã tiêu chí và nội dung.',
    duplicateCode: 'E_DUPLICATE_CODE',
    duplicate: (code) => `Mã tiêu chí “${code}” bị trùng; mỗi tiêu chí cần một mã riêng.`,
  })) {
    const fieldText = text(row, columns.field);
    const subjectText = text(row, columns.subject);
    const field = fieldText ? fields.field(fieldText) : undefined;
    const subject = subjectText ? lookup.subjectCode(subjectText) : undefined;
    if (fieldText && !field) {
      issues.push(
        issue(
          sheet,
          row.sheetRow,
          headerOf(found, 'field'),
          'E_UNKNOWN_FIELD',
          `Lĩnh vực “${fieldText}” của tiêu chí ${code} không có trong trang “${TAB.fields}”.`,
        ),
      );
      continue;
    }
    if (subjectText && !subject) {
      issues.push(
        issue(
          sheet,
          row.sheetRow,
          headerOf(found, 'subject'),
          'E_BAD_SUBJECT',
          `Đối tượng “${subjectText}” của tiêu chí ${code} không hợp lệ.`,
        ),
      );
      continue;
    }
    const requiredText = text(row, columns.required);
    const required = readRequiredFlag(requiredText);
    if (required === null) {
      issues.push(
        issue(
          sheet,
          row.sheetRow,
          headerOf(found, 'required'),
          'E_BAD_CONFIG',
          `Cột “Bắt buộc” ghi “Có” hoặc “Không”, không phải “${requiredText}”; tạm coi là bắt buộc.`,
        ),
      );
    }
    criteria.push({
      code,
      field: field?.code ?? null,
      subject: subject ?? null,
      profile: text(row, columns.profile) || null,
      text: content,
      required: required ?? true,
    });
  }
  plan.criteria = criteria;
}

function readUnits(found: FoundTab<UnitColumn> | undefined, plan: Plan, issues: Issue[]): void {
  if (!found) return;
  const { columns } = found.header;
  const sheet = found.tab.name;
  const lookup = new PlanLookup(plan);
  const units: Unit[] = [];
  const parents: { unit: Unit; text: string; row: number }[] = [];
  for (const { row, code, name } of codedRows(found, { code: 'code', name: 'name' }, issues, {
    required: 'Mỗi đơn vị cần có cả mã đơn vị và tên đơn vị.',
    duplicateCode: 'E_DUPLICATE_UNIT',
    duplicate: (code, first) => `Mã đơn vị “${code}” đã dùng cho “${first}”; mỗi đơn vị cần một mã riêng.`,
  })) {
    const categoryText = text(row, columns.category);
    const category = lookup.category(categoryText);
    if (!category) {
      issues.push(
        issue(
          sheet,
          row.sheetRow,
          headerOf(found, 'category'),
          'E_UNKNOWN_CATEGORY',
          `Loại đơn vị “${categoryText}” không có trong “${TAB.config}” (các loại: ` +
            `${plan.categories.map((c) => c.name).join('; ')}).`,
        ),
      );
    }
    const quotaRaw = columns.quota === undefined ? null : (row.cells[columns.quota] ?? null);
    const quota = isBlank(quotaRaw) ? null : toWholeNumber(quotaRaw);
    if (!isBlank(quotaRaw) && quota === null) {
      issues.push(
        issue(
          sheet,
          row.sheetRow,
          headerOf(found, 'quota'),
          'E_BAD_QUOTA',
          `Chỉ tiêu “${cellText(quotaRaw)}” phải là số nguyên không âm (hoặc để trống để dùng chỉ tiêu mặc định).`,
        ),
      );
    }
    const unit: Unit = {
      code,
      name,
      category: category?.name ?? categoryText,
      parent: null,
      quota,
      contact: text(row, columns.contact),
    };
    units.push(unit);
    const parentText = text(row, columns.parent);
    if (parentText) parents.push({ unit, text: parentText, row: row.sheetRow });
  }
  plan.units = units;
  const resolved = new PlanLookup(plan);
  for (const { unit, text: parentText, row } of parents) {
    const parent = resolved.unit(parentText);
    if (!parent || parent === unit) {
      issues.push(
        issue(
          sheet,
          row,
          headerOf(found, 'parent'),
          'E_UNKNOWN_PARENT',
          `Đơn vị cấp trên “${parentText}” của “${unit.name}” không có trong trang “${sheet}”.`,
        ),
      );
    } else unit.parent = parent.code;
  }
  breakParentCycles(units, sheet, issues);
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

function clonePreset(): Plan {
  return JSON.parse(JSON.stringify(PRESET_PLAN)) as Plan;
}

/** Reads the plan from the reference tabs; what is missing or broken falls back to the preset. */
export function readPlan(tabs: TabData[]): PlanReading {
  const issues: Issue[] = [];
  const found: ReferenceTabs = {
    config: findTab(tabs, TAB.config, CONFIG_COLUMNS, issues),
    fields: findTab(tabs, TAB.fields, FIELD_COLUMNS, issues),
    criteria: findTab(tabs, TAB.criteria, CRITERION_COLUMNS, issues),
    units: findTab(tabs, TAB.units, UNIT_COLUMNS, issues),
  };
  const plan = clonePreset();
  readConfig(found.config, plan, issues);
  const lookup = new PlanLookup(plan);
  readFields(found.fields, plan, lookup, issues);
  readCriteria(found.criteria, plan, lookup, issues);
  readUnits(found.units, plan, issues);
  return { plan, issues, found };
}
