import type { Grid } from '../cells';
import { decisionsMeaning, type Plan } from '../plan/types';
import type { GeneratedTab } from '../port';
import type { CheckedNomination } from '../validate/nomination';
import { byUnitThenName } from './council-tab';
import { letterhead, LETTERHEAD_ROWS, printFormat } from './letterhead';

const HEADERS = [
  'STT',
  'Tên mô hình, tập thể, cá nhân, hộ gia đình',
  'Đối tượng',
  'Lĩnh vực',
  'Đơn vị',
  'Địa chỉ',
  'Thành tích tóm tắt',
  'Minh chứng',
];

/** `Tuyên truyền <năm>`: the valid rows whose decision means recognised, for the propagation office. */
export function propagationTab(plan: Plan, rows: CheckedNomination[], year: number): GeneratedTab {
  const head = letterhead(
    plan,
    HEADERS.length,
    `DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC CÔNG NHẬN NĂM ${year}`,
    plan.propagationRecipient
      ? `Gửi ${plan.propagationRecipient} để tuyên truyền, nhân rộng`
      : 'Để tuyên truyền, nhân rộng',
  );
  const values: Grid = [...head.rows, HEADERS];
  const headerRow = LETTERHEAD_ROWS + 1;
  const subjectName = new Map(plan.subjects.map((s) => [s.code, s.name]));
  const fieldName = new Map(plan.fields.map((f) => [f.code, f.name]));
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  const meaning = decisionsMeaning(plan);
  const recognised = rows
    .filter((r) => r.valid && r.year === year && meaning(r.decision) === 'recognised')
    .sort(byUnitThenName(plan));
  recognised.forEach((r, i) =>
    values.push([
      i + 1,
      r.name,
      subjectName.get(r.subject ?? '') ?? '',
      `${r.field} ${fieldName.get(r.field ?? '') ?? ''}`.trim(),
      unitName.get(r.unit ?? '') ?? '',
      r.position,
      r.summary,
      r.evidence,
    ]),
  );
  if (recognised.length === 0) values.push(['', `Chưa có đề cử nào được công nhận trong năm ${year}.`]);
  return {
    key: `propagation:${year}`,
    name: `Tuyên truyền ${year}`,
    values,
    merges: head.merges,
    format: printFormat(headerRow, [...head.boldRows, headerRow], [40, 190, 80, 170, 140, 150, 300, 120]),
  };
}
