import { collationInUse } from '../core/collation';
import { compareVietnamese } from '../core/text';
import { MARK_COLOR } from '../core/validate/marks';
import { freeTabName } from '../core/workbook/tab-names';
import { BUILDING_KEY } from './sheets-port';
import { setTextMode_, type TextMode } from './text-mode';
import { wallClockIn } from './wall-clock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One assumption the add-on rests on, checked on the real host. */
export interface HostCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** Texts a clerk types that Sheets could read as something else: a formula, a number, a date. */
export const TRICKY_TEXTS = ['=1+1', '+84 912 345 678', '-5', '@nhóm', "'0123", '2.10', '12.3', '001'];

function check(name: string, run: () => string): HostCheck {
  try {
    return { name, ok: true, detail: run() };
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: đọc lại ${JSON.stringify(actual)}, cần ${JSON.stringify(expected)}`);
}

function plainText(sheet: Sheet): string {
  const range = sheet.getRange(1, 1, 1, TRICKY_TEXTS.length);
  range.setNumberFormat('@');
  range.setValues([TRICKY_TEXTS]);
  expectEqual(range.getFormulas()[0].filter(Boolean), [], 'Công thức');
  expectEqual(range.getValues()[0], TRICKY_TEXTS, 'Văn bản thuần');
  return "ô định dạng văn bản thuần giữ nguyên “=…”, “+…”, “-…”, “@…”, “'…”, 2.10";
}

/** The fallback: automatic format and a leading apostrophe, which Sheets keeps as "text" and hides. */
function apostropheText(sheet: Sheet): string {
  const range = sheet.getRange(4, 1, 1, TRICKY_TEXTS.length);
  range.setNumberFormat('General');
  range.setValues([TRICKY_TEXTS.map((t) => `'${t}`)]);
  expectEqual(range.getFormulas()[0].filter(Boolean), [], 'Công thức');
  expectEqual(range.getValues()[0], TRICKY_TEXTS, 'Văn bản sau dấu nháy');
  return 'văn bản ghi kèm dấu nháy đơn giữ nguyên; tiện ích sẽ ghi theo cách này';
}

function marks(sheet: Sheet): string {
  const range = sheet.getRange(2, 1, 1, 2);
  range.setBackgrounds([[MARK_COLOR.error, null]]);
  range.setNotes([['[Kiểm tra] ghi chú thử', '']]);
  const backgrounds = range.getBackgrounds()[0].map((bg) => bg.toLowerCase());
  expectEqual(backgrounds[0], MARK_COLOR.error, 'Màu nền');
  if (backgrounds[1] !== '#ffffff') throw new Error(`Ô không tô màu đọc lại là ${backgrounds[1]}`);
  expectEqual(range.getNotes()[0], ['[Kiểm tra] ghi chú thử', ''], 'Ghi chú');
  return 'màu nền và ghi chú ghi rồi đọc lại đúng';
}

function metadata(sheet: Sheet): string {
  sheet.addDeveloperMetadata('dienhinh.selftest', '{"ok":true}');
  const found = sheet.getDeveloperMetadata().find((m) => m.getKey() === 'dienhinh.selftest');
  expectEqual(found?.getValue(), '{"ok":true}', 'Siêu dữ liệu');
  return 'đánh dấu trang tự tạo hoạt động (trang được nhận ra kể cả khi đổi tên)';
}

function protection(sheet: Sheet): string {
  const spreadsheet = sheet.getParent();
  const count = spreadsheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length;
  const test = sheet.getRange(3, 1).protect().setDescription('Điển hình: tự kiểm tra');
  const editable = test.canEdit();
  test.remove();
  if (!editable) throw new Error('Không đọc được quyền sửa của vùng được bảo vệ vừa tạo');
  return `đọc được vùng bảo vệ (${count} trang đang được bảo vệ)`;
}

function lock(held: boolean): string {
  if (!held) throw new Error('Không lấy được khóa tài liệu trong 10 giây (có người đang chạy lệnh?)');
  return 'khóa tài liệu dùng được: hai người không ghi cùng lúc';
}

/** The Vietnamese alphabet's order, which a root-only collator gets wrong (đ after d, ư after u). */
const ALPHABET_PROBE = ['a', 'ă', 'â', 'b', 'd', 'đ', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

function collation(): string {
  const shuffled = ALPHABET_PROBE.slice().reverse();
  expectEqual(shuffled.sort(compareVietnamese), ALPHABET_PROBE, 'Thứ tự chữ cái');
  return collationInUse() === 'intl'
    ? 'sắp xếp tên theo bảng chữ cái tiếng Việt (bộ so sánh tiếng Việt của máy chủ)'
    : 'máy chủ không có bộ so sánh tiếng Việt; tiện ích dùng thứ tự riêng, cho cùng kết quả';
}

function timeZones(): string {
  const spreadsheetZone = SpreadsheetApp.getActive().getSpreadsheetTimeZone();
  const scriptZone = Session.getScriptTimeZone();
  // The add-on converts dates in memory; here the host's own formatter confirms it, around the year.
  const convert = wallClockIn(spreadsheetZone);
  for (let month = 0; month < 12; month += 3) {
    const instant = new Date(Date.UTC(2025, month, 1, 17, 30));
    const ours = convert(instant)
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    expectEqual(
      ours,
      Utilities.formatDate(instant, spreadsheetZone, 'yyyy-MM-dd-HH-mm-ss'),
      'Giờ theo múi giờ bảng tính',
    );
  }
  return spreadsheetZone === scriptZone
    ? `múi giờ ${spreadsheetZone}`
    : `ngày đọc theo múi giờ bảng tính ${spreadsheetZone} (tập lệnh chạy ở ${scriptZone})`;
}

/**
 * Checks, on a temporary tab, what the add-on assumes of Sheets, removes the tab, and switches to the
 * safe way of writing text if plain-text cells do not keep text as typed. Returns the report.
 */
export function runSelfTest_(): { checks: HostCheck[]; textMode: TextMode; message: string } {
  const documentLock = LockService.getDocumentLock();
  const held = documentLock.tryLock(10_000);
  const spreadsheet = SpreadsheetApp.getActive();
  const name = freeTabName(
    spreadsheet.getSheets().map((s) => s.getName()),
    'Điển hình – tự kiểm tra',
  );
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
  let checks: HostCheck[];
  try {
    // Marked first: if the host stops this run, the next command removes the tab.
    sheet.addDeveloperMetadata(BUILDING_KEY, 'self-test');
    checks = [
      check('Văn bản giữ nguyên', () => plainText(sheet)),
      check('Màu và ghi chú', () => marks(sheet)),
      check('Đánh dấu trang', () => metadata(sheet)),
      check('Vùng bảo vệ', () => protection(sheet)),
      check('Khóa tài liệu', () => lock(held)),
      check('Sắp xếp tiếng Việt', collation),
      check('Múi giờ', timeZones),
    ];
    if (!checks[0].ok) checks.push(check('Cách ghi văn bản dự phòng', () => apostropheText(sheet)));
  } finally {
    spreadsheet.deleteSheet(sheet);
    if (held) documentLock.releaseLock();
  }
  const textMode: TextMode = checks[0].ok ? 'plain' : 'apostrophe';
  setTextMode_(textMode);
  const lines = checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.name}: ${c.detail}`);
  const failed = checks.filter((c) => !c.ok).length;
  const summary =
    failed === 0
      ? 'Google Sheets đáp ứng mọi điều tiện ích cần.'
      : `${failed} mục không đạt. Tiện ích vẫn chạy an toàn: ` +
        (textMode === 'apostrophe' ? 'văn bản sẽ được ghi kèm dấu nháy đơn để không thành công thức. ' : '') +
        'Hãy gửi thông báo này cho nhóm phát triển.';
  return { checks, textMode, message: [summary, '', ...lines].join('\n') };
}
