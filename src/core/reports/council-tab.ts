import type { CellValue } from '../cells';
import type { Plan } from '../plan/types';
import type { GeneratedTab } from '../port';
import { compareVietnamese } from '../text';
import type { YearTally } from '../tally/year';
import type { CheckedNomination } from '../validate/nomination';
import { balancedWidths } from './column-widths';
import { DOCUMENT_FONT, DocumentBuilder } from './document';
import type { Draft } from './draft';
import { romanNumeral } from './roman';

const HEADERS = [
  'STT',
  'Tên mô hình, tập thể, cá nhân, hộ gia đình',
  'Đối tượng',
  'Chức vụ, đơn vị công tác / địa chỉ',
  'Đơn vị đề nghị',
  'Thành tích tóm tắt',
  'Tiêu chí đáp ứng',
  'Minh chứng',
  'Giai đoạn',
];
/** About 1,000 px in all: an A4 landscape page at the default print scale. */
const WIDTHS = [40, 170, 75, 140, 120, 250, 90, 110, 75];

/** Orders nominations by unit (the `Đơn vị` tab's order), then name in Vietnamese collation. */
export function byUnitThenName(plan: Plan): (a: CheckedNomination, b: CheckedNomination) => number {
  const unitOrder = new Map(plan.units.map((u, i) => [u.code, i]));
  return (a, b) =>
    (unitOrder.get(a.unit ?? '') ?? Infinity) - (unitOrder.get(b.unit ?? '') ?? Infinity) ||
    compareVietnamese(a.name, b.name) ||
    a.sheet.localeCompare(b.sheet) ||
    a.row - b.row;
}

/**
 * `Tổng hợp <năm>`: the year's valid nominations for the council, grouped by field in the plan's order
 * under Roman-numeral headings, numbered from 1 within each field. Fields with no nomination are left out.
 */
export function councilTab(plan: Plan, tally: YearTally, draft: Draft | null = null): GeneratedTab {
  const { year, returned } = tally;
  const subjectName = new Map(plan.subjects.map((s) => [s.code, s.name]));
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  // A row the council returned is no longer proposed to it; the total line says how many were left out.
  const chosen = [...tally.listed].sort(byUnitThenName(plan));
  const body: CellValue[][] = [];
  const headings: number[] = [];
  let group = 0;
  for (const field of plan.fields) {
    const inField = chosen.filter((r) => r.field === field.code);
    if (inField.length === 0) continue;
    group += 1;
    body.push([`${romanNumeral(group)}.`, `${field.name} (lĩnh vực ${field.code})`]);
    headings.push(body.length);
    inField.forEach((r, i) =>
      body.push([
        i + 1,
        r.name,
        subjectName.get(r.subject ?? '') ?? '',
        r.position,
        unitName.get(r.unit ?? '') ?? '',
        r.summary,
        r.criteria.join('; '),
        r.evidence,
        r.stage ?? '',
      ]),
    );
  }
  if (chosen.length === 0) {
    body.push(['', `Chưa có đề cử hợp lệ nào của năm ${year}.`]);
    headings.push(body.length);
  }
  // Columns sized to this year's text, so that rows take as few lines as the page's width allows.
  const listed = body.filter((_, i) => !headings.includes(i + 1));
  const doc = new DocumentBuilder(plan, balancedWidths(WIDTHS, HEADERS, listed, DOCUMENT_FONT.size), {
    draft,
  });
  doc.letterhead(
    `DANH SÁCH MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM ${year}`,
    `Đề nghị ${plan.council} xem xét, công nhận`,
  );
  const { last } = doc.table(HEADERS, body, headings);
  // Listed + returned = the year's valid rows, the figure the quota tab and the statistics show.
  doc.note(`Tổng cộng: ${chosen.length} mô hình, gương điển hình tiên tiến.`, { bold: true });
  // On a line of its own: one line too long for the page would print a page of its own beside it.
  if (returned > 0)
    doc.note(
      `(Năm ${year} có ${tally.valid.length} đề cử hợp lệ, trong đó ${returned} đề cử Hội đồng đã trả lại, không đưa vào danh sách này.)`,
    );
  // The total and the signature stay on the page of the list's last row.
  doc.signature([], last);
  return doc.build(`council:${year}`, `Tổng hợp ${year}`);
}
