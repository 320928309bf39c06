import type { YearRange } from '../plan/types';

/**
 * One plan a unit sent (or is awaited from), as the secretariat records it in `Kế hoạch đơn vị`: the
 * plan says each unit issues a plan for the whole period and one for each year, and sends it in.
 */
export interface UnitPlanRecord {
  /** The unit's code. */
  unit: string;
  /** One year (from = to), or the whole period. */
  years: YearRange;
  number: string;
  issued: string;
  /** The day it was received, as written; '' while it is awaited. */
  received: string;
  row: number;
}

export type UnitPlanStatus = 'received' | 'awaited' | 'missing';

/** Where one quota-holding unit stands with its plans for a year. */
export interface UnitPlanLine {
  code: string;
  name: string;
  category: string;
  status: UnitPlanStatus;
  /** The year's own plan, if recorded. */
  year: UnitPlanRecord | null;
  /** A plan covering several years including this one (the period plan), if recorded and received. */
  period: UnitPlanRecord | null;
}

/** For each unit that holds a quota, its plan for `year`: received, recorded but awaited, or missing. */
export function unitPlanLines(
  records: readonly UnitPlanRecord[],
  units: readonly { code: string; name: string; category: string }[],
  year: number,
): UnitPlanLine[] {
  return units.map(({ code, name, category }) => {
    const own = records.filter((r) => r.unit === code);
    const yearly = own.find((r) => r.years.from === year && r.years.to === year) ?? null;
    const period =
      own.find(
        (r) => r.years.from < r.years.to && r.years.from <= year && year <= r.years.to && r.received,
      ) ?? null;
    const status: UnitPlanStatus = !yearly ? 'missing' : yearly.received ? 'received' : 'awaited';
    return { code, name, category, status, year: yearly, period };
  });
}

/** The line as a short cell: “Số 12/KH-UBND, nhận 20/03/2027”, “Chưa nhận (số …)”, “Chưa gửi”. */
export function unitPlanLabel(line: UnitPlanLine): string {
  const number = line.year?.number ? `số ${line.year.number}` : '';
  if (line.status === 'missing') return 'Chưa gửi';
  if (line.status === 'awaited') return number ? `Chưa nhận (${number})` : 'Chưa nhận';
  const received = line.year?.received ?? '';
  const when = /\d/.test(received) ? `nhận ${received}` : 'đã nhận';
  return number
    ? `${number[0].toUpperCase()}${number.slice(1)}, ${when}`
    : when[0].toUpperCase() + when.slice(1);
}

/** The line in a printed table's narrow cell, under “Nhận kế hoạch”: “20/03/2027”, “Chưa nhận”, “Chưa gửi”. */
export function unitPlanShortLabel(line: UnitPlanLine): string {
  if (line.status !== 'received') return line.status === 'awaited' ? 'Chưa nhận' : 'Chưa gửi';
  const received = line.year?.received ?? '';
  return /\d/.test(received) ? received : 'Đã nhận';
}
