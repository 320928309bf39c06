/**
 * A unit without a Google account enters its rows in a file made offline (`template --unit`), which
 * the secretariat brings into the shared spreadsheet with Sheets' own import (Tệp › Nhập › Chèn trang
 * tính mới): the imported tab, title rows and all, is found and checked like any nomination tab.
 */
import { join } from 'node:path';
import { XlsxPort } from '../../src/cli/xlsx-port';
import type { Grid } from '../../src/core/cells';
import { validateNominations } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { communeWorkbook } from '../../src/demo/commune-workbook';
import { validateNominations as checkInSheets } from '../../src/gas/commands';
import { createFakeEnv, installFakeGlobals } from '../fakes/gas';
import { cli, tempDir } from '../support/run-cli';
import { readXlsx } from '../support/xlsx';

const EXAMPLE = join(__dirname, '../../examples/xa-hoa-son.xlsx');
const WOMEN_TAB = 'Đề cử - Hội Phụ nữ xã Hòa Sơn';

/** The commune's own rows, as header-keyed records, to type into the unit's file. */
function communeRows(): { header: string[]; rows: Grid } {
  const tab = communeWorkbook().tabs.find((t) => t.name === 'Đề cử đoàn thể, trường học');
  return { header: (tab?.values[0] ?? []).map(String), rows: tab?.values.slice(1) ?? [] };
}

/** What the unit types under the header of its file: rows of the commune put in its columns. */
function typed(fileHeader: string[], rows: Grid): Grid {
  const { header } = communeRows();
  return rows.map((row) => fileHeader.map((h) => row[header.indexOf(h)] ?? ''));
}

async function unitFile(code: string): Promise<{ out: string; tabs: { name: string; values: Grid }[] }> {
  const out = join(tempDir(), `${code}.xlsx`);
  const run = cli(['template', '--unit', code, '--from', EXAMPLE, '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { out, tabs: (await XlsxPort.open(out)).readTabs() };
}

describe('npm start -- template --unit CODE --from WORKBOOK --out F', () => {
  it('writes the unit’s intake tab alone: title rows, the nomination header and dropdowns', async () => {
    const { out, tabs } = await unitFile('HPN');
    expect(tabs.map((t) => t.name)).toEqual([WOMEN_TAB]);
    const [tab] = tabs;
    expect(String(tab.values[0][0])).toContain('Hội Phụ nữ xã Hòa Sơn (mã HPN)');
    expect(tab.values[3]).toContain('Đơn vị đề nghị');
    expect(tab.values.length).toBe(4);
    const sheet = (await readXlsx(out)).getWorksheet(WOMEN_TAB);
    const validations = Object.values(
      (sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
        .dataValidations.model,
    ).map((v) => v.formulae[0]);
    // The unit and the unit under it, the subjects and the stages, as lists the file carries itself.
    expect(validations).toContain('"Hội Phụ nữ xã Hòa Sơn,Chi hội Phụ nữ Bản Suối Cát"');
    expect(validations.some((f) => f.includes('Tập thể'))).toBe(true);
    // “Theo dõi, giúp đỡ” has a comma Excel cannot keep in a list: offered as a form the check reads back.
    expect(validations).toContain('"Đăng ký xây dựng,Theo dõi giúp đỡ,Đánh giá,Biểu dương"');
    expect(validations.every((f) => f.startsWith('"'))).toBe(true);
  });

  it('names the tab by the unit’s code when its name is longer than Excel allows a sheet name', async () => {
    const { tabs } = await unitFile('DTN');
    expect(tabs.map((t) => t.name)).toEqual(['Đề cử - DTN']);
  });

  it('refuses an unknown unit, a unit entering in its parent’s tab, and --unit without --from', () => {
    const dir = tempDir();
    const unknown = cli(['template', '--unit', 'XYZ', '--from', EXAMPLE, '--out', join(dir, 'a.xlsx')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có đơn vị “XYZ”');
    const child = cli(['template', '--unit', 'CHPN', '--from', EXAMPLE, '--out', join(dir, 'b.xlsx')]);
    expect(child.code).toBe(2);
    expect(child.stderr).toContain('dùng --unit HPN');
    expect(cli(['template', '--unit', 'HPN', '--out', join(dir, 'c.xlsx')]).code).toBe(2);
  });
});

describe('the imported unit tab is found and checked like any nomination tab', () => {
  it('offline: its rows, under the title rows, are checked with their own row numbers', async () => {
    const {
      tabs: [unitTab],
    } = await unitFile('HPN');
    const fileHeader = unitTab.values[3].map(String);
    const unitColumn = fileHeader.indexOf('Đơn vị đề nghị');
    const { header, rows } = communeRows();
    const women = rows.filter((r) => r[header.indexOf('Đơn vị đề nghị')] === 'Hội Phụ nữ xã Hòa Sơn');
    const farmers = rows.find((r) => r[header.indexOf('Đơn vị đề nghị')] === 'Hội Nông dân xã Hòa Sơn');
    expect(women.length).toBeGreaterThan(0);
    const entered = typed(fileHeader, [...women, ...(farmers ? [farmers] : [])]);
    const imported = { name: unitTab.name, values: [...unitTab.values, ...entered] };
    const workbook = (await XlsxPort.open(EXAMPLE)).readTabs().filter((t) => !t.name.startsWith('Đề cử'));
    const report = validateNominations(readWorkbook([...workbook, imported]));
    const own = report.issues.filter((i) => i.sheet === unitTab.name);
    // Every typed row is read (the header on row 4, rows from 5) and the farmers' row is in the wrong tab.
    expect(report.rows.map((r) => [r.sheet, r.row])).toEqual(entered.map((_, i) => [unitTab.name, 5 + i]));
    expect(own.find((i) => i.code === 'W_UNIT_TAB_MISMATCH')?.row).toBe(5 + women.length);
    expect(own.every((i) => (i.row ?? 0) >= 5)).toBe(true);
    expect(entered[0][unitColumn]).toBe('Hội Phụ nữ xã Hòa Sơn');
  });

  it('knows whose tab it is by its title when it came in under another name (the unit’s own tab already there)', async () => {
    const {
      tabs: [unitTab],
    } = await unitFile('HPN');
    const fileHeader = unitTab.values[3].map(String);
    const { header, rows } = communeRows();
    const farmers = rows.filter((r) => r[header.indexOf('Đơn vị đề nghị')] === 'Hội Nông dân xã Hòa Sơn');
    const renamed = {
      name: 'Trang tính 7',
      values: [...unitTab.values, ...typed(fileHeader, farmers.slice(0, 1))],
    };
    const workbook = (await XlsxPort.open(EXAMPLE)).readTabs().filter((t) => !t.name.startsWith('Đề cử'));
    const issues = validateNominations(readWorkbook([...workbook, renamed])).issues;
    const mismatch = issues.find((i) => i.sheet === 'Trang tính 7' && i.code === 'W_UNIT_TAB_MISMATCH');
    expect(mismatch?.message).toContain('nằm trong trang của Hội Phụ nữ xã Hòa Sơn');
    // A title that is not a unit file's says nothing of whose tab it is.
    const other = { ...renamed, values: [['Bảng kê (mã HPN)'], ...renamed.values.slice(1)] };
    const plain = validateNominations(readWorkbook([...workbook, other])).issues;
    expect(plain.some((i) => i.code === 'W_UNIT_TAB_MISMATCH')).toBe(false);
  });

  it('in Sheets: “Kiểm tra hồ sơ” writes its verdicts into the imported tab, beside its rows', async () => {
    const {
      tabs: [unitTab],
    } = await unitFile('HPN');
    const fileHeader = unitTab.values[3].map(String);
    const { header, rows } = communeRows();
    const farmers = rows.filter((r) => r[header.indexOf('Đơn vị đề nghị')] === 'Hội Nông dân xã Hòa Sơn');
    const sheets = Object.fromEntries(communeWorkbook().tabs.map((t) => [t.name, t.values]));
    sheets[unitTab.name] = [...unitTab.values, ...typed(fileHeader, farmers.slice(0, 1))];
    const env = createFakeEnv({ sheets });
    const uninstall = installFakeGlobals(env);
    try {
      checkInSheets();
      const values = env.spreadsheet.peek(unitTab.name).values;
      const check = values[3].indexOf('Kết quả kiểm tra');
      expect(check).toBeGreaterThan(0);
      expect(String(values[4][check])).toContain('dòng nằm trong trang của đơn vị khác');
    } finally {
      uninstall();
    }
  });
});
