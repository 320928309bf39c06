import type { CellValue } from '../cells';
import type { Plan } from '../plan/types';
import type { GeneratedTab } from '../port';
import type { TrackedModel } from '../tally/models';
import type { PeriodTally } from '../tally/period';
import { balancedWidths } from './column-widths';
import { DOCUMENT_FONT, DocumentBuilder } from './document';
import type { Draft } from './draft';

/** What a year's cell says of a row that failed the check: it is counted nowhere. */
export const FAILED_CELL = 'Có lỗi, không tính';

/**
 * A model's year as a cell shows it: “stage · decision”, ✓ for a valid row with neither, what a row
 * that failed the check is (never ✓), '' for no row.
 */
export function yearCell(model: TrackedModel, year: number): string {
  const row = model.rows.find((r) => r.year === year);
  if (!row) return model.failed.some((r) => r.year === year) ? FAILED_CELL : '';
  return [row.stage ?? '', row.decision ?? ''].filter(Boolean).join(' · ') || '✓';
}

/**
 * `Theo dõi mô hình <từ>-<đến>`: one row per model with its stage and decision each year and the flags
 * of its path, then how many models of each unit stand at each stage; valid rows only (trackedModels).
 */
export function modelsTab(plan: Plan, period: PeriodTally, draft: Draft | null = null): GeneratedTab {
  const { models: tracked, from, to, years } = period;
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  const subjectName = new Map(plan.subjects.map((s) => [s.code, s.name]));
  // A model none of whose rows has a stage gets a column of its own, so the stages add up to the total.
  const unstaged = tracked.some((t) => period.stageAt(t, to) === -1);
  const stageColumns = plan.stages.length + 3 + (unstaged ? 1 : 0);
  const width = Math.max(years.length + 5, stageColumns);
  const widths = [40, 210, 150, 95, ...years.map(() => 95), 130];
  while (widths.length < width) widths.push(90);
  const body: CellValue[][] = tracked.map((t, i) => [
    i + 1,
    t.model.name,
    unitName.get(t.model.unit) ?? t.model.unit,
    subjectName.get(t.model.subject) ?? t.model.subject,
    ...years.map((y) => yearCell(t, y)),
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
    stageIndexes.map((s) => models.filter((t) => period.stageAt(t, to) === s).length);
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
