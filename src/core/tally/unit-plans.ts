import type { YearRange } from '../plan/types';
import { TAB } from '../workbook/layout';

/**
 * One plan a unit sent (or is awaited from), as the secretariat records it in `Kế hoạch đơn vị`: the
 * plan says each unit issues a plan for the whole period and one for each year, and sends it in.
 */
export interface UnitPlanRecord {
  /** The unit's code. */
  unit: string;
  /** One year (from = to), or several: the whole period, or a part of it. */
  years: YearRange;
  number: string;
  issued: string;
  /** The day it was received, as written; '' while it is awaited. */
  received: string;
  row: number;
}

export type UnitPlanStatus = 'received' | 'awaited' | 'missing';

/** The two plans the council's plan asks of each unit: one for the whole period, one for each year. */
export type UnitPlanKind = 'period' | 'year';
export const UNIT_PLAN_KINDS: readonly UnitPlanKind[] = ['period', 'year'];

/** Where a unit stands with one of its plans. */
export interface UnitPlanState {
  /** Received; recorded (a number, a date issued) but not received yet; or not recorded at all. */
  status: UnitPlanStatus;
  /** The row it stands on (the received one when there are several); null when missing. */
  record: UnitPlanRecord | null;
}

/** Where one quota-holding unit stands with its plans for a year. */
export interface UnitPlanLine {
  code: string;
  name: string;
  category: string;
  /** The year the line is for. */
  year: number;
  /** The plan's period, which the period plan is asked to cover; null when the plan sets none. */
  periodYears: YearRange | null;
  /**
   * `period`: a record covering several years, `year` among them (normally the plan's whole period;
   * a plan for part of it, say 2026–2028, counts for the years it covers). `year`: the record for
   * `year` alone. Neither stands in for the other.
   */
  plans: Record<UnitPlanKind, UnitPlanState>;
}

const stateOf = (candidates: UnitPlanRecord[]): UnitPlanState => {
  const record = candidates.find((r) => r.received) ?? candidates[0] ?? null;
  return { status: !record ? 'missing' : record.received ? 'received' : 'awaited', record };
};

/**
 * For each unit that holds a quota, its period plan and its plan for `year`: each received, recorded
 * but awaited, or missing. Of several records covering `year` the received one counts, then the one for
 * the plan's whole period, then the widest. A record for one year counts for that year only, so one for a
 * year outside `period` never counts for a year in it; a period record never counts as a year's plan.
 */
export function unitPlanLines(
  records: readonly UnitPlanRecord[],
  units: readonly { code: string; name: string; category: string }[],
  year: number,
  period: YearRange | null,
): UnitPlanLine[] {
  const whole = (r: UnitPlanRecord) =>
    period !== null && r.years.from === period.from && r.years.to === period.to;
  return units.map(({ code, name, category }) => {
    const own = records.filter((r) => r.unit === code);
    const covering = own
      .filter((r) => r.years.from < r.years.to && r.years.from <= year && year <= r.years.to)
      .sort(
        (a, b) =>
          Number(whole(b)) - Number(whole(a)) ||
          b.years.to - b.years.from - (a.years.to - a.years.from) ||
          a.row - b.row,
      );
    const yearly = own.filter((r) => r.years.from === year && r.years.to === year);
    return {
      code,
      name,
      category,
      year,
      periodYears: period,
      plans: { period: stateOf(covering), year: stateOf(yearly) },
    };
  });
}

const range = (years: YearRange) => (years.from === years.to ? `${years.from}` : `${years.from}–${years.to}`);

/** What a plan is called: “kế hoạch giai đoạn 2026–2030”, “kế hoạch năm 2026”. */
export function planTitle(kind: UnitPlanKind, year: number, period: YearRange | null): string {
  if (kind === 'year') return `kế hoạch năm ${year}`;
  return period ? `kế hoạch giai đoạn ${range(period)}` : 'kế hoạch giai đoạn';
}

/** What this unit's plan is called; a period plan by the years its record covers, if there is one. */
export function unitPlanTitle(line: UnitPlanLine, kind: UnitPlanKind): string {
  return planTitle(kind, line.year, line.plans.period.record?.years ?? line.periodYears);
}

/**
 * What a unit still owes of its plans, as a clause for a message (“chưa gửi kế hoạch giai đoạn
 * 2026–2030 và kế hoạch năm 2026”, “bộ phận thường trực chưa nhận được kế hoạch năm 2026 (số 3/KH)”);
 * '' when both are received.
 */
export function unitPlansOwed(line: UnitPlanLine): string {
  const missing = UNIT_PLAN_KINDS.filter((k) => line.plans[k].status === 'missing');
  const awaited = UNIT_PLAN_KINDS.filter((k) => line.plans[k].status === 'awaited');
  const withNumber = (k: UnitPlanKind) => {
    const number = line.plans[k].record?.number;
    return `${unitPlanTitle(line, k)}${number ? ` (số ${number})` : ''}`;
  };
  return [
    ...(missing.length ? [`chưa gửi ${missing.map((k) => unitPlanTitle(line, k)).join(' và ')}`] : []),
    ...(awaited.length ? [`bộ phận thường trực chưa nhận được ${awaited.map(withNumber).join(' và ')}`] : []),
  ].join('; ');
}

/**
 * One of the line's plans as a short cell: “Số 12/KH-UBND, nhận 20/03/2027”, “Chưa nhận (số …)”,
 * “Chưa gửi”; a period plan for part of the period says which years (“…, 2026–2028, nhận …”).
 */
export function unitPlanLabel(line: UnitPlanLine, kind: UnitPlanKind): string {
  const { status, record } = line.plans[kind];
  const number = record?.number ? `số ${record.number}` : '';
  if (status === 'missing') return 'Chưa gửi';
  if (status === 'awaited') return number ? `Chưa nhận (${number})` : 'Chưa nhận';
  const received = record?.received ?? '';
  const asked = line.periodYears;
  const part =
    kind === 'period' && record && asked && (record.years.from !== asked.from || record.years.to !== asked.to)
      ? range(record.years)
      : '';
  const when = /\d/.test(received) ? `nhận ${received}` : 'đã nhận';
  const text = [number, part, when].filter(Boolean).join(', ');
  return text[0].toUpperCase() + text.slice(1);
}

/** One of the line's plans in a printed table's narrow cell: “20/03/2027”, “Chưa nhận”, “Chưa gửi”. */
export function unitPlanShortLabel(line: UnitPlanLine, kind: UnitPlanKind): string {
  const { status, record } = line.plans[kind];
  if (status !== 'received') return status === 'awaited' ? 'Chưa nhận' : 'Chưa gửi';
  const received = record?.received ?? '';
  return /\d/.test(received) ? received : 'Đã nhận';
}

/**
 * The command's lines on the quota holders' plans: for the period's and the year's, how many arrived
 * and whose have not (not sent, or recorded but not received), then what to do.
 */
export function unitPlansMessage(plans: readonly UnitPlanLine[], year: number): string[] {
  const period = plans[0]?.periodYears ?? null;
  const kinds: UnitPlanKind[] = ['period', 'year'];
  const lines = kinds.map((kind) => {
    const owing = plans.filter((l) => l.plans[kind].status !== 'received');
    const list = owing
      .slice(0, 10)
      .map((l) => l.name)
      .join(', ');
    const title = planTitle(kind, year, period);
    return (
      `${title[0].toUpperCase()}${title.slice(1)} của đơn vị: ${plans.length - owing.length}/${plans.length} đã nộp.` +
      (owing.length
        ? ` Chưa nhận: ${list}${owing.length > 10 ? ` và ${owing.length - 10} đơn vị khác` : ''}.`
        : '')
    );
  });
  const owed = plans.some((l) => kinds.some((k) => l.plans[k].status !== 'received'));
  return owed
    ? [
        ...lines,
        'Nhắc các đơn vị trên gửi kế hoạch còn thiếu về bộ phận thường trực; khi nhận được, ghi ngày nhận ' +
          `vào trang “${TAB.unitPlans}”.`,
      ]
    : lines;
}
