import type { Plan, Unit } from '../plan/types';
import { sameKey } from '../text';
import { unitTabName } from '../validate/unit-tab';
import { TAB } from './layout';

/**
 * A unit's intake file, made offline for a unit whose staff have no Google account: one tab, named so
 * the add-on knows whose it is once the secretariat brings it in (Tệp › Nhập › Chèn trang tính mới),
 * with title rows above the nomination header (the header is found within the first 10 rows).
 */

/** Excel's limit on a sheet name; Sheets allows 100. */
export const EXCEL_TAB_NAME_LIMIT = 31;

/** Rows above the header: the title, what to do, a blank line. */
export const UNIT_FILE_HEADER_ROW = 4;

/**
 * The unit file's tab: `Đề cử - <tên đơn vị>` as in Sheets when Excel allows its length, else
 * `Đề cử - <mã đơn vị>`; the add-on reads either as the unit's tab.
 */
export function unitFileTabName(unit: Unit): string {
  const byName = unitTabName(unit);
  if (byName.length <= EXCEL_TAB_NAME_LIMIT) return byName;
  return `${TAB.nominations} - ${unit.code}`.slice(0, EXCEL_TAB_NAME_LIMIT);
}

const TITLE = 'Đề cử mô hình, gương điển hình tiên tiến của';

/** The title rows, each one cell. */
export function unitFileTitle(unit: Unit, council: string): string[][] {
  return [
    [`${TITLE} ${unit.name} (mã ${unit.code})`],
    [
      `Mỗi đề cử một dòng, từ dòng ${UNIT_FILE_HEADER_ROW + 1}; giữ nguyên tên trang và dòng tiêu đề cột. ` +
        `Điền xong, gửi lại tệp này cho thư ký ${council || 'Hội đồng'}.`,
    ],
    [''],
  ];
}

/**
 * The unit whose file a tab came from, by the title the file wrote (`… của <tên> (mã <mã>)`): an
 * imported tab keeps it whatever name Sheets gave the tab (a tab of the same name already there).
 */
export function unitFileOwner(plan: Plan, title: string | undefined): Unit | undefined {
  if (!title || !sameKey(title).startsWith(sameKey(TITLE))) return undefined;
  const code = /\(mã ([^()]+)\)\s*$/.exec(title)?.[1];
  return code === undefined ? undefined : plan.units.find((u) => sameKey(u.code) === sameKey(code));
}
