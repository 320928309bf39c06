/**
 * Utilities: formatDate with Java SimpleDateFormat patterns (the letters our code uses) in any time
 * zone Node's ICU knows (see time-zone.ts), sleep (recorded, never waits) and a deterministic getUuid.
 */
import { Counted, type CallCounter } from './calls';
import { signatureError, toInt } from './errors';
import { offsetMinutesAt, partsIn, type DateParts } from './time-zone';

type GasUtilities = GoogleAppsScript.Utilities.Utilities;

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
  const offsetMinutes = offsetMinutesAt(date, timeZone);
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
}
