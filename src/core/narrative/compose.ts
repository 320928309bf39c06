import { FLAG_LABEL } from '../models/paths';
import type { Plan } from '../plan/types';
import type { Draft } from '../reports/draft';
import { periodTitle } from '../reports/period-tab';
import type { Chart } from '../reports/svg-chart';
import type { PeriodTally } from '../tally/period';
import type { YearTally } from '../tally/year';
import { count, percent, ratio } from './figures';
import type { Annex, Block, NarrativeReport, Run } from './model';

/**
 * The báo cáo sơ kết / tổng kết as the council writes it, drafted from the period's tally: part II and
 * the figures of part III in plain Vietnamese, every number read from the same PeriodTally the period
 * tab shows; what only people can write (part I, the judgement in III, IV, V) left as places to fill.
 */

const text = (t: string): Run => ({ text: t });
const fill = (t: string): Run => ({ text: t, fill: true });
const paragraph = (...runs: Run[]): Block => ({ kind: 'paragraph', runs });
const heading = (level: 1 | 2, t: string): Block => ({ kind: 'heading', level, text: t });
/** A list as administrative texts punctuate it: each item ends with “;”, the last with “.”. */
const list = (items: string[]): Block => ({
  kind: 'list',
  items: items.map((item, i) => [text(`${item}${i === items.length - 1 ? '.' : ';'}`)]),
});
const capitalised = (t: string) => t[0].toUpperCase() + t.slice(1);

/** The name the draft goes by beside the period tab it is written from: “Dự thảo báo cáo tổng kết 2021-2025”. */
export function narrativeName(periodTabName: string): string {
  return `Dự thảo báo cáo ${periodTabName.toLowerCase()}`;
}

/** “toàn huyện”, “toàn xã”, “toàn tỉnh”…: the area the issuing body governs, read from its name. */
export function wholeArea(plan: Plan): string {
  // Word edges by letters, not \b, which knows no Vietnamese letter (“xã” would never match).
  const level = /(?<!\p{L})(thành phố|thị xã|thị trấn|huyện|quận|tỉnh|xã|phường|đặc khu)(?!\p{L})/iu.exec(
    `${plan.organization} ${plan.council}`,
  );
  return level ? `toàn ${level[1].toLowerCase()}` : 'toàn địa bàn';
}

/** “A, B và C”; more than `max` names end “… và N đơn vị khác”. */
function joinNames(names: string[], max = 12): string {
  if (names.length > max) return `${names.slice(0, max).join(', ')} và ${names.length - max} đơn vị khác`;
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

const span = (from: number, to: number) => (from === to ? `năm ${from}` : `giai đoạn ${from} – ${to}`);

interface Context {
  plan: Plan;
  period: PeriodTally;
  /** The years with figures (period.begun): their quotas are due. */
  due: YearTally[];
  /** What the due years are called in a sentence: “năm 2026”, “giai đoạn 2021 – 2025”, “từ năm 2025 đến nay”. */
  dueSpan: string;
  area: string;
  lastStage: number;
  /** The quota holders' valid rows and quotas over the due years. */
  quotaValid: number;
  quotaTotal: number;
}

function context(plan: Plan, period: PeriodTally): Context {
  const due = period.begun;
  const first = due[0]?.year ?? period.from;
  const last = due[due.length - 1]?.year ?? period.from;
  const running = period.to > period.currentYear;
  return {
    plan,
    period,
    due,
    dueSpan: first === last ? `năm ${first}` : running ? `từ năm ${first} đến nay` : span(first, last),
    area: wholeArea(plan),
    lastStage: plan.stages.length - 1,
    quotaValid: due.reduce((n, t) => n + t.quotaValid, 0),
    quotaTotal: due.reduce((n, t) => n + t.quotaTotal, 0),
  };
}

/** The years of the tables: those with figures. */
const yearHeaders = (due: YearTally[]) => due.map((t) => String(t.year));

/** 1. Models found: valid rows, the share of the quota, subjects, fields, year by year. */
function found(c: Context, charts: Chart[]): Block[] {
  const { plan, period, due } = c;
  const valid = period.valid.length;
  const failed = period.rows - valid;
  const subjects = plan.subjects
    .map((s) => ({ name: s.name.toLowerCase(), n: period.valid.filter((r) => r.subject === s.code).length }))
    .filter((s) => s.n > 0)
    .map((s) => `${s.name} ${count(s.n)}`);
  const ofQuota =
    c.quotaTotal > 0
      ? ` Số đề cử hợp lệ của các đơn vị được giao chỉ tiêu là ${count(c.quotaValid)}, bằng ` +
        `${percent(c.quotaValid, c.quotaTotal)} chỉ tiêu ${c.dueSpan} (${count(c.quotaTotal)}).`
      : '';
  const blocks: Block[] = [
    heading(2, '1. Kết quả phát hiện, đề xuất mô hình, gương điển hình tiên tiến'),
    paragraph(
      text(
        (valid === 0
          ? `${capitalised(c.dueSpan)}, ${c.area} chưa có đề cử hợp lệ nào.`
          : `${capitalised(c.dueSpan)}, ${c.area} có ${count(valid)} đề cử hợp lệ, thuộc ` +
            `${count(period.models.length)} mô hình, gương điển hình tiên tiến` +
            (subjects.length ? ` (trong đó: ${subjects.join(', ')})` : '') +
            '.') +
          ofQuota +
          (failed > 0 ? ` Ngoài ra có ${count(failed)} dòng đề cử có lỗi, chưa được tính.` : ''),
      ),
    ),
  ];
  if (due.length > 1)
    blocks.push(
      list(
        due.map(
          (t) =>
            `Năm ${t.year}: ${count(t.valid.length)} đề cử hợp lệ` +
            (t.quotaTotal > 0
              ? `; đơn vị được giao chỉ tiêu đạt ${ratio(t.quotaValid, t.quotaTotal)} ` +
                `(${percent(t.quotaValid, t.quotaTotal)})`
              : ''),
        ),
      ),
    );
  const byField = plan.fields
    .map((f) => ({ f, n: period.valid.filter((r) => r.field === f.code).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const named = (x: (typeof byField)[number]) => `“${x.f.name}” (${count(x.n)} đề cử)`;
  if (byField.length > 0)
    blocks.push(
      paragraph(
        text(
          `Theo lĩnh vực, đề cử tập trung nhiều nhất ở ${byField.length > 1 ? 'các lĩnh vực' : 'lĩnh vực'} ` +
            joinNames(byField.slice(0, 3).map(named)) +
            (byField.length > 3 ? `; ít nhất là lĩnh vực ${named(byField[byField.length - 1])}` : '') +
            '. Số đề cử hợp lệ theo lĩnh vực và năm:',
        ),
      ),
      {
        kind: 'table',
        headers: ['Mã', 'Lĩnh vực', ...yearHeaders(due), 'Cộng'],
        rows: [
          ...plan.fields.map((f) => {
            const cells = due.map((t) => t.valid.filter((r) => r.field === f.code).length);
            return [f.code, f.name, ...cells, cells.reduce((a, b) => a + b, 0)];
          }),
          ['', 'Cộng', ...due.map((t) => t.valid.length), valid],
        ],
        totalRow: true,
      },
    );
  const quotaChart = charts.find((chart) => chart.kind === 'bars-with-line');
  if (quotaChart && c.quotaTotal > 0) blocks.push({ kind: 'chart', chart: quotaChart });
  return blocks;
}

/** 2. Fostered, summed up, replicated: where the models stand at the end of the range. */
function stages(c: Context, charts: Chart[]): Block[] {
  const { plan, period, lastStage, due } = c;
  const { models } = period;
  const asOf = period.to > period.currentYear ? 'Đến nay' : `Đến cuối năm ${period.to}`;
  const blocks: Block[] = [heading(2, '2. Kết quả bồi dưỡng, tổng kết, nhân rộng')];
  if (models.length === 0 || lastStage < 0) {
    blocks.push(
      paragraph(
        text(
          models.length === 0
            ? `${asOf}, chưa có mô hình nào.`
            : `${asOf}, có ${count(models.length)} mô hình; kế hoạch không chia khâu.`,
        ),
      ),
    );
    return blocks;
  }
  const at = (s: number) => period.atStage(s, period.to);
  const before = plan.stages
    .slice(0, lastStage)
    .map((stage, s) => `${count(at(s))} mô hình ${s === 0 ? 'đang ' : ''}ở khâu ${stage}`);
  const unstaged = at(-1);
  const reached = at(lastStage);
  blocks.push(
    paragraph(
      text(
        `${asOf}, trong tổng số ${count(models.length)} mô hình có ` +
          [...before, ...(unstaged > 0 ? [`${count(unstaged)} mô hình chưa ghi khâu`] : [])].join(', ') +
          (before.length || unstaged > 0 ? '; ' : '') +
          `${count(reached)} mô hình (${percent(reached, models.length)}) đã đến khâu ${plan.stages[lastStage]}` +
          (reached > 0 ? ' (danh sách tại Phụ lục 1 kèm theo).' : '.'),
      ),
    ),
    {
      kind: 'table',
      headers: ['STT', 'Khâu', ...yearHeaders(due)],
      rows: [
        ...plan.stages.map((stage, s) => [s + 1, stage, ...due.map((t) => period.atStage(s, t.year))]),
        ...(due.some((t) => period.atStage(-1, t.year) > 0)
          ? [['', 'Chưa ghi khâu', ...due.map((t) => period.atStage(-1, t.year))]]
          : []),
        ['', 'Tổng số mô hình', ...due.map((t) => period.modelsBy(t.year))],
      ],
      totalRow: true,
    },
  );
  const stageChart = charts.find((chart) => chart.kind === 'stacked');
  if (stageChart) blocks.push({ kind: 'chart', chart: stageChart });
  return blocks;
}

/** Phụ lục 1: every model that reached the last stage, by unit, with the year it got there. */
function replicatedAnnex({ plan, period, lastStage }: Context): Annex[] {
  if (lastStage < 0) return [];
  const stage = plan.stages[lastStage];
  const replicated = period.models.filter((m) => period.stageAt(m, period.to) === lastStage);
  if (replicated.length === 0) return [];
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  return [
    {
      title: `DANH SÁCH MÔ HÌNH, GƯƠNG ĐIỂN HÌNH ĐÃ ĐẾN KHÂU ${stage.toUpperCase()} ${span(period.from, period.to).toUpperCase()}`,
      blocks: [
        {
          kind: 'table',
          headers: ['STT', 'Mô hình, gương điển hình', 'Đơn vị', 'Năm'],
          rows: replicated.map((m, i) => [
            i + 1,
            m.model.name,
            unitName.get(m.model.unit) ?? m.model.unit,
            String(m.rows.find((r) => r.stage === stage)?.year ?? ''),
          ]),
        },
      ],
    },
  ];
}

/** 3. The council's decisions, and what went to the propagation list. */
function decisions({ plan, period }: Context): Block[] {
  const valid = period.valid.length;
  const names = [...new Set(period.byYear.flatMap((t) => t.decisions.map((d) => d.name)))];
  const totals = names
    .map((name) => {
      const lines = period.byYear.flatMap((t) => t.decisions.filter((d) => d.name === name));
      return {
        name,
        n: lines.reduce((s, d) => s + d.count, 0),
        blank: lines.reduce((s, d) => s + d.blank, 0),
      };
    })
    .filter((d) => d.n > 0);
  const recognised = period.byYear.reduce((n, t) => n + t.recognised.length, 0);
  const recipient = plan.propagationRecipient || 'cơ quan tuyên truyền';
  return [
    heading(2, '3. Kết quả xét, công nhận của Hội đồng'),
    paragraph(
      text(
        valid === 0
          ? 'Chưa có đề cử hợp lệ nào để Hội đồng xét.'
          : `Trong ${count(valid)} đề cử hợp lệ: ` +
              totals
                .map(
                  (d) =>
                    `${d.name} ${count(d.n)} (${percent(d.n, valid)})` +
                    (d.blank > 0 ? `, trong đó ${count(d.blank)} đề cử chưa ghi kết quả xét` : ''),
                )
                .join('; ') +
              '.',
      ),
    ),
    // What the tool knows: what the council recognised, and that the list for propagation is made of
    // it. Whether and when it was sent, and what came of it, people write.
    recognised > 0
      ? paragraph(
          text(
            `Có ${count(recognised)} lượt mô hình, gương điển hình được Hội đồng công nhận và đưa vào danh sách ` +
              'tuyên truyền, nhân rộng hằng năm. ',
          ),
          fill(`Việc gửi danh sách cho ${recipient} và kết quả tuyên truyền, nhân rộng`),
        )
      : paragraph(text('Chưa có mô hình, gương điển hình nào được Hội đồng công nhận.')),
  ];
}

/** “A (thiếu 1), B (thiếu 2)”: the units short of quota in a year, with their shortfall. */
function shortOf(t: YearTally, max: number): string {
  return joinNames(
    t.quotas.lines.filter((l) => !l.met).map((l) => `${l.name} (thiếu ${count(l.shortfall)})`),
    max,
  );
}

const metIn = (t: YearTally) => t.quotas.lines.filter((l) => l.met).length;

/** 4. Quotas: who met theirs every year, and who fell short in which year. */
function quotas({ due }: Context): Block[] {
  const blocks: Block[] = [heading(2, '4. Thực hiện chỉ tiêu của các đơn vị')];
  const holders = due[0]?.quotas.lines.length ?? 0;
  if (holders === 0) {
    blocks.push(paragraph(text('Chưa có đơn vị nào được giao chỉ tiêu.')));
    return blocks;
  }
  if (due.length === 1) {
    const [t] = due;
    const met = metIn(t);
    blocks.push(
      paragraph(
        text(
          `Năm ${t.year}, có ${ratio(met, holders)} đơn vị hoàn thành chỉ tiêu` +
            (met < holders ? `; chưa hoàn thành: ${shortOf(t, 40)}.` : '.'),
        ),
      ),
    );
    return blocks;
  }
  // Quotas are the same every year, so every holder has one in each year of the range.
  const missed = new Map<string, { name: string; years: number }>();
  for (const t of due)
    for (const l of t.quotas.lines)
      if (!l.met) missed.set(l.code, { name: l.name, years: (missed.get(l.code)?.years ?? 0) + 1 });
  const short = [...missed.values()].sort((a, b) => b.years - a.years);
  blocks.push(
    paragraph(
      text(
        `Có ${ratio(holders - short.length, holders)} đơn vị hoàn thành chỉ tiêu cả ${due.length} năm` +
          (short.length
            ? `; chưa hoàn thành ít nhất một năm: ${joinNames(
                short.map((h) => `${h.name} (chưa đạt ${h.years}/${due.length} năm)`),
                20,
              )}.`
            : '.'),
      ),
    ),
    list(
      due.map((t) => {
        const met = metIn(t);
        return (
          `Năm ${t.year}: ${ratio(met, t.quotas.lines.length)} đơn vị hoàn thành chỉ tiêu` +
          (met < t.quotas.lines.length ? `; chưa hoàn thành: ${shortOf(t, 40)}` : '')
        );
      }),
    ),
  );
  return blocks;
}

/** 5. Units' own plans (when the workbook follows them): received, or not yet. */
function unitPlans({ plan, due }: Context): Block[] {
  const tracked = due.filter((t) => t.plans !== null && t.plans.length > 0);
  const blocks: Block[] = [heading(2, '5. Kế hoạch của các đơn vị')];
  if (tracked.length === 0) {
    blocks.push(
      paragraph(fill('Tình hình các đơn vị xây dựng, gửi kế hoạch giai đoạn và kế hoạch hằng năm')),
    );
    return blocks;
  }
  const received = (names: string[], of: number) =>
    `${ratio(of - names.length, of)} đơn vị` +
    (names.length ? `; chưa nhận được của: ${joinNames(names, 20)}` : '');
  const last = tracked[tracked.length - 1].plans ?? [];
  const range = plan.period ? ` ${span(plan.period.from, plan.period.to)}` : '';
  blocks.push(
    list([
      `Đã nhận kế hoạch${range} của ${received(
        last.filter((l) => l.plans.period.status !== 'received').map((l) => l.name),
        last.length,
      )}`,
      ...tracked.map((t) => {
        const lines = t.plans ?? [];
        return `Kế hoạch năm ${t.year}: đã nhận của ${received(
          lines.filter((l) => l.plans.year.status !== 'received').map((l) => l.name),
          lines.length,
        )}`;
      }),
    ]),
  );
  return blocks;
}

/** III: the figures people judge by, each where it belongs, then room for their judgement. */
function assessment(c: Context): Block[] {
  const { plan, period, due, lastStage } = c;
  const met = due.reduce((n, t) => n + metIn(t), 0);
  const lines = due.reduce((n, t) => n + t.quotas.lines.length, 0);
  const reached = lastStage >= 0 ? period.atStage(lastStage, period.to) : 0;
  const failed = period.rows - period.valid.length;
  const share = c.quotaTotal > 0 ? percent(c.quotaValid, c.quotaTotal) : null;
  const strengths = [
    ...(share && c.quotaValid >= c.quotaTotal
      ? [`Số đề cử hợp lệ của các đơn vị được giao chỉ tiêu đạt ${share} chỉ tiêu ${c.dueSpan}`]
      : []),
    ...(lines > 0 && met === lines ? [`Tất cả các đơn vị hoàn thành chỉ tiêu ${c.dueSpan}`] : []),
    ...(reached > 0 ? [`${count(reached)} mô hình đã đến khâu ${plan.stages[lastStage]}`] : []),
  ];
  const weaknesses = [
    ...(share && c.quotaValid < c.quotaTotal
      ? [`Số đề cử hợp lệ của các đơn vị được giao chỉ tiêu mới đạt ${share} chỉ tiêu ${c.dueSpan}`]
      : []),
    ...(lines > met
      ? [
          `Tính theo từng năm, còn ${ratio(lines - met, lines)} lượt đơn vị chưa hoàn thành chỉ tiêu (mục II.4)`,
        ]
      : []),
    ...(failed > 0 ? [`${count(failed)} dòng đề cử có lỗi, chưa được tính`] : []),
    ...Object.values(FLAG_LABEL)
      .map((label) => ({ label, n: period.models.filter((m) => m.flags.includes(label)).length }))
      .filter((x) => x.n > 0)
      .map((x) => `${count(x.n)} mô hình có cảnh báo “${x.label}”`),
  ];
  return [
    heading(1, 'III. ĐÁNH GIÁ CHUNG'),
    heading(2, '1. Ưu điểm'),
    ...(strengths.length ? [list(strengths)] : []),
    paragraph(fill('Những ưu điểm khác')),
    heading(2, '2. Tồn tại, hạn chế'),
    ...(weaknesses.length ? [list(weaknesses)] : []),
    paragraph(fill('Những tồn tại, hạn chế khác')),
    heading(2, '3. Nguyên nhân'),
    paragraph(fill('Nguyên nhân khách quan, chủ quan')),
  ];
}

/**
 * The draft báo cáo of a period: the Decree 30 heading, parts I–V and the signature, from the tally
 * (`period`) and the period report's two pictures (`charts`).
 */
export function composeNarrative(
  plan: Plan,
  period: PeriodTally,
  charts: Chart[],
  draft: Draft | null,
): NarrativeReport {
  const { from, to } = period;
  const kind = periodTitle(plan, from, to, period.currentYear).toLowerCase();
  const c = context(plan, period);
  const planPeriod = plan.period ? ` ${span(plan.period.from, plan.period.to)}` : '';
  const blocks: Block[] = [
    paragraph(
      text('Thực hiện Kế hoạch số '),
      fill('số, ngày ban hành'),
      text(
        ` của ${plan.organization || plan.council} về việc phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình ` +
          `tiên tiến${planPeriod}, ${plan.council} báo cáo ${kind} ${span(from, to)} như sau:`,
      ),
    ),
    heading(1, 'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI'),
    paragraph(
      fill(
        'Việc ban hành kế hoạch, văn bản hướng dẫn; tuyên truyền, quán triệt; phát động phong trào; kiểm tra, đôn đốc các đơn vị thực hiện',
      ),
    ),
    heading(1, 'II. KẾT QUẢ THỰC HIỆN'),
    ...found(c, charts),
    ...stages(c, charts),
    ...decisions(c),
    ...quotas(c),
    ...unitPlans(c),
    ...assessment(c),
    heading(1, 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ'),
    paragraph(fill('Phương hướng, nhiệm vụ, giải pháp trong thời gian tới')),
    heading(1, 'V. KIẾN NGHỊ, ĐỀ XUẤT'),
    paragraph(fill('Kiến nghị, đề xuất với cấp trên')),
    paragraph(text(`Trên đây là báo cáo ${kind} ${span(from, to)} của ${plan.council}./.`)),
  ];
  return {
    organization: plan.organization,
    council: plan.council,
    place: plan.place,
    // The usual initials of an emulation council; another body's are left for the office to write.
    number: `Số:        /BC-${/^Hội đồng Thi đua/i.test(plan.council) ? 'HĐTĐKT' : ''}`,
    title: 'BÁO CÁO',
    subtitle: `${capitalised(kind)} công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến ${span(from, to)}`,
    blocks,
    annexes: replicatedAnnex(c),
    signature: { on: `TM. ${plan.council.toUpperCase()}`, role: 'CHỦ TỊCH', signer: plan.signer },
    recipients: [
      ...(plan.organization ? [`${plan.organization} (để báo cáo)`] : []),
      'Các thành viên Hội đồng',
      'Các đơn vị được giao chỉ tiêu',
    ],
    draft,
  };
}
