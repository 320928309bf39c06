import type { Issue } from '../issues';
import { vocabularyKey } from '../text';
import { TAB } from '../workbook/layout';
import type { ReferenceTabs } from '../workbook/read-plan';
import type { WorkbookReading } from '../workbook/read-workbook';

/**
 * A council document built on a plan whose reference tabs still have errors. It is written, so the
 * secretariat can see what the figures would be, but as a draft: the mark in the heading, no signature.
 */
export interface Draft {
  /** The plan's errors (the reference tabs'), in the order the check reports them. */
  errors: Issue[];
  /** The reference tabs they are in, each once, in that order. */
  tabs: string[];
}

/** The line that takes the place of the document number (a draft has none), in bold on a red ground. */
export const DRAFT_MARK = 'DỰ THẢO — bảng tính còn lỗi';
/** The colour of that line and of the line that stands where the signature would be. */
export const DRAFT_COLOR = '#ea9999';

const REFERENCE_KEYS = [
  'config',
  'lists',
  'units',
  'fields',
  'criteria',
  'unitPlans',
] as const satisfies readonly (keyof ReferenceTabs & keyof typeof TAB)[];

/**
 * The errors of the plan itself: those in a reference tab (`Cấu hình`, `Danh mục`, `Đơn vị`, `Lĩnh
 * vực`, `Tiêu chí`, `Kế hoạch đơn vị`), as opposed to a nomination row's. A reference tab is known by
 * the name it was found under, or by its canonical name when it was not found (a missing column).
 */
export function planErrors(reading: Pick<WorkbookReading, 'reference' | 'issues'>): Issue[] {
  const names = new Set(
    REFERENCE_KEYS.map((key) => vocabularyKey(reading.reference[key]?.tab.name ?? TAB[key])),
  );
  return reading.issues.filter((i) => i.severity === 'error' && names.has(vocabularyKey(i.sheet)));
}

/** The draft the plan's errors make of every council document; null when the plan has none. */
export function draftOf(errors: Issue[]): Draft | null {
  if (errors.length === 0) return null;
  return { errors, tabs: [...new Set(errors.map((i) => i.sheet))] };
}

function tabList(draft: Draft): string {
  return draft.tabs.map((t) => `“${t}”`).join(', ');
}

/** Where the signature would be: why this document cannot be signed, and what makes it signable. */
export function draftSignatureLine(draft: Draft): string {
  return (
    `Dự thảo, chưa ký được: bảng tính còn ${draft.errors.length} lỗi ở trang ${tabList(draft)}. ` +
    'Sửa hết các lỗi đó rồi lập lại trang này để có bản trình ký.'
  );
}

/** What the sidebar says before anyone builds a document: the council's tabs would be drafts, and why. */
export function draftNotice(draft: Draft): string {
  return (
    `Bảng tính còn ${draft.errors.length} lỗi ở trang ${tabList(draft)}: các trang tổng hợp lập lúc này ` +
    'sẽ là dự thảo, chưa ký được. Sửa các lỗi đó trước.'
  );
}

/** How many of the plan's errors a command's message lists; the check lists them all. */
const LISTED = 10;

/**
 * The first lines of a command's message when what it wrote is a draft: that it is, why, and each
 * error with its tab and row (the first ten), so the secretariat can go straight to them.
 */
export function draftMessage(draft: Draft, written: string[]): string[] {
  const where = (i: Issue) => `${i.sheet}${i.row === null ? '' : `, dòng ${i.row}`}`;
  const more = draft.errors.length - LISTED;
  return [
    `DỰ THẢO — bảng tính còn ${draft.errors.length} lỗi ở trang ${tabList(draft)}: ` +
      `${written.map((w) => `“${w}”`).join(', ')} chỉ là dự thảo, chưa ký được. Sửa các lỗi sau rồi chạy lại lệnh:`,
    ...draft.errors.slice(0, LISTED).map((i) => `• ${where(i)}: ${i.message}`),
    ...(more > 0 ? [`• … và ${more} lỗi khác (chạy “Kiểm tra hồ sơ” để xem hết).`] : []),
  ];
}
