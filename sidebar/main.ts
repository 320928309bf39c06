import type { Dashboard } from '../src/core/jobs/dashboard';
import type { SidebarData } from '../src/gas/print-links';
import type { RowCriteria } from '../src/core/jobs/row-criteria';
import { byId, clear, el } from './dom';
import { call } from './server';
import type { SidebarCommand } from '../src/gas/sidebar-api';

let dashboard: Dashboard | null = null;
let criteria: RowCriteria | null = null;

const status = byId<HTMLParagraphElement>('status');
const buttons = () => Array.from(document.querySelectorAll<HTMLButtonElement>('button'));

function say(message: string, kind: 'info' | 'error' | 'busy' = 'info'): void {
  status.className = kind === 'info' ? '' : kind;
  status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  status.textContent = message;
}

/** Runs one server call with every button disabled, and turns a failure into a Vietnamese message. */
async function busy<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  buttons().forEach((b) => (b.disabled = true));
  document.body.setAttribute('aria-busy', 'true');
  say(label, 'busy');
  try {
    const result = await work();
    say('');
    return result;
  } catch (error) {
    say(
      error instanceof Error && error.message ? error.message : 'Không thực hiện được; vui lòng thử lại.',
      'error',
    );
    return undefined;
  } finally {
    buttons().forEach((b) => (b.disabled = false));
    document.body.removeAttribute('aria-busy');
  }
}

function renderUnits(d: Dashboard): void {
  const select = byId<HTMLSelectElement>('unit');
  clear(select);
  select.appendChild(el('option', { text: 'Tất cả đơn vị', attrs: { value: '' } }));
  for (const u of d.units)
    select.appendChild(el('option', { text: `${u.name} (${u.code})`, attrs: { value: u.code } }));
  select.value = d.myUnit ?? '';
}

function renderSummary(d: Dashboard): void {
  byId('subtitle').textContent = `${d.organization} · năm xét ${d.year} · hôm nay ${d.today}`;
  const summary = byId('summary');
  clear(summary);
  const tiles: [string, number][] = [
    ['Dòng', d.summary.rows],
    ['Hợp lệ', d.summary.valid],
    ['Lỗi', d.summary.errors],
    ['Cảnh báo', d.summary.warnings],
  ];
  for (const [label, value] of tiles)
    summary.appendChild(el('div', {}, [el('dt', { text: label }), el('dd', { text: String(value) })]));
  const draft = byId('draft');
  draft.textContent = d.draft ?? '';
  draft.hidden = d.draft === null;
  const kinds = byId('kinds');
  clear(kinds);
  for (const k of d.kinds)
    kinds.appendChild(
      el('li', { className: k.severity, text: `${k.count} ${k.label}`, attrs: { title: k.code } }),
    );
  const milestones = byId('milestones');
  clear(milestones);
  const word = { past: 'đã qua', now: 'đang diễn ra', upcoming: 'sắp tới' } as const;
  for (const m of d.milestones)
    milestones.appendChild(
      el('li', { className: m.status, text: `${m.when} · ${m.name} (${word[m.status]})` }),
    );
}

function renderQuotas(d: Dashboard): void {
  // The same figures as the council's tabs of the year: the one tally behind both.
  const f = d.yearFigures;
  byId('year-figures').textContent =
    `Năm ${d.year}: ${f.valid} đề cử hợp lệ · ${f.recognised} công nhận · ${f.pending} chưa quyết định` +
    (f.returned ? ` · ${f.returned} trả lại` : '');
  const select = byId<HTMLSelectElement>('category');
  const chosen = select.value;
  clear(select);
  select.appendChild(el('option', { text: 'Tất cả', attrs: { value: '' } }));
  for (const c of d.categories) select.appendChild(el('option', { text: c, attrs: { value: c } }));
  select.value = d.categories.includes(chosen) ? chosen : '';
  const list = byId('quotas');
  clear(list);
  const lines = d.quotas.filter((q) => !select.value || q.category === select.value);
  if (lines.length === 0)
    list.appendChild(el('li', { className: 'muted', text: 'Không có đơn vị nào được giao chỉ tiêu.' }));
  for (const q of lines) {
    const percent = q.quota > 0 ? Math.min(100, Math.round((q.valid / q.quota) * 100)) : 100;
    const bar = el('span', { attrs: { style: `width:${percent}%` } });
    list.appendChild(
      el('li', { className: q.met ? 'met' : 'short', attrs: { 'data-unit': q.code } }, [
        el('div', { className: 'quota-label' }, [
          el('span', { text: q.name }),
          el('span', {
            text: q.met ? `${q.valid}/${q.quotaText}` : `${q.valid}/${q.quotaText} · thiếu ${q.shortfall}`,
          }),
        ]),
        el(
          'div',
          {
            className: 'bar',
            attrs: { role: 'img', 'aria-label': `${q.name}: ${q.valid} trên ${q.quotaText}` },
          },
          [bar],
        ),
      ]),
    );
  }
}

/**
 * Who has not sent the period plan or this year's plan, under the same category filter as the quotas:
 * each such unit with both plans, what is known of each.
 */
function renderUnitPlans(d: Dashboard): void {
  const section = byId('unit-plans-section');
  section.hidden = d.unitPlans === null;
  if (d.unitPlans === null) return;
  const category = byId<HTMLSelectElement>('category').value;
  const lines = d.unitPlans.filter((l) => !category || l.category === category);
  const sent = (kind: 'period' | 'year') => lines.filter((l) => l[kind].status === 'received').length;
  const waiting = lines.filter((l) => l.period.status !== 'received' || l.year.status !== 'received');
  byId('unit-plans-note').textContent =
    lines.length === 0
      ? 'Không có đơn vị nào được giao chỉ tiêu.'
      : `Đã gửi kế hoạch giai đoạn: ${sent('period')}/${lines.length} đơn vị; ` +
        `kế hoạch năm ${d.year}: ${sent('year')}/${lines.length}` +
        (waiting.length ? '. Chưa đủ của:' : '.');
  const list = byId('unit-plans');
  clear(list);
  for (const l of waiting) {
    const missing = l.period.status === 'missing' || l.year.status === 'missing';
    list.appendChild(
      el('li', { className: missing ? 'missing' : 'awaited', attrs: { 'data-unit': l.code } }, [
        el('span', { text: l.name }),
        ...[l.period, l.year].map((p) =>
          el('span', { className: `plan muted ${p.status}`, text: `${p.title}: ${p.label}` }),
        ),
      ]),
    );
  }
}

function renderIssues(d: Dashboard): void {
  const list = byId('issues');
  clear(list);
  byId('issues-note').textContent =
    d.issueTotal === 0
      ? 'Không có lỗi. Chạy “Kiểm tra hồ sơ” sau khi nhập thêm dòng.'
      : d.issueTotal > d.issues.length
        ? `${d.issueTotal} vấn đề; hiển thị ${d.issues.length} vấn đề đầu tiên.`
        : `${d.issueTotal} vấn đề. Bấm vào một vấn đề để đến ô cần sửa.`;
  const groups = new Map<string, Dashboard['issues']>();
  for (const issue of d.issues) {
    const key = `${issue.sheet}\u0000${issue.row ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  for (const issues of groups.values()) {
    const [first] = issues;
    const title = first.row === null ? `Trang “${first.sheet}”` : `Trang “${first.sheet}”, dòng ${first.row}`;
    list.appendChild(
      el('li', {}, [
        el('h3', { text: title }),
        ...issues.map((issue) => {
          const button = el('button', {
            className: issue.severity,
            text: `${issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}${issue.column ? ` · ${issue.column}` : ''}: ${issue.message}`,
            attrs: { type: 'button' },
          });
          button.addEventListener('click', () => void jump(issue));
          return button;
        }),
      ]),
    );
  }
}

async function jump(issue: Dashboard['issues'][number]): Promise<void> {
  if (issue.row === null) return;
  try {
    await call('jumpToCell', issue.sheet, issue.row, issue.columnNumber ?? 1);
  } catch (error) {
    say(error instanceof Error ? error.message : String(error), 'error');
  }
}

/** Only the spreadsheet's own export links are followed; anything else from the server is dropped. */
const EXPORT_LINK = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/export\?/;

function renderPrintLinks(d: SidebarData): void {
  const list = byId('print-links');
  clear(list);
  const link = (text: string, href: string) =>
    el('a', { text, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } });
  for (const tab of d.printLinks.tabs.filter((t) => EXPORT_LINK.test(t.pdf)))
    list.appendChild(el('li', {}, [link(`${tab.name} — Xuất PDF`, tab.pdf)]));
  if (d.printLinks.tabs.length === 0)
    list.appendChild(
      el('li', { className: 'muted', text: 'Chưa có trang tổng hợp nào; bấm “Tổng hợp cho Hội đồng”.' }),
    );
  const workbook = byId<HTMLAnchorElement>('workbook-xlsx');
  if (EXPORT_LINK.test(d.printLinks.workbook)) workbook.setAttribute('href', d.printLinks.workbook);
}

/** Only prepared e-mails are followed: a link that is not `mailto:` is dropped. */
const MAIL_LINK = /^mailto:[^\s]*$/;

function renderReminders(d: Dashboard): void {
  const list = byId('reminders');
  clear(list);
  // A new window: Apps Script's sandbox refuses to navigate the page itself (no allow-top-navigation).
  const mail = (text: string, href: string) =>
    el('a', { text, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } });
  const { units, all } = d.reminders;
  const mailable = units.filter((u) => u.href !== null && MAIL_LINK.test(u.href));
  if (all && MAIL_LINK.test(all))
    list.appendChild(el('li', {}, [mail('Gửi một thư cho tất cả các đơn vị này', all)]));
  for (const unit of mailable)
    list.appendChild(el('li', {}, [mail(`Nhắc ${unit.name}`, unit.href as string)]));
  // Units with no contact are named on one line, so the list stays short.
  const silent = units.filter((u) => !mailable.includes(u)).map((u) => u.name);
  if (silent.length)
    list.appendChild(
      el('li', {
        className: 'muted',
        text: `Chưa có “Đầu mối (email)” trong trang Đơn vị (${silent.length}): ${silent.join(', ')}.`,
      }),
    );
  if (units.length === 0)
    list.appendChild(
      el('li', {
        className: 'muted',
        text:
          d.unitPlans === null
            ? 'Mọi đơn vị đã đạt chỉ tiêu năm nay.'
            : 'Mọi đơn vị đã đạt chỉ tiêu, đã gửi kế hoạch giai đoạn và kế hoạch năm nay.',
      }),
    );
}

function render(d: SidebarData): void {
  dashboard = d;
  renderReminders(d);
  renderPrintLinks(d);
  renderUnits(d);
  renderSummary(d);
  renderQuotas(d);
  renderUnitPlans(d);
  renderIssues(d);
}

async function refresh(): Promise<void> {
  const d = await busy('Đang tải số liệu…', () => call('getDashboard'));
  if (d) render(d);
}

function renderCriteria(c: RowCriteria): void {
  criteria = c;
  const form = byId<HTMLFormElement>('criteria');
  form.hidden = false;
  byId('criteria-row').textContent =
    `${c.sheet}, dòng ${c.row}: ${c.name} — ${c.subject}, lĩnh vực ${c.field} (${c.fieldName})`;
  const groups = byId('criteria-groups');
  clear(groups);
  for (const group of c.groups) {
    const fieldset = el('fieldset', {}, [el('legend', { text: group.title })]);
    for (const item of group.items) {
      const box = el('input', { attrs: { type: 'checkbox', value: item.code } });
      box.checked = item.checked;
      fieldset.appendChild(
        el('label', { className: item.required ? '' : 'optional' }, [
          box,
          el('span', { text: `${item.code} — ${item.text}${item.required ? '' : ' (không bắt buộc)'}` }),
        ]),
      );
    }
    groups.appendChild(fieldset);
  }
}

/**
 * An async event handler the DOM can take: it ignores a listener's promise, so a failure after a
 * `busy` call (rendering, say) would vanish; here it is shown.
 */
function handler<E extends Event>(run: (event: E) => Promise<void>): (event: E) => void {
  return (event) => {
    run(event).catch((error: unknown) =>
      say(error instanceof Error ? error.message : 'Không thực hiện được; vui lòng thử lại.', 'error'),
    );
  };
}

function wire(): void {
  byId('refresh').addEventListener('click', () => void refresh());
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-command]'))) {
    button.addEventListener(
      'click',
      handler(async () => {
        // The buttons' data-command values are the server's command names (index.html); it checks them.
        const command = (button.dataset.command ?? '') as SidebarCommand;
        const result = await busy(`Đang chạy “${button.textContent}”…`, () =>
          call('runSidebarCommand', command),
        );
        if (!result) return;
        const d = await busy('Đang tải số liệu…', () => call('getDashboard'));
        if (d) render(d);
        say(result.message);
      }),
    );
  }
  byId<HTMLSelectElement>('unit').addEventListener(
    'change',
    handler(async (event) => {
      const code = (event.target as HTMLSelectElement).value;
      const d = await busy('Đang lưu đơn vị của bạn…', () => call('setMyUnit', code));
      if (d) render(d);
    }),
  );
  byId<HTMLSelectElement>('category').addEventListener('change', () => {
    if (!dashboard) return;
    renderQuotas(dashboard);
    renderUnitPlans(dashboard);
  });
  byId('print-view').addEventListener(
    'click',
    handler(async () => {
      const result = await busy('Đang dựng bản in…', () => call('openPrintView'));
      if (result) say(`Đã mở bản in: ${result.documents.join(', ')}.`);
    }),
  );
  byId('load-criteria').addEventListener(
    'click',
    handler(async () => {
      const c = await busy('Đang đọc dòng đang chọn…', () => call('getRowCriteria'));
      if (c) renderCriteria(c);
    }),
  );
  byId<HTMLFormElement>('criteria').addEventListener(
    'submit',
    handler(async (event) => {
      event.preventDefault();
      if (!criteria) return;
      const codes = Array.from(
        document.querySelectorAll<HTMLInputElement>('#criteria-groups input:checked'),
      ).map((b) => b.value);
      const { sheet, row } = criteria;
      const result = await busy('Đang ghi tiêu chí…', () => call('setRowCriteria', sheet, row, codes));
      if (result)
        say(`Đã ghi ${result.codes.length} tiêu chí vào dòng ${row}. Kết quả kiểm tra: ${result.text}`);
    }),
  );
}

wire();
void refresh();
