import { CONFIG, MILESTONE_PREFIX } from '../plan/config';
import type { YearRange } from '../plan/types';
import type { WorkbookPort } from '../port';
import { headerKey } from '../table';
import { matchKey } from '../text';
import { cellText } from '../cells';
import { requirePlan } from '../workbook/plan-gaps';
import { readPlan } from '../workbook/read-plan';
import { dataRows } from '../workbook/reference-tab';

/**
 * Starts the council's next plan in this workbook (Sheets has no way to make a new file within our
 * scope): the new period goes into `Cấu hình`; the review year, the mid-term range and the milestone
 * dates, which belonged to the old period, are emptied for the council to write. Units, fields,
 * criteria and lists stay as they are; no nomination row is touched.
 */
export function startNextPeriod(port: WorkbookPort, period: YearRange): string[] {
  const reading = readPlan(port.readTabs());
  requirePlan(reading, ['tabs']);
  const config = reading.found.config;
  if (!config) return []; // requirePlan has stopped a workbook without one
  port.ensureWritable([{ tab: config.tab.name }]);
  const { columns, headerRow } = config.header;
  const valueColumn = (columns.value as number) + 1;
  const newValue = new Map<string, string | number>([
    [headerKey(CONFIG.startYear), period.from],
    [headerKey(CONFIG.endYear), period.to],
    [headerKey(CONFIG.reviewYear), ''],
    [headerKey(CONFIG.midtermFrom), ''],
    [headerKey(CONFIG.midtermTo), ''],
  ]);
  const milestones: string[] = [];
  for (const row of dataRows(config.tab.values, headerRow)) {
    const name = cellText(row.cells[columns.name as number]);
    const isMilestone = matchKey(name).startsWith(matchKey(MILESTONE_PREFIX));
    const value = isMilestone ? '' : newValue.get(headerKey(name));
    if (value === undefined) continue;
    if (isMilestone) milestones.push(name);
    newValue.delete(headerKey(name));
    port.writeCells(config.tab.name, { row: row.sheetRow, column: valueColumn, values: [[value]] });
  }
  // The period's rows, should the council have deleted them, go at the foot of the tab.
  const missing = [CONFIG.startYear, CONFIG.endYear].filter((name) => newValue.has(headerKey(name)));
  if (missing.length > 0) {
    const width = Math.max(columns.name as number, columns.value as number) + 1;
    const rows = missing.map((name) => {
      const row: (string | number)[] = new Array<string | number>(width).fill('');
      row[columns.name as number] = name;
      row[columns.value as number] = newValue.get(headerKey(name)) as number;
      return row;
    });
    port.writeCells(config.tab.name, { row: config.tab.values.length + 1, column: 1, values: rows });
  }
  return [
    `Đã chuyển “${config.tab.name}” sang giai đoạn ${period.from}–${period.to}.`,
    `Hãy ghi “${CONFIG.midtermFrom}”, “${CONFIG.midtermTo}”` +
      (milestones.length > 0
        ? ` và thời gian của ${milestones.length} mốc (dạng “Quý II/${period.from + 2}”)`
        : '') +
      ` cho giai đoạn mới. Các dòng đề cử cũ vẫn được giữ nguyên và sẽ bị báo ngoài giai đoạn.`,
  ];
}
