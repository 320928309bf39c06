import type { Grid } from '../cells';
import type { Plan } from '../plan/types';
import type { Area, TabFormat } from '../port';

export interface Letterhead {
  rows: Grid;
  merges: Area[];
  /** 1-based rows to print bold and centred. */
  boldRows: number[];
}

/**
 * The official heading of a Vietnamese administrative document: issuing body and council on the left,
 * the national motto on the right, a line for place and date, then the title.
 */
export function letterhead(plan: Plan, width: number, title: string, subtitle: string): Letterhead {
  const half = Math.max(1, Math.floor(width / 2));
  const row = (left: string, right: string) => {
    const cells: Grid[number] = new Array(width).fill('');
    cells[0] = left;
    cells[Math.min(half, width - 1)] = right;
    return cells;
  };
  const full = (text: string) => [text, ...new Array(width - 1).fill('')];
  const rows: Grid = [
    row(plan.organization.toUpperCase(), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    row(plan.council.toUpperCase(), 'Độc lập – Tự do – Hạnh phúc'),
    row('', `${plan.place}, ngày ..... tháng ..... năm ..........`),
    full(title),
    full(subtitle),
    new Array(width).fill(''),
  ];
  const split = (r: number): Area[] =>
    width > 1
      ? [
          { row: r, column: 1, rows: 1, columns: half },
          { row: r, column: half + 1, rows: 1, columns: width - half },
        ]
      : [];
  const merges =
    width > 1
      ? [
          ...split(1),
          ...split(2),
          ...split(3),
          ...[4, 5].map((r) => ({ row: r, column: 1, rows: 1, columns: width })),
        ]
      : [];
  return { rows, merges, boldRows: [1, 2, 4] };
}

/** Rows the letterhead takes, so a tab's own header row comes right after. */
export const LETTERHEAD_ROWS = 6;

/** How every printed report is laid out: title rows centred, text wrapped, A4 landscape. */
export function printFormat(frozenRows: number, boldRows: number[], columnWidths: number[]): TabFormat {
  return { frozenRows, boldRows, centredRows: [1, 2, 3, 4, 5], wrap: true, landscape: true, columnWidths };
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → I, 12 → XII: the headings of an official list. */
export function romanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
