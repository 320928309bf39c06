import type { Area } from '../core/port';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A protected sheet or range this user may not write; `area` null for a whole sheet. */
export interface LockedArea {
  tab: string;
  area: Area | null;
  /** Ranges a sheet protection leaves open. */
  open: Area[];
  description: string;
}

function areaOf(range: Range): Area {
  return {
    row: range.getRow(),
    column: range.getColumn(),
    rows: range.getNumRows(),
    columns: range.getNumColumns(),
  };
}

/**
 * The protections the user running the script cannot edit. Warning-only ones never stop a script.
 * `canEdit` comes first: for the secretariat, who can edit everything, that is one call a protection.
 */
export function lockedAreas_(spreadsheet: Spreadsheet): LockedArea[] {
  const { SHEET, RANGE } = SpreadsheetApp.ProtectionType;
  const locked: LockedArea[] = [];
  for (const type of [SHEET, RANGE])
    for (const protection of spreadsheet.getProtections(type)) {
      if (protection.canEdit() || protection.isWarningOnly()) continue;
      const range = protection.getRange();
      const whole = type === SHEET;
      locked.push({
        tab: range.getSheet().getName(),
        area: whole ? null : areaOf(range),
        open: whole ? protection.getUnprotectedRanges().map(areaOf) : [],
        description: protection.getDescription(),
      });
    }
  return locked;
}

const inside = (a: Area, b: Area) =>
  a.row >= b.row &&
  a.column >= b.column &&
  a.row + a.rows <= b.row + b.rows &&
  a.column + a.columns <= b.column + b.columns;

const overlaps = (a: Area, b: Area) =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.column < b.column + b.columns &&
  b.column < a.column + a.columns;

/** Whether writing `area` of a tab (null: the tab itself, renamed or removed) meets this lock. */
export function blocks_(lock: LockedArea, area: Area | null): boolean {
  if (area === null) return true;
  if (lock.area) return overlaps(lock.area, area);
  return !lock.open.some((open) => inside(area, open));
}

/**
 * What the user is told: where, why, who can, and that nothing was written. A file in a shared drive
 * has no owner (`hasOwner` false): its drive's managers are named instead.
 */
export function refusal_(tab: string, lock: LockedArea, hasOwner = true): string {
  const why = lock.description ? ` (${lock.description})` : '';
  const above = hasOwner ? 'chủ sở hữu bảng tính' : 'người quản lý bộ nhớ dùng chung chứa bảng tính';
  return (
    `Chưa ghi gì: lệnh này cần sửa trang “${tab}”, nhưng trang này được bảo vệ${why} ` +
    `và tài khoản đang dùng không có quyền sửa. Nhờ người có quyền (thư ký Hội đồng hoặc ${above}) ` +
    'chạy lệnh, hoặc nhờ họ thêm bạn vào danh sách được sửa trong Dữ liệu › Trang và dải ô được bảo vệ.'
  );
}
