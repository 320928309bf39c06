/**
 * Wall-clock time in a named time zone, both ways, with Node's ICU (Intl): what Utilities.formatDate
 * shows of an instant, and which instant a spreadsheet means by a day it holds. Java (and so Apps
 * Script) takes an unknown zone name for GMT; so do these helpers.
 */

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday */
  weekday: number;
}

function utcParts(date: Date): DateParts {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    weekday: date.getUTCDay(),
  };
}

/** Minutes east of UTC for "UTC", "GMT", "GMT+7", "GMT+07:00", "GMT-0530"; null for other names. */
function fixedOffsetMinutes(timeZone: string): number | null {
  if (timeZone === 'UTC' || timeZone === 'GMT') return 0;
  const match = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatFor(timeZone: string): Intl.DateTimeFormat | null {
  if (!formats.has(timeZone)) {
    let format: Intl.DateTimeFormat | null;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = null;
    }
    formats.set(timeZone, format);
  }
  return formats.get(timeZone) ?? null;
}

/** The wall-clock fields of `date` in `timeZone`. */
export function partsIn(date: Date, timeZone: string): DateParts {
  const offset = fixedOffsetMinutes(timeZone);
  if (offset !== null) return utcParts(new Date(date.getTime() + offset * 60_000));
  const format = formatFor(timeZone);
  if (!format) return utcParts(date);
  const parts = format.formatToParts(date);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const [year, month, day] = [field('year'), field('month'), field('day')];
  return {
    year,
    month,
    day,
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
    millisecond: date.getUTCMilliseconds(),
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** Minutes `timeZone` is ahead of UTC at `date`. */
export function offsetMinutesAt(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  const wallClock = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return Math.round((wallClock - date.getTime()) / 60_000);
}

export type WallClock = Pick<DateParts, 'year' | 'month' | 'day'> &
  Partial<Pick<DateParts, 'hour' | 'minute' | 'second' | 'millisecond'>>;

/**
 * The instant at which clocks in `timeZone` show `wall`. A time skipped by a daylight-saving jump
 * resolves to the instant after the jump, as java.util.Calendar does.
 */
export function instantAt(wall: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour ?? 0,
    wall.minute ?? 0,
    wall.second ?? 0,
    wall.millisecond ?? 0,
  );
  const offsetMs = (instant: number) => offsetMinutesAt(new Date(instant), timeZone) * 60_000;
  const first = asUtc - offsetMs(asUtc);
  const second = asUtc - offsetMs(first);
  const shows = (instant: number) => instant + offsetMs(instant) === asUtc;
  if (shows(first)) return new Date(first);
  if (shows(second)) return new Date(second);
  // In a gap the earlier offset still applies, which lands after the jump.
  return new Date(Math.max(first, second));
}
