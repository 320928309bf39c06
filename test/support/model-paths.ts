import { PLANTED_MODELS } from '../../src/demo/model-life';
import { goodRow, type Row } from './workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

/** The demo's planted models (its answer key): each path with the flags it must get. */
export const PLANTED = PLANTED_MODELS;

/** The planted models' rows, in no particular order, as a unit would enter them year after year. */
export function plantedRows(): Row[] {
  const rows = PLANTED.flatMap(({ name, unit, steps }) =>
    steps.map(([year, stage, decision]) =>
      goodRow({
        Năm: year,
        'Đơn vị đề nghị': unit,
        [NAME]: name,
        'Giai đoạn': stage,
        'Kết quả xét': decision ?? '',
      }),
    ),
  );
  return rows.reverse();
}
