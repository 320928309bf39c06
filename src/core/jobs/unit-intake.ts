import { parseEmails } from '../plan/emails';
import type { WorkbookPort } from '../port';
import { unitTabName } from '../validate/unit-tab';
import { requirePlan } from '../workbook/plan-gaps';
import { readPlan } from '../workbook/read-plan';
import { freeTabName, tabNameKey } from '../workbook/tab-names';
import { NOMINATION_TEMPLATE } from '../workbook/template';
import { CONFIG } from '../plan/config';
import { TAB } from '../workbook/layout';
import { formatFor, isEmptyTab, nominationDropdowns, writeTemplate } from './setup';

/**
 * “Tạo trang nhập cho từng đơn vị”: one nomination tab per unit without a parent (its sub-units enter
 * there too), each editable only by the unit's contacts (`Đầu mối (email)`) and the secretariat
 * (`Cấu hình` › `Thư ký Hội đồng (email)`); the reference tabs by the secretariat only. An existing
 * unit tab keeps its rows. Returns one Vietnamese line per tab.
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

  const messages: string[] = [];
  const secretariat = plan.secretariat.join(', ');
  const staying = new Set<string>();
  const protect = (tab: string, editors: string[], description: string) => {
    for (const email of port.protectTab(tab, editors, description)) staying.add(email);
  };
  for (const { unit, name, exists, blank, contacts } of units) {
    // An existing tab keeps its rows; only an empty one gets the header.
    if (!exists) port.addTab(name);
    if (blank) {
      const header = writeTemplate(port, name, { ...NOMINATION_TEMPLATE, rows: [] });
      port.formatTab(name, {
        ...formatFor(NOMINATION_TEMPLATE, header, true),
        dropdowns: nominationDropdowns(plan, found, header),
      });
    }
    protect(
      name,
      [...contacts.emails, ...plan.secretariat],
      `Trang nhập đề cử của ${unit.name}: chỉ đầu mối của đơn vị và thư ký Hội đồng sửa được.`,
    );
    const who = contacts.emails.length
      ? `${contacts.emails.join(', ')} và thư ký (${secretariat}) sửa được`
      : `chỉ thư ký (${secretariat}) sửa được cho đến khi ghi “Đầu mối (email)” của đơn vị trong trang “${TAB.units}” rồi chạy lại`;
    const bad = contacts.invalid.length
      ? ` Bỏ qua ${contacts.invalid.map((e) => `“${e}”`).join(', ')}: không phải địa chỉ email.`
      : '';
    messages.push(`${exists ? 'Giữ' : 'Đã tạo'} trang “${name}”: ${who}.${bad}`);
  }
  for (const tab of references)
    protect(tab, plan.secretariat, 'Bảng tham chiếu của kế hoạch: chỉ thư ký Hội đồng sửa được.');
  messages.push(
    `Các trang ${references.map((t) => `“${t}”`).join(', ')}: chỉ thư ký (${secretariat}) sửa được.`,
  );
  if (staying.size)
    messages.unshift(
      `Chưa khóa hết: ${[...staying].join(', ')} (người đang chạy lệnh) vẫn sửa được cả những trang không ` +
        'dành cho mình, vì Google không gỡ quyền của chính người đang chạy lệnh. Nhờ chủ sở hữu bảng tính hoặc thư ký Hội đồng chạy lại ' +
        '“Tạo trang nhập cho từng đơn vị” để chỉ còn những người kể dưới đây.',
    );
  return messages;
}
