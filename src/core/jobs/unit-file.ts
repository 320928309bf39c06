import { PlanLookup } from '../plan/lookup';
import type { Dropdown, WorkbookPort } from '../port';
import type { Plan, Unit } from '../plan/types';
import { NOMINATION_TEMPLATE } from '../workbook/template';
import { UNIT_FILE_HEADER_ROW, unitFileTabName, unitFileTitle } from '../workbook/unit-file';
import { formatFor } from './setup';

/** Rows given the dropdowns and plain-text format, as setup gives a nomination tab. */
const FORMATTED_ROWS = 2000;
/** Excel keeps a list typed into a validation to 255 characters. */
const EXCEL_LIST_LIMIT = 255;

/**
 * A list Excel can hold in the validation itself (no other tab travels with the file), or null. Excel
 * separates its items by commas with no escape, so a name with a comma is offered in a form without
 * one (“Theo dõi, giúp đỡ” as “Theo dõi giúp đỡ” or “Theo dõi”) only if the check reads that form
 * back as the same entry, with no warning.
 */
function excelList<T>(
  entries: { value: T; name: string }[],
  readsAs: (text: string) => T | undefined,
): Dropdown['source'] | null {
  const offered: string[] = [];
  for (const { value, name } of entries) {
    if (name === '') continue;
    const forms = name.includes(',') ? [name.replace(/\s*,\s*/g, ' '), name.split(',')[0].trim()] : [name];
    const form = forms.find((f) => f !== '' && !f.includes(',') && readsAs(f) === value);
    if (form === undefined) return null;
    offered.push(form);
  }
  if (offered.length === 0 || offered.join(',').length > EXCEL_LIST_LIMIT) return null;
  return { kind: 'list', values: offered };
}

/**
 * Writes a unit's intake file into an empty workbook: one tab with the title rows, the nomination
 * header and, where Excel holds them, dropdowns of the unit (and those under it), subjects, fields
 * (names, or codes when the names are too long), stages and decisions. Returns what was left out.
 */
export function writeUnitFile(port: WorkbookPort, plan: Plan, unit: Unit): { tab: string; notes: string[] } {
  const tab = unitFileTabName(unit);
  port.addTab(tab);
  const columns = NOMINATION_TEMPLATE.columns;
  port.writeCells(tab, {
    row: 1,
    column: 1,
    values: [...unitFileTitle(unit, plan.council), columns.map((c) => c.header)],
  });
  const header = {
    headerRow: UNIT_FILE_HEADER_ROW - 1,
    columns: Object.fromEntries(columns.map((c, i) => [c.key, i])),
    missing: [],
  };
  const lookup = new PlanLookup(plan);
  const named = <T extends { name: string }>(list: T[]) => list.map((value) => ({ value, name: value.name }));
  const units = [unit, ...plan.units.filter((u) => u.parent === unit.code)];
  const fieldCodes = plan.fields.map((value) => ({ value, name: value.code }));
  const stages = plan.stages.map((value) => ({ value, name: value }));
  const lists: [string, string, Dropdown['source'] | null][] = [
    ['unit', 'đơn vị', excelList(named(units), (t) => lookup.unit(t))],
    ['subject', 'đối tượng', excelList(named(plan.subjects), (t) => lookup.subject(t))],
    [
      'field',
      'lĩnh vực',
      excelList(named(plan.fields), (t) => lookup.field(t)) ?? excelList(fieldCodes, (t) => lookup.field(t)),
    ],
    ['stage', 'giai đoạn', excelList(stages, (t) => lookup.stage(t))],
    ['decision', 'kết quả xét', excelList(named(plan.decisions), (t) => lookup.decision(t))],
  ];
  const dropdowns: Dropdown[] = [];
  const notes: string[] = [];
  for (const [key, label, source] of lists) {
    const column = header.columns[key];
    if (column === undefined) continue;
    if (source)
      dropdowns.push({ column: column + 1, fromRow: UNIT_FILE_HEADER_ROW + 1, rows: FORMATTED_ROWS, source });
    else
      notes.push(
        `Cột “${columns[column].header}” không có danh sách chọn: danh sách ${label} quá dài cho Excel ` +
          'hoặc có tên chứa dấu phẩy mà Excel không giữ được trong danh sách chọn; đơn vị gõ tay như trong bảng tính chung.',
      );
  }
  port.formatTab(tab, { ...formatFor(NOMINATION_TEMPLATE, header, true), dropdowns });
  return { tab, notes };
}
