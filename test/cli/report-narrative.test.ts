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

  /** The years with figures: those that have begun (a year still to come holds no rows here). */
  const begun = () =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((y) => y <= today.getFullYear());

  it('writes the quota holders’ valid rows against their quota, and each year’s, as the period tab counts them', () => {
    const text = fullText(narrative);
    const [, holders, quota] =
      /Số đề cử hợp lệ của các đơn vị được giao chỉ tiêu là ([\d.]+), bằng [\d,]+\u00a0% chỉ tiêu [^(]*\(([\d.]+)\)/.exec(
        text,
      ) ?? [];
    expect(figure(holders)).toBe(row(1, 'Đề cử hợp lệ (các đơn vị').at(-1));
    expect(figure(quota)).toBe(row(1, 'Tổng chỉ tiêu').at(-1));
    const years = [
      ...text.matchAll(
        /Năm (\d{4}): ([\d.]+) đề cử hợp lệ(?:; đơn vị được giao chỉ tiêu đạt ([\d.]+)\/([\d.]+))?/g,
      ),
    ];
    // One line a year when there are several; a single year is told in the paragraph above.
    expect(years.map((m) => Number(m[1]))).toEqual(begun().length > 1 ? begun() : []);
    for (const [, year, valid, reached, due] of years) {
      const column = yearColumn(Number(year));
      expect(figure(valid)).toBe(row(4, 'Tổng số đề cử hợp lệ')[column]);
      expect(figure(reached)).toBe(row(1, 'Đề cử hợp lệ (các đơn vị')[column]);
      expect(figure(due)).toBe(row(1, 'Tổng chỉ tiêu')[column]);
    }
  });

  it('writes where the models stand, each decision and each year’s units short of quota as the tab does', () => {
    const text = fullText(narrative);
    const stages = [
      ...text.matchAll(/([\d.]+) mô hình (?:đang )?ở khâu ([^,;.]+)/g),
      ...text.matchAll(/([\d.]+) mô hình \([^)]*\) đã đến khâu ([^,;.(]+?)\s*[(.]/g),
    ];
    expect(stages.length).toBeGreaterThan(1);
    for (const [, n, stage] of stages) expect(figure(n)).toBe(row(5, stage).at(-1));
    const decisions = section(4).filter((r) => typeof r[0] === 'number' && Number(r.at(-1)) > 0);
    expect(decisions.length).toBeGreaterThan(0);
    for (const d of decisions) {
      const name = String(d[1]).replace(/ \(kể cả.*$/, '');
      expect(text).toContain(`${name} ${String(d.at(-1)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} (`);
    }
    // The units' lines of section 1 (`valid/quota` a year): who is short each year, by name.
    const units = section(1).filter((r) => /\//.test(String(r[2])));
    const said = [
      ...text.matchAll(
        /Năm (\d{4})(?::|, có) (\d+)\/(\d+) đơn vị hoàn thành chỉ tiêu(?:; chưa hoàn thành: ([^\n]*))?/g,
      ),
    ];
    expect(said.map((m) => Number(m[1]))).toEqual(begun());
    for (const [, year, met, all, list] of said) {
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

  it('gives the field table and the stage table the period tab’s figures, year by year', () => {
    const tables = narrative.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const fields = tables.find((t) => t.headers[1] === 'Lĩnh vực');
    const stages = tables.find((t) => t.headers[1] === 'Khâu');
    expect(fields?.headers.slice(2, -1)).toEqual(begun().map(String));
    expect(stages?.headers.slice(2)).toEqual(begun().map(String));
    const byYear = (r: (string | number)[], inTab: CellValue[]) =>
      begun().forEach((y, i) => expect(r[2 + i]).toBe(inTab[yearColumn(y)]));
    for (const r of fields?.rows ?? []) {
      const inTab = String(r[0]) === '' ? row(2, 'Cộng') : (section(2).find((t) => t[0] === r[0]) ?? []);
      byYear(r, inTab);
      expect(r.at(-1)).toBe(inTab.at(-1));
    }
    for (const r of stages?.rows ?? []) byYear(r, row(5, String(r[1])));
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
      expect(fullText(narrative)).toMatch(
        new RegExp(
          `${reached} mô hình \\([\\d,]+\u00a0%\\) đã đến khâu ${stage} \\(danh sách tại Phụ lục 1 kèm theo\\)\\.`,
        ),
      );
    }
  });
});
