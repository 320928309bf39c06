// Shared by the example builders in this folder: start from the blank template the README describes
// (`npm start -- template --blank`), fill the reference tabs and a `Đề cử` tab, and write next to the
// workbook the verdicts a careful secretary gives each nomination row (`<slug>.verdicts.json`).
// Usage of a builder: node scripts/examples/<slug>.mjs [blank-template.xlsx]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The nomination columns, as the blank template's `Đề cử` tab names them. */
const NOMINATION_KEYS = [
  ['STT', 'stt'],
  ['Năm', 'year'],
  ['Đơn vị đề nghị', 'unit'],
  ['Tên mô hình, tập thể, cá nhân, hộ gia đình', 'name'],
  ['Đối tượng', 'subject'],
  ['Lĩnh vực', 'field'],
  ['Chức vụ, đơn vị công tác / địa chỉ', 'position'],
  ['Thành tích tóm tắt', 'summary'],
  ['Tiêu chí đáp ứng', 'criteria'],
  ['Minh chứng', 'evidence'],
  ['Giai đoạn', 'stage'],
  ['Kết quả xét', 'decision'],
  ['Ghi chú', 'note'],
];

function blankTemplate(given) {
  if (given) return { path: given, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'dien-hinh-example-'));
  const path = join(dir, 'blank.xlsx');
  try {
    execFileSync('npm', ['start', '--silent', '--', 'template', '--blank', '--out', path], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    // The template's own lines (what it created) go to stderr; show them only when it failed.
    process.stderr.write(String(error.stderr ?? ''));
    throw error;
  }
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function headerIndex(sheet) {
  const index = new Map();
  sheet.getRow(1).eachCell((cell, col) => index.set(String(cell.value).trim(), col));
  return index;
}

function clearBelowHeader(sheet) {
  if (sheet.rowCount > 1) sheet.spliceRows(2, sheet.rowCount - 1);
}

function appendRows(sheet, columns, rows) {
  const index = headerIndex(sheet);
  rows.forEach((values, i) => {
    const row = sheet.getRow(i + 2);
    columns.forEach((header, c) => {
      const col = index.get(header);
      if (col === undefined) throw new Error(`${sheet.name}: no column “${header}”`);
      const value = values[c];
      row.getCell(col).value = value === undefined || value === '' ? null : value;
    });
    row.commit();
  });
}

/**
 * Builds examples/<slug>.xlsx and examples/<slug>.verdicts.json.
 * plan: { config: [[name, value]], lists: [[list, name, short, meaning]], units: [[...6]],
 *         fields: [[code, name, subjects, sectors]], criteria: [[code, field, subject, group, text, required]],
 *         nominations: [{ year, unit, name, subject, field, position, summary, criteria, evidence, stage,
 *                         decision, note, verdict, codes, why }] }
 */
export async function buildExample(slug, plan) {
  const template = blankTemplate(process.argv[2]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template.path);
  template.cleanup();
  const tab = (name) => {
    const sheet = wb.getWorksheet(name);
    if (!sheet) throw new Error(`the blank template has no tab “${name}”`);
    return sheet;
  };

  const config = tab('Cấu hình');
  const rowOf = new Map();
  config.eachRow((row, n) => rowOf.set(String(row.getCell(1).value).trim(), n));
  let next = config.rowCount + 1;
  for (const [name, value] of plan.config) {
    const n = rowOf.get(name) ?? next++;
    config.getRow(n).getCell(1).value = name;
    config.getRow(n).getCell(2).value = value === '' ? null : value;
  }

  const lists = tab('Danh mục');
  clearBelowHeader(lists);
  appendRows(lists, ['Danh mục', 'Tên', 'Viết tắt', 'Ý nghĩa'], plan.lists);

  const units = tab('Đơn vị');
  const unitColumns = [
    'Mã đơn vị',
    'Tên đơn vị',
    'Loại đơn vị',
    'Đơn vị cấp trên',
    'Chỉ tiêu/năm',
    'Đầu mối (email)',
  ];
  appendRows(units, unitColumns, plan.units);
  appendRows(
    tab('Lĩnh vực'),
    ['Mã', 'Tên lĩnh vực', 'Đối tượng được đề nghị', 'Ngành phụ trách'],
    plan.fields,
  );
  const criteriaColumns = ['Mã tiêu chí', 'Lĩnh vực', 'Đối tượng', 'Nhóm', 'Nội dung', 'Bắt buộc'];
  appendRows(tab('Tiêu chí'), criteriaColumns, plan.criteria);

  const nominations = tab('Đề cử');
  const rows = plan.nominations.map((n, i) =>
    NOMINATION_KEYS.map(([, key]) => (key === 'stt' ? i + 1 : key === 'year' ? (n.year ?? 2026) : n[key])),
  );
  appendRows(
    nominations,
    NOMINATION_KEYS.map(([header]) => header),
    rows,
  );

  const xlsx = join(root, 'examples', `${slug}.xlsx`);
  await wb.xlsx.writeFile(xlsx);

  const verdicts = plan.nominations.map((n, i) => ({
    sheet: 'Đề cử',
    row: i + 2,
    verdict: n.verdict,
    codes: n.codes ?? [],
    why: n.why,
  }));
  for (const v of verdicts) {
    if (!['valid', 'warning', 'error'].includes(v.verdict))
      throw new Error(`row ${v.row}: verdict ${v.verdict}`);
  }
  // Written as Prettier writes JSON, so `npm run lint` finds the file clean.
  const prettier = require('prettier');
  const json = join(root, 'examples', `${slug}.verdicts.json`);
  const options = { ...(await prettier.resolveConfig(json)), parser: 'json' };
  writeFileSync(json, await prettier.format(JSON.stringify(verdicts), options));
  const count = (verdict) => verdicts.filter((v) => v.verdict === verdict).length;
  console.log(
    `examples/${slug}.xlsx: ${verdicts.length} nomination rows ` +
      `(valid ${count('valid')}, warning ${count('warning')}, error ${count('error')})`,
  );
}

/** One nomination row: the cells, then the verdict, the expected codes and the one-line reason. */
export function n(
  unit,
  name,
  subject,
  field,
  position,
  summary,
  crit,
  evidence,
  stage,
  decision,
  verdict,
  codes,
  why,
  more,
) {
  return {
    unit,
    name,
    subject,
    field,
    position,
    summary,
    criteria: crit,
    evidence,
    stage,
    decision,
    verdict,
    codes,
    why,
    ...more,
  };
}
