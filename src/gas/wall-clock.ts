import { isDate, type Grid } from '../core/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Dates as the spreadsheet shows them. `getValues` returns instants, and the script's own time zone
 * (appsscript.json) need not be the spreadsheet's: midnight of 1 March in Hà Nội read in London is still
 * 28 February. The core reads a Date with its local getters, so each one is handed over as the same
 * day and time in the script's zone as the spreadsheet shows in its own.
 *
 * Intl does the conversion in memory (the self-test checks it against Utilities.formatDate on the host);
 * where the runtime's Intl does not know the zone, Utilities.formatDate does it, one call a date.
 */
export class WallClock {
  private readonly format: (date: Date) => number[];

  /** Asks the spreadsheet its zone: one call, whatever is read with it. */
  constructor(spreadsheet: Spreadsheet) {
    this.format = wallClockIn(spreadsheet.getSpreadsheetTimeZone());
  }

  /** The same grid, its Date cells shifted. */
  inGrid(grid: Grid): Grid {
    for (const row of grid)
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (isDate(value)) row[c] = this.of(value);
      }
    return grid;
  }

  of(date: Date): Date {
    const [y, m, d, h, min, s] = this.format(date);
    return new Date(y, m - 1, d, h, min, s);
  }
}

/** Year, month (1–12), day, hour, minute, second of an instant on the wall clocks of `zone`. */
export function wallClockIn(zone: string): (date: Date) => number[] {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    return (date) => {
      const got: Record<string, number> = {};
      for (const p of parts.formatToParts(date)) got[p.type] = Number(p.value);
      return [got.year, got.month, got.day, got.hour % 24, got.minute, got.second];
    };
  } catch {
    return (date) => Utilities.formatDate(date, zone, 'yyyy-MM-dd-HH-mm-ss').split('-').map(Number);
  }
}

/** Now, as a clock on the spreadsheet's wall shows it: the review year turns at its midnight. */
export function today_(): Date {
  return new WallClock(SpreadsheetApp.getActive()).of(new Date());
}
