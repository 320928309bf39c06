import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, npmStart, tempDir } from '../support/run-cli';
import { formulaCells, readXlsx, writeXlsx } from '../support/xlsx';
import { goodRow, nominationGrid, referenceTabs, type Row, TEMPLATE_TABS } from '../support/workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

async function workbookFile(rows: Row[], options: { withoutTabs?: string[] } = {}): Promise<string> {
  const file = join(tempDir(), 'vao.xlsx');
  const tabs = Object.fromEntries(
    referenceTabs()
      .filter((t) => !options.withoutTabs?.includes(t.name))
      .map((t) => [t.name, t.values]),
  );
  await writeXlsx(file, { ...tabs, 'Đề cử': nominationGrid(rows) });
  return file;
}

const rowsFor = (unit: string, n: number, year = 2024) =>
  Array.from({ length: n }, (_, i) =>
    goodRow({
      'Đơn vị đề nghị': unit,
      [NAME]: `Hộ ${unit} số ${i + 1}`,
      Năm: year,
      'Kết quả xét': 'Công nhận',
    }),
  );

describe('npm start -- quotas', () => {
  it('prints the spec’s JSON for the year and exits 1 while units are short', async () => {
    const file = await workbookFile([...rowsFor('X01', 10), ...rowsFor('CA', 2)]);
    const run = cli(['quotas', file, '--year', '2024', '--json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.year).toBe(2024);
    expect(json.units[0]).toEqual({
      code: 'X01',
      name: 'Thị trấn Chợ Rã',
      category: 'Xã, thị trấn',
      quota: 10,
      submitted: 10,
      valid: 10,
      shortfall: 0,
      met: true,
    });
    expect(json.units.find((u: { code: string }) => u.code === 'CA')).toMatchObject({
      quota: 5,
      valid: 2,
      shortfall: 3,
      met: false,
    });
  });

  it('prints an aligned Vietnamese table without --json, shortfalls marked', async () => {
    const file = await workbookFile(rowsFor('X01', 3));
    const run = cli(['quotas', file, '--year', '2024']);
    expect(run.stdout).toContain('CHỈ TIÊU NĂM 2024');
    expect(run.stdout).toMatch(/✗ {2}X01 {3}Thị trấn Chợ Rã/);
    expect(run.stdout).toMatch(/0\/34 đơn vị đạt chỉ tiêu năm 2024\./);
  });

  it('stops, naming the missing reference tab, instead of taking the preset’s fields', async () => {
    const file = await workbookFile(rowsFor('X01', 1), { withoutTabs: ['Lĩnh vực'] });
    const run = cli(['quotas', file, '--year', '2024', '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Không thấy trang “Lĩnh vực”');
    expect(run.stderr).toContain("Error: the workbook's plan is incomplete");
  });

  it('refuses a workbook with no nomination tab (exit 2, one line)', async () => {
    const file = join(tempDir(), 'rong.xlsx');
    await writeXlsx(file, Object.fromEntries(referenceTabs().map((t) => [t.name, t.values])));
    const run = cli(['quotas', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/không có trang đề cử nào .* \/ Error: .*no nomination tab/);
  });

  it('refuses an empty workbook and a file that is not an .xlsx', async () => {
    const empty = join(tempDir(), 'trong.xlsx');
    await new ExcelJS.Workbook().xlsx.writeFile(empty);
    expect(cli(['check', empty]).code).toBe(2);
    const text = join(tempDir(), 'gia.xlsx');
    writeFileSync(text, 'Tên,Năm\nA,2024\n');
    const run = cli(['check', text]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không phải sổ làm việc .xlsx');
  });

  it('refuses a password-protected workbook, which Excel stores as an encrypted OLE container', () => {
    const file = join(tempDir(), 'mat-khau.xlsx');
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const directory = Buffer.from('EncryptedPackage', 'utf16le');
    writeFileSync(file, Buffer.concat([header, Buffer.alloc(512), directory, Buffer.alloc(4096)]));
    const run = cli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('có mật khẩu');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('npm start -- consolidate and report', () => {
  it('writes a new workbook: input tabs unchanged plus the council’s tabs, no formula cells', async () => {
    const file = await workbookFile([
      ...rowsFor('X01', 2),
      goodRow({ [NAME]: '=HYPERLINK("http://x")', 'Đơn vị đề nghị': 'X02', 'Kết quả xét': 'Công nhận' }),
    ]);
    const before = readFileSync(file);
    const out = join(tempDir(), 'ra.xlsx');
    const run = cli(['consolidate', file, '--year', '2024', '--out', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    const workbook = await readXlsx(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      ...TEMPLATE_TABS,
      'Chỉ tiêu 2024',
      'Tổng hợp 2024',
      'Thống kê 2024',
      'Tuyên truyền 2024',
    ]);
    expect(formulaCells(workbook)).toEqual([]);
    const council = workbook.getWorksheet('Tổng hợp 2024');
    expect(council?.getCell('B11').value).toBe('Hộ X01 số 1');
    // A name that looks like a formula is in the list as the text it is.
    expect(council?.getColumn(2).values).toContain('=HYPERLINK("http://x")');
    expect(council?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
  });

  it('writes the mid-term review for --from 2021 --to 2022', async () => {
    const file = await workbookFile([...rowsFor('X01', 2, 2021), ...rowsFor('X01', 4, 2022)]);
    const out = join(tempDir(), 'so-ket.xlsx');
    expect(cli(['report', file, '--from', '2021', '--to', '2022', '--out', out]).code).toBe(0);
    const workbook = await readXlsx(out);
    const tab = workbook.getWorksheet('Sơ kết 2021-2022');
    const x01 = tab?.getRows(1, 60)?.find((r) => r.getCell(1).value === 'X01');
    expect([x01?.getCell(3).value, x01?.getCell(4).value]).toEqual(['2/10', '4/10']);
  });

  it.each([
    [['consolidate', 'x.xlsx'], /cần --out/],
    [['report', 'x.xlsx', '--from', '2022', '--out', 'y.xlsx'], /Cần cả --from và --to/],
    [['report', 'x.xlsx', '--from', '2023', '--to', '2021', '--out', 'y.xlsx'], /đứng sau/],
  ])('%j is a usage error (exit 2)', (args, pattern) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(pattern);
  });

  it('refuses to write over the input file', async () => {
    const file = await workbookFile(rowsFor('X01', 1));
    const run = cli(['consolidate', file, '--out', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('phải khác tệp đầu vào');
  });
});

describe('npm start with no arguments', () => {
  it('runs the whole job on the shipped demo workbook, exits 0 and writes the consolidated workbook', async () => {
    const run = npmStart([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1. Kiểm tra hồ sơ (check) — Đã kiểm tra');
    expect(run.stdout).toMatch(/\nTiếp theo: /);
    expect(run.stdout).toContain('CHỈ TIÊU NĂM 2025');
    const out = /Đã ghi bảng tính tổng hợp: (.+\.xlsx)/.exec(run.stdout)?.[1] ?? '';
    expect(existsSync(out)).toBe(true);
    const workbook = await readXlsx(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Lỗi hồ sơ',
        'Chỉ tiêu 2025',
        'Tổng hợp 2025',
        'Thống kê 2025',
        'Tuyên truyền 2025',
      ]),
    );
    expect(formulaCells(workbook)).toEqual([]);
  });

  it('prints help for every command', () => {
    for (const command of ['template', 'check', 'quotas', 'consolidate', 'report']) {
      const run = cli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`npm start -- ${command}`);
    }
  });
});

describe('the progress line', () => {
  const demo = join(__dirname, '../../examples/demo.xlsx');

  it('shows on a terminal (a pseudo-terminal made by `script`) and is wiped before the result', () => {
    const run = spawnSync(
      'script',
      ['-qc', `${process.execPath} dist/cli/main.js quotas ${demo} --json`, '/dev/null'],
      {
        cwd: join(__dirname, '../..'),
        encoding: 'utf8',
      },
    );
    expect(run.stdout).toContain('\r\x1b[2K… Đang đọc');
    expect(run.stdout).toContain('\r\x1b[2K{"year":2025');
  });

  it('stays silent when stderr is not a terminal', () => {
    const run = cli(['quotas', demo, '--json']);
    expect(run.stderr).toBe('');
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});
