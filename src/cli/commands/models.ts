import { CHECK_NEEDS } from '../../core/jobs/check';
import { analyse } from '../../core/jobs/reports';
import { yearCell } from '../../core/reports/models-tab';
import type { ParsedArgs } from '../args';
import { progressDone } from '../progress';
import { writeModelCodes } from '../../core/jobs/model-codes';
import { openWorkbook, outputPath, saveWorkbook } from '../open-workbook';
import { offline } from '../offline-words';
import { renderTable } from '../table';
import { wrap } from '../terminal';

/** `models F --write-codes --out F2`: a copy with `Mã mô hình` written where blank; F is never written. */
async function writeCodes(args: ParsedArgs): Promise<number> {
  const out = outputPath(args.out, args.file, 'models');
  const port = await openWorkbook(args.file, 'models');
  const report = writeModelCodes(port);
  await saveWorkbook(port, out);
  process.stdout.write(
    `${offline(report.message)}\nĐã ghi: ${out}\n${wrap('Tiếp theo: mở tệp đó, xem cột “Mã mô hình”; cùng mã là một mô hình, sửa mã để gộp hay tách.')}\n`,
  );
  return 0;
}

/**
 * `models F [--from Y1 --to Y2] [--json]`: every model followed through the years (the plan's period by
 * default), its stage and decision each year and the flags of its path. Exit 1 when a path is flagged.
 */
export async function models(args: ParsedArgs): Promise<number> {
  if (args.writeCodes) return writeCodes(args);
  const port = await openWorkbook(args.file, 'models');
  const { reading, tally } = analyse(port, CHECK_NEEDS);
  const { plan } = reading;
  const from = args.from ?? plan.period?.from ?? 0;
  const to = args.to ?? plan.period?.to ?? 0;
  const tracked = tally.period(from, to).models;
  progressDone();
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const stepOf = (t: (typeof tracked)[number], year: number) => {
    const row = t.rows.find((r) => r.year === year);
    if (row) return { stage: row.stage, decision: row.decision, sheet: row.sheet, row: row.row };
    // A row of the model that failed the check: where it is, never a step the model took.
    const failed = t.failed.find((r) => r.year === year);
    return failed ? { failed: true, sheet: failed.sheet, row: failed.row } : null;
  };
  if (args.json) {
    const list = tracked.map((t) => ({
      code: t.model.code || null,
      name: t.model.name,
      unit: t.model.unit,
      subject: t.model.subject,
      years: Object.fromEntries(years.map((y) => [y, stepOf(t, y)])),
      flags: t.flags,
    }));
    process.stdout.write(`${JSON.stringify({ from, to, stages: plan.stages, models: list })}\n`);
  } else {
    const rows = tracked.map((t) => [
      t.flags.length ? '!' : ' ',
      t.model.name,
      unitName.get(t.model.unit) ?? t.model.unit,
      ...years.map((y) => yearCell(t, y)),
      t.flags.join('; '),
    ]);
    const flagged = tracked.filter((t) => t.flags.length).length;
    process.stdout.write(
      [
        `MÔ HÌNH ${from}–${to} (! = có cảnh báo về khâu)`,
        renderTable(['', 'Mô hình', 'Đơn vị', ...years.map(String), 'Cảnh báo'], rows),
        '',
        `${tracked.length} mô hình, ${flagged} có cảnh báo.`,
        wrap(
          `Tiếp theo: xem lại khâu của các mô hình có cảnh báo; muốn ghi mã cho từng mô hình: npm start -- models ${args.file ?? 'F.xlsx'} --write-codes --out <tệp.xlsx>.`,
        ),
      ].join('\n') + '\n',
    );
  }
  return tracked.some((t) => t.flags.length) ? 1 : 0;
}
