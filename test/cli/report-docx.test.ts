import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseArgs } from '../../src/cli/args';
import { report } from '../../src/cli/commands/consolidate';
import { narrativeDocx } from '../../src/cli/docx/write-docx';
import { UsageError } from '../../src/cli/usage-error';
import { DRAFT_MARK } from '../../src/core/reports/draft';
import { SAMPLE_DRAFT, sampleNarrative } from '../support/narrative-sample';
import { tempDir } from '../support/run-cli';

const DEMO = join(__dirname, '..', '..', 'examples', 'demo.xlsx');

/** A .docx's parts: its main text (document.xml, tags and all), styles, headers and pictures. */
async function parts(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return {
    document: await text('word/document.xml'),
    styles: await text('word/styles.xml'),
    headers: (
      await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /header\d+\.xml$/.test(f))
          .map(text),
      )
    ).join(''),
    media: Object.keys(zip.files).filter((f) => f.startsWith('word/media/')),
  };
}

describe('the báo cáo as a .docx', () => {
  it('is an A4 portrait page with Decree 30’s margins, in Times New Roman 14 pt', async () => {
    const { document, styles } = await parts(await narrativeDocx(sampleNarrative()));
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    // top and bottom 20 mm, left 30 mm, right 15 mm, in twips
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
  });

  it('has the heading, the title, every part, the places to fill and the signature', async () => {
    const sample = sampleNarrative();
    sample.blocks.push({ kind: 'paragraph', runs: [{ text: 'Ghi chú <script>alert(1)</script> & “x”' }] });
    const { document } = await parts(await narrativeDocx(sample));
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN HUYỆN BA BỂ',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'Số: ……/BC-HĐTĐKT',
      'Ba Bể, ngày ..... tháng ..... năm ..........',
      'BÁO CÁO',
      'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI',
      'V. KIẾN NGHỊ, ĐỀ XUẤT',
      '[Việc ban hành kế hoạch, hướng dẫn, tuyên truyền]',
      '[…]',
      '1.105',
      'Nơi nhận:',
      '- Thường trực Huyện ủy;',
      'TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'CHỦ TỊCH',
      'Hoàng Văn Chính',
    ])
      expect(document).toContain(text);
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(document).toContain('<w:highlight w:val="yellow"/>');
    expect(document).not.toContain(DRAFT_MARK);
  });

  it('numbers its pages in the header from the second page', async () => {
    const { document, headers } = await parts(await narrativeDocx(sampleNarrative()));
    expect(document).toContain('<w:titlePg/>');
    expect(headers).toContain('PAGE');
  });

  it('holds each chart as an SVG with a PNG for the word processors that draw no SVG', async () => {
    const bytes = await narrativeDocx(sampleNarrative());
    const { document, media } = await parts(bytes);
    expect(media.filter((m) => m.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(2);
    expect(document.match(/asvg:svgBlip/g)).toHaveLength(2);
    const zip = await JSZip.loadAsync(bytes);
    const png = await zip.file(media.find((m) => m.endsWith('.png')) as string)!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1800);
  });

  it('marks a draft where the number is and has no signature, only the reason', async () => {
    const { document } = await parts(await narrativeDocx(sampleNarrative({ draft: SAMPLE_DRAFT })));
    expect(document).toContain(DRAFT_MARK);
    expect(document).toContain('w:fill="EA9999"');
    expect(document).toContain('Dự thảo, chưa ký được');
    expect(document).not.toContain('Nơi nhận:');
    expect(document).not.toContain('Số: ……/BC-HĐTĐKT');
  });
});

describe('report --docx', () => {
  it('is an option of report only', () => {
    expect(parseArgs(['report', 'F.xlsx', '--docx', 'bc.docx']).docx).toBe('bc.docx');
    expect(() => parseArgs(['consolidate', 'F.xlsx', '--docx', 'bc.docx'])).toThrow(UsageError);
  });

  it('wants a new .docx, checked before any work', async () => {
    const dir = tempDir();
    await expect(report(parseArgs(['report', DEMO, '--docx', join(dir, 'bc.doc')]))).rejects.toThrow(
      /--docx phải là tệp \.docx/,
    );
    await expect(report(parseArgs(['report', DEMO, '--docx', join(dir, 'no', 'bc.docx')]))).rejects.toThrow(
      /Không có thư mục/,
    );
  });

  it('writes the composed báo cáo, and only it when no --out is given', async () => {
    const dir = tempDir();
    const file = join(dir, 'bao-cao.docx');
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let code: number;
    try {
      code = await report(parseArgs(['report', DEMO, '--docx', file]));
    } finally {
      write.mockRestore();
    }
    expect(code).toBe(0);
    const { document } = await parts(readFileSync(file));
    expect(document).toMatch(/(Sơ|Tổng) kết công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng/);
    expect(readdirSync(dir)).toEqual(['bao-cao.docx']);
  });
});
