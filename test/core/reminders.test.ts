import { reminders } from '../../src/core/jobs/reminders';
import { communePlan } from '../../src/demo/commune-workbook';
import type { QuotaLine } from '../../src/core/quotas/tally';

const line = (code: string, name: string, quota: number, valid: number): QuotaLine => ({
  code,
  name,
  category: 'Thôn, bản',
  quota,
  quotaMax: quota,
  quotaText: String(quota),
  submitted: valid + 1,
  valid,
  shortfall: Math.max(0, quota - valid),
  met: valid >= quota,
});

describe('reminders to units short of quota (no new scope: mailto links)', () => {
  const plan = communePlan();
  const body = (href: string | null) => decodeURIComponent(/body=([^&]*)/.exec(href ?? '')?.[1] ?? '');

  it('prepares one e-mail per short unit, to its contacts, saying what is missing and the next milestone', () => {
    const { units } = reminders(
      plan,
      [line('TB1', 'Thôn Đồng Tâm', 3, 1), line('TB2', 'Thôn Tân Lập', 3, 3)],
      null,
      2026,
      new Date(2026, 1, 1),
    );
    expect(units.map((u) => u.code)).toEqual(['TB1']);
    expect(units[0].href).toMatch(/^mailto:tb1%40hoason\.example\.vn\?subject=/);
    expect(body(units[0].href)).toContain(
      'chỉ tiêu của đơn vị là 3 mô hình, gương điển hình tiên tiến; hiện có 1 đề cử hợp lệ (đã đề cử 2), còn thiếu 2.',
    );
    expect(body(units[0].href)).toMatch(/Mốc tiếp theo của kế hoạch: .+ \(Quý [IV]+\/20\d\d\)\./);
    expect(body(units[0].href)).toContain(plan.council);
  });

  it('one e-mail for all puts every contact in Bcc and lists each unit’s shortfall', () => {
    const { all } = reminders(
      plan,
      [line('TB1', 'Thôn Đồng Tâm', 3, 1), line('HND', 'Hội Nông dân xã Hòa Sơn', 3, 0)],
      null,
      2026,
      new Date(2026, 1, 1),
    );
    expect(all).toMatch(/^mailto:\?bcc=tb1%40hoason\.example\.vn,hnd%40hoason\.example\.vn&subject=/);
    expect(body(all)).toContain('- Hội Nông dân xã Hòa Sơn: 0/3, còn thiếu 3.');
  });

  it('a unit with no contact gets no link, so the sidebar can say what to fill', () => {
    const noContact = {
      ...plan,
      units: plan.units.map((u) => (u.code === 'TB1' ? { ...u, contact: '' } : u)),
    };
    const { units, all } = reminders(
      noContact,
      [line('TB1', 'Thôn Đồng Tâm', 3, 1)],
      null,
      2026,
      new Date(2026, 1, 1),
    );
    expect(units[0]).toMatchObject({ to: [], href: null });
    expect(all).toBeNull();
  });
});
