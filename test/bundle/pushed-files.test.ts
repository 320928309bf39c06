import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const ADDON = join(ROOT, 'dist/addon');

describe('what clasp pushes', () => {
  it('is exactly Code.js, appsscript.json and Sidebar.html', () => {
    expect(readdirSync(ADDON).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
    // The tracked .clasp.json (the test copy's project, its placeholder ID) is what clasp reads.
    expectPushed();
  });

  function expectPushed(): void {
    const status = spawnSync(join(ROOT, 'node_modules/.bin/clasp'), ['show-file-status', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const { filesToPush, untrackedFiles } = JSON.parse(status.stdout);
    expect([...filesToPush].sort()).toEqual([
      'dist/addon/Code.js',
      'dist/addon/Sidebar.html',
      'dist/addon/appsscript.json',
    ]);
    expect(untrackedFiles).toEqual([]);
  }

  it('asks only for the two least-privilege scopes and runs on V8 in Vietnam’s time zone', () => {
    const manifest = JSON.parse(readFileSync(join(ADDON, 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Ho_Chi_Minh' });
  });

  // A budget, not a host limit: it catches a library pulled into the bundle by mistake (exceljs alone
  // is megabytes). Issue 20's identity rule, plan forms and drafts took the engine from 145 to 160 KB;
  // issue 21's print view to 193 KB; issue 24's written report (composer and its HTML) to about 220 KB.
  it('keeps Code.js under 250 KB and the sidebar under 100 KB', () => {
    expect(statSync(join(ADDON, 'Code.js')).size).toBeLessThan(250 * 1024);
    expect(statSync(join(ADDON, 'Sidebar.html')).size).toBeLessThan(100 * 1024);
  });

  describe('npm run push', () => {
    const push = (files: Record<string, string>, target = 'test') => {
      const dir = mkdtempSync(join(tmpdir(), 'push-'));
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/push.mjs'), target, '--dry-run'], {
        cwd: dir,
        encoding: 'utf8',
      });
      // Neither project file is ever rewritten.
      for (const [name, text] of Object.entries(files))
        expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
      return run;
    };
    const project = (scriptId: string) => JSON.stringify({ scriptId, rootDir: 'dist/addon' });
    const TEST = '1TestCopyScriptId_abcdefghijklmnop';
    const LIVE = '1LiveCouncilScriptId_abcdefghijklm';
    const tracked = readFileSync(join(ROOT, '.clasp.json'), 'utf8');

    it('keeps .clasp.json in the repository: the test copy’s project, a placeholder ID, the built add-on as root', () => {
      expect(JSON.parse(tracked)).toEqual({
        scriptId: expect.stringMatching(/^REPLACE/),
        rootDir: 'dist/addon',
      });
    });

    it('goes to the test copy’s script from .clasp.json, never the live one', () => {
      const run = push({ '.clasp.json': project(TEST), '.clasp.live.json': project(LIVE) });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`bản thử (.clasp.json): ${TEST}`);
      const live = push({ '.clasp.json': project(TEST), '.clasp.live.json': project(LIVE) }, 'live');
      expect(live.stdout).toContain(`BẢNG TÍNH THẬT (.clasp.live.json): ${LIVE}`);
    });

    it('refuses the tracked placeholder, and a live push without its own project file, saying what to write', () => {
      const placeholder = push({ '.clasp.json': tracked });
      expect(placeholder.status).toBe(2);
      expect(placeholder.stderr).toContain('chưa có "scriptId" thật của bản sao thử');
      const noLive = push({ '.clasp.json': project(TEST) }, 'live');
      expect(noLive.status).toBe(2);
      expect(noLive.stderr).toContain('chép .clasp.json thành .clasp.live.json');
    });

    it('refuses when the test and live script IDs are the same workbook', () => {
      const run = push({ '.clasp.json': project(LIVE), '.clasp.live.json': project(LIVE) });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('trùng nhau');
    });
  });

  it('loads nothing from outside: no external script, stylesheet or font in the sidebar', () => {
    const html = readFileSync(join(ADDON, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|https?:\/\//);
  });
});
