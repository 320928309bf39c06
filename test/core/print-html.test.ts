import type { Grid } from '../../src/core/cells';
import { buildPrintView } from '../../src/core/jobs/print-view';
import { analyse, councilDocuments, periodDocuments, runPeriodReport } from '../../src/core/jobs/reports';
import type { GeneratedTab } from '../../src/core/port';
import { DRAFT_MARK } from '../../src/core/reports/draft';
import { escapeHtml } from '../../src/core/reports/html-escape';
import { printHtml } from '../../src/core/reports/print-html';
import { chartSvg } from '../../src/core/reports/svg-chart';
import { MemoryPort } from '../support/memory-port';
import { goodRow, nominationGrid, referenceTabs, type Row } from '../support/workbook';

const TODAY = new Date(2024, 10, 23);
const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';
const HOSTILE = '<script>window.__pwned=1</script>';

function portWith(rows: Row[], edit: (name: string, values: Grid) => Grid = (_, v) => v): MemoryPort {
  return new MemoryPort({
    ...Object.fromEntries(referenceTabs().map((t) => [t.name, edit(t.name, t.values)])),
    'Đề cử': nominationGrid(rows),
  });
}

const rows = [
  goodRow({ [NAME]: HOSTILE, 'Kết quả xét': 'Công nhận' }),
  goodRow({
    [NAME]: '=1+1',
    'Thành tích tóm tắt': 'Nuôi cá & trồng rừng, "thu nhập" 300 triệu đồng mỗi năm.',
  }),
  goodRow({ [NAME]: 'Hộ bà Hà Thị Lan', 'Lĩnh vực': '2.1', 'Tiêu chí đáp ứng': undefined }),
  ...Array.from({ length: 6 }, (_, i) =>
    goodRow({ [NAME]: `Hộ số ${i + 1}`, 'Đơn vị đề nghị': 'CA', 'Giai đoạn': 'Bồi dưỡng' }),
  ),
];

/** The council's documents of 2024 for these rows, as the print view draws them. */
function council(port = portWith(rows)): { tabs: GeneratedTab[]; html: string } {
  const { reading, tally } = analyse(port);
  const tabs = councilDocuments(reading, tally, 2024).generated;
  return {
    tabs,
    html: printHtml(
      'Bản in năm 2024',
      tabs.map((tab) => ({ tab })),
    ),
  };
}

/** Each document's section of the page, in order. */
const sections = (html: string) => html.split('<section class="document"').slice(1);
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the print view: the council’s documents as one HTML page for paper', () => {
  it('shows a cell’s text as text: <script>, =1+1, quotes and ampersands are escaped, never markup', () => {
    const { html } = council();
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(html).not.toContain(HOSTILE);
    // The one script on the page is the toolbar's own (print, and which document to print).
    expect(count(html, '<script')).toBe(1);
    expect(html).toContain('>=1+1<');
    expect(html).toContain('Nuôi cá &amp; trồng rừng, &quot;thu nhập&quot; 300 triệu');
  });

  it('escapes a document’s name wherever it goes (the section, the toolbar’s choice of document)', () => {
    const [tab] = council().tabs;
    const html = printHtml('<b>title</b>', [{ tab: { ...tab, name: '"><img src=x onerror=alert(1)>' } }]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>title');
    expect(html).toContain('data-tab="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('draws one bordered <table> per table of the layout, each with its column headings as the <thead>', () => {
    const { tabs, html } = council();
    const parts = sections(html);
    expect(parts).toHaveLength(tabs.length);
    tabs.forEach((tab, i) => {
      const tables = tab.layout?.tables ?? [];
      expect(tables.length).toBeGreaterThan(0);
      expect(count(parts[i], '<table class="grid')).toBe(tables.length);
      expect(count(parts[i], '<thead>')).toBe(tables.length);
      // Each thead holds that table's first row: its column headings, as <th>.
      const heads = parts[i].split('<thead>').slice(1);
      tables.forEach((area, t) => {
        const headings = tab.values[area.row - 1].slice(area.column - 1, area.column - 1 + area.columns);
        const head = heads[t].slice(0, heads[t].indexOf('</thead>'));
        for (const h of headings.filter((v) => v !== ''))
          expect(head).toContain(`>${escapeHtml(String(h))}</th>`);
      });
    });
  });

  it('puts the letterhead once in each document and starts each document on a new page', () => {
    const { tabs, html } = council();
    for (const part of sections(html)) {
      expect(count(part, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(1);
      expect(count(part, 'Độc lập - Tự do - Hạnh phúc')).toBe(1);
      // The two short rules, each centred under its half of the heading.
      expect(count(part, 'class="rule"><div style="width:')).toBe(2);
    }
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).toContain('.document { break-before: page; }');
    expect(html).toContain('@top-center { content: counter(page);');
    expect(html).toContain('tr { break-inside: avoid; }');
    expect(tabs.map((t) => t.name)).toEqual([
      'Chỉ tiêu 2024',
      'Tổng hợp 2024',
      'Thống kê 2024',
      'Tuyên truyền 2024',
    ]);
  });

  it('keeps a field’s heading with its first row, and the last rows with the total and the signature', () => {
    const { html } = council();
    const list = sections(html)[1];
    // A field heading across the table: no inner lines, kept with the row under it.
    expect(list).toMatch(/<tr class="span keep"><td style="font-weight:bold">I\.<\/td><td colspan="8"/);
    // The list's last rows, the total line and the signature: one table section no page break splits.
    const tail = list.slice(list.indexOf('<tbody class="tail">'));
    // (at least the two rows the layout keeps with the total, never the whole list)
    expect(tail.split('<tr class="keep"><td style="text-align:center">').length - 1).toBeGreaterThanOrEqual(
      2,
    );
    expect(tail).not.toContain('<td style="text-align:center">1</td>');
    expect(tail).toContain('>7</td>');
    expect(tail).toContain('>8</td>');
    expect(tail).toContain('Tổng cộng: 8 mô hình');
    expect(tail).toContain('CHỦ TỊCH');
    expect(council().html).toContain('.grid tbody.tail, .grid.whole { break-inside: avoid; }');
  });

  it('shows the draft mark and no signature when the plan has errors', () => {
    const brokenUnits = (name: string, values: Grid) =>
      name === 'Đơn vị'
        ? values.map((r) =>
            r[0] === 'X02' ? r.map((c, j) => (values[0][j] === 'Chỉ tiêu/năm' ? 'mười' : c)) : r,
          )
        : values;
    const { html } = council(portWith(rows, brokenUnits));
    for (const part of sections(html)) {
      expect(part).toContain(`class="draft"`);
      expect(part).toContain(`>${DRAFT_MARK}</td>`);
      expect(part).toContain('Dự thảo, chưa ký được');
      expect(part).not.toContain('CHỦ TỊCH');
    }
  });

  it('draws the period report’s two charts under its letterhead, as inline SVG with Vietnamese titles and axes', () => {
    const port = portWith(rows);
    const { reading, tally } = analyse(port);
    const period = periodDocuments(reading, tally, 2021, 2025, TODAY);
    const html = printHtml('Bản in', [{ tab: period.tab, charts: period.charts }, { tab: period.models }]);
    const [report, models] = sections(html);
    expect(count(report, '<svg class="chart"')).toBe(2);
    expect(count(models, '<svg')).toBe(0);
    expect(report).toContain('Đề cử hợp lệ so với chỉ tiêu, theo năm');
    expect(report).toContain('Mô hình theo khâu đạt được, theo năm');
    expect(report).toContain('>Năm</text>');
    expect(report).toContain('>Số đề cử</text>');
    expect(report).toContain('>Số mô hình</text>');
    // Under the letterhead, before the first table.
    expect(report.indexOf('<svg')).toBeGreaterThan(report.indexOf('BÁO CÁO TỔNG KẾT'));
    expect(report.indexOf('<svg')).toBeLessThan(report.indexOf('<table class="grid'));
  });

  it('charts the same figures as the report’s tables: valid rows against the quota, models at each stage', () => {
    const port = portWith(rows);
    const { reading, tally } = analyse(port);
    const { charts, period } = periodDocuments(reading, tally, 2023, 2024, TODAY);
    const tracked = period.models;
    const [quota, stages] = charts;
    if (quota.kind !== 'bars-with-line' || stages.kind !== 'stacked') throw new Error('chart kinds');
    expect(quota.categories).toEqual(['2023', '2024']);
    expect(quota.bars.values).toEqual([0, rows.length - 1]);
    // The quotas of the preset's 34 holders: ten a commune, five a sector, three an agency or association.
    expect(quota.line.values[0]).toBe(quota.line.values[1]);
    expect(quota.line.values[1]).toBeGreaterThan(100);
    const totals = stages.categories.map((_, i) => stages.series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
    expect(totals).toEqual([0, tracked.length]);
    expect(stages.series.map((s) => s.label)).toEqual(reading.plan.stages);
  });

  it('escapes a chart’s title, labels and categories', () => {
    const svg = chartSvg(
      {
        kind: 'stacked',
        title: HOSTILE,
        categories: ['<b>2024</b>'],
        xTitle: 'Năm & "quý"',
        yTitle: 'Số',
        series: [{ label: '<img src=x>', values: [3] }],
      },
      'x"y',
    );
    expect(svg).not.toMatch(/<script|<b>|<img/);
    expect(svg).toContain(escapeHtml(HOSTILE));
    expect(svg).toContain('Năm &amp; &quot;quý&quot;');
    expect(svg).toContain('id="hatch-x_y"');
  });

  it('in Sheets, holds the review year’s documents and each period report the workbook already has, built now', () => {
    const port = portWith(rows);
    const config = port.tabs.get('Cấu hình') ?? [];
    config.forEach((r) => (r[0] === 'Năm xét' ? (r[1] = 2024) : null));
    expect(buildPrintView(port, TODAY).documents).toEqual([
      'Chỉ tiêu 2024',
      'Tổng hợp 2024',
      'Thống kê 2024',
      'Tuyên truyền 2024',
    ]);
    runPeriodReport(port, TODAY, { from: 2023, to: 2024 });
    const writes = port.writes.length;
    const view = buildPrintView(port, TODAY);
    expect(view.documents.slice(4)).toEqual([
      'Sơ kết 2023-2024',
      'Theo dõi mô hình 2023-2024',
      'Dự thảo báo cáo sơ kết 2023-2024',
    ]);
    // The report's two charts, and the same two in the draft báo cáo.
    expect(count(view.html, '<svg class="chart"')).toBe(4);
    // The view writes nothing.
    expect(port.writes.length).toBe(writes);
  });
});
