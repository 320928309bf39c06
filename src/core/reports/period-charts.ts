import type { Plan } from '../plan/types';
import type { PeriodTally } from '../tally/period';
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
export function periodCharts(plan: Plan, period: PeriodTally): Chart[] {
  const { years } = period;
  // A year still to come has no figure.
  const begun = (t: PeriodTally['byYear'][number]) => period.begun.includes(t);
  const atStage = (s: number) => period.byYear.map((t) => (begun(t) ? period.atStage(s, t.year) : null));
  const unstaged = atStage(-1);
  return [
    {
      kind: 'bars-with-line',
      title: PERIOD_CHART.quotaTitle,
      categories: years.map(String),
      xTitle: 'Năm',
      yTitle: 'Số đề cử',
      bars: { label: PERIOD_CHART.valid, values: period.byYear.map((t) => (begun(t) ? t.quotaValid : null)) },
      line: { label: PERIOD_CHART.quota, values: period.byYear.map((t) => (begun(t) ? t.quotaTotal : null)) },
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
