import type { Issue } from '../issues';
import { nextPlan } from '../plan/new-plan';
import type { YearRange } from '../plan/types';
import type { WorkbookPort } from '../port';
import { requirePlan } from '../workbook/plan-gaps';
import { readPlan, type ReferenceTabs } from '../workbook/read-plan';
import { dataRows } from '../workbook/reference-tab';
import type { TabData } from '../workbook/tab';
import { moveToPeriod } from './next-period';
import { NOMINATION_COLUMNS, NOMINATION_MIN_MATCH } from '../workbook/layout';
import { findHeaderRow } from '../table';
import { setupWorkbook } from './setup';

/** The reference tabs a new period carries, in a new template's order; units' plans belong to the old one. */
const CARRIED = [
  'config',
  'lists',
  'units',
  'fields',
  'criteria',
] as const satisfies readonly (keyof ReferenceTabs)[];

function where(i: Issue): string {
  return `trang “${i.sheet}”${i.row === null ? '' : `, dòng ${i.row}`}`;
}

/** How many nomination rows the old file holds, in how many tabs: none of them is carried. */
function nominationRows(tabs: TabData[], reference: Set<TabData>): { rows: number; tabs: number } {
  let rows = 0;
  let count = 0;
  for (const tab of tabs) {
    if (tab.generated || reference.has(tab)) continue;
    const header = findHeaderRow(tab.values, NOMINATION_COLUMNS, NOMINATION_MIN_MATCH);
    if (!header) continue;
    count += 1;
    rows += dataRows(tab.values, header.headerRow).length;
  }
  return { rows, tabs: count };
}

/**
 * A council's next plan in a new workbook (`template --from OLD --period Y1-Y2`): every row of the old
 * plan's reference tabs copied as written, cell by cell (units, categories and quotas, fields, criteria,
 * lists, other names, settings, columns the council added, rows still in error), then `Cấu hình` moved
 * to the new period as in Sheets, and the template completed (units' plans, a nomination tab, dropdowns).
 * What it does not carry, or carries still wrong, it names.
 */
export function carryPlan(old: TabData[], port: WorkbookPort, period: YearRange): string[] {
  const reading = readPlan(old);
  requirePlan(reading, ['tabs']);
  const oldPeriod = reading.plan.period
    ? `giai đoạn ${reading.plan.period.from}–${reading.plan.period.to}`
    : 'giai đoạn cũ';
  const was = reading.plan.period
    ? `kế hoạch ${reading.plan.period.from}–${reading.plan.period.to}`
    : 'kế hoạch cũ';
  const messages: string[] = [];
  const carried = new Set<string>();
  for (const key of CARRIED) {
    const found = reading.found[key];
    if (!found) continue; // requirePlan has stopped a file without it
    port.addTab(found.tab.name);
    port.writeCells(found.tab.name, { row: 1, column: 1, values: found.tab.values });
    carried.add(found.tab.name);
    const rows = dataRows(found.tab.values, found.header.headerRow).length;
    messages.push(`Đã chép trang “${found.tab.name}” từ ${was}: ${rows} dòng, giữ nguyên như đã ghi.`);
  }
  const config = readPlan(port.readTabs()).found.config;
  const moved = config ? moveToPeriod(port, config, period) : { messages: [], emptied: new Set<number>() };
  for (const line of moved.messages) messages.push(line);
  const setup = setupWorkbook(port, { plan: nextPlan(reading.plan, period), label: was });
  // The carried tabs were reported above: setup only says it kept them.
  for (const m of setup.messages)
    if (![...carried].some((name) => m.startsWith(`Giữ nguyên trang “${name}”`))) messages.push(m);
  const configName = config?.tab.name;
  const wrong = readPlan(port.readTabs()).issues.filter(
    (i) => i.severity === 'error' && !(i.sheet === configName && i.row !== null && moved.emptied.has(i.row)),
  );
  if (wrong.length > 0)
    messages.push(`Các dòng sau đã chép nguyên nhưng còn lỗi từ ${was}; sửa trong bảng tính mới:`);
  for (const i of wrong) messages.push(`- ${where(i)}: ${i.message}`);
  const unitPlans = reading.found.unitPlans;
  const planRows = unitPlans ? dataRows(unitPlans.tab.values, unitPlans.header.headerRow).length : 0;
  if (unitPlans && planRows > 0)
    messages.push(
      `Không chép ${planRows} dòng của trang “${unitPlans.tab.name}”: đó là kế hoạch các đơn vị gửi trong ${oldPeriod}; ` +
        'trang của giai đoạn mới bắt đầu trống.',
    );
  const reference = new Set(
    Object.values(reading.found).flatMap((f: ReferenceTabs[keyof ReferenceTabs]) => (f ? [f.tab] : [])),
  );
  const nominations = nominationRows(old, reference);
  if (nominations.rows > 0)
    messages.push(
      `Không chép ${nominations.rows} dòng đề cử (${nominations.tabs} trang) của ${oldPeriod}: giai đoạn mới bắt đầu với trang “Đề cử” trống.`,
    );
  return messages;
}
