import type { CellValue, Grid } from '../cells';
import type { Plan } from '../plan/types';
import type { Area, CellStyle, DocumentLayout, GeneratedTab } from '../port';
import { DRAFT_COLOR, DRAFT_MARK, draftSignatureLine, type Draft } from './draft';
import { fitToPage } from './print-geometry';

/** Decree 30/2020/NĐ-CP: Times New Roman, 13 pt body, 14 pt title. */
export const DOCUMENT_FONT = { family: 'Times New Roman', size: 13 };
export const TITLE_SIZE = 14;
const SMALL_SIZE = 11;

/** Rows the letterhead takes: two heading lines, their rule, number and date, a gap, title, subtitle, a gap. */
export const LETTERHEAD_ROWS = 8;

const BOLD: CellStyle = { bold: true };
/** Decree 30 sets the names in capitals at 12–13 pt; 12 keeps the national name on one line. */
const CAPITALS_SIZE = 12;

/** The column the heading's left half ends at: the one nearest the middle of the page by width. */
function splitColumn(widths: number[]): number {
  if (widths.length < 2) return 1;
  const total = widths.reduce((a, b) => a + b, 0);
  let best = 1;
  let x = 0;
  widths.slice(0, -1).forEach((w, i) => {
    x += w;
    const current = widths.slice(0, best).reduce((a, b) => a + b, 0);
    if (Math.abs(x - total / 2) < Math.abs(current - total / 2)) best = i + 1;
  });
  return best;
}

/** A cell of a table that holds a count or a count of a quota (“3/4”): printed centred. */
function isFigure(value: CellValue): boolean {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+\/\d+$/.test(value));
}
const CENTRED: CellStyle = { align: 'center' };

/**
 * Builds a tab the council prints and signs, row by row, in the layout of Decree 30: the two-column
 * heading, title, bordered tables with bold centred column headings and centred numbers, headings that
 * span their table, and the signature block. Both doors draw what it describes.
 */
export class DocumentBuilder {
  private readonly values: Grid = [];
  private readonly styles: (CellStyle | null)[][] = [];
  private readonly merges: Area[] = [];
  private readonly layout: DocumentLayout = {
    font: { ...DOCUMENT_FONT },
    styles: this.styles,
    tables: [],
    spanningRows: [],
    rules: [],
    rowHeights: [],
    keepTogether: [],
  };
  readonly width: number;
  /** The letterhead's left half: columns 1…half. */
  private readonly half: number;

  private readonly columnWidths: number[];
  /** The draft marks: the heading's line and the line where the signature would be. */
  private readonly marks: (Area & { color: string })[] = [];
  private readonly draft: Draft | null;

  /**
   * `fontSize` other than the decree's 13 pt is for working lists that are not signed. With `draft`
   * (the plan has errors) the document is marked as a draft and has no signature block.
   */
  constructor(
    private readonly plan: Plan,
    columnWidths: number[],
    options: { fontSize?: number; draft?: Draft | null } = {},
  ) {
    this.layout.font.size = options.fontSize ?? DOCUMENT_FONT.size;
    this.draft = options.draft ?? null;
    this.columnWidths = fitToPage(columnWidths);
    this.width = columnWidths.length;
    this.half = splitColumn(this.columnWidths);
  }

  /** The number of the last row written. */
  get lastRow(): number {
    return this.values.length;
  }

  /** Adds a row, padded to the document's width; `style` applies to every cell, or per column. */
  row(
    cells: CellValue[],
    style: CellStyle | null | ((column: number, value: CellValue) => CellStyle | null) = null,
  ): number {
    const padded = [...cells, ...new Array<CellValue>(Math.max(0, this.width - cells.length)).fill('')];
    this.values.push(padded);
    this.styles.push(padded.map((value, i) => (typeof style === 'function' ? style(i + 1, value) : style)));
    return this.values.length;
  }

  blank(): number {
    return this.row([]);
  }

  /** Two cells side by side: the left and right halves of the page, each merged across its half. */
  private halves(left: string, right: string, leftStyle: CellStyle, rightStyle: CellStyle): number {
    const cells: CellValue[] = new Array<CellValue>(this.width).fill('');
    cells[0] = left;
    if (this.width > 1) cells[this.half] = right;
    const row = this.row(cells, (column) => (column <= this.half ? leftStyle : rightStyle));
    if (this.width > 1) {
      this.merges.push({ row, column: 1, rows: 1, columns: this.half });
      this.merges.push({ row, column: this.half + 1, rows: 1, columns: this.width - this.half });
    }
    return row;
  }

  /** One line across the whole width, merged. */
  private across(text: string, style: CellStyle): number {
    const row = this.row([text], style);
    if (this.width > 1) this.merges.push({ row, column: 1, rows: 1, columns: this.width });
    return row;
  }

  /** The column of `from…to` whose centre is nearest the centre of that span, for a short rule. */
  private middleColumn(from: number, to: number): number {
    const widths = this.columnWidths;
    const left = widths.slice(0, from - 1).reduce((a, b) => a + b, 0);
    const span = widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
    let best = from;
    let x = left;
    let bestDistance = Infinity;
    for (let c = from; c <= to; c++) {
      const centre = x + widths[c - 1] / 2;
      const distance = Math.abs(centre - (left + span / 2));
      if (distance < bestDistance) [best, bestDistance] = [c, distance];
      x += widths[c - 1];
    }
    return best;
  }

  /**
   * The heading of Decree 30: the superior body (regular) over the issuing council (bold) on the left,
   * the national name and motto (bold) on the right, a short rule under each, the document number and
   * the italic place-and-date line, then the title and subtitle. A draft has no number: its mark takes
   * the number's place, so the heading keeps its rows and everything under it stays where it was.
   */
  letterhead(title: string, subtitle: string): void {
    const centred = { align: 'center' } as const;
    const capitals = { ...centred, size: CAPITALS_SIZE };
    this.halves(this.plan.organization.toUpperCase(), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', capitals, {
      ...capitals,
      bold: true,
    });
    this.halves(
      this.plan.council.toUpperCase(),
      'Độc lập - Tự do - Hạnh phúc',
      { ...capitals, bold: true },
      { ...centred, bold: true },
    );
    const rule = this.blank();
    this.layout.rowHeights.push({ row: rule, pixels: 6 });
    this.layout.rules.push({ row: rule, column: this.middleColumn(1, this.half), rows: 1, columns: 1 });
    if (this.width > 1)
      this.layout.rules.push({
        row: rule,
        column: this.middleColumn(this.half + 1, this.width),
        rows: 1,
        columns: 1,
      });
    const numberRow = this.halves(
      this.draft ? DRAFT_MARK : 'Số: ........../..........',
      `${this.plan.place}, ngày ..... tháng ..... năm ..........`,
      this.draft ? { ...centred, bold: true } : centred,
      {
        ...centred,
        italic: true,
      },
    );
    if (this.draft)
      this.mark({ row: numberRow, column: 1, rows: 1, columns: Math.min(this.half, this.width) });
    this.blank();
    this.across(title, { ...centred, bold: true, size: TITLE_SIZE });
    this.across(subtitle, { ...centred, italic: true });
    this.blank();
  }

  /**
   * A bordered table: bold centred column headings (printed again on every page the table runs on),
   * then the rows, numbers centred. `spanning` marks rows (1-based within `rows`) that are headings
   * running across the table, kept with the two rows after them; the column headings are kept with
   * the first two rows. `spans` gives a table with fewer columns than the document its own grid: cell
   * i covers `spans[i]` of the sheet's columns (merged), so it uses the page's width, not empty
   * columns borrowed from another table.
   */
  table(
    headers: string[],
    rows: CellValue[][],
    spanning: readonly number[] = [],
    spans: readonly number[] = headers.map(() => 1),
  ): { first: number; last: number } {
    const starts = spans.map((_, i) => 1 + spans.slice(0, i).reduce((a, b) => a + b, 0));
    const columns = spans.reduce((a, b) => a + b, 0);
    const onGrid = (cells: CellValue[]) => {
      const out = new Array<CellValue>(columns).fill('');
      cells.forEach((value, i) => (out[starts[i] - 1] = value));
      return out;
    };
    const mergeSpans = (row: number) => {
      spans.forEach((span, i) => {
        if (span > 1) this.merges.push({ row, column: starts[i], rows: 1, columns: span });
      });
    };
    const first = this.row(onGrid(headers), (column) => (column <= columns ? { ...BOLD, ...CENTRED } : null));
    mergeSpans(first);
    const headingRows = new Set(spanning);
    rows.forEach((cells, i) => {
      const heading = headingRows.has(i + 1);
      const row = this.row(heading ? cells : onGrid(cells), (_, value) =>
        heading ? { bold: true, wrap: false } : isFigure(value) ? CENTRED : null,
      );
      if (heading) {
        this.layout.spanningRows.push({ row, column: 1, rows: 1, columns });
        this.layout.keepTogether.push({ from: row, to: Math.min(row + 2, first + rows.length) });
      } else mergeSpans(row);
    });
    const last = this.lastRow;
    this.layout.tables.push({ row: first, column: 1, rows: last - first + 1, columns });
    this.layout.keepTogether.push({ from: first, to: Math.min(first + 2, last) });
    this.layout.repeatRows ??= { from: first, to: first };
    return { first, last };
  }

  /** A section title above a table, running over the empty cells to its right: kept with the
   * table's column headings and first two rows. */
  heading(text: string): number {
    const row = this.row([text], { bold: true, wrap: false });
    this.layout.keepTogether.push({ from: row, to: row + 3 });
    return row;
  }

  /** What the tables above count, as a sentence across the page's width, wrapped as it needs. */
  explanation(text: string): number {
    return this.across(text, { italic: true, align: 'left' });
  }

  /** A line of text under a table, running across the page. */
  note(text: string, style: CellStyle = {}): number {
    return this.row(['', text], { ...style, wrap: false });
  }

  /**
   * The signature block: “TM. <council>”, “CHỦ TỊCH”, room to sign and the signer's name on the right;
   * “Nơi nhận:” and the recipients on the left where the document has any. `keepFrom` is the first row
   * (a total, say) that must stay on the page with it; the last table's last two rows always do.
   */
  signature(recipients: string[], keepFrom: number = this.lastRow + 1): void {
    // Never a page with only the signature, nor a total alone above it: the last table's last two
    // rows (its last row and the total, where it has one) go over with it.
    const table = this.layout.tables[this.layout.tables.length - 1];
    if (table) keepFrom = Math.min(keepFrom, Math.max(table.row + 1, table.row + table.rows - 2));
    this.blank();
    if (this.draft) {
      // Nothing to sign on a plan with errors: the line says why, where the signer would look.
      const row = this.across(draftSignatureLine(this.draft), { bold: true });
      this.mark({ row, column: 1, rows: 1, columns: this.width });
      this.layout.keepTogether.push({ from: keepFrom, to: row });
      return;
    }
    const left =
      recipients.length > 0 ? ['Nơi nhận:', ...recipients.map((r) => `- ${r};`), '- Lưu: VT.'] : [];
    const right = [`TM. ${this.plan.council.toUpperCase()}`, 'CHỦ TỊCH', '', '', this.plan.signer];
    const rightStyle = (i: number): CellStyle => ({
      bold: true,
      align: 'center',
      ...(i === 0 ? { size: CAPITALS_SIZE } : {}),
    });
    const leftStyle = (i: number): CellStyle =>
      i === 0 ? { bold: true, italic: true, size: 12, align: 'left' } : { size: SMALL_SIZE, align: 'left' };
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const row = this.halves(left[i] ?? '', right[i] ?? '', leftStyle(i), rightStyle(i));
      if (i === 2 || i === 3) this.layout.rowHeights.push({ row, pixels: 30 });
    }
    this.layout.keepTogether.push({ from: keepFrom, to: this.lastRow });
  }

  private mark(area: Area): void {
    this.marks.push({ ...area, color: DRAFT_COLOR });
  }

  /** A filter on the last table, so a long list can be narrowed to one tab, unit or code. */
  filterLastTable(): void {
    this.layout.filter = this.layout.tables[this.layout.tables.length - 1];
  }

  /** A line across the page above a document that has no letterhead. */
  title(text: string): number {
    return this.across(text, { bold: true, align: 'center', size: TITLE_SIZE });
  }

  /** The finished tab, with highlights (units short of quota) or links where the report has them. */
  build(key: string, name: string, extra: Pick<GeneratedTab, 'highlights' | 'links'> = {}): GeneratedTab {
    // Excel's print titles (one range a sheet, on every later page) repeat the headings only where one
    // table fills the document: over a second table they would head columns that are not there, so a
    // door that paginates copies each table's headings onto its pages instead (reports/pagination.ts).
    if (this.layout.tables.length !== 1) delete this.layout.repeatRows;
    const frozen = this.layout.repeatRows?.to ?? LETTERHEAD_ROWS;
    // A tab that never highlights keeps `highlights` absent (no background call in Sheets) unless a draft.
    const highlights =
      extra.highlights || this.marks.length
        ? { highlights: [...(extra.highlights ?? []), ...this.marks] }
        : {};
    return {
      key,
      name,
      values: this.values,
      merges: this.merges,
      layout: this.layout,
      format: { frozenRows: frozen, wrap: true, columnWidths: this.columnWidths },
      ...extra,
      ...highlights,
    };
  }
}
