import type { Plan } from '../plan/types';
import type { GeneratedTab } from '../port';
import type { YearTally } from '../tally/year';
import { DocumentBuilder } from './document';
import type { Draft } from './draft';

/** `Thống kê <năm>`: valid nominations per field × subject, per stage and per unit category. */
export function statisticsTab(plan: Plan, tally: YearTally, draft: Draft | null = null): GeneratedTab {
  const { year, valid } = tally;
  // Code, name, a column per subject, total: at least six columns so the letterhead has room.
  const width = Math.max(6, plan.subjects.length + 3);
  const doc = new DocumentBuilder(plan, [60, 380, ...new Array<number>(width - 3).fill(110), 90], {
    draft,
  });
  doc.letterhead(`THỐNG KÊ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM ${year}`, 'Số đề cử hợp lệ');
  // Fewer subjects than the letterhead's columns: the field's name runs over the spare ones (merged),
  // so the table has no empty columns.
  const spare = width - 3 - plan.subjects.length;
  const spans = [1, 1 + spare, ...plan.subjects.map(() => 1), 1];

  doc.heading('1. Theo lĩnh vực và đối tượng');
  doc.table(
    ['Mã', 'Lĩnh vực', ...plan.subjects.map((s) => s.name), 'Cộng'],
    [
      ...plan.fields.map((field) => {
        const inField = valid.filter((r) => r.field === field.code);
        return [
          field.code,
          field.name,
          ...plan.subjects.map((s) => inField.filter((r) => r.subject === s.code).length),
          inField.length,
        ];
      }),
      [
        '',
        'Cộng',
        ...plan.subjects.map((s) => valid.filter((r) => r.subject === s.code).length),
        valid.length,
      ],
    ],
    [],
    spans,
  );
  doc.blank();

  doc.heading('2. Theo khâu');
  doc.table(
    ['STT', 'Khâu', 'Số đề cử'],
    [
      ...plan.stages.map((stage, i) => [i + 1, stage, valid.filter((r) => r.stage === stage).length]),
      ['', 'Chưa ghi khâu', valid.filter((r) => r.stage === null).length],
      ['', 'Cộng', valid.length],
    ],
  );
  doc.blank();

  // Counted as the quota tab counts: each row in its quota holder's category (see tally/year.ts).
  doc.heading('3. Theo loại đơn vị (mỗi đề cử tính cho đơn vị gần nhất được giao chỉ tiêu)');
  const last = doc.table(
    ['STT', 'Loại đơn vị', 'Số đề cử'],
    [...tally.categories.map((c, i) => [i + 1, c.category, c.valid]), ['', 'Cộng', valid.length]],
  );
  doc.signature([], last.last);
  return doc.build(`statistics:${year}`, `Thống kê ${year}`);
}
