import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../support/run-cli';
import { writeXlsx } from '../support/xlsx';
import { goodRow, nominationGrid, referenceTabs } from '../support/workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

async function workbookFile(): Promise<string> {
  const file = join(tempDir(), 'vao.xlsx');
  const rows = [
    goodRow({ [NAME]: '<script>window.__pwned=1</script>' }),
    goodRow({ [NAME]: '=1+1', Năm: 2023 }),
    goodRow({ [NAME]: 'Hộ bà Hà Thị Lan', 'Đơn vị đề nghị': 'CA' }),
  ];
  await writeXlsx(file, {
    ...Object.fromEntries(referenceTabs().map((t) => [t.name, t.values])),
    'Đề cử': nominationGrid(rows),
  });
  return file;
}

describe('--html: the print view offline', () => {
  it('consolidate --out F2.xlsx --html F.html writes both: the print view holds the year’s four documents, escaped', async () => {
    const file = await workbookFile();
    const dir = tempDir();
    const [out, html] = [join(dir, 'tong-hop.xlsx'), join(dir, 'ban-in.html')];
    const run = cli(['consolidate', file, '--year', '2024', '--out', out, '--html', html]);
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const page = readFileSync(html, 'utf8');
    for (const name of ['Chỉ tiêu 2024', 'Tổng hợp 2024', 'Thống kê 2024', 'Tuyên truyền 2024'])
      expect(page).toContain(`data-tab="${name}"`);
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(page.split('<script').length - 1).toBe(1);
    expect(run.stdout).toContain(`Đã ghi: ${out}, ${html}`);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(`mở ${html} bằng trình duyệt rồi bấm “In / Lưu PDF”`);
  });

  it('consolidate --html alone writes the print view and no .xlsx', async () => {
    const file = await workbookFile();
    const html = join(tempDir(), 'ban-in.html');
    const run = cli(['consolidate', file, '--year', '2024', '--html', html]);
    expect(run.code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
    expect(run.stdout).toContain(`Đã ghi: ${html}\n`);
  });

  it('report --html writes the period report with its two charts, Theo dõi mô hình and the draft báo cáo', async () => {
    const file = await workbookFile();
    const html = join(tempDir(), 'tong-ket.html');
    const run = cli(['report', file, '--from', '2023', '--to', '2024', '--html', html]);
    expect(run.code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('data-tab="Sơ kết 2023-2024"');
    expect(page).toContain('data-tab="Theo dõi mô hình 2023-2024"');
    // Two in the report, the same two in the draft báo cáo after it.
    expect(page).toContain('data-tab="Dự thảo báo cáo sơ kết 2023-2024"');
    expect(page.split('<svg class="chart"').length - 1).toBe(4);
  });

  it.each([
    ['a name that is not .html', 'ban-in.pdf', /--html phải là tệp \.html/],
    ['a folder that does not exist', join('khong-co', 'ban-in.html'), /Không có thư mục/],
  ])('refuses %s before any work, even before reading the workbook', (_, name, pattern) => {
    const dir = tempDir();
    const out = join(dir, 'tong-hop.xlsx');
    // The input does not exist either: the --html check comes first, before any reading or writing.
    const run = cli(['consolidate', join(dir, 'khong-co.xlsx'), '--out', out, '--html', join(dir, name)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(pattern);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to write over a file already there', async () => {
    const file = await workbookFile();
    const html = join(tempDir(), 'ban-in.html');
    expect(cli(['report', file, '--html', html]).code).toBe(0);
    const again = cli(['report', file, '--html', html]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã có; chọn tên khác');
  });

  it('is an option of consolidate and report only', () => {
    const run = cli(['check', 'x.xlsx', '--html', 'y.html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Lệnh check không có tùy chọn --html');
  });
});
