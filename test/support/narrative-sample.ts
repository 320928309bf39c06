import { draftOf } from '../../src/core/reports/draft';
import { issue } from '../../src/core/issues';
import type { NarrativeReport } from '../../src/core/narrative/model';

/** The draft a plan with one bad quota makes of the sample: its mark, and no signature. */
export const SAMPLE_DRAFT = draftOf([
  issue('Đơn vị', 7, 'Chỉ tiêu/năm', 'E_BAD_QUOTA', 'Chỉ tiêu “mười” không phải là số.'),
]);

/**
 * A hand-built báo cáo for testing the doors that draw one (the .docx writer, the print view), until
 * the composer writes real ones: every kind of block, places to fill, a table with a total, both
 * charts. Its figures are made up: they are not the demo's.
 */
export function sampleNarrative(overrides: Partial<NarrativeReport> = {}): NarrativeReport {
  return {
    organization: 'Ủy ban nhân dân huyện Ba Bể',
    council: 'Hội đồng Thi đua - Khen thưởng',
    place: 'Ba Bể',
    number: 'Số: ……/BC-HĐTĐKT',
    title: 'BÁO CÁO',
    subtitle:
      'Sơ kết công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến giai đoạn 2021 – 2023',
    blocks: [
      { kind: 'heading', level: 1, text: 'I. Công tác chỉ đạo, triển khai' },
      { kind: 'paragraph', runs: [{ text: 'Việc ban hành kế hoạch, hướng dẫn, tuyên truyền', fill: true }] },
      { kind: 'heading', level: 1, text: 'II. Kết quả thực hiện' },
      { kind: 'heading', level: 2, text: '1. Kết quả phát hiện, đề cử' },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Giai đoạn 2021 – 2023, toàn huyện có ' },
          { text: '1.105', bold: true },
          { text: ' đề cử hợp lệ; ' },
          { text: '19/34', bold: true },
          { text: ' đơn vị đạt chỉ tiêu cả ba năm (55,9 %).' },
        ],
      },
      {
        kind: 'table',
        headers: ['Năm', 'Đề cử hợp lệ', 'Chỉ tiêu', 'Đơn vị đạt'],
        rows: [
          ['2021', 352, 330, '20/34'],
          ['2022', 371, 330, '22/34'],
          ['2023', 382, 330, '24/34'],
          ['Cộng', 1105, 990, '19/34'],
        ],
        totalRow: true,
      },
      {
        kind: 'chart',
        chart: {
          kind: 'bars-with-line',
          title: 'Đề cử hợp lệ so với chỉ tiêu, theo năm',
          categories: ['2021', '2022', '2023'],
          xTitle: 'Năm',
          yTitle: 'Số đề cử',
          bars: { label: 'Đề cử hợp lệ (các đơn vị được giao chỉ tiêu)', values: [352, 371, 382] },
          line: { label: 'Tổng chỉ tiêu', values: [330, 330, 330] },
        },
      },
      { kind: 'heading', level: 2, text: '2. Đơn vị chưa đạt chỉ tiêu' },
      {
        kind: 'list',
        items: [
          [{ text: 'Năm 2021: xã Cao Thượng (8/10), xã Nam Mẫu (6/10);' }],
          [{ text: 'Năm 2022: xã Địa Linh (9/10);' }],
          [{ text: 'Năm 2023: không có.' }],
        ],
      },
      {
        kind: 'chart',
        chart: {
          kind: 'stacked',
          title: 'Mô hình theo khâu đạt được, theo năm',
          categories: ['2021', '2022', '2023'],
          xTitle: 'Năm',
          yTitle: 'Số mô hình',
          series: [
            { label: 'Phát hiện', values: [210, 180, 150] },
            { label: 'Bồi dưỡng', values: [90, 120, 140] },
            { label: 'Tổng kết, nhân rộng', values: [12, 40, 71] },
          ],
        },
      },
      { kind: 'heading', level: 1, text: 'III. Đánh giá chung' },
      { kind: 'heading', level: 2, text: '1. Ưu điểm' },
      { kind: 'paragraph', runs: [{ text: '', fill: true }] },
      { kind: 'heading', level: 2, text: '2. Tồn tại, hạn chế và nguyên nhân' },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Còn 3 đơn vị chưa gửi kế hoạch của đơn vị. Nguyên nhân: ' },
          { text: 'nguyên nhân', fill: true },
          { text: '.' },
        ],
      },
      { kind: 'heading', level: 1, text: 'IV. Phương hướng, nhiệm vụ' },
      { kind: 'paragraph', runs: [{ text: '', fill: true }] },
      { kind: 'heading', level: 1, text: 'V. Kiến nghị, đề xuất' },
      { kind: 'paragraph', runs: [{ text: '', fill: true }] },
    ],
    signature: { on: 'TM. Hội đồng Thi đua - Khen thưởng', role: 'Chủ tịch', signer: 'Hoàng Văn Chính' },
    annexes: [],
    recipients: ['Hội đồng Thi đua - Khen thưởng tỉnh', 'Thường trực Huyện ủy', 'Các thành viên Hội đồng'],
    draft: null,
    ...overrides,
  };
}
