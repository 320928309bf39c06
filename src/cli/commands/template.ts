import { carryPlan } from '../../core/jobs/carry-plan';
import { writeUnitFile } from '../../core/jobs/unit-file';
import { PlanLookup } from '../../core/plan/lookup';
import { requirePlan } from '../../core/workbook/plan-gaps';
import { readPlan } from '../../core/workbook/read-plan';
import { setupWorkbook, BLANK_SEED, PRESET_SEED, type SetupSeed } from '../../core/jobs/setup';
import type { YearRange } from '../../core/plan/types';
import type { ParsedArgs } from '../args';
import { openReadable, outputPath } from '../open-workbook';
import { offline } from '../offline-words';
import { wrap } from '../terminal';
import { UsageError } from '../usage-error';
import { XlsxPort } from '../xlsx-port';

/** Which plan the new workbook starts from: the preset, a blank one, or a council's previous plan. */
function seedFor(args: ParsedArgs): SetupSeed | { from: string; period: YearRange } {
  if (args.blank && (args.fromFile || args.period)) {
    throw new UsageError(
      '--blank không đi cùng --from/--period.',
      '--blank does not go with --from/--period.',
    );
  }
  if ((args.fromFile === null) !== (args.period === null)) {
    throw new UsageError(
      'Cần cả --from <tệp cũ.xlsx> và --period <năm đầu-năm cuối>.',
      'Give both --from <old.xlsx> and --period <first-last year>.',
    );
  }
  if (args.blank) return BLANK_SEED;
  if (!args.fromFile || !args.period) return PRESET_SEED;
  return { from: args.fromFile, period: args.period };
}

/**
 * What to fill after a new workbook: the units' rows in the preset, the dates of the new period in a
 * carried plan, the council's own plan in a blank one.
 */
function nextStep(seed: ReturnType<typeof seedFor>, out: string): string {
  if (seed === PRESET_SEED)
    return `Tiếp theo: sửa các trang kế hoạch cho Hội đồng của mình nếu cần, nhập đề cử vào trang “Đề cử”, rồi chạy npm start -- check ${out}.`;
  if ('from' in seed)
    return (
      'Tiếp theo: ghi khoảng sơ kết và thời gian các mốc của giai đoạn mới vào trang “Cấu hình”, sửa các dòng còn lỗi (nếu có), ' +
      `rồi chạy npm start -- check ${out} để xem còn thiếu gì.`
    );
  return (
    'Tiếp theo: điền trang “Cấu hình” (tên cơ quan, Hội đồng, địa danh, giai đoạn, sơ kết, các mốc), ' +
    `rồi chạy npm start -- check ${out} để xem còn thiếu gì.`
  );
}

/**
 * `template --unit CODE --from WORKBOOK.xlsx --out F`: the intake file of a unit whose staff have no
 * Google account, its tab alone, which the secretariat brings into the shared spreadsheet with
 * Sheets' own import (Tệp › Nhập › Chèn trang tính mới); the add-on then checks it like any tab.
 */
async function unitFile(args: ParsedArgs, code: string): Promise<number> {
  if (args.blank || args.period || !args.fromFile)
    throw new UsageError(
      '--unit cần --from <bảng tính của Hội đồng>.xlsx, và không đi cùng --blank/--period.',
      '--unit needs --from <the council workbook>.xlsx, and does not go with --blank/--period.',
    );
  const out = outputPath(args.out, args.fromFile, 'template');
  const reading = readPlan((await openReadable(args.fromFile)).readTabs());
  requirePlan(reading, ['tabs']);
  const { plan } = reading;
  // A code or name by the one rule for identity, as a row's unit cell is read.
  const unit = new PlanLookup(plan).unit(code);
  if (!unit) {
    const codes = plan.units.filter((u) => !u.parent).map((u) => u.code);
    throw new UsageError(
      `Không có đơn vị “${code}” trong trang “Đơn vị”. Ghi mã hoặc tên đơn vị, ví dụ: ${codes.slice(0, 8).join(', ')}.`,
      `No unit "${code}" in the units tab. Give a unit's code or name, e.g. ${codes.slice(0, 8).join(', ')}.`,
    );
  }
  const parent = plan.units.find((u) => u.code === unit.parent);
  if (parent)
    throw new UsageError(
      `${unit.name} nhập đề cử trong trang của ${parent.name}: dùng --unit ${parent.code}.`,
      `${unit.name} enters its rows in ${parent.name}'s tab: use --unit ${parent.code}.`,
    );
  const port = XlsxPort.empty();
  const { tab, notes } = writeUnitFile(port, plan, unit);
  await port.save(out);
  for (const note of notes)
    process.stderr.write(`${offline(note)}
`);
  process.stdout.write(`Đã ghi tệp nhập của ${unit.name}: ${out} (trang “${tab}”)
`);
  process.stdout.write(
    `${wrap(
      `Tiếp theo: gửi tệp cho đơn vị; khi nhận lại, mở bảng tính chung trên Google Sheets, Tệp › Nhập › Tải lên tệp ` +
        'này, chọn “Chèn trang tính mới”, rồi chạy “Kiểm tra hồ sơ”: trang nhập vào được kiểm tra như mọi trang đề cử.',
    )}
`,
  );
  return 0;
}

/**
 * `template --out F`, `template --blank --out F`, `template --from OLD.xlsx --period 2026-2030 --out F`:
 * a new workbook built by the same setup job as the add-on's menu. From an old file, every row of its
 * plan's reference tabs is carried as written; no nomination row, review year, mid-term range or
 * milestone date (each named in the messages).
 */
export async function template(args: ParsedArgs): Promise<number> {
  if (args.file) throw new UsageError('Lệnh template không đọc tệp nào.', 'template takes no input file.');
  if (args.unit !== null) return unitFile(args, args.unit);
  const out = outputPath(args.out, args.fromFile, 'template');
  const seed = seedFor(args);
  const port = XlsxPort.empty();
  const messages =
    'from' in seed
      ? carryPlan((await openReadable(seed.from)).readTabs(), port, seed.period)
      : setupWorkbook(port, seed).messages;
  await port.save(out);
  for (const message of messages) process.stderr.write(`${offline(message)}\n`);
  process.stdout.write(`Đã ghi bảng tính mẫu: ${out}\n`);
  process.stdout.write(`${wrap(nextStep(seed, out))}\n`);
  return 0;
}
