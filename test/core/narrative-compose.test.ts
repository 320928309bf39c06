import { composeNarrative, wholeArea } from '../../src/core/narrative/compose';
import type { Block, NarrativeReport } from '../../src/core/narrative/model';
import { PRESET_PLAN } from '../../src/core/plan/preset';
import { check, goodRow, tallyOf } from '../support/workbook';

const textOf = (n: NarrativeReport) =>
  n.blocks
    .map((b: Block) =>
      b.kind === 'paragraph'
        ? b.runs.map((r) => r.text).join('')
        : b.kind === 'list'
          ? b.items.map((i) => i.map((r) => r.text).join('')).join('\n')
          : b.kind === 'heading'
            ? b.text
            : '',
    )
    .join('\n');

/** The part of the text between two headings. */
const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));

describe('the báo cáo’s words', () => {
  it('names the area the issuing body governs, Vietnamese letters and all', () => {
    const area = (organization: string) => wholeArea({ ...PRESET_PLAN, organization, council: 'Hội đồng' });
    expect(area('Ủy ban nhân dân xã Hòa Sơn')).toBe('toàn xã');
    expect(area('Ủy ban nhân dân thị xã Bỉm Sơn')).toBe('toàn thị xã');
    expect(area('Ủy ban nhân dân phường Bến Cát')).toBe('toàn phường');
    expect(area('Ủy ban nhân dân tỉnh Thanh Hóa')).toBe('toàn tỉnh');
    expect(area('Ủy ban nhân dân huyện Ba Bể')).toBe('toàn huyện');
    expect(area('Sở Nội vụ')).toBe('toàn địa bàn');
  });

  it('says there is no model yet rather than list empty stages, and a plan without stages in words', () => {
    const empty = composeNarrative(
      PRESET_PLAN,
      tallyOf({ rows: [], models: [] }).period(2021, 2025),
      [],
      null,
    );
    expect(textOf(empty)).toContain('Đến cuối năm 2025, chưa có mô hình nào.');
    expect(textOf(empty)).toContain('chưa có đề cử hợp lệ nào.');
    const result = check([goodRow()]);
    const noStages = { ...PRESET_PLAN, stages: [] };
    const text = textOf(composeNarrative(noStages, tallyOf(result, noStages).period(2021, 2025), [], null));
    expect(text).toContain('có 1 mô hình; kế hoạch không chia khâu.');
    expect(text).not.toMatch(/: ,|mô hình: \./);
  });

  it('puts a quota not reached under “Tồn tại, hạn chế”, never under “Ưu điểm”', () => {
    const result = check([goodRow({ Năm: 2024 })]);
    const text = textOf(composeNarrative(PRESET_PLAN, tallyOf(result).period(2024, 2024), [], null));
    const strengths = between(text, '1. Ưu điểm', '2. Tồn tại, hạn chế');
    const weaknesses = between(text, '2. Tồn tại, hạn chế', '3. Nguyên nhân');
    expect(strengths).not.toMatch(/chỉ tiêu/);
    expect(weaknesses).toMatch(
      /Số đề cử hợp lệ của các đơn vị được giao chỉ tiêu mới đạt [\d,]+\u00a0% chỉ tiêu năm 2024/,
    );
    expect(weaknesses).toMatch(/lượt đơn vị chưa hoàn thành chỉ tiêu/);
  });

  it('ends every list with a full stop and the report with “./.”', () => {
    const result = check([goodRow({ Năm: 2023 }), goodRow({ Năm: 2024 })]);
    const report = composeNarrative(PRESET_PLAN, tallyOf(result).period(2023, 2024), [], null);
    for (const block of report.blocks.filter((b) => b.kind === 'list')) {
      const items = block.kind === 'list' ? block.items.map((i) => i.map((r) => r.text).join('')) : [];
      expect(items.at(-1)).toMatch(/\.$/);
      for (const item of items.slice(0, -1)) expect(item).toMatch(/;$/);
    }
    expect(textOf(report).trim()).toMatch(/\.\/\.$/);
  });
});
