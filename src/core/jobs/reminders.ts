import { parseEmails } from '../plan/emails';
import type { Plan } from '../plan/types';
import type { QuotaLine } from '../quotas/tally';
import { formatQuarter } from '../plan/config';

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

/** The next milestone from today, as “<name> (<quarter>)”, or null once all are past. */
function nextMilestone(plan: Plan, today: Date): string | null {
  // A milestone is past once its quarter has ended.
  const next = plan.milestones.find((m) => today < new Date(m.year, m.quarter * 3, 1));
  return next ? `${next.name} (${formatQuarter(next.quarter, next.year)})` : null;
}

/**
 * Reminders for the units short of their quota this year: one e-mail each, and one for all of them
 * (their contacts in Bcc, so no unit sees another's address). Returned as links; sending is the user's.
 */
export function quotaReminders(
  plan: Plan,
  quotas: QuotaLine[],
  year: number,
  today: Date,
): { units: Reminder[]; all: string | null } {
  const contacts = new Map(plan.units.map((u) => [u.code, parseEmails(u.contact).emails]));
  const milestone = nextMilestone(plan, today);
  const subject = (name: string) => `Nhắc chỉ tiêu điển hình tiên tiến năm ${year} – ${name}`;
  const closing = [
    ...(milestone ? [`Mốc tiếp theo của kế hoạch: ${milestone}.`] : []),
    'Đề nghị đơn vị bổ sung đề cử vào bảng tính chung và chạy “Kiểm tra hồ sơ” để xem dòng nào còn lỗi.',
    '',
    plan.council,
  ];
  const short = quotas.filter((l) => !l.met);
  const units = short.map((line) => {
    const to = contacts.get(line.code) ?? [];
    const body = [
      `Kính gửi: ${line.name},`,
      '',
      `Năm ${year}, chỉ tiêu của đơn vị là ${line.quota} mô hình, gương điển hình tiên tiến; hiện có ${line.valid} ` +
        `đề cử hợp lệ (đã đề cử ${line.submitted}), còn thiếu ${line.shortfall}.`,
      ...closing,
    ].join('\n');
    return {
      code: line.code,
      name: line.name,
      to,
      href: to.length ? mailto(to, subject(line.name), body) : null,
    };
  });
  const everyone = [...new Set(units.flatMap((u) => u.to))];
  const summary = [
    'Kính gửi: các đơn vị chưa đạt chỉ tiêu,',
    '',
    `Năm ${year}, các đơn vị sau còn thiếu đề cử hợp lệ so với chỉ tiêu:`,
    ...short.map((l) => `- ${l.name}: ${l.valid}/${l.quota}, còn thiếu ${l.shortfall}.`),
    ...closing,
  ].join('\n');
  return {
    units,
    all: everyone.length ? mailto([], subject('các đơn vị chưa đạt'), summary, everyone) : null,
  };
}
