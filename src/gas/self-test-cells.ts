import { collationInUse } from '../core/collation';
import { compareVietnamese } from '../core/text';
import { MARK_COLOR } from '../core/validate/marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Texts a clerk types that Sheets could read as something else: a formula, a number, a date. */
export const TRICKY_TEXTS = ['=1+1', '+84 912 345 678', '-5', '@nhóm', "'0123", '2.10', '12.3', '001'];

export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: đọc lại ${JSON.stringify(actual)}, cần ${JSON.stringify(expected)}`);
}

/**
 * Writes TRICKY_TEXTS in row `row` as `written`, reads them back, and throws naming each text the
 * host did not keep: one that became a formula, and one whose value came back different.
 */
function roundTrip(sheet: Sheet, row: number, format: string, written: string[], failure: string): void {
  const range = sheet.getRange(row, 1, 1, TRICKY_TEXTS.length);
  range.setNumberFormat(format);
  range.setValues([written]);
  const formulas = range.getFormulas()[0];
  const values = range.getValues()[0];
  const changed = TRICKY_TEXTS.flatMap((text, i) => {
    if (formulas[i]) return [`“${text}” thành công thức ${formulas[i]}`];
    if (values[i] !== text) return [`“${text}” đọc lại là ${JSON.stringify(values[i])}`];
    return [];
  });
  if (changed.length) throw new Error(`${failure}: ${changed.join('; ')}`);
}

/** What the add-on does with every text it writes: the plain-text format "@" first. */
export function plainText(sheet: Sheet): string {
  roundTrip(
    sheet,
    1,
    '@',
    TRICKY_TEXTS,
    'ô định dạng văn bản thuần không giữ nguyên văn bản, nên mã, số điện thoại hay “2.10” tiện ích ghi có thể bị đổi',
  );
  return "ô định dạng văn bản thuần giữ nguyên “=…”, “+…”, “-…”, “@…”, “'…”, 2.10";
}

/** The fallback: automatic format and a leading apostrophe, which Sheets keeps as "text" and hides. */
export function apostropheText(sheet: Sheet): string {
  roundTrip(
    sheet,
    4,
    'General',
    TRICKY_TEXTS.map((t) => `'${t}`),
    'ghi kèm dấu nháy đơn cũng không giữ nguyên văn bản, nên tiện ích không dùng cách này',
  );
  return 'văn bản ghi kèm dấu nháy đơn giữ nguyên; tiện ích sẽ ghi theo cách này';
}

export function marks(sheet: Sheet): string {
  const range = sheet.getRange(2, 1, 1, 2);
  range.setBackgrounds([[MARK_COLOR.error, null]]);
  range.setNotes([['[Kiểm tra] ghi chú thử', '']]);
  const backgrounds = range.getBackgrounds()[0].map((bg) => bg.toLowerCase());
  expectEqual(backgrounds[0], MARK_COLOR.error, 'Màu nền');
  if (backgrounds[1] !== '#ffffff') throw new Error(`Ô không tô màu đọc lại là ${backgrounds[1]}`);
  expectEqual(range.getNotes()[0], ['[Kiểm tra] ghi chú thử', ''], 'Ghi chú');
  return 'màu nền và ghi chú ghi rồi đọc lại đúng';
}

export function metadata(sheet: Sheet): string {
  sheet.addDeveloperMetadata('dienhinh.selftest', '{"ok":true}');
  const found = sheet.getDeveloperMetadata().find((m) => m.getKey() === 'dienhinh.selftest');
  expectEqual(found?.getValue(), '{"ok":true}', 'Siêu dữ liệu');
  return 'đánh dấu trang tự tạo hoạt động (trang được nhận ra kể cả khi đổi tên)';
}

/** The Vietnamese alphabet's order, which a root-only collator gets wrong (đ after d, ư after u). */
const ALPHABET_PROBE = ['a', 'ă', 'â', 'b', 'd', 'đ', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

export function collation(): string {
  const shuffled = ALPHABET_PROBE.slice().reverse();
  expectEqual(shuffled.sort(compareVietnamese), ALPHABET_PROBE, 'Thứ tự chữ cái');
  return collationInUse() === 'intl'
    ? 'sắp xếp tên theo bảng chữ cái tiếng Việt (bộ so sánh tiếng Việt của máy chủ)'
    : 'máy chủ không có bộ so sánh tiếng Việt; tiện ích dùng thứ tự riêng, cho cùng kết quả';
}
