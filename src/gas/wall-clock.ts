import { isDate, type Grid } from '../core/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Dates as the spreadsheet shows them. `getValues` returns instants, and the script's own time zone
 * (appsscript.json) need not be the spreadsheet's: midnight of 1 March in Hà Nội read in London is still
 * 28 February. The core reads a Date with its local getters, so each one is handed over as the same
 * day and time in the script's zone as the spreadsheet shows in its own.
 */
export class WallClock {
  private zone: string | null = null;

  constructor(private readonly spreadsheet: Spreadsheet) {}

  /** The same grid, its Date cells shifted; the spreadsheet's zone is asked once, and only if needed. */
  inGrid(grid: Grid): Grid {
    for (const row of grid)
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (isDate(value)) row[c] = this.of(value);
      }
    return grid;
  }

  of(date: Date): Date {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    const [y, m, d, h, min, s] = Utilities.formatDate(date, this.zone, 'yyyy-MM-dd-HH-mm-ss')
      .split('-')
      .map(Number);
    return new Date(y, m - 1, d, h, min, s);
  }
}

/** Now, as a clock on the spreadsheet's wall shows it: the review year turns at its midnight. */
export function today_(): Date {
  return new WallClock(SpreadsheetApp.getActive()).of(new Date());
}
