// Renders the council's tabs and `Lỗi hồ sơ` of a workbook to PNG pages, as a person would print
// them, so anyone can look at the pages. Optional, not part of `npm test`: it needs LibreOffice.
// Usage: npm run preview [-- workbook.xlsx]   (default: examples/demo.xlsx)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');
const input = resolve(
  process.env.INIT_CWD ?? process.cwd(),
  process.argv[2] ?? join(root, 'examples/demo.xlsx'),
);
const out = join(root, 'preview-output');

const office = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
if (!office || spawnSync('which', ['pdftoppm']).status !== 0) {
  process.stderr.write(
    'Cần LibreOffice và pdftoppm / LibreOffice and pdftoppm are needed:\n' +
      '  sudo apt-get install libreoffice-calc fonts-liberation2 fonts-crosextra-carlito poppler-utils\n' +
      '(Liberation Serif has the metrics of Times New Roman, which the documents are set in; Carlito\n' +
      'those of Excel’s default font, which gives the columns their unit.)\n',
  );
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// Exit 1 is a draft (the plan has errors): written, and worth looking at, so only 2 stops the preview.
const cli = (...args) => {
  const run = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { stdio: 'inherit' });
  if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 2);
};
cli('consolidate', input, '--only-council', '--out', join(out, 'tong-hop.xlsx'));
cli('report', input, '--only-council', '--out', join(out, 'bao-cao.xlsx'));
// The checked copy holds every tab; only `Lỗi hồ sơ` is printed.
const checked = join(out, 'loi-ho-so.xlsx');
spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'check', input, '--out', checked], {
  stdio: 'ignore',
});
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(checked);
for (const sheet of [...workbook.worksheets])
  if (sheet.name !== 'Lỗi hồ sơ') workbook.removeWorksheet(sheet.id);
await workbook.xlsx.writeFile(checked);

for (const file of ['tong-hop.xlsx', 'bao-cao.xlsx', 'loi-ho-so.xlsx']) {
  execFileSync(office, ['--headless', '--convert-to', 'pdf', '--outdir', out, join(out, file)], {
    stdio: 'ignore',
  });
  const pdf = join(out, file.replace(/\.xlsx$/, '.pdf'));
  execFileSync('pdftoppm', ['-r', '80', '-png', pdf, join(out, basename(pdf, '.pdf'))]);
}
const pages = readdirSync(out).filter((f) => f.endsWith('.png'));
process.stdout.write(`${pages.length} trang / pages in ${out}:\n${pages.map((p) => `  ${p}`).join('\n')}\n`);
