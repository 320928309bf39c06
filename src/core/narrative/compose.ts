import { FLAG_LABEL } from '../models/paths';
import type { Plan } from '../plan/types';
import type { Draft } from '../reports/draft';
import { periodTitle } from '../reports/period-tab';
import type { Chart } from '../reports/svg-chart';
import { stageAtEndOf } from '../tally/models';
import type { PeriodTally } from '../tally/period';
import type { QuotaLine } from '../tally/quotas';
import { count, percent, ratio } from './figures';
import type { Block, NarrativeReport, Run } from './model';

/**
 * The báo cáo sơ kết / tổng kết as the council writes it, drafted from the period's tally: part II and
 * the figures of part III in plain Vietnamese, every number read from the same PeriodTally the period
 * tab shows; what only people can write (part I, the judgement in III, IV, V) left as places to fill.
 */

const text = (t: string): Run => ({ text: t });
const fill = (t: string): Run => ({ text: t, fill: true });
const paragraph = (...runs: Run[]): Block => ({ kind: 'paragraph', runs });
const heading = (level: 1 | 2, t: string): Block => ({ kind: 'heading', level, text: t });
const list = (items: string[]): Block => ({ kind: 'list', items: items.map((i) => [text(i)]) });

/** “toàn huyện”, “toàn xã”, “toàn tỉnh”…: the area the issuing body governs, read from its name. */
export function wholeArea(plan: Plan): string {
  const level = /\b(thành phố|thị xã|thị trấn|huyện|quận|tỉnh|xã|phường|đặc khu)\b/iu.exec(
    `${plan.organization} ${plan.council}`,
  );
  return level ? `toàn ${level[1].toLowerCase()}` : 'toàn địa bàn';
}

/** “A, B và C”; more than `max` names end “… và N đơn vị khác”. */
export function joinNames(names: string[], max = 12): string {
  if (names.length > max) return `${names.slice(0, max).join(', ')} và ${names.length - max} đơn vị khác`;
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

const span = (from: number, to: number) => (from === to ? `năm ${from}` : `giai đoạn ${from} – ${to}`);

/** How part II opens: “Giai đoạn 2021 – 2025”, or “Từ năm 2026 đến nay” while the period runs. */
function sinceStart({ from, to, currentYear }: PeriodTally): string {
  if (to > currentYear && from < currentYear) return `Từ năm ${from} đến nay`;
  const text = span(from, Math.min(to, Math.max(from, currentYear)));
  return text[0].toUpperCase() + text.slice(1);
}

interface Context {
  plan: Plan;
  period: PeriodTally;
  /** The years that have begun: their quotas are due. */
  due: PeriodTally['byYear'];
  area: string;
  lastStage: number;
}

function partOne(): Block[] {
  return [
    heading(1, 'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI'),
    paragraph(
      fill(
        'Việc ban hành kế hoạch, văn bản hướng dẫn; tuyên truyền, quán triệt; phát động phong trào; kiểm tra, đôn đốc các đơn vị thực hiện',
      ),
    ),
  ];
}

/** 1. Models found: valid rows, quotas, subjects, fields, year by year. */
function found({ plan, period, due, area }: Context, charts: Chart[]): Block[] {
  const valid = period.valid.length;
  const failed = period.rows - valid;
  const quota = due.reduce((n, t) => n + t.quotas.lines.reduce((s, l) => s + l.quota, 0), 0);
  const dueValid = due.reduce((n, t) => n + t.valid.length, 0);
  const ofQuota =
    quota > 0
      ? `, bằng ${percent(dueValid, quota)} tổng chỉ tiêu ${due.length < period.years.length ? 'của các năm đã qua' : 'của giai đoạn'} (${count(quota)})`
      : '';
  const subjects = plan.subjects
    .map((s) => ({ name: s.name.toLowerCase(), n: period.valid.filter((r) => r.subject === s.code).length }))
    .filter((s) => s.n > 0)
    .map((s) => `${s.name} ${count(s.n)}`);
  const byField = plan.fields
    .map((f) => ({ f, n: period.valid.filter((r) => r.field === f.code).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const fieldName = (x: (typeof byField)[number]) => `${x.f.code}. ${x.f.name} (${count(x.n)})`;
  const blocks: Block[] = [
    heading(2, '1. Kết quả phát hiện, đề xuất mô hình, gương điển hình tiên tiến'),
    paragraph(
      text(
        `${sinceStart(period)}, ${area} có ${count(valid)} đề cử hợp lệ, ` +
          `thuộc ${count(period.models.length)} mô hình, gương điển hình tiên tiến${ofQuota}.` +
          (subjects.length ? ` Trong đó: ${subjects.join(', ')}.` : '') +
          (failed > 0 ? ` Ngoài ra có ${count(failed)} dòng đề cử có lỗi, chưa được tính.` : ''),
      ),
    ),
    list(
      // A year still to come is left out, unless rows were already written for it.
      period.byYear
        .filter((t) => due.includes(t) || t.rows > 0)
        .map((t) => {
          const yearQuota = t.quotas.lines.reduce((s, l) => s + l.quota, 0);
          const isDue = due.includes(t);
          return (
            `Năm ${t.year}: ${count(t.valid.length)} đề cử hợp lệ` +
            (isDue && yearQuota > 0
              ? `, chỉ tiêu ${count(yearQuota)} (đạt ${percent(t.valid.length, yearQuota)});`
              : isDue
                ? ';'
                : ' (năm chưa đến, chưa tính chỉ tiêu);')
          );
        }),
    ),
  ];
  if (byField.length > 0)
    blocks.push(
      paragraph(
        text(
          `Theo lĩnh vực, nhiều nhất là ${joinNames(byField.slice(0, 3).map(fieldName))}` +
            (byField.length > 3 ? `; ít nhất là ${fieldName(byField[byField.length - 1])}` : '') +
            '. Số đề cử hợp lệ theo lĩnh vực và năm:',
        ),
      ),
      {
        kind: 'table',
        headers: ['Mã', 'Lĩnh vực', ...period.years.map(String), 'Cộng'],
        rows: [
          ...plan.fields.map((f) => {
            const cells = period.byYear.map((t) => t.valid.filter((r) => r.field === f.code).length);
            return [f.code, f.name, ...cells, cells.reduce((a, b) => a + b, 0)];
          }),
          ['', 'Cộng', ...period.byYear.map((t) => t.valid.length), valid],
        ],
        totalRow: true,
      },
    );
  const quotaChart = charts.find((c) => c.kind === 'bars-with-line');
  if (quotaChart) blocks.push({ kind: 'chart', chart: quotaChart });
  return blocks;
}

/** 2. Fostered, summed up, replicated: where the models stand at the end of the range. */
function stages({ plan, period, lastStage }: Context, charts: Chart[]): Block[] {
  const { to, models } = period;
  const at = plan.stages.map((stage, s) => ({ stage, n: period.atStage(s, to) }));
  const unstaged = period.atStage(-1, to);
  const replicated = lastStage >= 0 ? models.filter((m) => stageAtEndOf(plan, m, to) === lastStage) : [];
  const blocks: Block[] = [
    heading(2, '2. Kết quả bồi dưỡng, tổng kết, nhân rộng'),
    paragraph(
      text(
        // A period still running is told as it stands now, with the figures of its last column.
        `${to > period.currentYear ? 'Đến nay' : `Đến cuối năm ${to}`}, trong ${count(models.length)} mô hình: ` +
          at.map((x) => `${count(x.n)} mô hình ở khâu ${x.stage}`).join(', ') +
          (unstaged > 0 ? `, ${count(unstaged)} mô hình chưa ghi khâu` : '') +
          (models.length > 0 && lastStage >= 0
            ? `; số mô hình đã đến khâu ${plan.stages[lastStage]} bằng ${percent(at[lastStage].n, models.length)} tổng số mô hình.`
            : '.'),
      ),
    ),
    {
      kind: 'table',
      headers: ['STT', 'Khâu', ...period.years.map(String)],
      rows: [
        ...plan.stages.map((stage, s) => [s + 1, stage, ...period.years.map((y) => period.atStage(s, y))]),
        ...(period.years.some((y) => period.atStage(-1, y) > 0)
          ? [['', 'Chưa ghi khâu', ...period.years.map((y) => period.atStage(-1, y))]]
          : []),
        ['', 'Tổng số mô hình', ...period.years.map((y) => period.modelsBy(y))],
      ],
      totalRow: true,
    },
  ];
  const stageChart = charts.find((c) => c.kind === 'stacked');
  if (stageChart) blocks.push({ kind: 'chart', chart: stageChart });
  if (replicated.length > 0)
    blocks.push(
      paragraph(
        text(
          `${count(replicated.length)} mô hình đã đến khâu ${plan.stages[lastStage]} được liệt kê tại Phụ lục 1.`,
        ),
      ),
    );
  return blocks;
}

/** Phụ lục 1: every model that reached the last stage, by unit, with the year it got there. */
function replicatedAnnex({ plan, period, lastStage }: Context): NarrativeReport['annexes'] {
  if (lastStage < 0) return [];
  const stage = plan.stages[lastStage];
  const replicated = period.models.filter((m) => stageAtEndOf(plan, m, period.to) === lastStage);
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

/** 3. The council's decisions and the propagation list. */
function decisions({ plan, period }: Context): Block[] {
  const valid = period.valid.length;
  const names = [...new Set(period.byYear.flatMap((t) => t.decisions.map((d) => d.name)))];
  const totals = names.map((name) => {
    const lines = period.byYear.flatMap((t) => t.decisions.filter((d) => d.name === name));
    return {
      name,
      n: lines.reduce((s, d) => s + d.count, 0),
      blank: lines.reduce((s, d) => s + d.blank, 0),
    };
  });
  const recognised = period.byYear.reduce((n, t) => n + t.recognised.length, 0);
  const recipient = plan.propagationRecipient;
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
                    (d.blank > 0 ? `, kể cả ${count(d.blank)} đề cử chưa ghi kết quả xét` : ''),
                )
                .join('; ') +
              '.',
      ),
    ),
    paragraph(
      text(
        `${count(recognised)} mô hình, gương điển hình được công nhận đã được đưa vào danh sách tuyên truyền hằng năm` +
          (recipient ? ` gửi ${recipient} để tuyên truyền, nhân rộng.` : ' để tuyên truyền, nhân rộng.'),
      ),
      text(' '),
      fill('Kết quả tuyên truyền, nhân rộng trên các phương tiện thông tin'),
    ),
  ];
}

/** The units short of quota in a year, with their shortfall. */
const short = (lines: QuotaLine[]) => lines.filter((l) => !l.met);

/** 4. Quotas: units that met theirs every year, and who fell short in which year. */
function quotas({ due }: Context): Block[] {
  const holders = new Map<string, { name: string; missed: number; years: number }>();
  for (const t of due)
    for (const l of t.quotas.lines) {
      const h = holders.get(l.code) ?? { name: l.name, missed: 0, years: 0 };
      h.years += 1;
      if (!l.met) h.missed += 1;
      holders.set(l.code, h);
    }
  const all = [...holders.values()];
  const always = all.filter((h) => h.missed === 0 && h.years === due.length);
  const missed = all.filter((h) => h.missed > 0).sort((a, b) => b.missed - a.missed);
  const years = due.length === 1 ? `năm ${due[0].year}` : `cả ${due.length} năm`;
  const blocks: Block[] = [heading(2, '4. Thực hiện chỉ tiêu của các đơn vị')];
  if (all.length === 0 || due.length === 0) {
    blocks.push(paragraph(text('Chưa có đơn vị nào được giao chỉ tiêu trong các năm đã qua.')));
    return blocks;
  }
  blocks.push(
    paragraph(
      text(
        `${ratio(always.length, all.length)} đơn vị được giao chỉ tiêu đạt chỉ tiêu ${years}` +
          (missed.length
            ? `; chưa đạt ít nhất một năm: ${joinNames(
                missed.map((h) => `${h.name} (${h.missed} năm)`),
                20,
              )}.`
            : '.'),
      ),
    ),
    list(
      due.map((t) => {
        const s = short(t.quotas.lines);
        return (
          `Năm ${t.year}: ${ratio(t.quotas.lines.length - s.length, t.quotas.lines.length)} đơn vị đạt chỉ tiêu` +
          (s.length
            ? `; chưa đạt: ${joinNames(
                s.map((l) => `${l.name} (thiếu ${count(l.shortfall)})`),
                40,
              )};`
            : ';')
        );
      }),
    ),
  );
  return blocks;
}

/** 5. Units' own plans (when the workbook follows them). */
function unitPlans({ plan, due }: Context): Block[] {
  const tracked = due.filter((t) => t.plans !== null);
  const blocks: Block[] = [heading(2, '5. Kế hoạch của các đơn vị')];
  if (tracked.length === 0) {
    blocks.push(
      paragraph(fill('Tình hình các đơn vị xây dựng, gửi kế hoạch giai đoạn và kế hoạch hằng năm')),
    );
    return blocks;
  }
  const last = tracked[tracked.length - 1];
  const lines = last.plans ?? [];
  const periodMissing = lines.filter((l) => l.plans.period.status !== 'received').map((l) => l.name);
  const range = plan.period ? ` ${plan.period.from} – ${plan.period.to}` : '';
  blocks.push(
    paragraph(
      text(
        `Kế hoạch giai đoạn${range}: ${ratio(lines.length - periodMissing.length, lines.length)} đơn vị đã gửi` +
          (periodMissing.length ? `; chưa gửi hoặc chưa nhận: ${joinNames(periodMissing, 20)}.` : '.'),
      ),
    ),
    list(
      tracked.map((t) => {
        const ls = t.plans ?? [];
        const missing = ls.filter((l) => l.plans.year.status !== 'received').map((l) => l.name);
        return (
          `Kế hoạch năm ${t.year}: ${ratio(ls.length - missing.length, ls.length)} đơn vị đã gửi` +
          (missing.length ? `; chưa gửi hoặc chưa nhận: ${joinNames(missing, 20)};` : ';')
        );
      }),
    ),
  );
  return blocks;
}

/** III: the figures people judge by, then room for their judgement. */
function assessment({ plan, period, due, lastStage }: Context): Block[] {
  const quota = due.reduce((n, t) => n + t.quotas.lines.reduce((s, l) => s + l.quota, 0), 0);
  const dueValid = due.reduce((n, t) => n + t.valid.length, 0);
  const met = due.reduce((n, t) => n + t.quotas.lines.filter((l) => l.met).length, 0);
  const lines = due.reduce((n, t) => n + t.quotas.lines.length, 0);
  const reached = lastStage >= 0 ? period.atStage(lastStage, period.to) : 0;
  const flagged = (label: string) => period.models.filter((m) => m.flags.includes(label)).length;
  const failed = period.rows - period.valid.length;
  const strengths = [
    ...(quota > 0 ? [`Số đề cử hợp lệ bằng ${percent(dueValid, quota)} tổng chỉ tiêu.`] : []),
    ...(lines > 0 ? [`${ratio(met, lines)} lượt đơn vị – năm đạt chỉ tiêu (${percent(met, lines)}).`] : []),
    ...(lastStage >= 0 && period.models.length > 0
      ? [`${count(reached)} mô hình đã đến khâu ${plan.stages[lastStage]}.`]
      : []),
  ];
  const weaknesses = [
    ...(lines > met ? [`${count(lines - met)} lượt đơn vị – năm chưa đạt chỉ tiêu (mục II.4).`] : []),
    ...(failed > 0 ? [`${count(failed)} dòng đề cử có lỗi, chưa được tính.`] : []),
    ...Object.values(FLAG_LABEL)
      .map((label) => ({ label, n: flagged(label) }))
      .filter((x) => x.n > 0)
      .map((x) => `${count(x.n)} mô hình có cảnh báo “${x.label}”.`),
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
  const kind = periodTitle(plan, from, to);
  const context: Context = {
    plan,
    period,
    due: period.byYear.filter((t) => t.year <= period.currentYear),
    area: wholeArea(plan),
    lastStage: plan.stages.length - 1,
  };
  const planPeriod = plan.period ? ` giai đoạn ${plan.period.from} – ${plan.period.to}` : '';
  const blocks: Block[] = [
    paragraph(
      text('Thực hiện Kế hoạch số '),
      fill('số, ngày ban hành'),
      text(
        ` của ${plan.organization || plan.council} về phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến${planPeriod}, ` +
          `${plan.council} báo cáo ${kind.toLowerCase()} ${span(from, to)} như sau:`,
      ),
    ),
    ...partOne(),
    heading(1, 'II. KẾT QUẢ THỰC HIỆN'),
    ...found(context, charts),
    ...stages(context, charts),
    ...decisions(context),
    ...quotas(context),
    ...unitPlans(context),
    ...assessment(context),
    heading(1, 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ'),
    paragraph(fill('Phương hướng, nhiệm vụ, giải pháp trong thời gian tới')),
    heading(1, 'V. KIẾN NGHỊ, ĐỀ XUẤT'),
    paragraph(fill('Kiến nghị, đề xuất với cấp trên')),
    paragraph(text(`Trên đây là báo cáo ${kind.toLowerCase()} ${span(from, to)} của ${plan.council}.`)),
  ];
  return {
    organization: plan.organization,
    council: plan.council,
    place: plan.place,
    // The usual initials of an emulation council; another body's are left for the office to write.
    number: `Số:        /BC-${/^Hội đồng Thi đua/i.test(plan.council) ? 'HĐTĐKT' : ''}`,
    title: 'BÁO CÁO',
    subtitle: `${kind} công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến ${span(from, to)}`,
    blocks,
    annexes: replicatedAnnex(context),
    signature: { on: `TM. ${plan.council.toUpperCase()}`, role: 'CHỦ TỊCH', signer: plan.signer },
    recipients: [
      ...(plan.organization ? [`${plan.organization} (để báo cáo)`] : []),
      'Các thành viên Hội đồng',
      'Các đơn vị được giao chỉ tiêu',
    ],
    draft,
  };
}
