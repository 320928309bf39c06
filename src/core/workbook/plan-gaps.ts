import type { Issue } from '../issues';

/**
 * What a command needs from the plan. A problem that leaves a need unmet is a gap: the commands that
 * need it stop with the gap's message instead of guessing (the preset is never a fallback).
 * - `tabs`: every reference tab, with its columns and at least one unit, field, criterion and subject;
 * - `period`: the plan's first and last years (and a usable `Năm xét`);
 * - `letterhead`: issuing body, council and place, printed on the council's tabs;
 * - `midterm`: the mid-term review's years.
 */
export type PlanNeed = 'tabs' | 'period' | 'letterhead' | 'midterm';

export interface PlanGap {
  need: PlanNeed;
  issue: Issue;
}

/** Thrown when a command needs what the workbook does not give; its message says what to write where. */
export class PlanIncomplete extends Error {
  constructor(readonly issues: Issue[]) {
    super(
      [
        'Bảng tính chưa đủ thông tin để chạy lệnh này:',
        ...issues.map((i) => `• ${i.message}`),
        'Sửa các ô trên (hoặc chạy “Thiết lập bảng tính”) rồi chạy lại.',
      ].join('\n'),
    );
  }
}

/** Stops a command, listing every gap in what it needs; does nothing when the plan gives all of it. */
export function requirePlan(reading: { gaps: PlanGap[] }, needs: readonly PlanNeed[]): void {
  const issues = reading.gaps.filter((g) => needs.includes(g.need)).map((g) => g.issue);
  if (issues.length > 0) throw new PlanIncomplete(issues);
}
