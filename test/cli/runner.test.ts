import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, npmStart, tempDir } from '../support/run-cli';

const DEMO = join(__dirname, '../../examples/demo.xlsx');
const COMMUNE = join(__dirname, '../../examples/xa-hoa-son.xlsx');

describe('the offline runner, as a first-time user meets it', () => {
  it.each([
    [['check', COMMUNE, '--year', '2024'], /Lệnh check không có tùy chọn --year/],
    [['quotas', COMMUNE, '--out', 'q.xlsx'], /Lệnh quotas không có tùy chọn --out/],
    [['consolidate', COMMUNE, '--json', '--out', 'x.xlsx'], /Lệnh consolidate không có tùy chọn --json/],
  ])('an option the command does not take is an error, naming the ones it does: %j', (args, pattern) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr).toContain('Các tùy chọn của lệnh này');
  });

  it('--out must be an .xlsx, and its folder must exist: both said before any work', () => {
    const csv = cli(['consolidate', COMMUNE, '--out', join(tempDir(), 'ket-qua.csv')]);
    expect([csv.code, csv.stdout]).toEqual([2, '']);
    expect(csv.stderr).toContain('--out phải là tệp .xlsx');
    const missing = cli(['consolidate', COMMUNE, '--out', join(tempDir(), 'khong-co', 'ket-qua.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Không có thư mục .*khong-co/);
    expect(missing.stderr).not.toContain('ENOENT');
    // Checked first: said even before the input is looked at, so no work is lost to it.
    const first = cli([
      'check',
      join(tempDir(), 'chua-co.xlsx'),
      '--out',
      join(tempDir(), 'khong-co', 'x.xlsx'),
    ]);
    expect(first.stderr).toMatch(/Không có thư mục .*khong-co/);
  });

  it('relative paths are read from where the user ran npm start, not the project folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'ra'));
    const run = npmStart(['consolidate', COMMUNE, '--only-council', '--out', 'ra/hoi-dong.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join(dir, 'ra', 'hoi-dong.xlsx'));
  });

  it('check prints the summary first, then problems by tab and row, cut at --limit with how to see more', () => {
    const run = cli(['check', DEMO, '--limit', '3']);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Đã kiểm tra \d+ dòng đề cử/);
    expect(lines[1]).toMatch(/^Lỗi: \d+ trùng đề cử/); // the counts by kind, errors first
    expect(lines.findIndex((l) => /^Trang “/.test(l))).toBeGreaterThan(1);
    expect(lines.filter((l) => /^ {2}dòng \d+:$/.test(l))).toHaveLength(3);
    expect(run.stdout).toMatch(/… và \d+ dòng khác có vấn đề: thêm --limit \d+ để xem hết/);
    expect(run.stdout).toMatch(/\nTiếp theo: /);
    // Piped, so no colour.
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('fits 80 columns when piped: the quota table and the help, wrapped between words', () => {
    for (const args of [['quotas', DEMO], ['help'], ['help', 'check'], ['check', DEMO]]) {
      const run = cli(args);
      for (const line of run.stdout.split('\n'))
        expect([...line.normalize('NFC')].length).toBeLessThanOrEqual(80);
    }
  });

  it('help for a command it does not have is a usage error listing the commands', () => {
    const run = cli(['help', 'kiem-tra']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Không có lệnh “kiem-tra”\. Các lệnh: template, check, quotas/);
  });

  it('--out result.csv is refused for every command that writes, not an .xlsx under that name', () => {
    for (const args of [['check', COMMUNE], ['models', COMMUNE, '--write-codes'], ['template']]) {
      const run = cli([...args, '--out', join(tempDir(), 'ket-qua.csv')]);
      expect([run.code, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toContain('--out phải là tệp .xlsx');
    }
  });

  it('help works as a command, and names pure JSON on stdout with npm start --silent', () => {
    const help = cli(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout.replace(/\n\s+/g, ' ')).toContain('npm start --silent -- check F.xlsx --json');
    expect(cli(['help', 'models']).stdout).toContain('--write-codes');
  });

  it('messages offline name the commands, not the add-on’s menu items', () => {
    const file = join(tempDir(), 'trong.xlsx');
    expect(cli(['template', '--blank', '--out', file]).code).toBe(0);
    const run = cli(['check', file]);
    expect(run.stdout + run.stderr).not.toContain('“Thiết lập bảng tính”');
    expect(run.stdout + run.stderr).toContain('chép từ bảng tính mới của `template --out F.xlsx`');
  });
});

describe('every command ends with what to do next', () => {
  it.each([[['quotas', COMMUNE]], [['models', COMMUNE]], [['check', COMMUNE]]])('%j', (args) => {
    expect(cli(args).stdout).toMatch(/\nTiếp theo: /);
  });

  it('template, with the preset or blank, says what to fill and to run check on the new file', () => {
    for (const extra of [[], ['--blank']]) {
      const out = join(tempDir(), 'moi.xlsx');
      const run = cli(['template', ...extra, '--out', out]);
      expect(run.code).toBe(0);
      expect(run.stdout.replace(/\n\s*/g, ' ')).toMatch(new RegExp(`Tiếp theo: .*npm start -- check ${out}`));
    }
  });

  it('consolidate and report, after writing', () => {
    for (const command of ['consolidate', 'report']) {
      const run = cli([command, COMMUNE, '--only-council', '--out', join(tempDir(), `${command}.xlsx`)]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/\nTiếp theo: mở .*\.xlsx/);
    }
  });
});
