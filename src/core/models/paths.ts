import { decisionsMeaning, type Plan } from '../plan/types';
import type { CheckedNomination } from '../validate/nomination';
import type { Model } from './identify';

/** A warning about a model's path, on the row of the year it shows. */
export interface PathFlag {
  row: CheckedNomination;
  code: 'W_STAGE_BACKWARDS' | 'W_STAGE_SKIPPED' | 'W_STAGE_STUCK' | 'W_NOT_REPLICATED';
  message: string;
}

/** Short labels, for the tracking tab's flag column. */
export const FLAG_LABEL: Record<PathFlag['code'], string> = {
  W_STAGE_BACKWARDS: 'khâu lùi',
  W_STAGE_SKIPPED: 'bỏ qua khâu',
  W_STAGE_STUCK: 'dừng ở một khâu',
  W_NOT_REPLICATED: 'chưa nhân rộng',
};

/**
 * The plan's four stages (Phát hiện – Bồi dưỡng – Tổng kết – Nhân rộng in the preset; the council's
 * own `Khâu` rows in order otherwise) are a path each model walks a year at a time. A stage that goes
 * back, one jumped over, two years or more at one stage, and a model recognised but not at the last
 * stage once the period's last year has rows (recognised before that year), are flagged; staying at
 * the last stage is not a stall. The flags belong to the tracking tab and the period report; a row's
 * check column shows only a stage typed backwards in the model's latest year (see validate.ts).
 * `lastYearReached`: whether the workbook holds rows of the period's last year.
 */
export function pathFlags(plan: Plan, model: Model, lastYearReached: boolean): PathFlag[] {
  const flags: PathFlag[] = [];
  const index = (row: CheckedNomination) => (row.stage ? plan.stages.indexOf(row.stage) : -1);
  // One step a year: the furthest stage its rows give (two rows of a year are an E_DUPLICATE anyway),
  // and a flag goes on every row of the year, so nothing depends on which row came first.
  const years: { year: number; at: number; stage: string; rows: CheckedNomination[] }[] = [];
  for (const row of model.rows) {
    const at = index(row);
    if (at < 0) continue;
    const last = years[years.length - 1];
    if (last?.year === row.year) {
      last.rows.push(row);
      if (at > last.at) Object.assign(last, { at, stage: row.stage });
    } else years.push({ year: row.year as number, at, stage: row.stage as string, rows: [row] });
  }
  const flag = (rows: CheckedNomination[], code: PathFlag['code'], message: string) =>
    rows.forEach((row) => flags.push({ row, code, message }));
  let since: (typeof years)[number] | null = null;
  years.forEach((step, i) => {
    const before = years[i - 1];
    if (!before) return;
    if (step.at < before.at)
      flag(
        step.rows,
        'W_STAGE_BACKWARDS',
        `Khâu lùi từ “${before.stage}” (năm ${before.year}) về “${step.stage}” (năm ${step.year}); ` +
          'kiểm tra lại khâu của năm nay, hoặc ghi lý do vào cột Ghi chú.',
      );
    else if (step.at > before.at + 1)
      flag(
        step.rows,
        'W_STAGE_SKIPPED',
        `Từ “${before.stage}” (năm ${before.year}) sang “${step.stage}” (năm ${step.year}) bỏ qua khâu ` +
          `${plan.stages
            .slice(before.at + 1, step.at)
            .map((s) => `“${s}”`)
            .join(', ')}; kiểm tra lại khâu của năm nay.`,
      );
    // Staying at the last stage is the model being replicated year after year, not a stall.
    if (step.at !== before.at || step.at === plan.stages.length - 1) {
      since = null;
      return;
    }
    since ??= before;
    flag(
      step.rows,
      'W_STAGE_STUCK',
      `Mô hình ở khâu “${step.stage}” từ năm ${since.year} đến năm ${step.year}; ` +
        'cần bồi dưỡng, đánh giá để chuyển sang khâu sau.',
    );
  });

  const lastStage = plan.stages.length - 1;
  const meaning = decisionsMeaning(plan);
  const recognised = model.rows.find((r) => meaning(r.decision) === 'recognised');
  const furthest = years.reduce((max, y) => Math.max(max, y.at), -1);
  const final = years[years.length - 1];
  // A model recognised in the last year has had no year to be replicated in: only earlier ones count.
  const early = recognised && plan.period && (recognised.year as number) < plan.period.to;
  if (lastYearReached && plan.period && early && lastStage > 0 && furthest < lastStage && final)
    flag(
      final.rows,
      'W_NOT_REPLICATED',
      `Được công nhận năm ${recognised.year} nhưng đến hết giai đoạn ${plan.period.from}–${plan.period.to} ` +
        `chưa đến khâu “${plan.stages[lastStage]}”; đánh giá khả năng nhân rộng hoặc ghi lý do.`,
    );
  return flags;
}
