// Pushes dist/addon with clasp to one of two Apps Script projects: the test copy (default) or the
// council's live workbook. Each has its own project file, `.clasp.test.json` and `.clasp.live.json`
// (both git-ignored, made from `.clasp.json.SAMPLE`), so `npm run push` never reaches the live
// workbook by accident: that takes `npm run push:live`.
// Usage: node scripts/push.mjs test|live [--dry-run]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const target = process.argv[2];
const dryRun = process.argv.includes('--dry-run');
const dir = process.cwd();

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** The script ID of a target's project file, or null when the file is missing. */
function scriptId(name) {
  const file = join(dir, `.clasp.${name}.json`);
  if (!existsSync(file)) return null;
  let id;
  try {
    id = JSON.parse(readFileSync(file, 'utf8')).scriptId;
  } catch {
    fail(`.clasp.${name}.json không đọc được (JSON hỏng). / .clasp.${name}.json is not valid JSON.`);
  }
  if (typeof id !== 'string' || !/^[\w-]{20,}$/.test(id) || id.startsWith('REPLACE'))
    fail(
      `.clasp.${name}.json chưa có "scriptId" thật: chép mã tập lệnh từ Tiện ích mở rộng › Apps Script › ` +
        `Cài đặt dự án. / .clasp.${name}.json has no real "scriptId" yet.`,
    );
  return id;
}

if (target !== 'test' && target !== 'live') fail('Dùng / usage: node scripts/push.mjs test|live [--dry-run]');
const id = scriptId(target);
if (id === null)
  fail(
    `Chưa có .clasp.${target}.json: chép .clasp.json.SAMPLE thành .clasp.${target}.json rồi ghi mã tập lệnh ` +
      `của ${target === 'test' ? 'bản sao thử' : 'bảng tính thật của Hội đồng'} vào "scriptId". ` +
      `/ Copy .clasp.json.SAMPLE to .clasp.${target}.json and put the script ID in it.`,
  );
const other = scriptId(target === 'test' ? 'live' : 'test');
if (other === id)
  fail(
    'Mã tập lệnh thử và thật trùng nhau: bản thử phải là một bảng tính khác. ' +
      '/ The test and live script IDs are the same; the test copy must be another workbook.',
  );

// clasp reads .clasp.json: write the chosen target's, always with the built add-on as its root.
writeFileSync(
  join(dir, '.clasp.json'),
  `${JSON.stringify({ scriptId: id, rootDir: 'dist/addon' }, null, 2)}\n`,
);
process.stdout.write(`Đẩy lên ${target === 'live' ? 'BẢNG TÍNH THẬT' : 'bản thử'}: ${id}\n`);
if (dryRun) process.exit(0);
const clasp = spawnSync(
  join(dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin/clasp'),
  ['push', '--force'],
  {
    stdio: 'inherit',
  },
);
process.exit(clasp.status ?? 1);
