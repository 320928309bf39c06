import { setupWorkbook, BLANK_SEED, PRESET_SEED, type SetupSeed } from '../../core/jobs/setup';
import { nextPlan } from '../../core/plan/new-plan';
import { requirePlan } from '../../core/workbook/plan-gaps';
import { readPlan } from '../../core/workbook/read-plan';
import type { ParsedArgs } from '../args';
import { openReadable, outputPath } from '../open-workbook';
import { offline } from '../offline-words';
import { wrap } from '../terminal';
import { UsageError } from '../usage-error';
import { XlsxPort } from '../xlsx-port';

/** Which plan the new workbook starts from: the preset, a blank one, or a council's previous plan. */
async function seedFor(args: ParsedArgs): Promise<SetupSeed> {
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
  const old = readPlan((await openReadable(args.fromFile)).readTabs());
  requirePlan(old, ['tabs']);
  const was = old.plan.period ? `kế hoạch ${old.plan.period.from}–${old.plan.period.to}` : 'kế hoạch cũ';
  return { plan: nextPlan(old.plan, args.period), label: was };
}

/** What to fill after a new workbook: the units' rows in the preset, the council's own plan otherwise. */
function nextStep(preset: boolean, out: string): string {
  return preset
    ? `Tiếp theo: sửa các trang kế hoạch cho Hội đồng của mình nếu cần, nhập đề cử vào trang “Đề cử”, rồi chạy npm start -- check ${out}.`
    : 'Tiếp theo: điền trang “Cấu hình” (tên cơ quan, Hội đồng, địa danh, giai đoạn, sơ kết, các mốc), ' +
        `rồi chạy npm start -- check ${out} để xem còn thiếu gì.`;
}

/**
 * `template --out F`, `template --blank --out F`, `template --from OLD.xlsx --period 2026-2030 --out F`:
 * a new workbook built by the same setup job as the add-on's menu. Nothing is carried from the old
 * file but its plan: no nomination row, no review year, mid-term range or milestone dates.
 */
export async function template(args: ParsedArgs): Promise<number> {
  if (args.file) throw new UsageError('Lệnh template không đọc tệp nào.', 'template takes no input file.');
  const out = outputPath(args.out, args.fromFile, 'template');
  const seed = await seedFor(args);
  const port = XlsxPort.empty();
  const report = setupWorkbook(port, seed);
  await port.save(out);
  for (const message of report.messages) process.stderr.write(`${offline(message)}\n`);
  process.stdout.write(`Đã ghi bảng tính mẫu: ${out}\n`);
  process.stdout.write(`${wrap(nextStep(seed === PRESET_SEED, out))}\n`);
  return 0;
}
