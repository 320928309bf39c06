import { join } from 'node:path';
import { cli, tempDir } from '../support/run-cli';

const DEMO = join(__dirname, '../../examples/demo.xlsx');
const COMMUNE = join(__dirname, '../../examples/xa-hoa-son.xlsx');
const CLEAR = '\r\x1b[2K';
const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';
/** Any colour or style (SGR) code; the progress line's clearing is another kind of code. */
// eslint-disable-next-line no-control-regex -- an escape code is what this looks for
const SGR = /\x1b\[\d+m/g;

/** The columns a line takes on screen: colour codes take none, and Vietnamese letters are composed. */
const columns = (line: string) => [...line.replace(SGR, '').normalize('NFC')].length;
const widest = (text: string) => Math.max(...text.split('\n').map(columns));

describe('colour: errors and warnings on a terminal only', () => {
  it('on a terminal, check paints LỖI red and CẢNH BÁO yellow, and a usage error its “Lỗi:”', () => {
    const check = cli(['check', DEMO, '--limit', '40'], { terminal: { columns: 100 } });
    expect(check.stdout).toContain(`${RED}LỖI\x1b[0m E_`);
    expect(check.stdout).toContain(`${YELLOW}CẢNH BÁO\x1b[0m W_`);
    const usage = cli(['check', DEMO, '--year', '2024'], { terminal: { columns: 100 } });
    expect(usage.stderr.startsWith(`${RED}Lỗi:\x1b[0m Lệnh check không có tùy chọn --year`)).toBe(true);
  });

  it('a warning on stderr is yellow on a terminal and takes the progress line’s place', () => {
    const run = cli(['quotas', COMMUNE, '--year', '2031'], { terminal: { columns: 100 } });
    expect(run.stderr).toContain(`${CLEAR}${YELLOW}Cảnh báo:`);
    const parts = run.stderr.split(CLEAR);
    expect(parts.filter((p) => p.startsWith('… ') && p.includes('Cảnh báo'))).toEqual([]);
  });

  it('with NO_COLOR, or in a pipe, no colour at all', () => {
    const noColour = cli(['check', DEMO, '--limit', '40'], {
      terminal: { columns: 100 },
      env: { NO_COLOR: '1' },
    });
    const piped = cli(['check', DEMO, '--year', '2024']);
    for (const text of [noColour.stdout, noColour.stderr, piped.stdout, piped.stderr])
      expect(text).not.toMatch(SGR);
    expect(cli(['check', DEMO, '--limit', '40']).stdout).not.toContain('\x1b[');
  });

  it('--json stays pure JSON on stdout, even on a terminal', () => {
    const run = cli(['check', COMMUNE, '--json'], { terminal: { columns: 100 } });
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stdout).not.toContain('\x1b');
  });
});

describe('width: output fits the terminal it is shown on', () => {
  it('help, check and a usage error wrap between words to a 60-column terminal', () => {
    const words = (text: string) => text.replace(/\s+/g, ' ');
    for (const args of [['help'], ['help', 'template'], ['check', DEMO]]) {
      const narrow = cli(args, { terminal: { columns: 60 } });
      expect(widest(narrow.stdout)).toBeLessThanOrEqual(60);
      // Between words: the same words as on a terminal wide enough for every line.
      expect(words(narrow.stdout)).toBe(words(cli(args, { terminal: { columns: 1000 } }).stdout));
    }
    const usage = cli(['check', DEMO, '--year', '2024'], { terminal: { columns: 60 } });
    expect(widest(usage.stderr.split(CLEAR).join(''))).toBeLessThanOrEqual(60);
    expect(usage.stderr.trim().split('\n').length).toBeGreaterThan(1);
  });

  it('the quota table takes a wide terminal’s room: unit names are whole, no line over it', () => {
    const wide = cli(['quotas', DEMO], { terminal: { columns: 120 } });
    expect(widest(wide.stdout)).toBeLessThanOrEqual(120);
    expect(wide.stdout).toContain('Thị trấn Chợ Rã');
    const piped = cli(['quotas', DEMO]);
    expect(widest(piped.stdout)).toBeLessThanOrEqual(80);
    expect(piped.stdout).toContain('…');
  });
});

describe('the progress line, on a terminal', () => {
  it('names each phase with its counts and is cleared at the end, leaving no residue', () => {
    const out = join(tempDir(), 'hoi-dong.xlsx');
    const run = cli(['consolidate', COMMUNE, '--only-council', '--out', out], { terminal: { columns: 100 } });
    expect(run.code).toBe(0);
    const phases = run.stderr.split(CLEAR).filter((p) => p.startsWith('… '));
    expect(phases[0]).toMatch(/^… Đang đọc .*xa-hoa-son\.xlsx$/);
    expect(phases).toContainEqual(
      expect.stringMatching(/^… Đang xử lý \d+ dòng đề cử trong \d+ trang đề cử$/),
    );
    expect(phases[phases.length - 1]).toBe(`… Đang ghi ${out}`);
    expect(run.stderr.endsWith(CLEAR)).toBe(true);
  });

  it('is cut to the terminal’s width, since clearing reaches one screen line only', () => {
    const run = cli(['check', DEMO], { terminal: { columns: 40 } });
    const phases = run.stderr.split(CLEAR).filter((p) => p.startsWith('… '));
    expect(phases.length).toBeGreaterThan(1);
    for (const phase of phases) expect(columns(phase)).toBeLessThan(40);
  });
});
