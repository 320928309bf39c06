/**
 * The fake's own behaviour: the Apps Script quirks it must reproduce (formulas from "=" strings,
 * plain-text "@" cells, dimension checks, merges, locks) and the call counting adapter tests rely on.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { createFakeEnv, installFakeGlobals, type FakeEnv } from './gas';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheetOf(env: FakeEnv, name: string): Sheet {
  const sheet = env.SpreadsheetApp.getActive().getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('values and formulas', () => {
  it('turns a written string starting with "=" into a formula whose value is unknown until computed', () => {
    const env = createFakeEnv({ sheets: { Data: [] } });
    const range = sheetOf(env, 'Data').getRange('A1:B1');

    range.setValues([['=SUM(1,2)', 'text']]);

    expect(range.getFormulas()).toEqual([['=SUM(1,2)', '']]);
    expect(range.getValues()).toEqual([['', 'text']]);
    env.spreadsheet.setFormulaResult('Data', 'A1', 3);
    expect(range.getValues()).toEqual([[3, 'text']]);
  });

  it('returns empty strings for empty cells and copies of stored dates', () => {
    const day = new Date(Date.UTC(2025, 0, 15));
    const env = createFakeEnv({ sheets: { Data: [['a', null, day]] } });

    const values = sheetOf(env, 'Data').getRange('A1:D1').getValues();

    expect(values).toEqual([['a', '', day, '']]);
    (values[0][2] as Date).setUTCFullYear(1999);
    expect(env.spreadsheet.peek('Data').values[0][2]).toEqual(day);
  });

  it('refuses a setValues whose data does not match the range, and writes nothing', () => {
    const env = createFakeEnv({ sheets: { Data: [] } });
    const range = sheetOf(env, 'Data').getRange(1, 1, 2, 2);

    expect(() => range.setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([['a', 'b'], ['c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setBackgrounds([['#ff0000']])).toThrow('number of rows');
    expect(env.spreadsheet.peek('Data').values).toEqual([]);
  });
});

describe('ranges', () => {
  it('checks getRange arguments as Apps Script does', () => {
    const env = createFakeEnv();
    const sheet = env.SpreadsheetApp.getActive().getSheets()[0];

    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 18278, 1, 2)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1.5, 1)).toThrow("Cannot convert '1.5' to int.");
    expect(() => sheet.getRange('A1:B2:C3')).toThrow('Range not found');
    expect(sheet.getRange(1, 18278).getA1Notation()).toBe('ZZZ1');
  });
});

describe('data validation', () => {
  it('rejects a value outside a strict list, as Sheets does for "reject input" rules', () => {
    const env = createFakeEnv({ sheets: { Data: [] } });
    const app = env.SpreadsheetApp;
    const cell = sheetOf(env, 'Data').getRange('A1');
    cell.setDataValidation(
      app.newDataValidation().requireValueInList(['Có', 'Không']).setAllowInvalid(false).build(),
    );

    cell.setValue('Có');
    expect(() => cell.setValue('Có lẽ')).toThrow('violates the data validation rules');
    expect(cell.getValue()).toBe('Có');
  });
});

describe('sheets and spreadsheet', () => {
  it('returns the existing sheet protection instead of adding another', () => {
    const env = createFakeEnv();
    const app = env.SpreadsheetApp;
    const sheet = app.getActive().getSheets()[0];

    sheet.protect().setDescription('Bảng sinh tự động').setWarningOnly(true);
    sheet.protect();

    const protections = sheet.getProtections(app.ProtectionType.SHEET);
    expect(protections.map((p) => [p.getDescription(), p.isWarningOnly()])).toEqual([
      ['Bảng sinh tự động', true],
    ]);
    protections[0].remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });
});

describe('call counting', () => {
  it('counts every service call once, under Service.method, and not the test helpers', () => {
    const env = createFakeEnv({ sheets: { Data: [['a']] } });

    const values = env.SpreadsheetApp.getActive().getSheetByName('Data')?.getDataRange().getValues();
    env.spreadsheet.peek('Data');
    env.spreadsheet.poke('Data', 'B1', [['b']]);

    expect(values).toEqual([['a']]);
    expect(env.calls.total).toBe(4);
    expect(env.calls.byMethod).toEqual({
      'SpreadsheetApp.getActive': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
    });
    expect(env.calls.count('Range.getValues')).toBe(1);
    env.calls.reset();
    expect([env.calls.total, env.calls.log]).toEqual([0, []]);
  });

  it('counts a batched read and write the same whatever the number of rows', () => {
    const copyThrough = (rows: number) => {
      const grid = Array.from({ length: rows }, (_, i) => [i, `row ${i}`]);
      const env = createFakeEnv({ sheets: { In: grid, Out: [] } });
      const ss = env.SpreadsheetApp.getActive();
      const values = ss.getSheetByName('In')!.getDataRange().getValues();
      ss.getSheetByName('Out')!.getRange(1, 1, values.length, 2).setValues(values);
      expect(env.spreadsheet.peek('Out').values).toEqual(grid);
      return { total: env.calls.total, byMethod: { ...env.calls.byMethod } };
    };

    expect(copyThrough(2000)).toEqual(copyThrough(3));
  });

  it('records every public Apps Script method under its own name, first thing', () => {
    // A source check rather than a runtime one: TypeScript's private methods are ordinary
    // methods at runtime, so only the source tells which methods are Apps Script's.
    // Test helpers of FakeSpreadsheet and FakeUi, which must not count.
    const helpers = new Set([
      'asGas',
      'sheetNames',
      'peek',
      'peekCell',
      'peekMetadata',
      'poke',
      'setFormulaResult',
      'answerNext',
      'answerNextPrompt',
    ]);
    const serviceFiles = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const problems: string[] = [];
    let checked = 0;
    for (const file of serviceFiles) {
      const lines = readFileSync(join(__dirname, file), 'utf8').split('\n');
      // Only classes that record calls: those extending Counted or SheetBound.
      let inService = false;
      lines.forEach((line, i) => {
        if (/^export (abstract )?class /.test(line))
          inService = /extends (Counted|SheetBound)\b/.test(lines.slice(i, i + 3).join(' '));
        const method = /^ {2}(\w+)\(/.exec(line)?.[1];
        if (!inService || !method || method === 'constructor' || helpers.has(method)) return;
        let end = i;
        while (!lines[end].trimEnd().endsWith('{')) end++;
        checked++;
        if (lines[end + 1].trim() !== `this.hit('${method}');`) problems.push(`${file}:${i + 1} ${method}`);
      });
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('counts a call that throws', () => {
    const env = createFakeEnv();
    const sheet = env.SpreadsheetApp.getActive().getSheets()[0];
    env.calls.reset();

    expect(() => sheet.getRange(0, 1)).toThrow();
    expect(env.calls.byMethod).toEqual({ 'Sheet.getRange': 1 });
  });
});

describe('locks', () => {
  it('fails to take a lock another execution holds, and takes it once we may wait long enough', () => {
    const env = createFakeEnv();
    env.locks.document.holdByOther({ releasesAfterMs: 5_000 });
    const lock = env.LockService.getDocumentLock();

    expect(lock.tryLock(1_000)).toBe(false);
    expect(env.locks.document.heldBy).toBe('other');
    expect(lock.tryLock(10_000)).toBe(true);
    expect(env.locks.document.heldBy).toBe('us');
    lock.releaseLock();
    expect(env.locks.document.heldBy).toBe('nobody');
  });
});

describe('ui, html and the other services', () => {
  it('records menus with separators as null, and alerts answered with their first button', () => {
    const env = createFakeEnv();
    const ui = env.SpreadsheetApp.getUi();

    ui.createMenu('Điển hình').addItem('Kiểm tra', 'validateNominations').addSeparator().addToUi();

    expect(env.ui.menus).toEqual([
      {
        title: 'Điển hình',
        items: [{ caption: 'Kiểm tra', functionName: 'validateNominations' }, null],
      },
    ]);
    expect(ui.alert('Xác nhận', 'Ghi đè?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alert('Xong')).toBe(ui.Button.OK);
    expect(env.ui.alerts).toEqual([
      { title: 'Xác nhận', prompt: 'Ghi đè?', buttons: 'YES_NO', answer: 'YES' },
      { title: null, prompt: 'Xong', buttons: 'OK', answer: 'OK' },
    ]);
  });

  it('serves HTML files by name and records sidebars', () => {
    const env = createFakeEnv({ htmlFiles: { 'Sidebar.html': '<h1>Bảng điều khiển</h1>' } });

    const html = env.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Điển hình tiên tiến');
    env.SpreadsheetApp.getUi().showSidebar(html);

    expect(env.ui.sidebars).toEqual([{ title: 'Điển hình tiên tiến', content: '<h1>Bảng điều khiển</h1>' }]);
    expect(() => env.HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });

  it('records modal dialogs built from text, with their title and size (600 × 400 unless set)', () => {
    const env = createFakeEnv();
    const ui = env.SpreadsheetApp.getUi();
    ui.showModalDialog(
      env.HtmlService.createHtmlOutput('<p>Bản in</p>').setWidth(1140).setHeight(760),
      'Xem',
    );
    ui.showModalDialog(env.HtmlService.createHtmlOutput('<p>Khác</p>'), 'Khác');
    expect(env.ui.dialogs).toEqual([
      { title: 'Xem', content: '<p>Bản in</p>', width: 1140, height: 760 },
      { title: 'Khác', content: '<p>Khác</p>', width: 600, height: 400 },
    ]);
    const loose = env.HtmlService as unknown as { createHtmlOutput(v: unknown): unknown };
    expect(() => loose.createHtmlOutput(42)).toThrow(/HtmlService.createHtmlOutput/);
  });

  it('formats dates in a time zone with Java patterns', () => {
    const env = createFakeEnv();
    const instant = new Date(Date.UTC(2025, 11, 31, 20, 5, 9));

    expect(env.Utilities.formatDate(instant, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm:ss')).toBe(
      '01/01/2026 03:05:09',
    );
    expect(env.Utilities.formatDate(instant, 'GMT+7', "yyyy-MM-dd'T'HH:mm")).toBe('2026-01-01T03:05');
    expect(env.Utilities.formatDate(instant, 'UTC', 'yy-M-d')).toBe('25-12-31');
  });

  it('keeps properties as strings', () => {
    const env = createFakeEnv({ userEmail: 'canbo@example.vn' });
    const props = env.PropertiesService.getDocumentProperties();

    props.setProperty('lastRun', '2025-01-01').setProperty('a', 1 as unknown as string);

    expect(props.getProperty('lastRun')).toBe('2025-01-01');
    expect(props.getProperty('missing')).toBeNull();
    expect(env.properties.document.get('a')).toBe('1');
    props.deleteProperty('a');
    expect(env.properties.document.has('a')).toBe(false);
  });

  it('installs the fakes as globals and puts back what was there', () => {
    const env = createFakeEnv();
    const target: Record<string, unknown> = { Session: 'before' };

    const uninstall = installFakeGlobals(env, target);
    expect([target.SpreadsheetApp, target.Session]).toEqual([env.SpreadsheetApp, env.Session]);
    uninstall();

    expect(target).toEqual({ Session: 'before' });
  });
});

const OWNER = 'thuky@huyen.gov.vn';
const CLERK = 'vanthu.xa@huyen.gov.vn';
const OUTSIDER = 'ai.do@gmail.com';

/** A spreadsheet owned by the council's secretary, with one protected tab, `Đơn vị`. */
function ownedEnv(extra: Parameters<typeof createFakeEnv>[0] = {}): FakeEnv {
  return createFakeEnv({
    userEmail: OWNER,
    sheets: {
      'Đơn vị': [
        ['Mã', 'Tên'],
        ['X1', 'Xã Một'],
      ],
      'Đề cử': [['STT']],
    },
    ...extra,
  });
}

describe('protection with editors', () => {
  it('starts a protection with the owner, the user who made it and the spreadsheet’s other editors', () => {
    const env = ownedEnv({ sharedWith: [CLERK] });
    const protection = sheetOf(env, 'Đơn vị').protect();

    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OWNER, CLERK]);
    expect(protection.canDomainEdit()).toBe(false);
    expect(env.spreadsheet.peek('Đơn vị').protections).toEqual([
      {
        type: 'SHEET',
        range: null,
        description: '',
        warningOnly: false,
        editors: [OWNER, CLERK],
        domainEdit: false,
        unprotected: [],
      },
    ]);
  });

  it('refuses a write under a protection the running user is not an editor of, and changes nothing', () => {
    const env = ownedEnv();
    const protection = sheetOf(env, 'Đơn vị').getRange('A1:B1').protect().setDescription('Tiêu đề');
    expect([protection.canEdit(), sheetOf(env, 'Đơn vị').getRange('A1').canEdit()]).toEqual([true, true]);

    env.runAs(CLERK);
    const sheet = sheetOf(env, 'Đơn vị');
    expect(() =>
      sheet.getRange('A1:B2').setValues([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(env.spreadsheet.peek('Đơn vị').values).toEqual([
      ['Mã', 'Tên'],
      ['X1', 'Xã Một'],
    ]);
    expect(sheet.getRange('A1:B2').getValues()[0]).toEqual(['Mã', 'Tên']);
    expect([sheet.getRange('A1').canEdit(), sheet.getRange('A2:B9').canEdit()]).toEqual([false, true]);
    expect(
      env.SpreadsheetApp.getActive().getProtections(env.SpreadsheetApp.ProtectionType.RANGE)[0].canEdit(),
    ).toBe(false);
    sheet.getRange('A2').setValue('X2');
  });

  it('lets a listed editor write, and anyone in the owner’s domain once domain edit is on', () => {
    const env = ownedEnv();
    const protection = sheetOf(env, 'Đơn vị').protect();
    protection.removeEditors(protection.getEditors()).addEditor('Vanthu.Xa@huyen.gov.vn');

    env.runAs(CLERK);
    sheetOf(env, 'Đơn vị').getRange('C1').setValue('Ghi chú');
    env.runAs('truongphong@huyen.gov.vn');
    expect(() => sheetOf(env, 'Đơn vị').getRange('C1').setValue('x')).toThrow('protected cell');

    env.runAs(OWNER);
    protection.setDomainEdit(true);
    env.runAs('truongphong@huyen.gov.vn');
    sheetOf(env, 'Đơn vị').getRange('C1').setValue('Đã xem');
    env.runAs(OUTSIDER);
    expect(() => sheetOf(env, 'Đơn vị').getRange('C1').setValue('x')).toThrow('protected cell');
    expect(env.spreadsheet.peekCell('Đơn vị', 'C1').value).toBe('Đã xem');
  });

  it('never removes the owner or the running user from the editors; removing the others closes the protection', () => {
    const env = ownedEnv({ sharedWith: [CLERK] });
    const protection = sheetOf(env, 'Đơn vị').getRange('A:A').protect();

    env.runAs(CLERK);
    sheetOf(env, 'Đơn vị').getRange('A3').setValue('X3');
    env.runAs(OWNER);
    protection.removeEditors(protection.getEditors());
    protection.removeEditor(OWNER);

    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    env.runAs(CLERK);
    expect(() => sheetOf(env, 'Đơn vị').getRange('A4').setValue('X4')).toThrow('protected cell');
    expect(env.spreadsheet.peek('Đơn vị').values.map((row) => row[0])).toEqual(['Mã', 'X1', 'X3']);
  });

  it('never stops a script with a warning-only protection', () => {
    const env = ownedEnv();
    sheetOf(env, 'Đơn vị').protect().setWarningOnly(true);

    env.runAs(CLERK);
    const sheet = sheetOf(env, 'Đơn vị');
    sheet.getRange('A2').setValue('X9');
    sheet.setName('Đơn vị (cũ)');

    expect(sheet.getProtections(env.SpreadsheetApp.ProtectionType.SHEET)[0].canEdit()).toBe(true);
    expect(env.spreadsheet.peekCell('Đơn vị (cũ)', 'A2').value).toBe('X9');
  });

  it('lets only an editor of a protection read its editors or change it', () => {
    const env = ownedEnv();
    sheetOf(env, 'Đơn vị').getRange('A1').protect().setDescription('Mã đơn vị');
    env.runAs(CLERK);
    const [protection] = sheetOf(env, 'Đơn vị').getProtections(env.SpreadsheetApp.ProtectionType.RANGE);

    expect([protection.canEdit(), protection.getDescription(), protection.isWarningOnly()]).toEqual([
      false,
      'Mã đơn vị',
      false,
    ]);
    const refused = [
      () => protection.getEditors(),
      () => protection.canDomainEdit(),
      () => protection.addEditor(CLERK),
      () => protection.removeEditor(OWNER),
      () => protection.setDomainEdit(true),
      () => protection.setDescription('x'),
      () => protection.setWarningOnly(true),
      () => protection.remove(),
    ];
    for (const change of refused) expect(change).toThrow('protected cell');
    expect(env.spreadsheet.peek('Đơn vị').protections).toEqual([
      expect.objectContaining({ description: 'Mã đơn vị', editors: [OWNER], warningOnly: false }),
    ]);
  });

  it('lists the protections of every sheet from the spreadsheet, with User arguments accepted', () => {
    const env = ownedEnv();
    const app = env.SpreadsheetApp;
    sheetOf(env, 'Đơn vị').protect().addEditor(app.getActive().getOwner()!);
    sheetOf(env, 'Đề cử').getRange('A1').protect().addEditors([CLERK, OUTSIDER]).removeEditor(OUTSIDER);

    const ss = app.getActive();
    expect(ss.getProtections(app.ProtectionType.SHEET).map((p) => p.getRange().getSheet().getName())).toEqual(
      ['Đơn vị'],
    );
    expect(
      ss.getProtections(app.ProtectionType.RANGE).map((p) => p.getEditors().map((u) => u.getEmail())),
    ).toEqual([[OWNER, CLERK]]);
  });
});

describe('freezing and merged cells', () => {});

describe('the time limit', () => {
  it('stops every call after killAfter(n), so clean-up in a catch cannot change the workbook', () => {
    const env = createFakeEnv({ sheets: { Data: [] } });
    const ss = env.SpreadsheetApp.getActive();
    const lock = env.LockService.getDocumentLock();
    lock.tryLock(1000);
    env.killAfter(3);

    const run = () => {
      const tab = ss.insertSheet('Đang dựng');
      try {
        tab.getRange('A1').setValue('a');
        tab.getRange('A2').setValue('b');
      } catch (error) {
        ss.deleteSheet(tab);
        throw error;
      }
    };

    expect(run).toThrow('Exceeded maximum execution time');
    expect(env.spreadsheet.sheetNames()).toEqual(['Data', 'Đang dựng']);
    expect(env.spreadsheet.peek('Đang dựng').values).toEqual([['a']]);
    expect(env.locks.document.heldBy).toBe('nobody');
    expect(() => env.Session.getScriptTimeZone()).toThrow('Exceeded maximum execution time');
    env.revive();
    ss.deleteSheet(ss.getSheetByName('Đang dựng')!);
    expect(env.spreadsheet.sheetNames()).toEqual(['Data']);
  });

  it('counts calls as before, the refused one included', () => {
    const env = createFakeEnv();
    env.killAfter(1);

    env.SpreadsheetApp.getActive();
    expect(() => env.SpreadsheetApp.getActive()).toThrow('Exceeded maximum execution time');
    expect(env.calls.byMethod).toEqual({ 'SpreadsheetApp.getActive': 2 });
  });
});

describe('time zones and dates', () => {
  it('keeps the spreadsheet’s and the script’s time zones apart', () => {
    const env = createFakeEnv({ timeZone: 'Asia/Ho_Chi_Minh', scriptTimeZone: 'Europe/London' });

    expect([
      env.SpreadsheetApp.getActive().getSpreadsheetTimeZone(),
      env.Session.getScriptTimeZone(),
    ]).toEqual(['Asia/Ho_Chi_Minh', 'Europe/London']);
    expect(createFakeEnv().Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });

  it('formats a date in the time zone asked for, summer time included', () => {
    const env = createFakeEnv();
    const winter = new Date(Date.UTC(2025, 0, 15, 3, 30));
    const summer = new Date(Date.UTC(2025, 6, 15, 3, 30));

    expect(env.Utilities.formatDate(winter, 'America/New_York', 'dd/MM HH:mm Z')).toBe('14/01 22:30 -0500');
    expect(env.Utilities.formatDate(summer, 'America/New_York', 'dd/MM HH:mm Z')).toBe('14/07 23:30 -0400');
    expect(env.Utilities.formatDate(summer, 'Asia/Ho_Chi_Minh', 'dd/MM HH:mm Z')).toBe('15/07 10:30 +0700');
  });

  it('turns a typed "2.10" into 2 October under dottedDates, unless the cell is text', () => {
    jest.useFakeTimers({ now: new Date(Date.UTC(2025, 5, 1)) });
    try {
      const env = createFakeEnv({ dottedDates: true, sheets: { Data: [] } });
      const range = sheetOf(env, 'Data').getRange('A1:E1');
      range.setNumberFormats([
        ['0.###############', '0.###############', '@', '0.###############', 'General'],
      ]);

      range.setValues([['2.10', '12.3', '2.10', "'2.10", '2.35']]);

      const [october, march, text, quoted, decimal] = range.getValues()[0];
      expect((october as Date).toISOString()).toBe('2025-10-01T17:00:00.000Z');
      expect((march as Date).toISOString()).toBe('2025-03-11T17:00:00.000Z');
      expect([text, quoted, decimal]).toEqual(['2.10', '2.10', 2.35]);
      expect(
        createFakeEnv().SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('2.10').getValue(),
      ).toBe(2.1);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('backgrounds', () => {});
