import type { WorkbookPort } from '../port';
import { narrativeName } from '../narrative/compose';
import { documentName, printHtml, type PrintPart } from '../reports/print-html';
import { analyse, councilDocuments, COUNCIL_NEEDS, periodDocuments, reviewYear } from './reports';

export interface PrintView {
  html: string;
  /** The documents it holds, by the names their tabs get. */
  documents: string[];
  year: number;
}

/** A period report the workbook holds, known by its generated key (`period:2021-2025`). */
const PERIOD_KEY = /^period:(\d{4})-(\d{4})$/;

/**
 * The print view in Sheets: the council's documents of the review year, and each period report the
 * workbook already holds (its range read from the tab's key), built now from the workbook as it is,
 * exactly as the commands would write them, without writing anything. Built now rather than read back
 * from the tabs, because a tab keeps values but not the layout (styles, spans, what stays together),
 * and so that the view never shows figures older than the rows.
 */
export function buildPrintView(port: WorkbookPort, today: Date): PrintView {
  const { tabs, reading, tally } = analyse(port, COUNCIL_NEEDS);
  const year = reviewYear(reading, today);
  const documents: PrintPart[] = councilDocuments(reading, tally, year).generated.map((tab) => ({
    tab,
  }));
  const ranges = new Set<string>();
  for (const t of tabs) {
    const match = PERIOD_KEY.exec(t.generated ?? '');
    if (!match || ranges.has(match[0])) continue;
    ranges.add(match[0]);
    const period = periodDocuments(reading, tally, Number(match[1]), Number(match[2]), today);
    // The draft báo cáo after its tables: the same figures, in sentences, to copy into Docs or Word.
    documents.push(
      { tab: period.tab, charts: period.charts },
      { tab: period.models },
      { narrative: period.narrative, name: narrativeName(period.tab.name) },
    );
  }
  const names = documents.map(documentName);
  return { html: printHtml(`Bản in năm ${year}`, documents), documents: names, year };
}
