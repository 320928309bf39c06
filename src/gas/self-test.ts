import { freeTabName } from '../core/workbook/tab-names';
import { apostropheText, collation, marks, metadata, plainText } from './self-test-cells';
import { dateCells } from './self-test-dates';
import { protection } from './self-test-protection';
import { BUILDING_KEY } from './sheets-port';
import { setTextMode_, textMode_, type TextMode } from './text-mode';

type Lock = GoogleAppsScript.Lock.Lock;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One assumption the add-on rests on, checked on the real host. */
export interface HostCheck {
  name: string;
  ok: boolean;
  detail: string;
}

function check(name: string, run: () => string): HostCheck {
  try {
    return { name, ok: true, detail: run() };
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

const LOCK_WAIT_MS = 10_000;

/** Every command writes under the document lock; tryLock's "yes" alone is not taken on trust. */
function takeLock(lock: Lock): string {
  if (!lock.tryLock(LOCK_WAIT_MS))
    throw new Error(
      'không lấy được khóa tài liệu trong 10 giây (có người đang chạy lệnh?); hãy chạy lại sau ít phút',
    );
  if (!lock.hasLock())
    throw new Error(
      'Google Sheets trả lời đã cấp khóa tài liệu nhưng khóa không được giữ, nên hai người có thể ghi cùng lúc',
    );
  return 'khóa tài liệu được giữ suốt lúc tự kiểm tra: hai người không ghi cùng lúc';
}

function report(checks: HostCheck[], summary: string): string {
  const lines = checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.name}: ${c.detail}`);
  return [summary, '', ...lines].join('\n');
}

/**
 * Which way of writing text the checks allow: plain if plain text held; the apostrophe fallback only
 * if its own check passed; otherwise null, and the mode in use stays as it is (neither is safe, and
 * switching to a fallback that failed would only hide that).
 */
function chosenTextMode(plain: HostCheck, fallback: HostCheck | null): TextMode | null {
  if (plain.ok) return 'plain';
  return fallback?.ok ? 'apostrophe' : null;
}

function summaryOf(checks: HostCheck[], mode: TextMode | null): string {
  const failed = checks.filter((c) => !c.ok).length;
  if (failed === 0) return 'Google Sheets đáp ứng mọi điều tiện ích cần.';
  const text =
    mode === 'apostrophe'
      ? 'Tiện ích vẫn chạy an toàn: văn bản sẽ được ghi kèm dấu nháy đơn để không thành công thức. '
      : mode === null
        ? 'Cả cách ghi dự phòng (dấu nháy đơn) cũng không giữ nguyên văn bản, nên tiện ích không chuyển ' +
          `sang cách đó và vẫn ghi như trước (${textMode_() === 'apostrophe' ? 'kèm dấu nháy đơn' : 'định dạng văn bản thuần'}): ` +
          'văn bản như “=1+1” hay “2.10” có thể bị đổi thành công thức hay số. '
        : '';
  return `${failed} mục không đạt. ${text}Hãy gửi thông báo này cho nhóm phát triển.`;
}

/** Runs `work` on a new tab, marked first so that if the host stops this run the next command removes it. */
function onTemporaryTab<T>(spreadsheet: Spreadsheet, work: (sheet: Sheet) => T): T {
  const name = freeTabName(
    spreadsheet.getSheets().map((s) => s.getName()),
    'Điển hình – tự kiểm tra',
  );
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
  try {
    sheet.addDeveloperMetadata(BUILDING_KEY, 'self-test');
    return work(sheet);
  } finally {
    spreadsheet.deleteSheet(sheet);
  }
}

/**
 * Checks, on a temporary tab, what the add-on assumes of Sheets, removes the tab, and switches to the
 * safe way of writing text if plain-text cells do not keep text as typed and that way does. Without
 * the document lock it stops before writing anything. Returns the report.
 */
export function runSelfTest_(): { checks: HostCheck[]; textMode: TextMode; message: string } {
  const documentLock = LockService.getDocumentLock();
  const locked = check('Khóa tài liệu', () => takeLock(documentLock));
  if (!locked.ok) {
    documentLock.releaseLock(); // a lock said to be granted but not held: letting go does no harm
    const summary =
      'Tự kiểm tra dừng ở bước đầu: không giữ được khóa tài liệu, nên chưa thử gì khác và không ghi gì ' +
      'vào bảng tính.';
    return { checks: [locked], textMode: textMode_(), message: report([locked], summary) };
  }
  let run: { plain: HostCheck; others: HostCheck[]; fallback: HostCheck | null };
  try {
    run = onTemporaryTab(SpreadsheetApp.getActive(), (sheet) => {
      const plain = check('Văn bản giữ nguyên', () => plainText(sheet));
      const others = [
        check('Màu và ghi chú', () => marks(sheet)),
        check('Đánh dấu trang', () => metadata(sheet)),
        check('Vùng bảo vệ', () => protection(sheet)),
        check('Sắp xếp tiếng Việt', collation),
        check('Múi giờ', () => dateCells(sheet)),
      ];
      const fallback = plain.ok ? null : check('Cách ghi văn bản dự phòng', () => apostropheText(sheet));
      return { plain, others, fallback };
    });
  } finally {
    documentLock.releaseLock();
  }
  const { plain, others, fallback } = run;
  const checks = [locked, plain, ...others, ...(fallback ? [fallback] : [])];
  const mode = chosenTextMode(plain, fallback);
  if (mode) setTextMode_(mode);
  const summary = summaryOf(checks, mode);
  return { checks, textMode: mode ?? textMode_(), message: report(checks, summary) };
}
