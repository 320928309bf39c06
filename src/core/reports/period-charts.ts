import type { Plan } from '../plan/types';
import { tallyQuotas } from '../quotas/tally';
import type { CheckedNomination } from '../validate/nomination';
import { latestStage, type TrackedModel } from './models-tab';
import type { Chart } from './svg-chart';

/** The two pictures' titles and series names, the same in the print view and on the tab. */
export const PERIOD_CHART = {
  quotaTitle: 'Đề cử hợp lệ so với chỉ tiêu, theo năm',
  valid: 'Đề cử hợp lệ (các đơn vị được giao chỉ tiêu)',
  quota: 'Tổng chỉ tiêu',
  stageTitle: 'Mô hình theo khâu đạt được, theo năm',
};

/**
 * The period report's two pictures, from the figures its tables hold: the valid rows of the quota
 * holders against their quotas, year by year (section 1 summed over the units), and how many models
 * stand at each stage at the end of each year (section 5). A year still to come has no figure.
 */
export function periodCharts(
  plan: Plan,
  rows: CheckedNomination[],
  from: number,
  to: number,
  currentYear: number,
  models: TrackedModel[],
): Chart[] {
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const tallies = years.map((y) => (y <= currentYear ? tallyQuotas(plan, rows, y) : null));
  const sum = (pick: (line: { valid: number; quota: number }) => number) =>
    tallies.map((t) => (t ? t.lines.reduce((s, l) => s + pick(l), 0) : null));
  // As in section 5: a model counts in a year once it has a valid row by then, at its latest stage.
  const stageBy = (t: TrackedModel, year: number) => {
    const sofar = t.rows.filter((r) => (r.year as number) <= year);
    return sofar.length ? latestStage(plan, sofar) : null;
  };
  const atStage = (s: number) => years.map((y) => models.filter((t) => stageBy(t, y) === s).length);
  const unstaged = atStage(-1);
  return [
    {
      kind: 'bars-with-line',
      title: PERIOD_CHART.quotaTitle,
      categories: years.map(String),
      xTitle: 'Năm',
      yTitle: 'Số đề cử',
      bars: { label: PERIOD_CHART.valid, values: sum((l) => l.valid) },
      line: { label: PERIOD_CHART.quota, values: sum((l) => l.quota) },
    },
    {
      kind: 'stacked',
      title: PERIOD_CHART.stageTitle,
      categories: years.map(String),
      xTitle: 'Năm',
      yTitle: 'Số mô hình',
      series: [
        ...plan.stages.map((stage, s) => ({ label: stage, values: atStage(s) })),
        ...(unstaged.some(Boolean) ? [{ label: 'Chưa ghi khâu', values: unstaged }] : []),
      ],
    },
  ];
}
