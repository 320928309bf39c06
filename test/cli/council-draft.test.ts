import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../src/core/cells';
import { DRAFT_MARK } from '../../src/core/reports/draft';
import { cli, tempDir } from '../support/run-cli';
import { readXlsx, writeXlsx } from '../support/xlsx';
import { goodRow, nominationGrid, referenceTabs } from '../support/workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

/** The preset's `Đơn vị` with a parent unit that does not exist and a code written twice. */
function brokenUnits(values: Grid): Grid {
  const header = values[0].map(String);
  const parent = header.indexOf('Đơn vị cấp trên');
  const broken = values.map((row) =>
    row[0] === 'X03' ? row.map((c, j) => (j === parent ? 'X99' : c)) : row,
  );
  return [...broken, broken.find((row) => row[0] === 'X02') ?? []];
}

async function brokenWorkbook(): Promise<string> {
  const file = join(tempDir(), 'ke-hoach-loi.xlsx');
  const tabs = Object.fromEntries(
    referenceTabs().map((t) => [t.name, t.name === 'Đơn vị' ? brokenUnits(t.values) : t.values]),
  );
  const rows = [1, 2, 3].map((i) => goodRow({ [NAME]: `Hộ số ${i}`, 'Kết quả xét': 'Công nhận' }));
  await writeXlsx(file, { ...tabs, 'Đề cử': nominationGrid(rows) });
  return file;
}

/** Every cell's text of a written tab. */
async function texts(file: string, tab: string): Promise<string[]> {
  const sheet = (await readXlsx(file)).getWorksheet(tab);
  const found: string[] = [];
  sheet?.eachRow((row) => row.eachCell((cell) => found.push(cell.text)));
  return found;
}

describe('offline, a plan with errors gives drafts, written but not for signature', () => {
  it('consolidate writes the council’s tabs as drafts, says so first, and exits 1', async () => {
    const file = await brokenWorkbook();
    const out = join(tempDir(), 'du-thao.xlsx');
    const run = cli(['consolidate', file, '--year', '2024', '--out', out]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^DỰ THẢO — bảng tính còn 2 lỗi ở trang “Đơn vị”: “Chỉ tiêu 2024”/);
    expect(lines.filter((l) => l.startsWith('• Đơn vị, dòng '))).toHaveLength(2);
    expect(run.stdout).toContain(`Đã ghi: ${out}`);
    expect(run.stderr).toContain(
      `Dự thảo, chưa ký được: sửa 2 lỗi ở trang “Đơn vị” trong ${file} (npm start -- check ${file} để xem từng lỗi) rồi chạy lại consolidate.`,
    );
    expect(existsSync(out)).toBe(true);
    for (const tab of ['Chỉ tiêu 2024', 'Tổng hợp 2024', 'Thống kê 2024', 'Tuyên truyền 2024']) {
      const cells = await texts(out, tab);
      expect(cells).toContain(DRAFT_MARK);
      expect(cells).not.toContain('CHỦ TỊCH');
      expect(
        cells.some((c) => c.startsWith('Dự thảo, chưa ký được: bảng tính còn 2 lỗi ở trang “Đơn vị”')),
      ).toBe(true);
    }
    const council = (await readXlsx(out)).getWorksheet('Tổng hợp 2024');
    expect(council?.getCell('A4').text).toBe(DRAFT_MARK);
    expect(council?.getCell('A4').fill).toMatchObject({ fgColor: { argb: 'FFEA9999' } });
  });

  it('report writes the period report and the tracking tab as drafts, and exits 1', async () => {
    const file = await brokenWorkbook();
    const out = join(tempDir(), 'tong-ket.xlsx');
    const run = cli(['report', file, '--only-council', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^DỰ THẢO — bảng tính còn 2 lỗi ở trang “Đơn vị”: “Tổng kết 2021-2025”, “Theo dõi mô hình 2021-2025”/,
    );
    expect(run.stderr).toContain('rồi chạy lại report.');
    for (const tab of ['Tổng kết 2021-2025', 'Theo dõi mô hình 2021-2025']) {
      const cells = await texts(out, tab);
      expect(cells).toContain(DRAFT_MARK);
      expect(cells).not.toContain('CHỦ TỊCH');
    }
  });

  it('quotas prints the tally as before (stdout still pure JSON with --json) with a warning on stderr that the plan has errors', async () => {
    const file = await brokenWorkbook();
    const run = cli(['quotas', file, '--year', '2024', '--json']);
    expect(JSON.parse(run.stdout).year).toBe(2024);
    expect(run.stderr).toContain(
      `Cảnh báo: bảng tính còn 2 lỗi ở trang “Đơn vị”; các con số dưới đây tính trên kế hoạch còn lỗi (npm start -- check ${file} để xem từng lỗi).`,
    );
  });
});
