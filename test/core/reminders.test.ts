import { reminders } from '../../src/core/jobs/reminders';
import { communePlan } from '../../src/demo/commune-workbook';
import type { QuotaLine } from '../../src/core/tally/quotas';
import { unitPlanLines, type UnitPlanRecord } from '../../src/core/tally/unit-plans';

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
  it('a unit that met its quota and sent its year plan but not its period plan is reminded of the period plan alone', () => {
    const sent: UnitPlanRecord = {
      unit: 'TB2',
      years: { from: 2026, to: 2026 },
      number: '2/KH-TB2',
      issued: '',
      received: '05/02/2026',
      row: 2,
    };
    const plans = unitPlanLines(
      [sent],
      [{ code: 'TB2', name: 'Thôn Tân Lập', category: 'Thôn, bản' }],
      2026,
      plan.period,
    );
    const { units, all } = reminders(
      plan,
      [line('TB2', 'Thôn Tân Lập', 3, 3)],
      plans,
      2026,
      new Date(2026, 1, 1),
    );
    expect(units.map((u) => u.code)).toEqual(['TB2']);
    expect(body(units[0].href)).toContain(
      'Bộ phận thường trực chưa nhận được kế hoạch giai đoạn 2026–2030 của đơn vị.',
    );
    expect(body(units[0].href)).not.toContain('kế hoạch năm 2026.');
    expect(body(all)).toContain('- Thôn Tân Lập: chưa gửi kế hoạch giai đoạn 2026–2030.');
  });
});
