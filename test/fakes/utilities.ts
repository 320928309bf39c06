/**
 * Utilities: formatDate with Java SimpleDateFormat patterns (the letters our code uses), sleep
 * (recorded, never waits) and a deterministic getUuid.
 */
import { Counted, type CallCounter } from './calls';
import { signatureError, toInt } from './errors';

type GasUtilities = GoogleAppsScript.Utilities.Utilities;

interface DateParts {
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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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

/** The wall-clock fields of `date` in `timeZone`. Unknown zones mean GMT, as in Java (and Apps Script). */
function partsIn(date: Date, timeZone: string): DateParts {
  const offset = fixedOffsetMinutes(timeZone);
  if (offset !== null) return utcParts(new Date(date.getTime() + offset * 60_000));
  let format: Intl.DateTimeFormat;
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
    return utcParts(date);
  }
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(format.formatToParts(date).find((p) => p.type === type)?.value ?? 0);
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

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function field(letter: string, count: number, p: DateParts, offsetMinutes: number): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
      return count >= 4
        ? MONTHS[p.month - 1]
        : count === 3
          ? MONTHS[p.month - 1].slice(0, 3)
          : pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'H':
      return pad(p.hour, count);
    case 'h':
      return pad(p.hour % 12 || 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, count);
    case 'E':
      return count >= 4 ? WEEKDAYS[p.weekday] : WEEKDAYS[p.weekday].slice(0, 3);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'Z': {
      const abs = Math.abs(offsetMinutes);
      return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
    }
    default:
      throw new Error(`The fake Utilities.formatDate does not support the pattern letter '${letter}'.`);
  }
}

/** Utilities.formatDate: `pattern` in SimpleDateFormat syntax, 'quoted' text kept literally. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = partsIn(date, timeZone);
  const wallClock = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    parts.millisecond,
  );
  const offsetMinutes = Math.round((wallClock - date.getTime()) / 60_000);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] !== "'") out += pattern[j];
        else if (pattern[j + 1] === "'") out += pattern[j++];
        else break;
      }
      if (j >= pattern.length) throw new Error(`Unterminated quote in date pattern "${pattern}".`);
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i, parts, offsetMinutes);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

export class FakeUtilities
  extends Counted
  implements Pick<GasUtilities, keyof FakeUtilities & keyof GasUtilities>
{
  private uuids = 0;
  /** Total milliseconds the code asked to sleep; nothing actually waits. */
  sleptMs = 0;

  constructor(calls: CallCounter) {
    super(calls, 'Utilities');
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.hit('formatDate');
    if (
      // A Date from another realm (the bundle loaded in a vm context) is still a Date to the host.
      Object.prototype.toString.call(date) !== '[object Date]' ||
      Number.isNaN(date.getTime()) ||
      typeof timeZone !== 'string' ||
      typeof format !== 'string'
    ) {
      throw signatureError('Utilities.formatDate', [date, timeZone, format]);
    }
    return formatDate(date as Date, timeZone, format);
  }

  sleep(milliseconds: number): void {
    this.hit('sleep');
    this.sleptMs += toInt(milliseconds, 'Utilities.sleep');
  }

  /** Deterministic, so tests can predict ids: …-000000000001, …-000000000002, … */
  getUuid(): string {
    this.hit('getUuid');
    this.uuids += 1;
    return `00000000-0000-4000-8000-${pad(this.uuids, 12)}`;
  }
}
