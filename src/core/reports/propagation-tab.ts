import type { Plan } from '../plan/types';
import type { GeneratedTab } from '../port';
import type { YearTally } from '../tally/year';
import { byUnitThenName } from './council-tab';
import { balancedWidths } from './column-widths';
import { DOCUMENT_FONT, DocumentBuilder } from './document';
import type { Draft } from './draft';

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
const WIDTHS = [40, 190, 80, 170, 140, 150, 300, 120];

/** `Tuyên truyền <năm>`: the valid rows whose decision means recognised, for the propagation office. */
export function propagationTab(plan: Plan, tally: YearTally, draft: Draft | null = null): GeneratedTab {
  const { year } = tally;
  const subjectName = new Map(plan.subjects.map((s) => [s.code, s.name]));
  const fieldName = new Map(plan.fields.map((f) => [f.code, f.name]));
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  const recognised = [...tally.recognised].sort(byUnitThenName(plan));
  const body = recognised.map((r, i) => [
    i + 1,
    r.name,
    subjectName.get(r.subject ?? '') ?? '',
    `${r.field} ${fieldName.get(r.field ?? '') ?? ''}`.trim(),
    unitName.get(r.unit ?? '') ?? '',
    r.position,
    r.summary,
    r.evidence,
  ]);
  if (body.length === 0) body.push(['', `Chưa có đề cử nào được công nhận trong năm ${year}.`]);
  // Columns sized to the year's text, so that rows take as few lines as the page's width allows.
  const doc = new DocumentBuilder(
    plan,
    balancedWidths(WIDTHS, HEADERS, recognised.length > 0 ? body : [], DOCUMENT_FONT.size),
    { draft },
  );
  doc.letterhead(
    `DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC CÔNG NHẬN NĂM ${year}`,
    plan.propagationRecipient
      ? `Gửi ${plan.propagationRecipient} để tuyên truyền, nhân rộng`
      : 'Để tuyên truyền, nhân rộng',
  );
  const { last } = doc.table(HEADERS, body, recognised.length === 0 ? [1] : []);
  doc.signature(plan.propagationRecipient ? [plan.propagationRecipient] : [], last);
  return doc.build(`propagation:${year}`, `Tuyên truyền ${year}`);
}
