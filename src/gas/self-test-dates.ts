import { isDate, type Grid } from '../core/cells';
import { WallClock } from './wall-clock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Instants at 17:30 UTC in January and July (either side of any summer time): past midnight east of
 * Greenwich, before it west of it, so a date read in the wrong zone is read on the wrong day.
 */
const PROBES = [Date.UTC(2025, 0, 15, 17, 30), Date.UTC(2025, 6, 15, 17, 30)];
const SHOWN = 'dd/MM/yyyy HH:mm';

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date from WallClock, whose local fields are the spreadsheet's wall clock, as SHOWN formats it. */
function wallText(date: Date): string {
  return (
    `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/**
 * Sheets keeps a date as a fraction of a day, so an instant may come back a hair off; a time zone
 * moves it by whole quarter hours, which rounding to the minute keeps.
 */
function nearestMinute(value: unknown): unknown {
  return isDate(value) ? new Date(Math.round(value.getTime() / 60_000) * 60_000) : value;
}

/**
 * Real dates written to cells of the temporary tab and read back the way the add-on reads every tab
 * (getValues, then WallClock onto the spreadsheet's wall clock): each must show the day and time the
 * host's own formatter gives for that instant in the spreadsheet's zone. A host that stored or read
 * a date in another zone (the script's, say) moves it, and milestones and "today" with it.
 */
export function dateCells(sheet: Sheet): string {
  const spreadsheet = sheet.getParent();
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const written = PROBES.map((instant) => new Date(instant));
  const range = sheet.getRange(5, 1, 1, written.length);
  range.setNumberFormat('dd/mm/yyyy hh:mm');
  range.setValues([written]);
  const read = new WallClock(spreadsheet).inGrid([range.getValues()[0].map(nearestMinute)] as Grid)[0];
  written.forEach((instant, i) => {
    const expected = Utilities.formatDate(instant, zone, SHOWN);
    const value = read[i];
    if (!isDate(value))
      throw new Error(
        `ghi ngày giờ ${expected} vào một ô, đọc lại được ${JSON.stringify(value)}, không phải ngày tháng`,
      );
    if (wallText(value) !== expected)
      throw new Error(
        `ghi ngày giờ ${expected} (múi giờ của bảng tính, ${zone}) vào một ô, tiện ích đọc lại thành ` +
          `${wallText(value)}: ngày tháng tiện ích đọc từ bảng tính (các mốc, “hôm nay”) sẽ bị lệch`,
      );
  });
  const scriptZone = Session.getScriptTimeZone();
  return (
    `ngày giờ ghi vào ô đọc lại đúng theo múi giờ của bảng tính (${zone})` +
    (scriptZone === zone ? '' : `, dù tập lệnh chạy ở ${scriptZone}`)
  );
}
