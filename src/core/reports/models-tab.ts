import type { CellValue } from '../cells';
import type { Model } from '../models/identify';
import { FLAG_LABEL } from '../models/paths';
import type { Plan } from '../plan/types';
import type { GeneratedTab } from '../port';
import { compareVietnamese } from '../text';
import type { CheckedNomination } from '../validate/nomination';
import { balancedWidths } from './column-widths';
import { DOCUMENT_FONT, DocumentBuilder } from './document';
import type { Draft } from './draft';

/** A model's valid rows that fall in the range, and the flags its path shows there. */
export interface TrackedModel {
  model: Model;
  rows: CheckedNomination[];
  flags: string[];
}

/**
 * The models with valid rows in `from`–`to`, by unit in the plan's order, then by name. A row that
 * failed the check is left out here as in every other count of the council's documents: a model whose
 * rows all failed is not tracked at all.
 */
export function trackedModels(plan: Plan, models: Model[], from: number, to: number): TrackedModel[] {
  const order = new Map(plan.units.map((u, i) => [u.code, i]));
  return models
    .map((model) => {
      const rows = model.rows.filter(
        (r) => r.valid && (r.year as number) >= from && (r.year as number) <= to,
      );
      const flags = new Set(model.flags.filter((f) => rows.includes(f.row)).map((f) => FLAG_LABEL[f.code]));
      return { model, rows, flags: [...flags] };
    })
    .filter((t) => t.rows.length > 0)
    .sort(
      (a, b) =>
        (order.get(a.model.unit) ?? 0) - (order.get(b.model.unit) ?? 0) ||
        compareVietnamese(a.model.name, b.model.name),
    );
}

/** A model's year as a cell shows it: “stage · decision”, ✓ for a row with neither, '' for no row. */
export function yearCell(rows: CheckedNomination[], year: number): string {
  const row = rows.find((r) => r.year === year);
  if (!row) return '';
  return [row.stage ?? '', row.decision ?? ''].filter(Boolean).join(' · ') || '✓';
}

/** The stage of a model's latest year among these rows, as an index of `plan.stages`; -1 when none. */
export function latestStage(plan: Plan, rows: CheckedNomination[]): number {
  const staged = rows.filter((r) => r.stage);
  const last = staged[staged.length - 1];
  return last?.stage ? plan.stages.indexOf(last.stage) : -1;
}

/**
 * `Theo dõi mô hình <từ>-<đến>`: one row per model with its stage and decision each year and the flags
 * of its path, then how many models of each unit stand at each stage; valid rows only (trackedModels).
 */
export function modelsTab(
  plan: Plan,
  tracked: TrackedModel[],
  from: number,
  to: number,
  draft: Draft | null = null,
): GeneratedTab {
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  const subjectName = new Map(plan.subjects.map((s) => [s.code, s.name]));
  // A model none of whose rows has a stage gets a column of its own, so the stages add up to the total.
  const unstaged = tracked.some((t) => latestStage(plan, t.rows) === -1);
  const stageColumns = plan.stages.length + 3 + (unstaged ? 1 : 0);
  const width = Math.max(years.length + 5, stageColumns);
  const widths = [40, 210, 150, 95, ...years.map(() => 95), 130];
  while (widths.length < width) widths.push(90);
  const body: CellValue[][] = tracked.map((t, i) => [
    i + 1,
    t.model.name,
    unitName.get(t.model.unit) ?? t.model.unit,
    subjectName.get(t.model.subject) ?? t.model.subject,
    ...years.map((y) => yearCell(t.rows, y)),
    t.flags.join('; '),
  ]);
  if (body.length === 0) body.push(['', `Chưa có đề cử hợp lệ nào trong các năm ${from}–${to}.`]);
  const headers = ['STT', 'Mô hình', 'Đơn vị', 'Đối tượng', ...years.map(String), 'Cảnh báo'];
  // Columns sized to the models' text (the long list), so that its rows take as few lines as they can.
  const doc = new DocumentBuilder(
    plan,
    tracked.length ? balancedWidths(widths, headers, body, DOCUMENT_FONT.size) : widths,
    { draft },
  );
  doc.letterhead(
    `THEO DÕI MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN ${from} – ${to}`,
    `Khâu và kết quả xét từng năm của mỗi mô hình, theo các đề cử hợp lệ (${plan.stages.join(' – ')})`,
  );

  doc.heading('1. Từng mô hình');
  doc.table(headers, body, tracked.length ? [] : [1]);

  doc.blank();
  doc.heading('2. Số mô hình theo khâu đạt được gần nhất, từng đơn vị');
  const units = [...new Set(tracked.map((t) => t.model.unit))];
  const stageIndexes = [...plan.stages.keys(), ...(unstaged ? [-1] : [])];
  const atEachStage = (models: TrackedModel[]) =>
    stageIndexes.map((s) => models.filter((t) => latestStage(plan, t.rows) === s).length);
  const counts: CellValue[][] = units.map((unit, i) => {
    const mine = tracked.filter((t) => t.model.unit === unit);
    return [i + 1, unitName.get(unit) ?? unit, ...atEachStage(mine), mine.length];
  });
  counts.push(['', 'Tổng cộng', ...atEachStage(tracked), tracked.length]);
  // Unit names in the wide second column, as in the first table.
  doc.table(['STT', 'Đơn vị', ...plan.stages, ...(unstaged ? ['Chưa ghi khâu'] : []), 'Tổng'], counts);
  doc.signature([]);
  return doc.build(`models:${from}-${to}`, `Theo dõi mô hình ${from}-${to}`);
}
