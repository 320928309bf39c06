/**
 * May the running user write here? The rule Sheets applies to every change a script makes:
 *
 * - A protection stops a user unless it is warning-only (never a stop for a script), the user owns
 *   the spreadsheet, is one of its editors (by name or as a member of a Google Group listed there),
 *   or it lets the owner's domain edit and the user is in it.
 * - A RANGE protection covers its cells; a SHEET protection covers every cell of the sheet outside
 *   its unprotected ranges, and the sheet itself (name, freezing, metadata, its protection).
 * - Deleting a sheet meets every protection on it; inserting rows or columns meets a protection
 *   that spans the line they go in at (a protected sheet, unless that line lies in open cells).
 *
 * A refused change throws errors.PROTECTED before anything changes. Reads are never refused, and
 * inserting a new sheet is always allowed.
 */
import type { Accounts } from './accounts';
import { PROTECTED } from './errors';
import {
  contains,
  intersects,
  lastColumnOf,
  lastRowOf,
  type GridRect,
  type ProtectionModel,
  type SheetModel,
  type WriteGate,
  type WriteTarget,
} from './sheet-model';

/** Whether the running user may edit what `protection` covers, and change the protection itself. */
export function mayEdit(protection: ProtectionModel, accounts: Accounts): boolean {
  if (protection.warningOnly || accounts.isOwner()) return true;
  if (protection.editors.some((e) => e === accounts.userKey || accounts.isUsersGroup(e))) return true;
  return protection.domainEdit && accounts.inOwnersDomain();
}

/** Whether every cell of `rect` lies in one of `open` (which may overlap or abut). */
function coveredBy(rect: GridRect, open: readonly GridRect[]): boolean {
  if (open.some((o) => contains(o, rect))) return true;
  for (let r = rect.row; r <= lastRowOf(rect); r++) {
    const spans = open
      .filter((o) => o.row <= r && r <= lastRowOf(o))
      .map((o) => [o.column, lastColumnOf(o)] as const)
      .sort((a, b) => a[0] - b[0]);
    let next = rect.column;
    for (const [start, end] of spans) {
      if (start > next) break;
      next = Math.max(next, end + 1);
    }
    if (next <= lastColumnOf(rect)) return false;
  }
  return true;
}

/** The whole rows (or columns) either side of the line after `after`, as far as they exist. */
function lineBand(sheet: SheetModel, axis: 'row' | 'column', after: number): GridRect {
  const size = axis === 'row' ? sheet.maxRows : sheet.maxColumns;
  const first = Math.max(1, after);
  const last = Math.min(size, after + 1);
  return axis === 'row' ? sheet.rowBand(first, last - first + 1) : sheet.columnBand(first, last - first + 1);
}

function covers(protection: ProtectionModel, sheet: SheetModel, target: WriteTarget): boolean {
  const { rect, unprotected } = protection;
  switch (target.kind) {
    case 'sheet':
      return rect === null;
    case 'removal':
      return true;
    case 'cells':
      return rect ? intersects(rect, target.rect) : !coveredBy(target.rect, unprotected);
    case 'insertion': {
      const { axis, after } = target;
      if (!rect) return !coveredBy(lineBand(sheet, axis, after), unprotected);
      const [start, end] = axis === 'row' ? [rect.row, lastRowOf(rect)] : [rect.column, lastColumnOf(rect)];
      return start <= after && after < end;
    }
  }
}

/** The first protection that stops the running user making `target`, if any. */
export function blockingProtection(
  sheet: SheetModel,
  target: WriteTarget,
  accounts: Accounts,
): ProtectionModel | undefined {
  return sheet.protections.find((p) => !p.removed && !mayEdit(p, accounts) && covers(p, sheet, target));
}

/** The gate createFakeEnv installs on the workbook. */
export class PermissionGate implements WriteGate {
  constructor(private readonly accounts: Accounts) {}

  check(sheet: SheetModel, target: WriteTarget): void {
    if (blockingProtection(sheet, target, this.accounts)) throw new Error(PROTECTED);
  }
}
