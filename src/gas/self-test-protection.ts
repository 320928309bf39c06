import { expectEqual } from './self-test-cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type User = GoogleAppsScript.Base.User;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

const DESCRIPTION = 'Điển hình: tự kiểm tra';

const emails = (users: User[]) => users.map((user) => user.getEmail().toLowerCase());

/** The host's message if it refuses (as it does to remove the group the user edits through), else null. */
function removalRefused(protection: Protection, users: User[]): string | null {
  try {
    protection.removeEditors(users);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * A protection of the temporary tab, set and read back as per-unit intake sets a unit's tab and
 * every command reads protections (protections.ts, tab-protection.ts): its description, warning-only
 * flag and open cells kept (domain editing turned off where on); the protection listed by the
 * spreadsheet; everyone removed from its editors
 * but the owner and the user running it, who keeps the right to edit; those removed added back.
 * Warning-only comes first and goes off before the editors are touched: a warning-only protection
 * holds no editors.
 */
export function protection(sheet: Sheet): string {
  const spreadsheet = sheet.getParent();
  const test = sheet.protect().setDescription(DESCRIPTION);
  expectEqual(test.getDescription(), DESCRIPTION, 'Mô tả vùng bảo vệ');
  expectEqual(test.setWarningOnly(true).isWarningOnly(), true, 'Vùng bảo vệ chỉ cảnh báo');
  expectEqual(test.setWarningOnly(false).isWarningOnly(), false, 'Vùng bảo vệ chặn sửa');
  // Cells a protected tab leaves open, which lockedAreas_ reads to decide whether a write is refused.
  test.setUnprotectedRanges([sheet.getRange('B2:C3')]);
  expectEqual(
    test.getUnprotectedRanges().map((range) => range.getA1Notation()),
    ['B2:C3'],
    'Vùng để ngỏ của trang được bảo vệ',
  );
  // Per-unit intake turns domain editing off where the file has it on.
  if (test.canDomainEdit()) expectEqual(test.setDomainEdit(false).canDomainEdit(), false, 'Cả miền được sửa');

  const protections = spreadsheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const name = sheet.getName();
  if (!protections.some((p) => p.getRange().getSheet().getName() === name))
    throw new Error(
      'vùng bảo vệ vừa tạo không có trong danh sách vùng bảo vệ của bảng tính, nên tiện ích không biết trang nào bị khóa',
    );

  const users = test.getEditors();
  const before = emails(users);
  const refused = removalRefused(test, users);
  if (refused !== null)
    throw new Error(
      `Google Sheets không cho bỏ người được sửa khỏi vùng bảo vệ (${refused}); thường là vì tài khoản ` +
        'đang dùng được sửa bảng tính qua một nhóm Google. Hãy để chủ sở hữu hoặc thư ký được chia sẻ ' +
        'bằng chính địa chỉ của mình chạy các lệnh bảo vệ trang.',
    );
  const left = emails(test.getEditors());
  if (left.length === 0 || !test.canEdit())
    throw new Error(
      'bỏ người được sửa khỏi vùng bảo vệ làm chính người đang chạy lệnh mất quyền sửa; tiện ích có thể tự ' +
        'khóa mình khi bảo vệ trang của các đơn vị',
    );
  const owner = spreadsheet.getOwner()?.getEmail().toLowerCase() ?? null; // none in a shared drive
  const stayed = left.filter((email) => email !== owner);
  if (stayed.length > 1)
    throw new Error(
      `đã bỏ mọi người khỏi vùng bảo vệ, đọc lại vẫn còn ${stayed.join(', ')}: ngoài chủ sở hữu chỉ người ` +
        'đang chạy lệnh được ở lại, nên tiện ích không giới hạn được ai sửa trang của từng đơn vị',
    );

  const removed = before.filter((email) => !left.includes(email));
  if (removed.length) {
    test.addEditors(removed);
    const back = emails(test.getEditors());
    const missing = removed.filter((email) => !back.includes(email));
    if (missing.length)
      throw new Error(
        `đã thêm ${missing.join(', ')} vào người được sửa vùng bảo vệ, đọc lại không thấy: tiện ích không ` +
          'cho được người liên hệ của đơn vị quyền sửa trang của họ',
      );
  }
  test.remove();
  const editors = removed.length
    ? `bỏ rồi thêm lại ${removed.length} người được sửa, người đang chạy lệnh luôn giữ quyền`
    : `người đang chạy lệnh giữ quyền sửa; chưa thử được việc bỏ và thêm người được sửa vì ngoài ` +
      `${left.join(', ')} bảng tính chưa chia sẻ quyền sửa cho ai`;
  return `mô tả, “chỉ cảnh báo”, vùng để ngỏ và người được sửa của vùng bảo vệ ghi rồi đọc lại đúng (${editors}; ${protections.length - 1} trang khác đang được bảo vệ)`;
}
