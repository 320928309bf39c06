import { parseEmails } from '../plan/emails';
import type { Plan } from '../plan/types';
import type { QuotaLine } from '../tally/quotas';
import { UNIT_PLAN_KINDS, unitPlansOwed, unitPlanTitle, type UnitPlanLine } from '../tally/unit-plans';
import { nextMilestone } from '../plan/milestones';

/** A prepared e-mail to one unit: what it is missing, to its `Đầu mối (email)` accounts. */
export interface Reminder {
  code: string;
  name: string;
  /** Empty when the unit has no contact yet: the sidebar says so instead of offering a link. */
  to: string[];
  /** A `mailto:` link the user's own mail program opens: no scope, nothing sent by the add-on. */
  href: string | null;
}

const mailto = (to: string[], subject: string, body: string, bcc: string[] = []) =>
  `mailto:${to.map(encodeURIComponent).join(',')}?` +
  [
    ...(bcc.length ? [`bcc=${bcc.map(encodeURIComponent).join(',')}`] : []),
    `subject=${encodeURIComponent(subject)}`,
    `body=${encodeURIComponent(body)}`,
  ].join('&');

/** What one unit still owes this year: a shortfall against its quota, its period or year plan, or more. */
function owed(year: number, quota: QuotaLine | undefined, plan: UnitPlanLine | undefined): string[] {
  const lines: string[] = [];
  if (quota && !quota.met)
    lines.push(
      `Năm ${year}, chỉ tiêu của đơn vị là ${quota.quotaText} mô hình, gương điển hình tiên tiến; hiện có ${quota.valid} ` +
        `đề cử hợp lệ (đã đề cử ${quota.submitted}), còn thiếu ${quota.shortfall}.`,
    );
  // Said from the secretariat's side: what it has not received, with the number of a plan it knows of.
  const owing = plan ? UNIT_PLAN_KINDS.filter((k) => plan.plans[k].status !== 'received') : [];
  if (plan && owing.length)
    lines.push(
      `Bộ phận thường trực chưa nhận được ${owing
        .map((k) => {
          const number = plan.plans[k].record?.number;
          return `${unitPlanTitle(plan, k)}${number ? ` (số ${number})` : ''}`;
        })
        .join(' và ')} của đơn vị. Đề nghị đơn vị ban hành (nếu chưa có) và gửi về bộ phận thường trực.`,
    );
  return lines;
}

/**
 * Reminders for the units short of their quota this year or whose plan has not arrived: one e-mail
 * each, and one for all of them (their contacts in Bcc, so no unit sees another's address). Returned
 * as links; sending is the user's. `plans` is null when the workbook does not follow units' plans.
 */
export function reminders(
  plan: Plan,
  quotas: QuotaLine[],
  plans: UnitPlanLine[] | null,
  year: number,
  today: Date,
): { units: Reminder[]; all: string | null } {
  const contacts = new Map(plan.units.map((u) => [u.code, parseEmails(u.contact).emails]));
  const quotaOf = new Map(quotas.map((l) => [l.code, l]));
  const planOf = new Map((plans ?? []).map((l) => [l.code, l]));
  // A milestone is past once its quarter, month, day or year has ended; it is shown as written.
  const next = nextMilestone(plan.milestones, today);
  const milestone = next ? `${next.name} (${next.when})` : null;
  const subject = (name: string) => `Nhắc chỉ tiêu, kế hoạch điển hình tiên tiến năm ${year} – ${name}`;
  const closing = [
    ...(milestone ? [`Mốc tiếp theo của kế hoạch: ${milestone}.`] : []),
    'Đề nghị đơn vị bổ sung đề cử vào bảng tính chung và chạy “Kiểm tra hồ sơ” để xem dòng nào còn lỗi; ' +
      'gửi kế hoạch của đơn vị (nếu chưa gửi) về bộ phận thường trực.',
    '',
    plan.council,
  ];
  // Quota holders in the order given (shortest first), then units owing only their plan.
  const names = new Map([...quotas, ...(plans ?? [])].map((l) => [l.code, l.name]));
  const behind = [...names].flatMap(([code, name]) => {
    const lines = owed(year, quotaOf.get(code), planOf.get(code));
    return lines.length ? [{ code, name, lines }] : [];
  });
  const units = behind.map(({ code, name, lines }) => {
    const to = contacts.get(code) ?? [];
    const body = [`Kính gửi: ${name},`, '', ...lines, ...closing];
    return { code, name, to, href: to.length ? mailto(to, subject(name), body.join('\n')) : null };
  });
  const everyone = [...new Set(units.flatMap((u) => u.to))];
  const shortLine = (l: QuotaLine) => `- ${l.name}: ${l.valid}/${l.quotaText}, còn thiếu ${l.shortfall}.`;
  const short = quotas.filter((l) => !l.met);
  const noPlan = (plans ?? []).flatMap((l) => {
    const what = unitPlansOwed(l);
    return what ? [`- ${l.name}: ${what}.`] : [];
  });
  const summary = [
    'Kính gửi: các đơn vị,',
    '',
    ...(short.length
      ? [`Năm ${year}, các đơn vị sau còn thiếu đề cử hợp lệ so với chỉ tiêu:`, ...short.map(shortLine)]
      : []),
    ...(noPlan.length
      ? [
          'Các đơn vị sau chưa gửi đủ Kế hoạch xây dựng điển hình tiên tiến (kế hoạch cả giai đoạn và kế hoạch ' +
            `năm ${year}):`,
          ...noPlan,
        ]
      : []),
    ...closing,
  ].join('\n');
  return {
    units,
    all: everyone.length ? mailto([], subject('các đơn vị'), summary, everyone) : null,
  };
}
