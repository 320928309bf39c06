import { PRESET_PLAN } from '../../src/core/plan/preset';
import type { Plan } from '../../src/core/plan/types';

/**
 * Every word of the preset's plan that another council's output must not contain unless its workbook
 * holds it: names of units, categories, fields, criteria, stages, decisions, milestones and places,
 * and its field codes. Words that are the generic vocabulary of every plan (the subjects, "Công nhận"
 * in a title, "Tổng kết" as the name of a final review) are left out.
 */
const GENERIC = new Set(['Tổng kết', 'Công nhận']);

const TRACES = [
  PRESET_PLAN.organization,
  PRESET_PLAN.council,
  PRESET_PLAN.place,
  PRESET_PLAN.propagationRecipient,
  'Phòng Nội vụ',
  ...PRESET_PLAN.units.map((u) => u.name),
  ...PRESET_PLAN.categories.map((c) => c.name),
  ...PRESET_PLAN.fields.map((f) => f.name),
  ...PRESET_PLAN.criteria.map((c) => c.text),
  ...PRESET_PLAN.stages,
  ...PRESET_PLAN.decisions.map((d) => d.name),
  ...PRESET_PLAN.milestones.map((m) => m.name),
].filter((t) => !GENERIC.has(t));

/**
 * The preset's traces found in a text, field codes ("2.4", "2.10") included, less those the
 * workbook's own plan holds; [] when there are none.
 */
export function presetTraces(text: string, heldBy?: Plan): string[] {
  const held = heldBy ? JSON.stringify(heldBy) : '';
  const found = TRACES.filter((t) => text.includes(t) && !held.includes(t));
  const codes = text.match(/(?<![\d.])2\.(?:[1-9]|1[0-2])(?![\d.])/g) ?? [];
  return [...new Set([...found, ...codes])];
}
