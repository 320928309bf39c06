import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { TIMES } from '../../src/core/reports/font-metrics';

describe('the committed table of Times New Roman’s widths', () => {
  it('is exactly what scripts/font-metrics.mjs reads from the installed Tinos, so it cannot drift', () => {
    const root = join(__dirname, '../..');
    // Exits 1 with a message when the committed file differs from the script's output.
    expect(() =>
      execFileSync(process.execPath, [join(root, 'scripts/font-metrics.mjs'), '--check'], {
        cwd: root,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it('measures every Vietnamese letter in both cases, regular and bold', () => {
    const letters = 'aăâeêioôơuưyđ'.split('').flatMap((l) => [l, l.toUpperCase()]);
    const toned = letters.flatMap((l) =>
      ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((t) => (l + t).normalize('NFC')),
    );
    for (const ch of toned.filter((c) => c.length === 1)) expect(TIMES.characters).toContain(ch);
    expect(TIMES.regular).toHaveLength([...TIMES.characters].length);
    expect(TIMES.bold).toHaveLength([...TIMES.characters].length);
  });
});
