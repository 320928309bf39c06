import type { FileAccess } from '../port';
import type { Unit } from '../plan/types';
import { unitFileTabName } from '../workbook/unit-file';

/**
 * Who can really edit: a protection's editors edit its tab only if the file itself is shared with
 * them to edit (Protection.addEditors does not share the file). Each contact and secretary is compared
 * with the file's editors; those missing are named, with the way in for a unit without a Google
 * account: a unit file made offline and brought in with Sheets' own import.
 */
export interface AccessGaps {
  /** The host did not say whom the file is shared with: every address to look up in Chia sẻ. */
  unknown: { email: string; who: string }[];
  /** Not shared on the file at all, with whose address it is. */
  unshared: { email: string; who: string }[];
  /** Shared to view or comment only. */
  viewOnly: { email: string; who: string }[];
}

export function accessGaps(
  access: FileAccess,
  units: { unit: Unit; emails: string[] }[],
  secretariat: string[],
): AccessGaps {
  const editors = new Set([...(access.editors ?? []), access.owner ?? '']);
  const viewers = new Set(access.viewers ?? []);
  const gaps: AccessGaps = { unknown: [], unshared: [], viewOnly: [] };
  const seen = new Set<string>();
  const place = (email: string, who: string) => {
    if (editors.has(email) || seen.has(email)) return;
    seen.add(email);
    if (access.editors === null) gaps.unknown.push({ email, who });
    else (viewers.has(email) ? gaps.viewOnly : gaps.unshared).push({ email, who });
  };
  for (const email of secretariat) place(email.toLowerCase(), 'thư ký Hội đồng');
  for (const { unit, emails } of units) for (const email of emails) place(email, unit.name);
  return gaps;
}

const list = (entries: { email: string; who: string }[]) =>
  entries.map((e) => `${e.email} (${e.who})`).join(', ');

/** What the secretariat is told: whom to share the file with, and the way in without an account. */
export function accessMessages(gaps: AccessGaps, units: { unit: Unit; emails: string[] }[]): string[] {
  const messages: string[] = [];
  if (gaps.unknown.length)
    messages.push(
      'Không đọc được danh sách chia sẻ của bảng tính. Có tên trong danh sách được sửa của trang chưa có nghĩa ' +
        `là mở được tệp: xem trong Chia sẻ, mỗi người sau cần quyền Người chỉnh sửa: ${list(gaps.unknown)}.`,
    );
  if (gaps.unshared.length || gaps.viewOnly.length) {
    const parts: string[] = [];
    if (gaps.unshared.length)
      parts.push(`bấm Chia sẻ và thêm với quyền Người chỉnh sửa: ${list(gaps.unshared)}`);
    if (gaps.viewOnly.length)
      parts.push(`đổi từ quyền xem sang Người chỉnh sửa trong Chia sẻ: ${list(gaps.viewOnly)}`);
    messages.push(
      'Còn phải chia sẻ bảng tính: có tên trong danh sách được sửa của trang chưa có nghĩa là mở được tệp. ' +
        `${parts.join('; ')}. Ai được chia sẻ qua một nhóm Google hoặc cả tổ chức thì đã sửa được, bỏ qua.`,
    );
  }
  const offline = units.filter(
    ({ emails }) =>
      emails.length === 0 ||
      emails.some((e) => [...gaps.unshared, ...gaps.unknown].some((g) => g.email === e)),
  );
  if (offline.length)
    messages.push(
      'Đơn vị không có tài khoản Google (nhiều địa chỉ .gov.vn không phải tài khoản Google) vẫn nhập được: ' +
        'tải bảng tính về (Tệp › Tải xuống › Microsoft Excel), tạo tệp nhập riêng cho đơn vị bằng ' +
        '“npm start -- template --unit <mã đơn vị> --from <bảng tính>.xlsx --out <tệp đơn vị>.xlsx” và gửi cho ' +
        'đơn vị; khi nhận lại, mở Tệp › Nhập › Tải lên, chọn “Chèn trang tính mới”, rồi chạy “Kiểm tra hồ sơ”: ' +
        'trang nhập vào được kiểm tra như mọi trang đề cử (bảng tính đã có trang cùng tên thì trang nhập vào ' +
        'mang tên khác: chép các dòng sang trang của đơn vị rồi xóa trang nhập vào). Đơn vị cần cách này: ' +
        `${offline.map(({ unit }) => `${unit.name} (mã ${unit.code}, trang “${unitFileTabName(unit)}”)`).join(', ')}.`,
    );
  return messages;
}
