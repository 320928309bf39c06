import { pdfLink, workbookLink, type SidebarData } from '../../src/gas/print-links';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { buildDashboard } from '../../src/core/jobs/dashboard';
import { analyse } from '../../src/core/jobs/reports';
import { rowCriteria, type RowCriteria } from '../../src/core/jobs/row-criteria';
import { MemoryPort } from '../support/memory-port';
import { allCriteria, goodRow, nominationGrid, referenceTabs } from '../support/workbook';

const SIDEBAR = `file://${join(__dirname, '../../dist/addon/Sidebar.html')}`;
const OUTPUT = join(__dirname, '../../test-output');
const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';
const XSS_NAME = '<img src=x onerror="window.__pwned=1">';
const XSS_UNIT = '</script><script>window.__pwned=2</script>';

/** Real data for the page: the core's own dashboard and checklist over a workbook with hostile cell texts. */
function fixture(): { dashboard: SidebarData; criteria: RowCriteria } {
  const rows = [
    goodRow({ [NAME]: XSS_NAME }),
    goodRow({ [NAME]: 'Hộ bà Hà Thị Vân', 'Đơn vị đề nghị': XSS_UNIT }),
    goodRow({
      [NAME]: 'Nông Văn Tài',
      'Đối tượng': 'Cá nhân',
      'Lĩnh vực': '2.7',
      'Đơn vị đề nghị': 'GD',
      'Tiêu chí đáp ứng': 'G1; G2',
    }),
    ...Array.from({ length: 5 }, (_, i) =>
      goodRow({ [NAME]: `Hộ số ${i}`, 'Đơn vị đề nghị': 'CA', 'Lĩnh vực': '2.4' }),
    ),
  ];
  const port = new MemoryPort({
    ...Object.fromEntries(referenceTabs().map((t) => [t.name, t.values])),
    'Đề cử': nominationGrid(rows),
  });
  const config = port.tabs.get('Cấu hình') ?? [];
  config.forEach((r) => (r[0] === 'Năm xét' ? (r[1] = 2024) : null));
  // Thị trấn Chợ Rã has two contacts; the other units none.
  const units = port.tabs.get('Đơn vị') ?? [];
  const contact = units[0].indexOf('Đầu mối (email)');
  units.forEach((r) =>
    r[0] === 'X01' ? (r[contact] = 'chora@babe.example.vn; vanthu@babe.example.vn') : null,
  );
  // The secretariat has logged Chợ Rã's plans for the period and for 2024, and the police's for 2024,
  // announced but not received.
  port.tabs.set('Kế hoạch đơn vị', [
    ['Năm', 'Đơn vị', 'Số, ký hiệu', 'Ngày ban hành', 'Ngày nhận', 'Ghi chú'],
    ['2021-2025', 'X01', '3/KH-UBND', '05/01/2021', '12/01/2021', ''],
    [2024, 'X01', '12/KH-UBND', '05/02/2024', '09/02/2024', ''],
    [2024, 'CA', '7/KH-CAH', '', '', ''],
  ]);
  const analysis = analyse(port);
  const built = buildDashboard(analysis, new Date(2023, 4, 10), null);
  built.reminders.units.push({ code: 'ZZ', name: 'Đơn vị giả', to: [], href: 'javascript:alert(2)' });
  return {
    dashboard: {
      ...built,
      printLinks: {
        tabs: [
          { name: 'Tổng hợp 2024', pdf: pdfLink('1AbC-id_9', 123) },
          { name: 'Chỉ tiêu 2024', pdf: 'javascript:alert(1)' },
        ],
        workbook: workbookLink('1AbC-id_9'),
      },
    },
    criteria: rowCriteria(analysis, 'Đề cử', 4),
  };
}

/** A stand-in for google.script.run that records calls and answers from the fixture. */
function installStub(data: { dashboard: unknown; criteria: unknown; busyMessage: string }): void {
  const w = window as unknown as Record<string, unknown> & {
    __calls: unknown[][];
    __delay: number;
    __failCommand: boolean;
  };
  w.__calls = [];
  w.__delay = 0;
  w.__failCommand = false;
  const server: Record<string, (...args: unknown[]) => unknown> = {
    getDashboard: () => data.dashboard,
    setMyUnit: (code) => ({ ...(data.dashboard as object), myUnit: code || null }),
    jumpToCell: () => undefined,
    getRowCriteria: () => data.criteria,
    openPrintView: () => ({ documents: ['Chỉ tiêu 2024', 'Tổng hợp 2024'] }),
    setRowCriteria: (_sheet, _row, codes) => ({ codes, text: 'Hợp lệ', issues: [] }),
    runSidebarCommand: () => {
      if (w.__failCommand) throw new Error(data.busyMessage);
      return { message: 'Đã kiểm tra 8 dòng đề cử.' };
    },
  };
  const runner = (): Record<string, unknown> => {
    let ok: (v: unknown) => void = () => undefined;
    let fail: (e: Error) => void = () => undefined;
    const target: Record<string, unknown> = {
      withSuccessHandler(f: (v: unknown) => void) {
        ok = f;
        return proxy;
      },
      withFailureHandler(f: (e: Error) => void) {
        fail = f;
        return proxy;
      },
    };
    const proxy: Record<string, unknown> = new Proxy(target, {
      get: (t, name: string) =>
        name in t
          ? t[name]
          : (...args: unknown[]) => {
              w.__calls.push([name, ...args]);
              setTimeout(() => {
                try {
                  ok(JSON.parse(JSON.stringify(server[name](...args) ?? null)));
                } catch (error) {
                  fail(error as Error);
                }
              }, w.__delay);
            },
    });
    return proxy;
  };
  Object.defineProperty(window, 'google', { value: { script: {} } });
  Object.defineProperty((window as unknown as { google: { script: object } }).google.script, 'run', {
    get: runner,
  });
}

let browser: Browser;
let page: Page;
const data = fixture();

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.addInitScript(installStub, {
    dashboard: data.dashboard,
    criteria: data.criteria,
    busyMessage: 'Đang có người khác chạy một lệnh trên bảng tính này.',
  });
  await page.goto(SIDEBAR);
  await page.waitForSelector('#quotas li');
});
afterEach(async () => page?.close());

const calls = () => page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);

describe('the sidebar in Chromium', () => {
  it('renders the dashboard: counts, milestones and one bar per quota holder, shortfalls first', async () => {
    expect(await page.locator('#summary dd').allTextContents()).toEqual(
      [
        data.dashboard.summary.rows,
        data.dashboard.summary.valid,
        data.dashboard.summary.errors,
        data.dashboard.summary.warnings,
      ].map(String),
    );
    // The issues counted by kind, errors first, so what staff must fix is read before the warnings.
    const kinds = page.locator('#kinds li');
    expect(await kinds.allTextContents()).toEqual(data.dashboard.kinds.map((k) => `${k.count} ${k.label}`));
    expect(await kinds.count()).toBeGreaterThan(1);
    expect(await kinds.first().getAttribute('class')).toBe('error');
    expect(await page.locator('#quotas li').count()).toBe(data.dashboard.quotas.length);
    // The year's figures the council's tabs show, read from the same tally.
    const { valid, recognised, pending } = data.dashboard.yearFigures;
    expect(await page.locator('#year-figures').textContent()).toContain(
      `Năm ${data.dashboard.year}: ${valid} đề cử hợp lệ · ${recognised} công nhận · ${pending} chưa quyết định`,
    );
    expect(await page.locator('#quotas li').first().getAttribute('class')).toBe('short');
    expect(await page.locator('#quotas li.met').first().getAttribute('data-unit')).toBe('CA');
    // On 10/05/2023: the communes' review (quarter I) is past, quarter II's two are under way, the final one ahead.
    expect(await page.locator('#milestones li.past').count()).toBe(1);
    expect(await page.locator('#milestones li.now').allTextContents()).toEqual([
      'Quý II/2023 · Sơ kết ngành Giáo dục và Đào tạo (đang diễn ra)',
      'Quý II/2023 · Hội nghị sơ kết, biểu dương điển hình tiên tiến của huyện (đang diễn ra)',
    ]);
    expect(await page.locator('#milestones li.upcoming').count()).toBe(1);
    expect(await page.locator('#subtitle').textContent()).toContain('năm xét 2024');
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'sidebar.png'), fullPage: true });
  });

  it('shows hostile cell texts as literal text and runs nothing', async () => {
    const text = await page.locator('#issues').textContent();
    expect(text).toContain('</script><script>window.__pwned=2</scr');
    expect(await page.locator('#issues img, #issues script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('links each council tab to its PDF export (A4 landscape, fitted, headings repeated) and drops any other link', async () => {
    const links = page.locator('#print-links a');
    expect(await links.allTextContents()).toEqual(['Tổng hợp 2024 — Xuất PDF']);
    const href = new URL((await links.first().getAttribute('href')) ?? '');
    expect(href.pathname).toBe('/spreadsheets/d/1AbC-id_9/export');
    expect(Object.fromEntries(href.searchParams)).toMatchObject({
      format: 'pdf',
      gid: '123',
      size: 'A4',
      portrait: 'false',
      fitw: 'true',
      fzr: 'true',
      gridlines: 'false',
      pagenum: 'CENTER',
    });
    expect(await links.first().getAttribute('target')).toBe('_blank');
    expect(await page.locator('#workbook-xlsx').getAttribute('href')).toContain('/export?format=xlsx');
  });

  it('opens the print view from its “Xem bản in” button, through openPrintView, and says which documents it holds', async () => {
    await page.click('#print-view');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Đã mở'));
    expect(await calls()).toContainEqual(['openPrintView']);
    expect(await page.locator('#status').textContent()).toBe('Đã mở bản in: Chỉ tiêu 2024, Tổng hợp 2024.');
  });

  it('offers a prepared e-mail to each unit short of quota and one to all, and drops any link that is not mailto', async () => {
    const links = page.locator('#reminders a');
    const texts = await links.allTextContents();
    expect(texts[0]).toBe('Gửi một thư cho tất cả các đơn vị này');
    expect(texts).toContain('Nhắc Thị trấn Chợ Rã');
    const chora = await page
      .locator('#reminders a', { hasText: 'Nhắc Thị trấn Chợ Rã' })
      .getAttribute('href');
    expect(chora).toMatch(/^mailto:chora%40babe\.example\.vn,vanthu%40babe\.example\.vn\?subject=/);
    expect(await page.locator('#reminders').textContent()).toContain(
      'Chưa có “Đầu mối (email)” trong trang Đơn vị (34): Xã Bành Trạch',
    );
    expect(await page.locator('#reminders a[href^="javascript"]').count()).toBe(0);
  });

  it('filters the quota bars by unit category', async () => {
    await page.selectOption('#category', 'Công an');
    expect(await page.locator('#quotas li').count()).toBe(1);
    expect(await page.locator('#quotas li .quota-label').first().textContent()).toContain('Công an huyện');
  });

  it('lists the units whose period plan or plan for the year has not arrived, each plan on its line, under the same category filter', async () => {
    const holders = data.dashboard.quotas.length;
    expect(await page.locator('#unit-plans-section').isVisible()).toBe(true);
    expect(await page.locator('#unit-plans-note').textContent()).toBe(
      `Đã gửi kế hoạch giai đoạn: 1/${holders} đơn vị; kế hoạch năm 2024: 1/${holders}. Chưa đủ của:`,
    );
    expect(await page.locator('#unit-plans li').count()).toBe(holders - 1);
    mkdirSync(OUTPUT, { recursive: true });
    await page.locator('#unit-plans-section').screenshot({ path: join(OUTPUT, 'sidebar-unit-plans.png') });
    await page.selectOption('#category', 'Công an');
    expect(await page.locator('#unit-plans li').allTextContents()).toEqual([
      'Công an huyệnGiai đoạn 2021–2025: Chưa gửiNăm 2024: Chưa nhận (số 7/KH-CAH)',
    ]);
    expect(await page.locator('#unit-plans li .plan').allTextContents()).toEqual([
      'Giai đoạn 2021–2025: Chưa gửi',
      'Năm 2024: Chưa nhận (số 7/KH-CAH)',
    ]);
    // The police met their quota: they are reminded of the plan alone.
    expect(await page.locator('#reminders').textContent()).toContain('Công an huyện');
  });

  it('says before any document is built that the council’s tabs would be drafts, and hides it otherwise', async () => {
    expect(data.dashboard.draft).toBeNull();
    expect(await page.locator('#draft').isHidden()).toBe(true);
    const other = await browser.newPage({ viewport: { width: 300, height: 900 } });
    try {
      const notice = 'Bảng tính còn 1 lỗi ở trang “Đơn vị”: các trang tổng hợp lập lúc này sẽ là dự thảo.';
      await other.addInitScript(installStub, {
        dashboard: { ...data.dashboard, draft: notice },
        criteria: data.criteria,
        busyMessage: '',
      });
      await other.goto(SIDEBAR);
      await other.waitForSelector('#quotas li');
      expect(await other.locator('#draft').textContent()).toBe(notice);
      expect(await other.locator('#draft').isVisible()).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('hides the units’ plans section in a workbook that does not keep them', async () => {
    const other = await browser.newPage({ viewport: { width: 300, height: 900 } });
    try {
      await other.addInitScript(installStub, {
        dashboard: { ...data.dashboard, unitPlans: null },
        criteria: data.criteria,
        busyMessage: '',
      });
      await other.goto(SIDEBAR);
      await other.waitForSelector('#quotas li');
      expect(await other.locator('#unit-plans-section').isHidden()).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('remembers the user’s unit through setMyUnit', async () => {
    await page.selectOption('#unit', 'X01');
    await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
    expect(await calls()).toContainEqual(['setMyUnit', 'X01']);
  });

  it('selects the offending cell when an issue is clicked', async () => {
    const issue = data.dashboard.issues.find((i) => i.code === 'E_UNKNOWN_UNIT');
    await page.locator('#issues button.error', { hasText: 'Đơn vị đề nghị' }).first().click();
    expect(await calls()).toContainEqual(['jumpToCell', issue?.sheet, issue?.row, issue?.columnNumber]);
    expect(issue?.columnNumber).toBe(3);
  });

  it('writes the ticked criteria codes for the selected row', async () => {
    await page.click('#load-criteria');
    await page.waitForSelector('#criteria:not([hidden]) input');
    expect(await page.locator('#criteria-row').textContent()).toContain('Nông Văn Tài');
    expect(await page.locator('#criteria-groups legend').allTextContents()).toEqual(
      data.criteria.groups.map((g) => g.title),
    );
    const staff = allCriteria('2.7', 'C', 'Cán bộ quản lý, giáo viên, nhân viên').split('; ');
    for (const code of staff) await page.check(`#criteria-groups input[value="${code}"]`);
    await page.click('#criteria button[type=submit]');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Đã ghi'));
    const written = (await calls()).find((c) => c[0] === 'setRowCriteria');
    expect(written?.slice(1, 3)).toEqual(['Đề cử', 4]);
    expect([...(written?.[3] as string[])].sort()).toEqual([...staff].sort());
  });

  it('shows a busy state while a command runs and the “someone else is running” error when the lock is held', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { __delay: number; __failCommand: boolean };
      w.__delay = 1500; // long enough to observe the busy state on a loaded machine
      w.__failCommand = true;
    });
    await page.click('button[data-command="check"]');
    expect(await page.locator('button[data-command="check"]').isDisabled()).toBe(true);
    expect(await page.locator('#status').getAttribute('class')).toBe('busy');
    await page.waitForSelector('#status.error');
    expect(await page.locator('#status').textContent()).toContain('Đang có người khác chạy');
    expect(await page.locator('#status').getAttribute('role')).toBe('alert');
    expect(await page.locator('button[data-command="check"]').isDisabled()).toBe(false);
  });

  it('says in Vietnamese what to do when Google refuses the call (several accounts signed in)', async () => {
    const other = await browser.newPage({ viewport: { width: 300, height: 900 } });
    try {
      await other.addInitScript(installStub, {
        dashboard: data.dashboard,
        criteria: data.criteria,
        busyMessage: "ScriptError: We're sorry, a server error occurred. PERMISSION_DENIED",
      });
      await other.goto(SIDEBAR);
      await other.waitForSelector('#quotas li');
      await other.evaluate(() => ((window as unknown as { __failCommand: boolean }).__failCommand = true));
      await other.click('button[data-command="check"]');
      await other.waitForSelector('#status.error');
      const said = (await other.locator('#status').textContent()) ?? '';
      expect(said).toContain('nhiều tài khoản Google');
      expect(said).toContain('cửa sổ ẩn danh');
      expect(said).not.toContain('PERMISSION_DENIED');
    } finally {
      await other.close();
    }
  });

  it('is usable from the keyboard: every control can take focus', async () => {
    const focusable = await page.$$eval(
      'button, select',
      (nodes) => nodes.filter((n) => (n as HTMLElement).tabIndex >= 0).length,
    );
    expect(focusable).toBeGreaterThan(6);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-command'))).toBe('check');
  });
});

/**
 * Apps Script serves a bound script's sidebar and dialogs in an iframe sandboxed with exactly these
 * flags (guides/html/restrictions): no allow-top-navigation, so a link that would navigate the page
 * itself is refused; links must open a new window.
 */
const APPS_SCRIPT_SANDBOX =
  'allow-same-origin allow-forms allow-scripts allow-popups allow-downloads allow-modals allow-popups-to-escape-sandbox';

describe('the sidebar inside Apps Script’s sandbox (Chromium)', () => {
  it('opens every kind of link in a new window, refuses none, and jumps to a cell', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
    const sandboxed = await context.newPage();
    const refused: string[] = [];
    sandboxed.on('console', (m) => {
      if (/Unsafe attempt|Blocked/i.test(m.text())) refused.push(m.text());
    });
    try {
      await sandboxed.addInitScript(installStub, {
        dashboard: data.dashboard,
        criteria: data.criteria,
        busyMessage: '',
      });
      // Served under one made-up origin, none of it from the network; Google's export links answer here too.
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.endsWith('/host.html'))
          return route.fulfill({
            contentType: 'text/html',
            body: `<iframe id="ui" sandbox="${APPS_SCRIPT_SANDBOX}" src="/sidebar.html" width="300" height="880"></iframe>`,
          });
        if (url.endsWith('/sidebar.html'))
          return route.fulfill({
            contentType: 'text/html',
            path: join(__dirname, '../../dist/addon/Sidebar.html'),
          });
        return route.fulfill({ contentType: 'text/plain', body: 'ok' });
      });
      await sandboxed.goto('http://apps-script.test/host.html');
      const frame = sandboxed.frameLocator('#ui');
      await frame.locator('#quotas li').first().waitFor();

      const opened: string[] = [];
      context.on('page', (p) => opened.push(p.url()));
      // A reminder (mailto:), a tab's PDF export and the whole workbook's .xlsx export: each opens a
      // window of its own (a mailto: one hands the message to the mail program).
      for (const link of ['#print-links a', '#workbook-xlsx', '#reminders a'])
        await frame.locator(link).first().click();
      for (let waited = 0; opened.length < 2 && waited < 15_000; waited += 100)
        await sandboxed.waitForTimeout(100);
      expect(opened.join(' ')).toContain('export?format=pdf');
      expect(opened.join(' ')).toContain('export?format=xlsx');
      // Headless Chromium hands a mailto: window straight to the (absent) mail program, so no page is
      // seen for it; what the sandbox would refuse is a navigation of the page itself, logged below.
      expect(await frame.locator('#reminders a').first().getAttribute('target')).toBe('_blank');
      // A cell jump is a call to the server, not a link.
      await frame.locator('#issues button').first().click();
      await frame.locator('body').evaluate(
        () =>
          new Promise((done) => {
            const w = window as unknown as { __calls: unknown[][] };
            const wait = () =>
              w.__calls.some((c) => c[0] === 'jumpToCell') ? done(true) : setTimeout(wait, 50);
            wait();
          }),
      );
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
