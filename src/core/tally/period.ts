import type { Plan } from '../plan/types';
import type { CheckedNomination } from '../validate/nomination';
import { stageAtEndOf, type TrackedModel } from './models';
import type { YearTally } from './year';

/**
 * A range of years' figures: each year's tally, the range's valid rows and its models. The period
 * report, the tracking tab, their charts and the written report read them here.
 */
export interface PeriodTally {
  from: number;
  to: number;
  years: number[];
  byYear: YearTally[];
  /**
   * The years that have begun (up to the review year), and any later one that already holds rows: the
   * years with figures. A year still to come has none (its quotas are not yet due), and every document
   * leaves it blank.
   */
  begun: YearTally[];
  /** The review year: the range is still running while it is before `to`. */
  currentYear: number;
  /** Every row of the range, passed or not. */
  rows: number;
  /** The range's rows that passed the check. */
  valid: CheckedNomination[];
  /** Models with a valid row in the range; never more than `valid`. */
  models: TrackedModel[];
  /** Where a model stands at the end of a year: an index of plan.stages, -1 for none written, null before its first row. */
  stageAt: (model: TrackedModel, year: number) => number | null;
  /** How many models stand at each stage (index of plan.stages; -1 none written) at the end of a year. */
  atStage: (stage: number, year: number) => number;
  /** Models with a valid row by the end of a year. */
  modelsBy: (year: number) => number;
}

export function tallyPeriod(
  plan: Plan,
  byYear: YearTally[],
  currentYear: number,
  rows: number,
  models: TrackedModel[],
): PeriodTally {
  const stageAt = (model: TrackedModel, year: number) => stageAtEndOf(plan, model, year);
  return {
    from: byYear[0].year,
    to: byYear[byYear.length - 1].year,
    years: byYear.map((t) => t.year),
    byYear,
    begun: byYear.filter((t) => t.year <= currentYear || t.rows > 0),
    currentYear,
    rows,
    valid: byYear.flatMap((t) => t.valid),
    models,
    stageAt,
    atStage: (stage, year) => models.filter((m) => stageAt(m, year) === stage).length,
    modelsBy: (year) => models.filter((m) => stageAt(m, year) !== null).length,
  };
}
