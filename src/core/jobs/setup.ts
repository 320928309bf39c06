import { isBlank, type CellValue } from '../cells';
import { CONFIG } from '../plan/config';
import { blankPlan } from '../plan/new-plan';
import { PRESET_PLAN } from '../plan/preset';
import type { Plan } from '../plan/types';
import type { Dropdown, TabFormat, WorkbookPort } from '../port';
import { findHeaderRow, type HeaderMatch } from '../table';
import { vocabularyKey } from '../text';
import { freeTabName } from '../workbook/tab-names';
import { NOMINATION_COLUMNS, NOMINATION_MIN_MATCH, TAB, type NominationColumn } from '../workbook/layout';
import { dataRows, readPlan, type FoundTab } from '../workbook/read-plan';
import type { TabData } from '../workbook/tab';
import { NOMINATION_TEMPLATE, referenceTemplates, type TemplateTab } from '../workbook/template';

/** How far down a new tab's dropdowns and plain-text columns reach. */
const FORMATTED_ROWS = 2000;

export interface SetupReport {
  /** Vietnamese, one line per thing done or deliberately left alone. */
  messages: string[];
  created: string[];
}

export const isEmptyTab = (tab: TabData) => tab.values.every((row) => row.every((cell) => isBlank(cell)));

function columnIndexes(template: TemplateTab, header: HeaderMatch<string> | null): (number | undefined)[] {
  return template.columns.map((def, i) => (header ? header.columns[def.key] : i));
}

/** Places template rows under a header, column by column, wherever the header put each column. */
function alignRows(template: TemplateTab, rows: CellValue[][], header: HeaderMatch<string>): CellValue[][] {
  const indexes = columnIndexes(template, header);
  const width = indexes.reduce((w: number, i) => Math.max(w, (i ?? -1) + 1), 0);
  return rows.map((row) => {
    const out: CellValue[] = new Array<CellValue>(width).fill('');
    indexes.forEach((index, i) => {
      if (index !== undefined) out[index] = row[i] ?? '';
    });
    return out;
  });
}

export function formatFor(template: TemplateTab, header: HeaderMatch<string>, created: boolean): TabFormat {
  const headerRow = header.headerRow + 1;
  const textColumns = template.columns
    .filter((def) => template.textKeys.includes(def.key) && header.columns[def.key] !== undefined)
    .map((def) => (header.columns[def.key] as number) + 1);
  return {
    frozenRows: headerRow,
    boldRows: [headerRow],
    wrap: true,
    textColumns: { columns: textColumns, fromRow: headerRow + 1, rows: FORMATTED_ROWS },
    ...(created ? { columnWidths: template.widths } : {}),
  };
}

function canonicalHeader(template: TemplateTab): HeaderMatch<string> {
  const columns: Record<string, number> = {};
  template.columns.forEach((def, i) => (columns[def.key] = i));
  return { headerRow: 0, columns, missing: [] };
}

/** Writes a whole template into a new or blank tab. */
export function writeTemplate(port: WorkbookPort, name: string, template: TemplateTab): HeaderMatch<string> {
  port.writeCells(name, {
    row: 1,
    column: 1,
    values: [template.columns.map((def) => def.header), ...template.rows],
  });
  return canonicalHeader(template);
}

/** Adds the missing header cells after the header row's last column; returns their headers. */
function appendHeaders(
  port: WorkbookPort,
  tab: TabData,
  header: HeaderMatch<string>,
  wanted: readonly { key: string; header: string }[],
): string[] {
  const missing = wanted.filter((def) => header.columns[def.key] === undefined);
  if (missing.length === 0) return [];
  const row = tab.values[header.headerRow] ?? [];
  let last = row.length;
  while (last > 0 && isBlank(row[last - 1])) last--;
  port.writeCells(tab.name, {
    row: header.headerRow + 1,
    column: last + 1,
    values: [missing.map((d) => d.header)],
  });
  missing.forEach((def, i) => (header.columns[def.key] = last + i));
  return missing.map((def) => def.header);
}

function rowCount(template: TemplateTab): string {
  return template.rows.length > 0 ? `${template.rows.length} dòng` : 'chưa có dòng nào: hãy điền';
}

/** The plan a new workbook's reference tabs are written from, and how setup's messages name it. */
export interface SetupSeed {
  plan: Plan;
  label: string;
}

export const PRESET_SEED: SetupSeed = { plan: PRESET_PLAN, label: 'kế hoạch mẫu' };
export const BLANK_SEED: SetupSeed = { plan: blankPlan(), label: 'mẫu trống' };

const PROTECTION = 'Bảng tham chiếu của kế hoạch: chỉ bộ phận thường trực của Hội đồng sửa.';

/**
 * One reference tab: created from the seed when missing, filled when blank, `Cấu hình` completed with
 * missing parameters, a user's rows never overwritten, and a same-named tab of something else left alone.
 */
function setupReferenceTab(
  port: WorkbookPort,
  tabs: TabData[],
  existing: FoundTab<string> | undefined,
  template: TemplateTab,
  seed: SetupSeed,
  report: SetupReport,
): void {
  const sameName = tabs.find((t) => vocabularyKey(t.name) === vocabularyKey(template.name));
  let name = existing?.tab.name ?? sameName?.name ?? template.name;
  let header: HeaderMatch<string>;
  let created = false;
  if (existing) {
    header = existing.header;
    const rows = dataRows(existing.tab.values, header.headerRow);
    if (rows.length === 0 && template.rows.length > 0) {
      port.writeCells(name, {
        row: header.headerRow + 2,
        column: 1,
        values: alignRows(template, template.rows, header),
      });
      report.messages.push(`Đã điền trang “${name}” từ ${seed.label} (${rowCount(template)}).`);
    } else if (template.kind === 'config') {
      appendMissingConfig(port, existing, template, report);
    } else {
      report.messages.push(
        `Giữ nguyên trang “${name}” (${rows.length ? `đã có ${rows.length} dòng` : 'chưa có dòng nào'}).`,
      );
    }
  } else if (sameName && !isEmptyTab(sameName)) {
    report.messages.push(
      `Trang “${sameName.name}” không có đủ cột của bảng “${template.name}”; chưa sửa để không mất dữ liệu. ` +
        'Hãy đổi tên trang đó rồi chạy lại “Thiết lập bảng tính”.',
    );
    return;
  } else {
    if (!sameName) {
      name = template.name;
      port.addTab(name);
      report.created.push(name);
    }
    header = writeTemplate(port, name, template);
    created = true;
    report.messages.push(`Đã tạo trang “${name}” từ ${seed.label} (${rowCount(template)}).`);
  }
  const formatted = port.formatTab(name, {
    ...formatFor(template, header, created),
    warningProtection: PROTECTION,
  });
  for (const m of formatted) report.messages.push(m);
}

/**
 * The nomination tabs, read after the reference tabs are in place so their dropdowns point at them:
 * missing columns appended to each, or one new `Đề cử` tab when there is none.
 */
function setupNominationTabs(port: WorkbookPort, report: SetupReport): void {
  const after = port.readTabs();
  const reading = readPlan(after);
  const referenceTabs: (FoundTab<string> | undefined)[] = Object.values(reading.found);
  const nominationTabs: { tab: TabData; header: HeaderMatch<string>; created: boolean }[] = [];
  for (const tab of after) {
    if (tab.generated || referenceTabs.some((f) => f?.tab === tab)) continue;
    // Tabs still missing a required column are included, so setup can repair their header row.
    const header = findHeaderRow(tab.values, NOMINATION_COLUMNS, NOMINATION_MIN_MATCH);
    if (header) nominationTabs.push({ tab, header, created: false });
  }
  if (nominationTabs.length === 0) {
    const blank = after.find(
      (t) => vocabularyKey(t.name) === vocabularyKey(TAB.nominations) && isEmptyTab(t),
    );
    const name =
      blank?.name ??
      freeTabName(
        after.map((t) => t.name),
        TAB.nominations,
      );
    if (!blank) {
      port.addTab(name);
      report.created.push(name);
    }
    const header = writeTemplate(port, name, NOMINATION_TEMPLATE);
    nominationTabs.push({ tab: { name, values: [] }, header, created: true });
    report.messages.push(`Đã tạo trang “${name}” để các đơn vị nhập đề cử.`);
  }
  for (const { tab, header, created } of nominationTabs) {
    if (!created) {
      const added = appendHeaders(port, tab, header, NOMINATION_TEMPLATE.columns);
      if (added.length) report.messages.push(`Đã thêm cột ${added.join(', ')} vào trang “${tab.name}”.`);
    }
    const formatted = port.formatTab(tab.name, {
      ...formatFor(NOMINATION_TEMPLATE, header, created),
      dropdowns: nominationDropdowns(reading.plan, reading.found, header),
    });
    for (const m of formatted) report.messages.push(m);
  }
}

/**
 * Creates or repairs the template: missing reference tabs are created from the seed, blank ones
 * filled, missing `Cấu hình` parameters and nomination-tab columns appended. A tab that already holds a
 * user's rows is never overwritten; one named like a reference tab but holding something else is left
 * alone with a message.
 */
export function setupWorkbook(port: WorkbookPort, seed: SetupSeed = PRESET_SEED): SetupReport {
  const report: SetupReport = { messages: [], created: [] };
  const tabs = port.readTabs();
  const { found } = readPlan(tabs);
  // Setup may write into any tab that is not generated: all of them must be open to this user.
  port.ensureWritable(tabs.filter((t) => !t.generated).map((t) => ({ tab: t.name })));
  for (const template of referenceTemplates(seed.plan)) {
    const existing = found[template.kind as keyof typeof found] as FoundTab<string> | undefined;
    setupReferenceTab(port, tabs, existing, template, seed, report);
  }
  setupNominationTabs(port, report);
  return report;
}

function appendMissingConfig(
  port: WorkbookPort,
  found: FoundTab<string>,
  template: TemplateTab,
  report: SetupReport,
): void {
  const nameCol = found.header.columns.name as number;
  const valueCol = found.header.columns.value as number;
  const rows = dataRows(found.tab.values, found.header.headerRow);
  const present = new Set(rows.map((r) => vocabularyKey(String(r.cells[nameCol] ?? ''))));
  // Category quotas and milestones are the council's to add or remove; only the scalar parameters are required.
  // A parameter added to a council's own tab is left blank for the council to fill (the check says
  // what to write), except the one with a neutral default: a preset's value would not be theirs.
  const missing = template.rows
    .filter(([name]) => {
      const key = vocabularyKey(String(name));
      return !present.has(key) && !key.includes(':');
    })
    .map(([name, value]) => [name, name === CONFIG.minSummaryLength ? value : '']);
  if (missing.length === 0) {
    report.messages.push(`Giữ nguyên trang “${found.tab.name}”.`);
    return;
  }
  const width = Math.max(nameCol, valueCol) + 1;
  const values = missing.map(([name, value]) => {
    const row: CellValue[] = new Array<CellValue>(width).fill('');
    row[nameCol] = name;
    row[valueCol] = value;
    return row;
  });
  port.writeCells(found.tab.name, { row: found.tab.values.length + 1, column: 1, values });
  report.messages.push(
    `Đã bổ sung tham số ${missing.map(([n]) => `“${String(n)}”`).join(', ')} vào trang “${found.tab.name}”.`,
  );
}

export function nominationDropdowns(
  plan: Plan,
  found: ReturnType<typeof readPlan>['found'],
  header: HeaderMatch<string>,
): Dropdown[] {
  const fromRow = header.headerRow + 2;
  const dropdowns: Dropdown[] = [];
  const at = (key: NominationColumn, source: Dropdown['source']) => {
    const column = header.columns[key];
    if (column !== undefined) dropdowns.push({ column: column + 1, fromRow, rows: FORMATTED_ROWS, source });
  };
  const rangeOf = (tab: FoundTab<string> | undefined, key: string): Dropdown['source'] | null => {
    const column = tab?.header.columns[key];
    return tab && column !== undefined
      ? { kind: 'range', tab: tab.tab.name, column: column + 1, fromRow: tab.header.headerRow + 2 }
      : null;
  };
  const units = rangeOf(found.units, 'name');
  if (units) at('unit', units);
  const fields = rangeOf(found.fields, 'name');
  if (fields) at('field', fields);
  at('subject', { kind: 'list', values: plan.subjects.map((s) => s.name) });
  at('stage', { kind: 'list', values: plan.stages });
  at('decision', { kind: 'list', values: plan.decisions.map((d) => d.name) });
  return dropdowns;
}
