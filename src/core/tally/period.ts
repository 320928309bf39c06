import type { Plan } from '../plan/types';
import type { CheckedNomination } from '../validate/nomination';
import { stageAtEndOf, type TrackedModel } from './models';
import type { YearTally } from './year';

/**
 * A range of years' figures: each year's tally, the range's valid rows and its models. The period report, the tracking tab, their charts and
 * the written report read them here.
 */
export interface PeriodTally {
  from: number;
  to: number;
  years: number[];
  byYear: YearTally[];
  /** The last year that has begun: a later year's quotas are not yet due, so its quota figures are left blank. */
  currentYear: number;
  /** Every row of the range, passed or not. */
  rows: number;
  /** The range's rows that passed the check. */
  valid: CheckedNomination[];
  /** Models with a valid row in the range; never more than `valid`. */
  models: TrackedModel[];
  /** How many models stand at each stage (index of plan.stages; -1 none written) at the end of a year. */
  atStage: (stage: number, year: number) => number;
  /** Models with a valid row by the end of a year. */
  modelsBy: (year: number) => number;
}

export function tallyPeriod(
  plan: Plan,
  years: YearTally[],
  from: number,
  to: number,
  currentYear: number,
  rows: number,
  models: TrackedModel[],
): PeriodTally {
  const range = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return {
    from,
    to,
    years: range,
    byYear: years,
    currentYear,
    rows,
    valid: years.flatMap((t) => t.valid),
    models,
    atStage: (stage, year) => models.filter((m) => stageAtEndOf(plan, m, year) === stage).length,
    modelsBy: (year) => models.filter((m) => stageAtEndOf(plan, m, year) !== null).length,
  };
}
