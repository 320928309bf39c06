import { NO_CONFIG } from './config';
import type { Plan, YearRange } from './types';

/**
 * A plan with nothing of any council in it: the headers to fill, the neutral minimum summary length,
 * and only the vocabulary of the emulation law itself (the three subjects, the three kinds of
 * decision). Units, fields, criteria, stages, categories and milestones are the council's to write.
 */
export function blankPlan(): Plan {
  return {
    ...NO_CONFIG,
    categories: [],
    milestones: [],
    subjects: [
      { code: 'T', name: 'Tập thể' },
      { code: 'C', name: 'Cá nhân' },
      { code: 'H', name: 'Hộ gia đình' },
    ],
    fields: [],
    fieldSectors: {},
    criteria: [],
    units: [],
    stages: [],
    decisions: [
      { name: 'Chờ xét', meaning: 'pending' },
      { name: 'Công nhận', meaning: 'recognised' },
      { name: 'Trả lại', meaning: 'returned' },
    ],
  };
}

/**
 * A council's next plan: its units, fields, criteria, lists and settings carried forward, the new
 * period, and the dates that belonged to the old period (review year, mid-term range, milestones)
 * left for the council to write.
 */
export function nextPlan(plan: Plan, period: YearRange): Plan {
  return { ...plan, period, reviewYear: null, midterm: null, milestones: [] };
}
