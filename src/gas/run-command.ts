import { ProtectionFailed, WriteRefused } from '../core/port';
import { PlanIncomplete } from '../core/workbook/plan-gaps';

/** Thrown when another person holds the document lock; shown to the user as is. */
export class BusyError extends Error {}

const LOCK_WAIT_MS = 10_000;
export const BUSY_MESSAGE =
  'Đang có người khác chạy một lệnh trên bảng tính này. Vui lòng đợi ít phút rồi thử lại.';

/** Runs a command under the document lock, so two people never write the same tabs at once. */
export function withDocumentLock_<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new BusyError(BUSY_MESSAGE);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Runs a menu command: its result or failure becomes a Vietnamese dialog, never a stack trace.
 * Unexpected errors are logged for the developers and summarised for the user.
 */
export function runMenuCommand_(title: string, work: () => string, options = { lock: true }): void {
  const ui = SpreadsheetApp.getUi();
  let message: string;
  try {
    message = options.lock ? withDocumentLock_(work) : work();
  } catch (error) {
    message = failureMessage_(error);
  }
  ui.alert(title, message, ui.ButtonSet.OK);
}

/**
 * A tab the add-on builds for the secretariat alone could not be protected (Sheets refused, as when the
 * runner edits through a Google Group): that tab was not replaced, and whom to ask is said.
 */
function protectionFailure_(error: ProtectionFailed): string {
  return (
    `Chưa xong: Google Sheets từ chối khi bảo vệ trang “${error.tab}” (${error.reason}), nên trang này ` +
    'chưa được tạo lại. Thường gặp khi tài khoản đang chạy lệnh có quyền sửa bảng tính nhờ một nhóm Google. ' +
    'Nhờ một thư ký có tên trong “Thư ký Hội đồng (email)” (hoặc chủ sở hữu bảng tính; tệp trong bộ nhớ dùng ' +
    'chung thì người quản lý bộ nhớ) chạy lại lệnh.'
  );
}

/** What the user is told of a failed command: its own message when expected, else a summary (and a log line). */
export function failureMessage_(error: unknown): string {
  if (error instanceof ProtectionFailed) return protectionFailure_(error);
  const expected =
    error instanceof BusyError || error instanceof PlanIncomplete || error instanceof WriteRefused;
  if (!expected) console.error(error);
  return expected
    ? error.message
    : `Không thực hiện được lệnh. Chi tiết: ${error instanceof Error ? error.message : String(error)}`;
}
