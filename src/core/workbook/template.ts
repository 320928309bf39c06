import type { CellValue } from '../cells';
import { configRows } from '../plan/config';
import { quotaText } from '../plan/quota';
import type { Plan } from '../plan/types';
import type { ColumnDef } from '../table';
import {
  CONFIG_COLUMNS,
  CRITERION_COLUMNS,
  DECISION_MEANING_NAME,
  FIELD_COLUMNS,
  LIST_COLUMNS,
  LIST_NAME,
  NOMINATION_COLUMNS,
  TAB,
  UNIT_COLUMNS,
  UNIT_PLAN_COLUMNS,
  type NominationColumn,
} from './layout';

/** A tab as a new template writes it: its columns, the preset's rows in column order, widths. */
export interface TemplateTab {
  kind: 'config' | 'lists' | 'units' | 'fields' | 'criteria' | 'unitPlans' | 'nominations';
  name: string;
  columns: readonly ColumnDef[];
  rows: CellValue[][];
  /** Pixel widths, one per column. */
  widths: number[];
  /** Columns users type codes into ("2.10", "X01"): kept as plain text so Sheets does not turn them into numbers. */
  textKeys: readonly string[];
}

/** A `Tên khác` cell: the other names, `;`-separated; blank when there are none. */
const aliasCell = (aliases: readonly string[] | undefined): string => (aliases ?? []).join('; ');

export function referenceTemplates(plan: Plan): TemplateTab[] {
  const subjectName = new Map(plan.subjects.map((s) => [s.code, s.name]));
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  return [
    {
      kind: 'config',
      name: TAB.config,
      columns: CONFIG_COLUMNS,
      rows: configRows(plan),
      widths: [320, 360],
      // Plain text, so Sheets keeps a milestone such as “10/2026” a month and a quota “1-3” a range
      // instead of making dates of them; years and numbers typed as text are read all the same.
      textKeys: ['name', 'value'],
    },
    {
      kind: 'lists',
      name: TAB.lists,
      columns: LIST_COLUMNS,
      rows: [
        ...plan.subjects.map((s) => [
          LIST_NAME.subjects,
          s.name,
          s.code === s.name ? '' : s.code,
          '',
          aliasCell(s.aliases),
        ]),
        ...plan.stages.map((s) => [LIST_NAME.stages, s, '', '', aliasCell(plan.stageAliases?.[s])]),
        ...plan.decisions.map((d) => [
          LIST_NAME.decisions,
          d.name,
          '',
          DECISION_MEANING_NAME[d.meaning],
          aliasCell(d.aliases),
        ]),
      ],
      widths: [140, 280, 100, 140, 220],
      textKeys: ['list', 'name', 'code', 'meaning', 'aliases'],
    },
    {
      kind: 'units',
      name: TAB.units,
      columns: UNIT_COLUMNS,
      rows: plan.units.map((u) => [
        u.code,
        u.name,
        u.category,
        u.parent ? (unitName.get(u.parent) ?? u.parent) : '',
        u.quota === null ? '' : u.quotaMax === undefined ? u.quota : quotaText(u.quota, u.quotaMax),
        u.contact,
        aliasCell(u.aliases),
      ]),
      widths: [90, 300, 170, 220, 100, 220, 220],
      // The quota too: a range “1-3” typed in a number cell becomes a date.
      textKeys: ['code', 'name', 'category', 'parent', 'quota', 'contact', 'aliases'],
    },
    {
      kind: 'fields',
      name: TAB.fields,
      columns: FIELD_COLUMNS,
      rows: plan.fields.map((f) => [
        f.code,
        f.name,
        f.subjects.map((s) => subjectName.get(s) ?? s).join(', '),
        (plan.fieldSectors[f.code] ?? []).join('; '),
        aliasCell(f.aliases),
      ]),
      widths: [60, 380, 220, 200, 220],
      textKeys: ['code', 'name', 'subjects', 'sectors', 'aliases'],
    },
    {
      kind: 'criteria',
      name: TAB.criteria,
      columns: CRITERION_COLUMNS,
      rows: plan.criteria.map((c) => [
        c.code,
        c.field ?? '',
        c.subjects.map((s) => subjectName.get(s) ?? s).join('; '),
        c.profiles.join('; '),
        c.text,
        c.required ? 'Có' : 'Không',
      ]),
      widths: [90, 70, 110, 200, 520, 80],
      textKeys: ['code', 'field', 'subject', 'profile', 'text', 'required'],
    },
    {
      // Filled by the secretariat as units' plans arrive; a new workbook starts it empty.
      kind: 'unitPlans',
      name: TAB.unitPlans,
      columns: UNIT_PLAN_COLUMNS,
      rows: [],
      widths: [90, 260, 170, 120, 120, 240],
      // Dates typed as text stay as written (15/03/2027), whatever the spreadsheet's locale.
      textKeys: UNIT_PLAN_COLUMNS.map((c) => c.key),
    },
  ];
}

/** Columns a new nomination tab leaves out: personal data, and the model code the add-on writes on request. */
const NOT_IN_TEMPLATE: readonly NominationColumn[] = ['birthYear', 'nationalId', 'model'];
const NUMERIC: readonly NominationColumn[] = ['index', 'year', 'birthYear'];
const NOMINATION_WIDTHS: Partial<Record<NominationColumn, number>> = {
  index: 50,
  year: 60,
  unit: 200,
  name: 240,
  subject: 100,
  field: 200,
  position: 220,
  summary: 360,
  criteria: 160,
  evidence: 200,
  stage: 110,
  decision: 120,
  note: 160,
  check: 280,
};

/** The nomination tab of a new template; the personal-data columns are left for a council to add. */
export const NOMINATION_TEMPLATE: TemplateTab = {
  kind: 'nominations',
  name: TAB.nominations,
  columns: NOMINATION_COLUMNS.filter((c) => !NOT_IN_TEMPLATE.includes(c.key)),
  rows: [],
  widths: NOMINATION_COLUMNS.filter((c) => !NOT_IN_TEMPLATE.includes(c.key)).map(
    (c) => NOMINATION_WIDTHS[c.key] ?? 120,
  ),
  textKeys: NOMINATION_COLUMNS.filter((c) => !NUMERIC.includes(c.key)).map((c) => c.key),
};
