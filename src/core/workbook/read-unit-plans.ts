import { cellText } from '../cells';
import { issue, type Issue, type IssueCode } from '../issues';
import { closeTo, PlanLookup } from '../plan/lookup';
import type { Plan } from '../plan/types';
import type { UnitPlanRecord } from '../tally/unit-plans';
import { vocabularyKey } from '../text';
import { parseYearRange } from '../years';
import { TAB, type UnitPlanColumn } from './layout';
import { dataRows, headerOf, rowText, type FoundTab } from './reference-tab';

/** What a secretary types in `Ngày nhận` for a plan not received yet, rather than leaving it blank. */
const NOT_RECEIVED = /^(chua|khong|false|0|-)\b/;

/**
 * The plans units sent, from `Kế hoạch đơn vị`; null when the workbook has no such tab or the tab has
 * no row yet (a council that has not started logging plans is not shown every unit as missing). A row naming an
 * unknown unit or an unreadable year is reported and left out. Two rows for one unit and the same
 * years are an amended plan: the later received one counts, and the other is pointed out.
 */
export function readUnitPlans(
  found: FoundTab<UnitPlanColumn> | undefined,
  plan: Plan,
  issues: Issue[],
): UnitPlanRecord[] | null {
  if (!found) return null;
  const rows = dataRows(found.tab.values, found.header.headerRow);
  if (rows.length === 0) return null;
  const { columns } = found.header;
  const lookup = new PlanLookup(plan);
  const at = (row: number, key: UnitPlanColumn, code: IssueCode, message: string) =>
    issues.push(issue(found.tab.name, row, headerOf(found, key), code, message));
  const records = new Map<string, UnitPlanRecord>();
  for (const row of rows) {
    const unitText = rowText(row, columns.unit);
    const unit = lookup.unit(unitText);
    if (!unit) {
      if (plan.units.length > 0) {
        at(
          row.sheetRow,
          'unit',
          'E_UNKNOWN_UNIT',
          unitText
            ? `Đơn vị “${unitText}” không có trong trang “${TAB.units}”; ghi mã hoặc tên đơn vị như ở trang đó.` +
                closeTo(lookup.unitMatch(unitText), (u) => u.name)
            : 'Dòng này chưa ghi đơn vị nào; ghi mã hoặc tên đơn vị đã gửi kế hoạch.',
        );
      }
      continue;
    }
    const yearText = rowText(row, columns.year);
    const years = parseYearRange(yearText);
    if (!years) {
      at(
        row.sheetRow,
        'year',
        'E_BAD_YEAR',
        `Năm “${yearText}” không đọc được; ghi năm của kế hoạch (2027) hoặc cả giai đoạn (2026-2030).`,
      );
      continue;
    }
    const receivedText = rowText(row, columns.received);
    const record: UnitPlanRecord = {
      unit: unit.code,
      years,
      number: rowText(row, columns.number),
      issued: cellText(columns.issued === undefined ? null : (row.cells[columns.issued] ?? null)),
      received: NOT_RECEIVED.test(vocabularyKey(receivedText)) ? '' : receivedText,
      row: row.sheetRow,
    };
    const key = `${unit.code}\u0000${years.from}-${years.to}`;
    const earlier = records.get(key);
    if (earlier) {
      const kept = record.received || !earlier.received ? record : earlier;
      const other = kept === record ? earlier : record;
      records.set(key, kept);
      at(
        other.row,
        'year',
        'W_UNIT_PLAN_REPEATED',
        `Kế hoạch ${yearsLabel(years)} của ${unit.name} được ghi ở cả dòng ${earlier.row} và dòng ` +
          `${record.row}; dòng ${kept.row} được dùng. Nếu là kế hoạch điều chỉnh, xoá hoặc ghi chú dòng cũ.`,
      );
      continue;
    }
    records.set(key, record);
  }
  return [...records.values()];
}

function yearsLabel(years: { from: number; to: number }): string {
  return years.from === years.to ? `năm ${years.from}` : `giai đoạn ${years.from}-${years.to}`;
}
