import { narrativeSection } from '../../src/core/reports/narrative-html';
import { printHtml } from '../../src/core/reports/print-html';
import { DRAFT_MARK } from '../../src/core/reports/draft';
import { SAMPLE_DRAFT, sampleNarrative } from '../support/narrative-sample';

const section = (overrides = {}) => narrativeSection(sampleNarrative(overrides), 'Báo cáo sơ kết', 0);

describe('the báo cáo in the print view', () => {
  it('escapes every text: a run, a heading, a table cell or a name never becomes markup', () => {
    const html = section({
      organization: '<img src=x onerror=alert(1)>',
      signature: { on: 'TM. "><script>x()</script>', role: 'Chủ tịch', signer: '<b>A</b>' },
      blocks: [
        { kind: 'heading', level: 1, text: 'I. <i>x</i>' },
        {
          kind: 'paragraph',
          runs: [{ text: '<script>alert(1)</script> & “x”' }, { text: '<u>', fill: true }],
        },
        { kind: 'table', headers: ['<th>'], rows: [['<td>']] },
      ],
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;SCRIPT&gt;X()&lt;/SCRIPT&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; “x”');
    expect(html).toContain('I. &lt;i&gt;x&lt;/i&gt;');
    expect(html).toContain('<th>&lt;th&gt;</th>');
    expect(html).toContain('&lt;b&gt;A&lt;/b&gt;');
  });

  it('marks places to fill: “[…]” when empty, the text in brackets otherwise, highlighted', () => {
    const html = section();
    expect(html).toContain('<mark class="fill">[Việc ban hành kế hoạch, hướng dẫn, tuyên truyền]</mark>');
    expect(html).toContain('<mark class="fill">[…]</mark>');
    expect(html).toContain('<mark class="fill">[nguyên nhân]</mark>');
  });

  it('writes the heading of Decree 30, the title, the parts and the signature', () => {
    const html = section();
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN HUYỆN BA BỂ',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'Số: ……/BC-HĐTĐKT',
      'Ba Bể, ngày ..... tháng ..... năm ..........',
      '<p class="nv-title">BÁO CÁO</p>',
      '<p class="nv-h1">I. Công tác chỉ đạo, triển khai</p>',
      '<p class="nv-h2">1. Kết quả phát hiện, đề cử</p>',
      '<p class="nv-item">- Năm 2022: xã Địa Linh (9/10);</p>',
      'Nơi nhận:',
      '- Thường trực Huyện ủy;',
      'TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'CHỦ TỊCH',
      'Hoàng Văn Chính',
    ])
      expect(html).toContain(text);
    expect(html).not.toContain(DRAFT_MARK);
  });

  it('writes counts in a table the Vietnamese way, the total row bold, figures centred', () => {
    const html = section();
    expect(html).toContain('<tr class="total"><td>Cộng</td><td class="figure">1.105</td>');
    expect(html).toContain('<td class="figure">20/34</td>');
  });

  it('draws each chart as SVG', () => {
    const html = section();
    expect(html.match(/<figure class="nv-chart"><svg /g)).toHaveLength(2);
    expect(html).toContain('Mô hình theo khâu đạt được, theo năm');
  });

  it('marks a draft: the mark where the number is, no signature, the reason instead', () => {
    const html = section({ draft: SAMPLE_DRAFT });
    expect(html).toContain(`<span class="nv-draft">${DRAFT_MARK}</span>`);
    expect(html).not.toContain('Số: ……/BC-HĐTĐKT');
    expect(html).not.toContain('Nơi nhận:');
    expect(html).not.toContain('Hoàng Văn Chính');
    expect(html).toContain('Dự thảo, chưa ký được');
  });

  it('leaves the signer to write by hand when there is none', () => {
    const html = section({ signature: { on: 'TM. Hội đồng', role: 'Chủ tịch', signer: '' } });
    expect(html).toMatch(/<div class="room"><\/div><div><mark class="fill">\[…\]<\/mark><\/div>/);
  });

  it('goes into the print view as a document of its own, on A4 portrait pages', () => {
    const html = printHtml('Bản in', [{ narrative: sampleNarrative(), name: 'Báo cáo <sơ kết>' }]);
    expect(html).toContain('@page narrative { size: A4 portrait;');
    expect(html).toContain('<section class="document narrative" data-tab="Báo cáo &lt;sơ kết&gt;">');
    expect(html).toContain('<option value="0">Báo cáo &lt;sơ kết&gt;</option>');
  });

  it('leaves the print view without a báo cáo as it was', () => {
    expect(printHtml('Bản in', [])).not.toContain('@page narrative');
  });
});
