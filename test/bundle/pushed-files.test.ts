import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const ADDON = join(ROOT, 'dist/addon');

describe('what clasp pushes', () => {
  it('is exactly Code.js, appsscript.json and Sidebar.html', () => {
    expect(readdirSync(ADDON).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
    // A clean clone has no .clasp.json (it is git-ignored): clasp reads the sample's settings then.
    const project = join(ROOT, '.clasp.json');
    const made = !existsSync(project);
    if (made) copyFileSync(join(ROOT, '.clasp.json.SAMPLE'), project);
    try {
      expectPushed();
    } finally {
      if (made) rmSync(project);
    }
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
  // is megabytes). Issue 20's identity rule, plan forms and drafts took the engine from 145 to 160 KB.
  it('keeps Code.js under 200 KB and the sidebar under 100 KB', () => {
    expect(statSync(join(ADDON, 'Code.js')).size).toBeLessThan(200 * 1024);
    expect(statSync(join(ADDON, 'Sidebar.html')).size).toBeLessThan(100 * 1024);
  });

  describe('npm run push', () => {
    const push = (files: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'push-'));
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/push.mjs'), 'test', '--dry-run'], {
        cwd: dir,
        encoding: 'utf8',
      });
      return {
        ...run,
        project: existsSync(join(dir, '.clasp.json')) ? readFileSync(join(dir, '.clasp.json'), 'utf8') : null,
      };
    };
    const project = (scriptId: string) => JSON.stringify({ scriptId, rootDir: 'dist/addon' });
    const TEST = '1TestCopyScriptId_abcdefghijklmnop';
    const LIVE = '1LiveCouncilScriptId_abcdefghijklm';

    it('goes to the test copy’s script, never the live one', () => {
      const run = push({ '.clasp.test.json': project(TEST), '.clasp.live.json': project(LIVE) });
      expect(run.status).toBe(0);
      expect(JSON.parse(run.project ?? '{}')).toEqual({ scriptId: TEST, rootDir: 'dist/addon' });
    });

    it('refuses without a test project, or with the sample’s placeholder, saying what to write', () => {
      const missing = push({ '.clasp.live.json': project(LIVE) });
      expect([missing.status, missing.project]).toEqual([2, null]);
      expect(missing.stderr).toContain('chép .clasp.json.SAMPLE thành .clasp.test.json');
      const placeholder = push({
        '.clasp.test.json': readFileSync(join(ROOT, '.clasp.json.SAMPLE'), 'utf8'),
      });
      expect(placeholder.status).toBe(2);
    });

    it('refuses when the test and live script IDs are the same workbook', () => {
      const run = push({ '.clasp.test.json': project(LIVE), '.clasp.live.json': project(LIVE) });
      expect([run.status, run.project]).toEqual([2, null]);
      expect(run.stderr).toContain('trùng nhau');
    });
  });

  it('loads nothing from outside: no external script, stylesheet or font in the sidebar', () => {
    const html = readFileSync(join(ADDON, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|https?:\/\//);
  });
});
