import { parseEmails } from '../plan/emails';
import { ProtectionFailed, type TabProtection, type WorkbookPort } from '../port';
import { unitTabName } from '../validate/unit-tab';
import { requirePlan } from '../workbook/plan-gaps';
import { readPlan } from '../workbook/read-plan';
import { freeTabName, tabNameKey } from '../workbook/tab-names';
import { NOMINATION_TEMPLATE } from '../workbook/template';
import { CONFIG } from '../plan/config';
import { TAB } from '../workbook/layout';
import { formatFor, isEmptyTab, nominationDropdowns, writeTemplate } from './setup';
import { accessGaps, accessMessages } from './unit-access';

/** Who can run the command to finish the job: never an owner a shared drive's file does not have. */
function whoCanRun(owner: string | null | undefined): string {
  const secretary = `một thư ký có tên trong “${CONFIG.secretariat}”`;
  return owner
    ? `chủ sở hữu bảng tính (${owner}) hoặc ${secretary}`
    : owner === null
      ? `${secretary} (tệp nằm trong bộ nhớ dùng chung, không có chủ sở hữu; người quản lý bộ nhớ dùng chung cũng được)`
      : `chủ sở hữu bảng tính hoặc ${secretary}`;
}

/** Nothing protected: which tab, the host's reason, what was put back, and what to do. */
function failure(error: ProtectionFailed, removed: string[], owner: string | null | undefined): string {
  const notUndone = error.notUndone.length
    ? ` Riêng ${error.notUndone.map((t) => `“${t}”`).join(', ')} chưa trả lại được như cũ: xem Dữ liệu › ` +
      'Trang và dải ô được bảo vệ.'
    : '';
  const gone = removed.length ? `, các trang vừa tạo (${removed.length}) đã xóa` : '';
  return (
    `Chưa bảo vệ trang nào: Google Sheets từ chối khi bảo vệ trang “${error.tab}” (${error.reason}). ` +
    `Các bảo vệ lần chạy này đã đặt được gỡ bỏ${gone}.${notUndone} Lỗi này thường gặp khi tài khoản đang ` +
    'chạy lệnh có quyền sửa bảng tính nhờ một nhóm Google: Google không cho gỡ nhóm đó khỏi trang khi không ' +
    `biết tài khoản đang chạy. Nhờ ${whoCanRun(owner)} chạy lại “Tạo trang nhập cho từng đơn vị”, hoặc chia ` +
    'sẻ bảng tính trực tiếp cho địa chỉ của tài khoản đang dùng (nút Chia sẻ) rồi chạy lại.'
  );
}

/**
 * “Tạo trang nhập cho từng đơn vị”: one nomination tab per unit without a parent (its sub-units enter
 * there too), each editable only by the unit's contacts (`Đầu mối (email)`) and the secretariat
 * (`Cấu hình` › `Thư ký Hội đồng (email)`); the reference tabs by the secretariat only. An existing
 * unit tab keeps its rows. Every tab is protected or none: the protections are planned in the read
 * phase, and a failure undoes this run's protections and the tabs it created. Then says who must
 * still be given the file (Chia sẻ), and the offline way in. Returns one Vietnamese line per point.
 */
export function createUnitTabs(port: WorkbookPort): string[] {
  const tabs = port.readTabs();
  const reading = readPlan(tabs);
  requirePlan(reading, ['tabs']);
  const { plan, found } = reading;
  if (plan.secretariat.length === 0)
    return [
      `Chưa tạo gì: ghi “${CONFIG.secretariat}” trong trang “${TAB.config}” (tài khoản Google của thư ký, ` +
        'cách nhau bằng dấu phẩy) để các trang tham chiếu và trang tổng hợp vẫn có người sửa được, rồi chạy lại.',
    ];
  const existing = new Map(tabs.map((t) => [tabNameKey(t.name), t]));
  // Two units whose tab names Sheets would take for one (cut at 100 characters, say) get `(2)`.
  const planned: string[] = [];
  const units = plan.units
    .filter((u) => !u.parent)
    .map((unit) => {
      const name = freeTabName(planned, unitTabName(unit));
      planned.push(name);
      const current = existing.get(tabNameKey(name));
      return {
        unit,
        name: current?.name ?? name,
        exists: current !== undefined,
        blank: !current || isEmptyTab(current),
        contacts: parseEmails(unit.contact),
      };
    });
  const references = Object.values(found).flatMap((f) => (f ? [f.tab.name] : []));
  port.ensureWritable([
    ...units.filter((u) => u.exists).map((u) => ({ tab: u.name })),
    ...references.map((tab) => ({ tab })),
  ]);
  const access = port.planProtections([...units.filter((u) => u.exists).map((u) => u.name), ...references]);

  // Writes from here on.
  const created: string[] = [];
  for (const { name, exists, blank } of units) {
    // An existing tab keeps its rows; only an empty one gets the header.
    if (!exists) {
      port.addTab(name);
      created.push(name);
    }
    if (blank) {
      const header = writeTemplate(port, name, { ...NOMINATION_TEMPLATE, rows: [] });
      port.formatTab(name, {
        ...formatFor(NOMINATION_TEMPLATE, header, true),
        dropdowns: nominationDropdowns(plan, found, header),
      });
    }
  }
  const protections: TabProtection[] = [
    ...units.map(({ unit, name, contacts }) => ({
      tab: name,
      editors: [...contacts.emails, ...plan.secretariat],
      description: `Trang nhập đề cử của ${unit.name}: chỉ đầu mối của đơn vị và thư ký Hội đồng sửa được.`,
    })),
    ...references.map((tab) => ({
      tab,
      editors: plan.secretariat,
      description: 'Bảng tham chiếu của kế hoạch: chỉ thư ký Hội đồng sửa được.',
    })),
  ];
  let staying: string[];
  try {
    staying = port.protectTabs(protections);
  } catch (error) {
    if (!(error instanceof ProtectionFailed)) throw error;
    for (const name of created) port.removeTab(name);
    return [failure(error, created, access?.owner)];
  }

  const messages: string[] = [];
  const secretariat = plan.secretariat.join(', ');
  for (const { name, exists, contacts } of units) {
    const who = contacts.emails.length
      ? `${contacts.emails.join(', ')} và thư ký (${secretariat}) sửa được`
      : `chỉ thư ký (${secretariat}) sửa được cho đến khi ghi “Đầu mối (email)” của đơn vị trong trang “${TAB.units}” rồi chạy lại`;
    const bad = contacts.invalid.length
      ? ` Bỏ qua ${contacts.invalid.map((e) => `“${e}”`).join(', ')}: không phải địa chỉ email.`
      : '';
    messages.push(`${exists ? 'Giữ' : 'Đã tạo'} trang “${name}”: ${who}.${bad}`);
  }
  messages.push(
    `Các trang ${references.map((t) => `“${t}”`).join(', ')}: chỉ thư ký (${secretariat}) sửa được.`,
  );
  if (staying.length)
    messages.unshift(
      `Chưa khóa hết: ${staying.join(', ')} (người đang chạy lệnh) vẫn sửa được cả những trang không ` +
        `dành cho mình, vì Google không gỡ quyền của chính người đang chạy lệnh. Nhờ ${whoCanRun(access?.owner)} ` +
        'chạy lại “Tạo trang nhập cho từng đơn vị” để chỉ còn những người kể dưới đây.',
    );
  if (access) {
    const reach = units.map(({ unit, contacts }) => ({ unit, emails: contacts.emails }));
    for (const line of accessMessages(accessGaps(access, reach, plan.secretariat), reach))
      messages.push(line);
  }
  return messages;
}
