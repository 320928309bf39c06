import type { Grid } from '../cells';
import type { Plan } from '../plan/types';
import type { GeneratedTab } from '../port';
import type { CheckedNomination } from '../validate/nomination';
import { letterhead, LETTERHEAD_ROWS, printFormat } from './letterhead';

/** Code, name, a column per subject, total: at least six columns so the letterhead has room. */
function widthFor(plan: Plan): number {
  return Math.max(6, plan.subjects.length + 3);
}

/** `Thống kê <năm>`: valid nominations per field × subject, per stage and per unit category. */
export function statisticsTab(plan: Plan, rows: CheckedNomination[], year: number): GeneratedTab {
  const width = widthFor(plan);
  const pad = (row: Grid[number]): Grid[number] => [
    ...row,
    ...new Array(Math.max(0, width - row.length)).fill(''),
  ];
  const head = letterhead(
    plan,
    width,
    `THỐNG KÊ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM ${year}`,
    'Số đề cử hợp lệ',
  );
  const values: Grid = [...head.rows];
  const bold: number[] = [...head.boldRows];
  const valid = rows.filter((r) => r.valid && r.year === year);
  const section = (title: string, header: string[]) => {
    values.push(pad([title]));
    bold.push(values.length);
    values.push(pad(header));
    bold.push(values.length);
  };

  section('1. Theo lĩnh vực và đối tượng', ['Mã', 'Lĩnh vực', ...plan.subjects.map((s) => s.name), 'Cộng']);
  for (const field of plan.fields) {
    const inField = valid.filter((r) => r.field === field.code);
    values.push(
      pad([
        field.code,
        field.name,
        ...plan.subjects.map((s) => inField.filter((r) => r.subject === s.code).length),
        inField.length,
      ]),
    );
  }
  values.push(
    pad([
      '',
      'Cộng',
      ...plan.subjects.map((s) => valid.filter((r) => r.subject === s.code).length),
      valid.length,
    ]),
  );
  bold.push(values.length);
  values.push(pad([]));

  section('2. Theo khâu', ['', 'Khâu', 'Số đề cử']);
  for (const stage of plan.stages)
    values.push(pad(['', stage, valid.filter((r) => r.stage === stage).length]));
  values.push(pad(['', 'Chưa ghi khâu', valid.filter((r) => r.stage === null).length]));
  values.push(pad([]));

  section('3. Theo loại đơn vị', ['', 'Loại đơn vị', 'Số đề cử']);
  const categoryOf = new Map(plan.units.map((u) => [u.code, u.category]));
  const categories = [
    ...new Set([...plan.categories.map((c) => c.name), ...plan.units.map((u) => u.category)]),
  ];
  for (const category of categories) {
    values.push(pad(['', category, valid.filter((r) => categoryOf.get(r.unit ?? '') === category).length]));
  }
  return {
    key: `statistics:${year}`,
    name: `Thống kê ${year}`,
    values,
    merges: head.merges,
    format: printFormat(LETTERHEAD_ROWS, bold, [60, 380, ...new Array<number>(width - 3).fill(110), 90]),
  };
}
