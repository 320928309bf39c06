import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const ADDON = join(ROOT, 'dist/addon');

describe('what clasp pushes', () => {
  it('is exactly Code.js, appsscript.json and Sidebar.html', () => {
    expect(readdirSync(ADDON).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
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
  });

  it('asks only for the two least-privilege scopes and runs on V8 in Vietnam’s time zone', () => {
    const manifest = JSON.parse(readFileSync(join(ADDON, 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Ho_Chi_Minh' });
  });

  it('keeps Code.js under 150 KB and the sidebar under 100 KB', () => {
    expect(statSync(join(ADDON, 'Code.js')).size).toBeLessThan(150 * 1024);
    expect(statSync(join(ADDON, 'Sidebar.html')).size).toBeLessThan(100 * 1024);
  });

  it('loads nothing from outside: no external script, stylesheet or font in the sidebar', () => {
    const html = readFileSync(join(ADDON, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|https?:\/\//);
  });
});
