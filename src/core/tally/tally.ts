import type { Plan } from '../plan/types';
import type { ValidationResult } from '../validate/validate';
import { trackedModels } from './models';
import { tallyPeriod, type PeriodTally } from './period';
import { quotaHolders } from './quotas';
import type { UnitPlanRecord } from './unit-plans';
import { tallyYear, type YearTally } from './year';

/**
 * The one tally behind every figure: built once from the checked rows of a workbook, it hands each
 * document, the sidebar and every message the same year and period figures (computed on first ask and
 * kept), so that two outputs of one reading cannot disagree.
 */
export class Tally {
  private readonly years = new Map<number, YearTally>();
  private readonly periods = new Map<string, PeriodTally>();
  /** Each unit's quota holder (the roll-up rule), the same for every year. */
  private readonly holders: Map<string, string | null>;

  constructor(
    readonly plan: Plan,
    private readonly result: Pick<ValidationResult, 'rows' | 'models'>,
    private readonly unitPlans: readonly UnitPlanRecord[] | null,
  ) {
    this.holders = quotaHolders(plan);
  }

  year(year: number): YearTally {
    let tally = this.years.get(year);
    if (!tally) {
      tally = tallyYear(this.plan, this.result.rows, year, this.unitPlans, this.holders);
      this.years.set(year, tally);
    }
    return tally;
  }

  /** `from`–`to`; years after `currentYear` (the review year) are still to come. */
  period(from: number, to: number, currentYear: number = to): PeriodTally {
    const key = `${from}-${to}-${currentYear}`;
    let tally = this.periods.get(key);
    if (!tally) {
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const rows = this.result.rows.filter((r) => r.year !== null && r.year >= from && r.year <= to);
      tally = tallyPeriod(
        this.plan,
        years.map((y) => this.year(y)),
        currentYear,
        rows.length,
        trackedModels(this.plan, this.result.models, this.result.rows, from, to),
      );
      this.periods.set(key, tally);
    }
    return tally;
  }
}
