// Pushes dist/addon with clasp to one of two Apps Script projects: the test copy (default) or the
// council's live workbook. The test copy's project file is the tracked `.clasp.json` (its "scriptId"
// a placeholder until a developer writes the test copy's); the live one's is `.clasp.live.json`,
// git-ignored and made by hand, so `npm run push` never reaches the live workbook by accident: that
// takes `npm run push:live`. Neither file is ever written here.
// Usage: node scripts/push.mjs test|live [--dry-run]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const target = process.argv[2];
const dryRun = process.argv.includes('--dry-run');
const dir = process.cwd();
const FILES = { test: '.clasp.json', live: '.clasp.live.json' };

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** The script ID in a target's project file, or null when the file is missing (or, unless `strict`, unusable). */
function scriptId(name, strict = true) {
  const file = join(dir, FILES[name]);
  if (!existsSync(file)) return null;
  let project;
  try {
    project = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    if (!strict) return null;
    fail(`${FILES[name]} không đọc được (JSON hỏng). / ${FILES[name]} is not valid JSON.`);
  }
  const id = project.scriptId;
  const usable = typeof id === 'string' && /^[\w-]{20,}$/.test(id) && !id.startsWith('REPLACE');
  if (!usable && !strict) return null;
  if (!usable)
    fail(
      `${FILES[name]} chưa có "scriptId" thật của ${name === 'test' ? 'bản sao thử' : 'bảng tính thật'}: chép mã ` +
        `tập lệnh từ Tiện ích mở rộng › Apps Script › Cài đặt dự án. / ${FILES[name]} has no real "scriptId" yet.`,
    );
  if (project.rootDir !== 'dist/addon')
    fail(`${FILES[name]} phải có "rootDir": "dist/addon". / ${FILES[name]} needs "rootDir": "dist/addon".`);
  return id;
}

if (target !== 'test' && target !== 'live') fail('Dùng / usage: node scripts/push.mjs test|live [--dry-run]');
const id = scriptId(target);
if (id === null)
  fail(
    target === 'live'
      ? 'Chưa có .clasp.live.json: chép .clasp.json thành .clasp.live.json rồi ghi mã tập lệnh của bảng tính ' +
          'thật của Hội đồng vào "scriptId". / Copy .clasp.json to .clasp.live.json and put the live script ID in it.'
      : 'Không thấy .clasp.json (tệp dự án của bản sao thử). / .clasp.json, the test copy’s project file, is missing.',
  );
const other = scriptId(target === 'test' ? 'live' : 'test', false);
if (other === id)
  fail(
    'Mã tập lệnh thử và thật trùng nhau: bản thử phải là một bảng tính khác. ' +
      '/ The test and live script IDs are the same; the test copy must be another workbook.',
  );

process.stdout.write(
  `Đẩy lên ${target === 'live' ? 'BẢNG TÍNH THẬT' : 'bản thử'} (${FILES[target]}): ${id}\n`,
);
if (dryRun) process.exit(0);
const clasp = spawnSync(
  join(dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin/clasp'),
  ['--project', join(dir, FILES[target]), 'push', '--force'],
  { stdio: 'inherit' },
);
process.exit(clasp.status ?? 1);
