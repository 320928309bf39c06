import { join } from 'node:path';
import type { CellValue } from '../../src/core/cells';
import { XlsxPort } from '../../src/cli/xlsx-port';
import { analyse, periodDocuments } from '../../src/core/jobs/reports';
import type { Block, NarrativeReport } from '../../src/core/narrative/model';

/**
 * Issue 24: the draft báo cáo's figures, read out of its sentences and tables, are the period tab's —
 * for the demo (Ba Bể, 2021–2025, after the period) and the commune example (2026–2030, in its first year).
 */
const CASES = [
  { slug: 'demo', from: 2021, to: 2025, today: new Date(2026, 0, 15) },
  { slug: 'xa-hoa-son', from: 2026, to: 2030, today: new Date(2026, 11, 6) },
] as const;

const blockText = (b: Block): string =>
  b.kind === 'heading'
    ? b.text
    : b.kind === 'paragraph'
      ? b.runs.map((r) => r.text).join('')
      : b.kind === 'list'
        ? b.items.map((i) => i.map((r) => r.text).join('')).join('\n')
        : '';
const fullText = (n: NarrativeReport) => n.blocks.map(blockText).join('\n');
/** “1.109” → 1109. */
const figure = (s: string | undefined) => Number((s ?? 'NaN').replace(/\./g, ''));

describe.each(CASES)('the draft báo cáo of $slug', ({ slug, from, to, today }) => {
  let narrative: NarrativeReport;
  let tab: CellValue[][];
  const section = (n: number) => {
    // A section's heading is “2. Lĩnh vực …”; a field code such as 2.1 is not one.
    const start = tab.findIndex((r) => String(r[0]).startsWith(`${n}. `));
    const end = tab.findIndex((r, i) => i > start && /^\d\. /.test(String(r[0])));
    return tab.slice(start + 1, end < 0 ? undefined : end);
  };
  const yearColumn = (year: number) => 2 + (year - from);
  const row = (n: number, label: string) => section(n).find((r) => String(r[1]).startsWith(label)) ?? [];

  beforeAll(async () => {
    const port = await XlsxPort.open(join(__dirname, '../../examples', `${slug}.xlsx`));
    const { reading, tally } = analyse(port);
    const documents = periodDocuments(reading, tally, from, to, today);
    narrative = documents.narrative;
    tab = documents.tab.values;
  });

  it('has the Decree 30 heading, parts I–V, places to fill for what only people write, and the signature', () => {
    const headings = narrative.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map(blockText);
    expect(headings.map((h) => h.split('.')[0])).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(narrative.title).toBe('BÁO CÁO');
    expect(narrative.number).toMatch(/^Số: .*\/BC-/);
    expect(narrative.signature.role).toBe('CHỦ TỊCH');
    // Part I, and IV and V, are people's to write: each holds a place to fill and no figure.
    for (const part of ['I', 'IV', 'V']) {
      const start = narrative.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(`${part}.`));
      const body = narrative.blocks[start + 1];
      expect(body.kind === 'paragraph' && body.runs.every((r) => r.fill)).toBe(true);
    }
  });

  it('writes the period’s valid rows and models as the period tab counts them', () => {
    const [, valid, models] =
      /có ([\d.]+) đề cử hợp lệ, thuộc ([\d.]+) mô hình/.exec(fullText(narrative)) ?? [];
    expect(figure(valid)).toBe(row(4, 'Tổng số đề cử hợp lệ').at(-1));
    expect(figure(models)).toBe(row(5, 'Tổng số mô hình').at(-1));
  });

  it('writes each year’s valid rows and quota as the period tab counts them', () => {
    const years = [
      ...fullText(narrative).matchAll(/Năm (\d{4}): ([\d.]+) đề cử hợp lệ(?:, chỉ tiêu ([\d.]+))?/g),
    ];
    // The years that have begun: those still to come have no figures yet (and no rows here).
    const begun = Array.from({ length: to - from + 1 }, (_, i) => from + i).filter(
      (y) => y <= today.getFullYear(),
    );
    expect(years.map((m) => Number(m[1]))).toEqual(begun);
    for (const [, year, valid, quota] of years) {
      expect(figure(valid)).toBe(row(4, 'Tổng số đề cử hợp lệ')[yearColumn(Number(year))]);
      if (quota !== undefined) expect(figure(quota)).toBe(row(1, 'Tổng chỉ tiêu')[yearColumn(Number(year))]);
    }
  });

  it('writes where the models stand, each decision and each year’s units short of quota as the tab does', () => {
    const text = fullText(narrative);
    for (const [, n, stage] of text.matchAll(/([\d.]+) mô hình ở khâu ([^,;.]+)/g))
      expect(figure(n)).toBe(row(5, stage).at(-1));
    const decisions = section(4).filter((r) => typeof r[0] === 'number');
    expect(decisions.length).toBeGreaterThan(0);
    for (const d of decisions) {
      const name = String(d[1]).replace(/ \(kể cả.*$/, '');
      expect(text).toContain(`${name} ${String(d.at(-1)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} (`);
    }
    // The units' lines of section 1 (`valid/quota` a year): who is short each year, by name.
    const units = section(1).filter((r) => /\//.test(String(r[2])));
    for (const [, year, met, all, list] of text.matchAll(
      /Năm (\d{4}): (\d+)\/(\d+) đơn vị đạt chỉ tiêu(?:; chưa đạt: ([^\n]*))?/g,
    )) {
      const cells = units.map((r) =>
        String(r[yearColumn(Number(year))])
          .split('/')
          .map(Number),
      );
      expect(Number(all)).toBe(cells.length);
      expect(Number(met)).toBe(cells.filter(([v, q]) => v >= q).length);
      const short = units.filter((_, i) => cells[i][0] < cells[i][1]).map((r) => String(r[1]));
      for (const name of short.slice(0, 40)) expect(list ?? '').toContain(`${name} (thiếu `);
    }
  });

  it('gives the field table and the stage table the period tab’s figures', () => {
    const tables = narrative.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const fields = tables.find((t) => t.headers[1] === 'Lĩnh vực');
    for (const r of fields?.rows ?? []) {
      const inTab = String(r[0]) === '' ? row(2, 'Cộng') : (section(2).find((t) => t[0] === r[0]) ?? []);
      expect(r.slice(2)).toEqual(inTab.slice(2, 2 + r.length - 2));
    }
    const stages = tables.find((t) => t.headers[1] === 'Khâu');
    for (const r of stages?.rows ?? [])
      expect(r.slice(2)).toEqual(row(5, String(r[1])).slice(2, 2 + r.length - 2));
  });

  it('lists every model at the last stage in an annex after the signature, as many as the tab counts', () => {
    // The plan's last stage: the last numbered line of section 5.
    const stages = section(5).filter((r) => typeof r[0] === 'number');
    const stage = String(stages[stages.length - 1][1]);
    const reached = Number(stages[stages.length - 1].at(-1));
    if (reached === 0) expect(narrative.annexes).toEqual([]);
    else {
      expect(narrative.annexes).toHaveLength(1);
      const [annex] = narrative.annexes;
      expect(annex.title).toMatch(/^DANH SÁCH MÔ HÌNH/);
      expect(annex.title).toContain(stage.toUpperCase());
      const list = annex.blocks.find((b) => b.kind === 'table');
      expect(list?.kind === 'table' && list.rows.length).toBe(reached);
      expect(fullText(narrative)).toContain(
        `${reached} mô hình đã đến khâu ${stage} được liệt kê tại Phụ lục 1.`,
      );
    }
  });
});
