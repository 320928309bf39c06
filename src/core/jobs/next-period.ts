import { CONFIG, MILESTONE_PREFIX } from '../plan/config';
import type { YearRange } from '../plan/types';
import type { WorkbookPort } from '../port';
import { headerKey } from '../table';
import { cleanText, vocabularyKey } from '../text';
import { cellText } from '../cells';
import type { ConfigColumn } from '../workbook/layout';
import { requirePlan } from '../workbook/plan-gaps';
import { readPlan } from '../workbook/read-plan';
import { dataRows, type FoundTab } from '../workbook/reference-tab';

/** What moving `Cấu hình` to a new period did: what to tell the user, and the rows left to fill. */
export interface PeriodMove {
  messages: string[];
  /** 1-based rows of `Cấu hình` emptied for the council to write (review year, mid-term, milestones). */
  emptied: Set<number>;
}

/**
 * Writes the new period into `Cấu hình` and empties what belonged to the old one: the review year,
 * the mid-term range and the milestones' dates (their names stay, to be dated anew). Rows the council
 * deleted for the period go at the foot of the tab. Nothing else is touched.
 */
export function moveToPeriod(
  port: WorkbookPort,
  config: FoundTab<ConfigColumn>,
  period: YearRange,
): PeriodMove {
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
  const emptied = new Set<number>();
  for (const row of dataRows(config.tab.values, headerRow)) {
    const name = cleanText(cellText(row.cells[columns.name as number]));
    const isMilestone = vocabularyKey(name).startsWith(vocabularyKey(MILESTONE_PREFIX));
    const value = isMilestone ? '' : newValue.get(headerKey(name));
    if (value === undefined) continue;
    if (isMilestone) milestones.push(`“${name.slice(name.indexOf(':') + 1).trim()}”`);
    if (value === '') emptied.add(row.sheetRow);
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
  const y = period.from + 2;
  return {
    messages: [
      `Đã chuyển “${config.tab.name}” sang giai đoạn ${period.from}–${period.to}.`,
      `Hãy ghi “${CONFIG.midtermFrom}”, “${CONFIG.midtermTo}”` +
        (milestones.length > 0
          ? ` và thời gian của ${milestones.length} mốc của giai đoạn cũ, nay để trống (${milestones.join(', ')}; ` +
            `một quý “Quý II/${y}”, một tháng “Tháng 10/${y}”, một ngày “15/10/${y}” hoặc một năm “${y}”)`
          : '') +
        ' cho giai đoạn mới.',
    ],
    emptied,
  };
}

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
  return [
    ...moveToPeriod(port, config, period).messages,
    'Các dòng đề cử cũ vẫn được giữ nguyên và sẽ bị báo ngoài giai đoạn.',
  ];
}
