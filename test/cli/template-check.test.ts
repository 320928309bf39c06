import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { referenceTabs, goodRow, nominationGrid, HEADERS, TEMPLATE_TABS } from '../support/workbook';
import { cli, npmStart, tempDir } from '../support/run-cli';
import { formulaCells, readXlsx, writeXlsx } from '../support/xlsx';
import { PRESET_PLAN } from '../../src/core/plan/preset';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

describe('npm start -- template', () => {
  it('writes a workbook with the preset’s tabs, headers and dropdowns, read back with exceljs', async () => {
    const out = join(tempDir(), 'mau.xlsx');
    const run = npmStart(['template', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(out);
    const workbook = await readXlsx(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(TEMPLATE_TABS);
    const criteria = workbook.getWorksheet('Tiêu chí');
    expect(criteria?.actualRowCount).toBe(PRESET_PLAN.criteria.length + 1);
    expect(workbook.getWorksheet('Lĩnh vực')?.getCell('A11').value).toBe('2.10');
    const nominations = workbook.getWorksheet('Đề cử');
    expect((nominations?.getRow(1).values as unknown[]).slice(1)).toEqual([...HEADERS]);
    expect(nominations?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const validations = (
      nominations as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
    ).dataValidations.model;
    expect(validations.C2.formulae[0]).toBe("'Đơn vị'!$B$2:$B$2001");
    expect(validations.E2.formulae[0]).toBe('"Tập thể,Cá nhân,Hộ gia đình"');
    expect(formulaCells(workbook)).toEqual([]);
  });

  it('refuses to overwrite an existing file (exit 2, one bilingual line)', () => {
    const out = join(tempDir(), 'mau.xlsx');
    expect(cli(['template', '--out', out]).code).toBe(0);
    const before = statSync(out).mtimeMs;
    const again = cli(['template', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/^Lỗi: .* \/ Error: .*exists/);
    expect(statSync(out).mtimeMs).toBe(before);
  });
});

// Columns reversed; every other header upper-case NFD. `shown` is how messages name a column.
const ORDER = [...HEADERS].reverse();
const MESSY_HEADERS = ORDER.map((h, i) => (i % 2 ? h.normalize('NFD').toUpperCase() : h));
const shown = (header: string) =>
  MESSY_HEADERS[ORDER.indexOf(header as (typeof HEADERS)[number])].normalize('NFC');

describe('npm start -- check', () => {
  async function messyWorkbook(): Promise<string> {
    const file = join(tempDir(), 'de-cu.xlsx');
    const tabs = Object.fromEntries(referenceTabs().map((t) => [t.name, t.values]));
    // Title rows above the header; columns reversed; every other header upper-case NFD; a formula-like name.
    const [, ...rows] = nominationGrid(
      [
        goodRow(),
        goodRow({ [NAME]: '=IMPORTXML("http://x")', 'Đơn vị đề nghị': 'xa khong co' }),
        goodRow({ [NAME]: 'Hộ ông Hoàng Văn Sáu'.normalize('NFD') }),
        goodRow({ [NAME]: 'Hộ bà Lường Thị Xuân', 'Minh chứng': '' }),
      ],
      ORDER,
    );
    const grid = [['DANH SÁCH ĐỀ CỬ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN'], [], MESSY_HEADERS, ...rows];
    await writeXlsx(file, { ...tabs, 'Xã Chợ Rã': grid });
    return file;
  }

  it('prints exactly one JSON document with the spec’s shape and exits 1 when there are errors', async () => {
    const file = await messyWorkbook();
    const before = readFileSync(file);
    const run = cli(['check', file, '--json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['rows', 'valid', 'errors', 'warnings', 'issues']);
    expect(json).toMatchObject({ rows: 4, valid: 2, errors: 2, warnings: 1 });
    expect(json.issues).toEqual([
      {
        sheet: 'Xã Chợ Rã',
        row: 5,
        column: shown('Đơn vị đề nghị'),
        severity: 'error',
        code: 'E_UNKNOWN_UNIT',
        message: expect.any(String),
      },
      {
        sheet: 'Xã Chợ Rã',
        row: 6,
        column: shown(NAME),
        severity: 'error',
        code: 'E_DUPLICATE',
        message: expect.stringContaining('dòng 4'),
      },
      {
        sheet: 'Xã Chợ Rã',
        row: 7,
        column: shown('Minh chứng'),
        severity: 'warning',
        code: 'W_NO_EVIDENCE',
        message: expect.any(String),
      },
    ]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('exits 0 on a clean workbook', async () => {
    const file = join(tempDir(), 'sach.xlsx');
    await writeXlsx(file, {
      ...Object.fromEntries(referenceTabs().map((t) => [t.name, t.values])),
      'Đề cử': nominationGrid([goodRow()]),
    });
    const run = cli(['check', file, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ rows: 1, valid: 1, errors: 0, warnings: 0, issues: [] });
  });

  it('writes a checked copy with --out: check column, Lỗi hồ sơ and no formula cells', async () => {
    const file = await messyWorkbook();
    const out = join(tempDir(), 'da-kiem-tra.xlsx');
    expect(cli(['check', file, '--out', out]).code).toBe(1);
    const workbook = await readXlsx(out);
    expect(formulaCells(workbook)).toEqual([]);
    const tab = workbook.getWorksheet('Xã Chợ Rã');
    const checkColumn = (tab?.getRow(3).values as unknown[]).indexOf('Kết quả kiểm tra');
    expect(tab?.getCell(4, checkColumn).value).toBe('Hợp lệ');
    expect(tab?.getCell(5, checkColumn).value).toBe('Lỗi: đơn vị không có trong danh sách');
    const name = (tab?.getRow(3).values as unknown[]).indexOf(MESSY_HEADERS[ORDER.indexOf(NAME)]);
    expect(tab?.getCell(5, name).value).toBe('=IMPORTXML("http://x")');
    expect(workbook.getWorksheet('Lỗi hồ sơ')?.getCell('B3').value).toMatchObject({
      text: 'Xã Chợ Rã',
      hyperlink: expect.stringMatching(/^#'Xã Chợ Rã'!/),
    });
  });

  it.each([
    [['check'], /cần tên tệp/],
    [['check', '/khong/co/tep.xlsx'], /Không thấy tệp/],
    [['check', __filename], /không phải sổ làm việc \.xlsx/],
    [['kiemtra', 'x.xlsx'], /Không có lệnh/],
    [['quotas', 'x.xlsx', '--year', 'abc'], /4 chữ số/],
    [['check', 'x.xlsx', '--bogus'], /Lệnh check không có tùy chọn --bogus/],
  ])('%j exits 2 with one bilingual line and no stack trace', (args, pattern) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
