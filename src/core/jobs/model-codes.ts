import type { Model } from '../models/identify';
import type { CellBlock, WorkbookPort } from '../port';
import { nameKey } from '../text';
import type { CheckedNomination } from '../validate/nomination';
import { CHECK_HEADER, MODEL_HEADER } from '../workbook/layout';
import { CHECK_NEEDS } from './check';
import { analyse } from './reports';

/**
 * A new model code: “MH-<unit>-<first year>-<n>”. The prefix keeps Sheets from reading it as a date or
 * a number whatever the unit's code, and the unit and year tell a clerk where the model started.
 */
function newCode(model: Model, taken: Set<string>): string {
  const start = `MH-${model.unit || 'DV'}-${model.rows[0]?.year ?? ''}-`;
  for (let n = 1; ; n++) {
    const code = `${start}${String(n).padStart(2, '0')}`;
    if (!taken.has(nameKey(code))) {
      taken.add(nameKey(code));
      return code;
    }
  }
}

export interface ModelCodesReport {
  written: number;
  message: string;
}

/**
 * “Ghi mã mô hình”: writes into `Mã mô hình` (added after the last header when missing) the code of
 * the model each row was recognised as, only where the cell is blank: a code already written is the
 * user's decision and stays. Rows that could be another unit's model of the same name are left for
 * the user to settle, as the check's W_MODEL_AMBIGUOUS says. Run on request only, never by a check.
 */
export function writeModelCodes(port: WorkbookPort): ModelCodesReport {
  const { reading, result } = analyse(port, CHECK_NEEDS);
  const at = (sheet: string, row: number) => `${sheet}\u0000${row}`;
  const undecided = new Set(
    result.issues
      .filter((i) => i.code === 'W_MODEL_AMBIGUOUS' && i.row !== null)
      .map((i) => at(i.sheet, i.row as number)),
  );
  const taken = new Set(result.models.filter((m) => m.code).map((m) => nameKey(m.code)));
  const codes = new Map<string, Map<number, string>>();
  let models = 0;
  for (const model of result.models) {
    const blank = model.rows.filter((r: CheckedNomination) => !r.model && !undecided.has(at(r.sheet, r.row)));
    if (blank.length === 0) continue;
    const code = model.code || newCode(model, taken);
    models++;
    for (const r of blank)
      codes.set(r.sheet, (codes.get(r.sheet) ?? new Map<number, string>()).set(r.row, code));
  }

  const writes: { tab: string; blocks: CellBlock[] }[] = [];
  for (const tab of reading.nominationTabs) {
    const mine = codes.get(tab.name);
    if (!mine) continue;
    const existing = tab.header.columns.model;
    const column = (existing ?? tab.width) + 1;
    // One block per run of consecutive rows that get a code, and nothing else: a cell between two
    // runs keeps what it holds, formula and all (a wider block would write its value back over it).
    const blocks: CellBlock[] = [];
    for (const row of [...mine.keys()].sort((a, b) => a - b)) {
      const run = blocks[blocks.length - 1];
      if (run && run.row + run.values.length === row) run.values.push([mine.get(row) ?? '']);
      else blocks.push({ row, column, values: [[mine.get(row) ?? '']] });
    }
    if (existing === undefined)
      blocks.unshift({ row: tab.header.headerRow + 1, column, values: [[MODEL_HEADER]] });
    writes.push({ tab: tab.name, blocks });
  }
  port.ensureWritable(
    writes.flatMap(({ tab, blocks }) =>
      blocks.map((b) => ({ tab, area: { row: b.row, column: b.column, rows: b.values.length, columns: 1 } })),
    ),
  );
  for (const { tab, blocks } of writes) for (const block of blocks) port.writeCells(tab, block);

  const written = [...codes.values()].reduce((n, m) => n + m.size, 0);
  const left = undecided.size;
  return {
    written,
    message: [
      written
        ? `Đã ghi “${MODEL_HEADER}” cho ${written} dòng (${models} mô hình). Dòng đã có mã được giữ nguyên; ` +
          'hai dòng cùng mã là một mô hình, nên muốn tách hay gộp mô hình thì sửa mã.'
        : `Không có dòng nào cần ghi “${MODEL_HEADER}”.`,
      ...(left
        ? [
            `${left} dòng cùng tên với mô hình khác chưa được ghi mã: xem cảnh báo “trùng tên với mô hình khác” ` +
              `ở cột “${CHECK_HEADER}” rồi tự ghi cùng một mã (một mô hình) hoặc mã khác nhau (hai mô hình).`,
          ]
        : []),
    ].join('\n'),
  };
}
