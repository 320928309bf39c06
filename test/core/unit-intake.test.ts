import { createUnitTabs } from '../../src/core/jobs/unit-intake';
import { validateNominations } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { communeWorkbook } from '../../src/demo/commune-workbook';
import { MemoryPort } from '../support/memory-port';

function commune(): { port: MemoryPort; rows: Record<string, string | number>[] } {
  const { tabs } = communeWorkbook();
  const nominations = tabs.find((t) => t.name === 'Đề cử đoàn thể, trường học');
  const header = (nominations?.values[0] ?? []).map(String);
  const rows = (nominations?.values.slice(1) ?? []).map((r) =>
    Object.fromEntries(header.map((h, i) => [h, r[i] as string | number])),
  );
  return { port: new MemoryPort(Object.fromEntries(tabs.map((t) => [t.name, t.values]))), rows };
}

const cells = (port: MemoryPort, tab: string) => port.tabs.get(tab) ?? [];

describe('per-unit intake (Tạo trang nhập cho từng đơn vị), for a council that is not the preset', () => {
  it('creates one tab per unit without a parent, each editable only by its contacts and the secretariat', () => {
    const { port } = commune();
    const messages = createUnitTabs(port);
    const union = port.protections.get('Đề cử - Hội Phụ nữ xã Hòa Sơn');
    expect(union?.editors).toEqual(['hpn@hoason.example.vn', 'vanphong@hoason.example.vn']);
    // The women's branch of Bản Suối Cát has a parent: it enters in the union's tab, not its own.
    expect(port.tabs.has('Đề cử - Chi hội Phụ nữ Bản Suối Cát')).toBe(false);
    expect(cells(port, 'Đề cử - Thôn Đồng Tâm')[0]).toContain('Đơn vị đề nghị');
    expect(port.protections.get('Đơn vị')?.editors).toEqual(['vanphong@hoason.example.vn']);
    expect(messages).toContain(
      'Đã tạo trang “Đề cử - Hội Phụ nữ xã Hòa Sơn”: hpn@hoason.example.vn và thư ký (vanphong@hoason.example.vn) sửa được.',
    );
  });

  it('keeps the rows of a unit tab that is already there, and runs again without change', () => {
    const { port } = commune();
    createUnitTabs(port);
    port.tabs.get('Đề cử - Thôn Tân Lập')?.push(['1', 'Hộ ông Lò Văn Pọm']);
    const before = cells(port, 'Đề cử - Thôn Tân Lập').map((r) => r.slice());
    const messages = createUnitTabs(port);
    expect(cells(port, 'Đề cử - Thôn Tân Lập')).toEqual(before);
    expect(messages.some((m) => m.startsWith('Giữ trang “Đề cử - Thôn Tân Lập”'))).toBe(true);
  });

  it('creates nothing, and says what to write, while the secretariat is not named in Cấu hình', () => {
    const { port } = commune();
    const config = cells(port, 'Cấu hình');
    const row = config.find((r) => r[0] === 'Thư ký Hội đồng (email)');
    if (row) row[1] = '';
    expect(createUnitTabs(port)[0]).toMatch(/^Chưa tạo gì: ghi “Thư ký Hội đồng \(email\)”/);
    expect(port.writes).toEqual([]);
  });
});

describe('per-unit intake, edge cases', () => {
  it('gives an existing empty unit tab the nomination header', () => {
    const { port } = commune();
    port.tabs.set('đề cử - thôn tân lập', []);
    const messages = createUnitTabs(port);
    expect(cells(port, 'đề cử - thôn tân lập')[0]).toContain('Đơn vị đề nghị');
    expect(port.tabs.has('Đề cử - Thôn Tân Lập')).toBe(false);
    expect(messages.some((m) => m.startsWith('Giữ trang “đề cử - thôn tân lập”'))).toBe(true);
  });

  it('cuts a tab name to the 100 characters Sheets allows, and still knows whose tab it is', () => {
    const { port } = commune();
    const units = cells(port, 'Đơn vị');
    const row = units.find((r) => r[1] === 'Hội Nông dân xã Hòa Sơn');
    const long = 'Hội Nông dân xã Hòa Sơn, '.repeat(6).trim();
    if (row) row[1] = long;
    createUnitTabs(port);
    const tab = [...port.tabs.keys()].find((t) => t.startsWith('Đề cử - Hội Nông dân'));
    expect(tab).toHaveLength(100);
    const tabs = port.readTabs();
    const nominations = tabs.find((t) => t.name === 'Đề cử đoàn thể, trường học');
    const header = nominations?.values[0] ?? [];
    const unitColumn = header.indexOf('Đơn vị đề nghị');
    const women = (nominations?.values ?? []).find((r) => r[unitColumn] === 'Hội Phụ nữ xã Hòa Sơn');
    const target = tabs.find((t) => t.name === tab);
    if (target && women) target.values.push(women);
    const codes = validateNominations(readWorkbook(tabs)).issues.map((i) => `${i.sheet} ${i.code}`);
    expect(codes).toContain(`${tab} W_UNIT_TAB_MISMATCH`);
  });

  it('says who still edits every tab when the one running it cannot be removed, and how to fix it', () => {
    const { port } = commune();
    port.stayingEditors.push('hpn@hoason.example.vn');
    const [first] = createUnitTabs(port);
    expect(first).toMatch(/^Chưa khóa hết: hpn@hoason\.example\.vn \(người đang chạy lệnh\)/);
    expect(first).toContain('chạy lại “Tạo trang nhập cho từng đơn vị”');
  });
});

describe('a row in another unit’s tab (W_UNIT_TAB_MISMATCH)', () => {
  function checkIn(tab: string, unit: string) {
    const { port, rows } = commune();
    const row: Record<string, string | number> = { ...rows[0], 'Đơn vị đề nghị': unit };
    const header = Object.keys(row);
    const tabs = port.readTabs().filter((t) => !t.name.startsWith('Đề cử'));
    tabs.push({ name: tab, values: [header, header.map((h) => row[h])] });
    return validateNominations(readWorkbook(tabs)).issues.filter((i) => i.code === 'W_UNIT_TAB_MISMATCH');
  }

  it('is not raised for the unit’s own rows, nor for a unit under it', () => {
    expect(checkIn('Đề cử - Hội Phụ nữ xã Hòa Sơn', 'Hội Phụ nữ xã Hòa Sơn')).toEqual([]);
    expect(checkIn('Đề cử - Hội Phụ nữ xã Hòa Sơn', 'Chi hội Phụ nữ Bản Suối Cát')).toEqual([]);
    expect(checkIn('đề cử - hpn', 'CHPN')).toEqual([]);
  });

  it('is raised for another unit’s row, naming both units and the tab to move it to', () => {
    const [warning] = checkIn('Đề cử - Hội Phụ nữ xã Hòa Sơn', 'Hội Nông dân xã Hòa Sơn');
    expect(warning.message).toBe(
      'Dòng của Hội Nông dân xã Hòa Sơn nằm trong trang của Hội Phụ nữ xã Hòa Sơn. Chuyển dòng sang trang ' +
        '“Đề cử - Hội Nông dân xã Hòa Sơn”, hoặc sửa lại đơn vị đề nghị nếu ghi nhầm.',
    );
  });

  it('is not raised in a shared tab whose name names no unit', () => {
    expect(checkIn('Đề cử đoàn thể, trường học', 'Hội Nông dân xã Hòa Sơn')).toEqual([]);
  });
});

describe('per-unit intake, all or nothing and who can really edit', () => {
  it('protects no tab when the host refuses one: the protections and the tabs this run made are gone, and it says which and why', () => {
    const { port } = commune();
    const before = [...port.tabs.keys()];
    port.refuseProtection = { tab: 'Đơn vị', reason: 'Bạn không thể gỡ nhóm này' };
    const messages = createUnitTabs(port);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^Chưa bảo vệ trang nào: Google Sheets từ chối khi bảo vệ trang “Đơn vị” \(Bạn không thể gỡ nhóm này\)/,
    );
    expect(messages[0]).toContain('các trang vừa tạo (12) đã xóa');
    expect([...port.tabs.keys()]).toEqual(before);
    expect(port.protections.size).toBe(0);
  });

  it('names the contacts and secretaries the file is not shared with, or only to view, and the way in without an account', () => {
    const { port } = commune();
    port.access = {
      owner: null,
      runner: '',
      editors: ['vanphong@hoason.example.vn', 'hpn@hoason.example.vn'],
      viewers: ['hnd@hoason.example.vn'],
    };
    const messages = createUnitTabs(port);
    const share = messages.find((m) => m.startsWith('Còn phải chia sẻ bảng tính')) ?? '';
    expect(share).toContain('tb1@hoason.example.vn (Thôn Đồng Tâm)');
    expect(share).toContain('hnd@hoason.example.vn (Hội Nông dân xã Hòa Sơn)');
    expect(share).not.toContain('hpn@');
    const offline = messages.find((m) => m.startsWith('Đơn vị không có tài khoản Google')) ?? '';
    expect(offline).toContain('Đoàn Thanh niên xã Hòa Sơn (mã DTN, trang “Đề cử - DTN”)');
  });

  it('says nothing of sharing where the door has no accounts (an .xlsx file)', () => {
    const { port } = commune();
    expect(createUnitTabs(port).some((m) => m.includes('Chia sẻ'))).toBe(false);
  });
});

describe('per-unit intake when the host does not say whom the file is shared with', () => {
  it('asks the secretariat to look each address up in Chia sẻ, and still gives the way in', () => {
    const { port } = commune();
    port.access = { owner: 'chutich@hoason.example.vn', runner: '', editors: null, viewers: null };
    const messages = createUnitTabs(port);
    const unknown = messages.find((m) => m.startsWith('Không đọc được danh sách chia sẻ')) ?? '';
    expect(unknown).toContain('vanphong@hoason.example.vn (thư ký Hội đồng)');
    expect(unknown).toContain('hpn@hoason.example.vn (Hội Phụ nữ xã Hòa Sơn)');
    expect(messages.some((m) => m.startsWith('Còn phải chia sẻ'))).toBe(false);
    expect(messages.some((m) => m.startsWith('Đơn vị không có tài khoản Google'))).toBe(true);
  });
});
