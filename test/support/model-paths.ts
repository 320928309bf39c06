import { goodRow, type Row } from './workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

/** Planted models of the preset's 2021–2025 plan, each with the path flags it must get. */
export const PLANTED: { name: string; steps: [number, string, string?][]; flags: string[] }[] = [
  {
    name: 'Hộ ông Nông Văn Tiến',
    steps: [
      [2021, 'Phát hiện'],
      [2022, 'Bồi dưỡng'],
      [2023, 'Tổng kết', 'Công nhận'],
      [2024, 'Nhân rộng'],
    ],
    flags: [],
  },
  {
    name: 'Hộ bà Lương Thị Hoa',
    steps: [
      [2021, 'Tổng kết'],
      [2022, 'Bồi dưỡng'],
    ],
    flags: ['khâu lùi'],
  },
  {
    name: 'Hộ ông Lý Văn Pảo',
    steps: [
      [2021, 'Phát hiện'],
      [2022, 'Phát hiện'],
      [2023, 'Phát hiện'],
    ],
    flags: ['dừng ở một khâu'],
  },
  {
    name: 'Hộ ông Ma Văn Dũng',
    steps: [
      [2022, 'Phát hiện'],
      [2023, 'Tổng kết'],
    ],
    flags: ['bỏ qua khâu'],
  },
  {
    name: 'Hộ ông Hà Văn Tường',
    steps: [
      [2023, 'Bồi dưỡng', 'Công nhận'],
      [2025, 'Tổng kết'],
    ],
    flags: ['chưa nhân rộng'],
  },
];

/** The planted models' rows, in no particular order, as a unit would enter them year after year. */
export function plantedRows(): Row[] {
  const rows = PLANTED.flatMap(({ name, steps }) =>
    steps.map(([year, stage, decision]) =>
      goodRow({ Năm: year, [NAME]: name, 'Giai đoạn': stage, 'Kết quả xét': decision ?? '' }),
    ),
  );
  return rows.reverse();
}
