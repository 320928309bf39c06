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

  it('parses strings as a user typing would: "2.10" becomes 2.1 and "TRUE" a boolean', () => {
    const env = createFakeEnv({ sheets: { Data: [] } });
    const range = sheetOf(env, 'Data').getRange(1, 1, 1, 4);

    range.setValues([['2.10', 'TRUE', "'007", 'Nguyễn Văn A']]);

    expect(range.getValues()).toEqual([[2.1, true, '007', 'Nguyễn Văn A']]);
    expect(range.getDisplayValues()).toEqual([['2.1', 'TRUE', '007', 'Nguyễn Văn A']]);
  });

  it('keeps strings exactly, "=" included, in cells formatted "@" (plain text)', () => {
    const env = createFakeEnv({ sheets: { Data: [] } });
    const range = sheetOf(env, 'Data').getRange(2, 2, 1, 3);

    range.setNumberFormats([['@', '@', '@']]);
    range.setValues([['=HYPERLINK("x")', '2.10', '+84 912']]);

    expect(range.getValues()).toEqual([['=HYPERLINK("x")', '2.10', '+84 912']]);
    expect(range.getFormulas()).toEqual([['', '', '']]);
    expect(range.getNumberFormats()).toEqual([['@', '@', '@']]);
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
    const sheet = env.SpreadsheetApp.getActiveSheet();

    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 18278, 1, 2)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1.5, 1)).toThrow("Cannot convert '1.5' to int.");
    expect(() => sheet.getRange('A1:B2:C3')).toThrow('Range not found');
    expect(sheet.getRange(1, 18278).getA1Notation()).toBe('ZZZ1');
  });

  it('reads sheet-qualified and open-ended A1 notation', () => {
    const env = createFakeEnv({ sheets: { Sheet1: [], 'Đề cử': [] } });

    const cell = env.SpreadsheetApp.getActive().getRange("'Đề cử'!B3");
    const column = sheetOf(env, 'Đề cử').getRange('C2:C');

    expect([cell.getSheet().getName(), cell.getA1Notation()]).toEqual(['Đề cử', 'B3']);
    expect([column.getA1Notation(), column.getRow(), column.getNumRows(), column.isEndRowBounded()]).toEqual([
      'C2:C',
      2,
      999,
      false,
    ]);
  });

  it('bounds getDataRange by the last cell with content, ignoring formatting', () => {
    const env = createFakeEnv({ sheets: { Data: [] } });
    const sheet = sheetOf(env, 'Data');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);

    sheet.getRange('B2:C5').setValues([
      ['a', ''],
      ['', ''],
      ['', '=1+1'],
      ['', ''],
    ]);
    sheet.getRange('A1:Z50').setBackground('#EEEEEE');

    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect(sheet.getDataRange().getValues()).toEqual([
      ['', '', ''],
      ['', 'a', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(sheet.getRange('A1').getBackground()).toBe('#eeeeee');
  });

  it('grows the sheet when a write reaches past its last row', () => {
    const env = createFakeEnv({ sheets: { Data: [] } });
    const sheet = sheetOf(env, 'Data');

    sheet.getRange(1001, 1, 2, 1).setValues([['x'], ['y']]);

    expect([sheet.getMaxRows(), sheet.getLastRow()]).toEqual([1002, 1002]);
    expect(env.spreadsheet.peek('Data').growths).toBe(1);
  });

  it('keeps only the top-left value of merged cells, and refuses to cut through a merge', () => {
    const env = createFakeEnv({
      sheets: {
        Data: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    });
    const sheet = sheetOf(env, 'Data');

    sheet.getRange('A1:B2').merge();
    sheet.getRange('B2').setValue('ignored');

    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['a', ''],
      ['', ''],
    ]);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
    expect(
      sheet
        .getRange('A1:C3')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:B2']);
    expect(() => sheet.getRange('A1:A2').breakApart()).toThrow(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
    sheet.getRange('A1:B2').breakApart();
    expect(env.spreadsheet.peek('Data').merges).toEqual([]);
  });

  it('formats every range of a RangeList in one call', () => {
    const env = createFakeEnv({
      sheets: {
        Data: [
          ['h1', 'h2'],
          ['v', 'w'],
        ],
      },
    });
    const list = sheetOf(env, 'Data').getRangeList(['A1:B1', 'A2']);
    env.calls.reset();

    list.setFontWeight('bold').setBackground('#D9EAD3').setNote('ghi chú');

    expect(env.calls.byMethod).toEqual({
      'RangeList.setFontWeight': 1,
      'RangeList.setBackground': 1,
      'RangeList.setNote': 1,
    });
    const grid = env.spreadsheet.peek('Data');
    expect(grid.fontWeights).toEqual([
      ['bold', 'bold'],
      ['bold', 'normal'],
    ]);
    expect(grid.backgrounds[1]).toEqual(['#d9ead3', '#ffffff']);
    expect(grid.notes[1]).toEqual(['ghi chú', '']);
  });
});

describe('data validation', () => {
  it('stores dropdown rules per cell, with null where there is none', () => {
    const env = createFakeEnv({ sheets: { 'Đề cử': [], 'Danh mục': [['Mã'], ['A'], ['B']] } });
    const app = env.SpreadsheetApp;
    const source = sheetOf(env, 'Danh mục').getRange('A2:A');
    const rule = app.newDataValidation().requireValueInRange(source, true).setAllowInvalid(true).build();

    sheetOf(env, 'Đề cử').getRange(2, 3, 2, 1).setDataValidation(rule);

    const rules = sheetOf(env, 'Đề cử').getRange('C1:C3').getDataValidations();
    expect(rules[0][0]).toBeNull();
    expect(String(rules[1][0]?.getCriteriaType())).toBe('VALUE_IN_RANGE');
    expect(rules[1][0]?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    expect(env.spreadsheet.peekCell('Đề cử', 'C3').validation).toEqual({
      type: 'VALUE_IN_RANGE',
      range: "'Danh mục'!A2:A",
      showDropdown: true,
      allowInvalid: true,
      helpText: null,
    });
  });

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
  it('refuses a second sheet of the same name, whatever its case', () => {
    const env = createFakeEnv({ sheets: { 'Đề cử': [] } });
    const ss = env.SpreadsheetApp.getActive();

    expect(() => ss.insertSheet('đề cử')).toThrow(
      'A sheet with the name "đề cử" already exists. Please enter another name.',
    );
    const added = ss.insertSheet('Kết quả kiểm tra');
    expect(() => added.setName('Đề Cử')).toThrow('already exists');
    expect(ss.getSheetById(added.getSheetId())?.getName()).toBe('Kết quả kiểm tra');
    expect(ss.getActiveSheet().getName()).toBe('Kết quả kiểm tra');
    expect(env.spreadsheet.sheetNames()).toEqual(['Đề cử', 'Kết quả kiểm tra']);
  });

  it('gives sheets stable ids unrelated to their position, and forgets deleted ones', () => {
    const env = createFakeEnv({ sheets: { A: [], B: [] } });
    const ss = env.SpreadsheetApp.getActive();
    const b = sheetOf(env, 'B');
    const id = b.getSheetId();

    ss.setActiveSheet(b);
    ss.moveActiveSheet(1);
    expect([b.getIndex(), b.getSheetId()]).toEqual([1, id]);
    ss.deleteSheet(b);
    expect(ss.getSheetById(id)).toBeNull();
    expect(() => b.getName()).toThrow('has been deleted');
    expect(() => ss.deleteSheet(sheetOf(env, 'A'))).toThrow("You can't remove all the sheets in a document.");
  });

  it('keeps developer metadata with a sheet when it is renamed', () => {
    const env = createFakeEnv({ sheets: { Report: [] } });
    const app = env.SpreadsheetApp;
    const sheet = sheetOf(env, 'Report');

    sheet.addDeveloperMetadata('dienhinh.generated', 'council', app.DeveloperMetadataVisibility.PROJECT);
    sheet.setName('Báo cáo (sửa tay)');

    const found = app.getActive().createDeveloperMetadataFinder().withKey('dienhinh.generated').find();
    expect(found.map((m) => [m.getValue(), m.getLocation().getSheet()?.getName()])).toEqual([
      ['council', 'Báo cáo (sửa tay)'],
    ]);
    expect(app.getActive().getDeveloperMetadata()).toEqual([]);
  });

  it('returns the existing sheet protection instead of adding another', () => {
    const env = createFakeEnv();
    const app = env.SpreadsheetApp;
    const sheet = app.getActiveSheet();

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
    expect(env.calls.countService('Range')).toBe(1);
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
      return env.calls.snapshot();
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
    expect(checked).toBeGreaterThan(200);
  });

  it('counts a call that throws', () => {
    const env = createFakeEnv();
    const sheet = env.SpreadsheetApp.getActiveSheet();
    env.calls.reset();

    expect(() => sheet.getRange(0, 1)).toThrow();
    expect(env.calls.byMethod).toEqual({ 'Sheet.getRange': 1 });
  });
});

describe('locks', () => {
  it('fails to take a lock another execution holds, and takes it once released', () => {
    const env = createFakeEnv();
    env.locks.document.holdByOther();
    const lock = env.LockService.getDocumentLock();

    expect(lock.tryLock(10_000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(10_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );

    env.locks.document.releaseByOther();
    expect(lock.tryLock(10_000)).toBe(true);
    expect([lock.hasLock(), env.locks.document.heldBy]).toEqual([true, 'us']);
    lock.releaseLock();
    expect(env.locks.document.heldBy).toBe('nobody');
  });

  it('succeeds only if willing to wait until the other execution lets go', () => {
    const env = createFakeEnv();
    env.locks.script.holdByOther({ releasesAfterMs: 5_000 });

    expect(env.LockService.getScriptLock().tryLock(1_000)).toBe(false);
    expect(env.LockService.getScriptLock().tryLock(10_000)).toBe(true);
    expect(env.locks.script.attempts.map((a) => a.acquired)).toEqual([false, true]);
    expect(env.locks.document.heldBy).toBe('nobody');
  });
});

describe('ui, html and the other services', () => {
  it('records menus with separators as null, and answers dialogs from a queue', () => {
    const env = createFakeEnv();
    const ui = env.SpreadsheetApp.getUi();

    ui.createMenu('Điển hình').addItem('Kiểm tra', 'validateNominations').addSeparator().addToUi();
    env.ui.answerNext(ui.Button.NO);

    expect(env.ui.menus).toEqual([
      {
        title: 'Điển hình',
        items: [{ caption: 'Kiểm tra', functionName: 'validateNominations' }, null],
      },
    ]);
    expect(ui.alert('Xác nhận', 'Ghi đè?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Xong')).toBe(ui.Button.OK);
    expect(env.ui.alerts).toEqual([
      { title: 'Xác nhận', prompt: 'Ghi đè?', buttons: 'YES_NO', answer: 'NO' },
      { title: null, prompt: 'Xong', buttons: 'OK', answer: 'OK' },
    ]);
    env.ui.available = false;
    expect(() => env.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('serves HTML files by name and records sidebars', () => {
    const env = createFakeEnv({ htmlFiles: { 'Sidebar.html': '<h1>Bảng điều khiển</h1>' } });

    const html = env.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Điển hình tiên tiến');
    env.SpreadsheetApp.getUi().showSidebar(html);

    expect(env.ui.sidebars).toEqual([
      { title: 'Điển hình tiên tiến', content: '<h1>Bảng điều khiển</h1>', width: 0, height: 0 },
    ]);
    expect(() => env.HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });

  it('prints template properties, escaped with <?= and raw with <?!=', () => {
    const env = createFakeEnv({ htmlFiles: { Page: '<b><?= name ?></b><?!= raw ?>' } });
    const template = env.HtmlService.createTemplateFromFile('Page');

    template.name = '<Ba Bể>';
    template.raw = '<i>x</i>';

    expect(template.evaluate().getContent()).toBe('<b>&lt;Ba Bể&gt;</b><i>x</i>');
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

  it('keeps properties as strings and names the active user', () => {
    const env = createFakeEnv({ userEmail: 'canbo@example.vn' });
    const props = env.PropertiesService.getDocumentProperties();

    props.setProperty('lastRun', '2025-01-01').setProperties({ a: '1' });

    expect(props.getProperties()).toEqual({ lastRun: '2025-01-01', a: '1' });
    expect(props.getProperty('missing')).toBeNull();
    expect(env.properties.document.get('a')).toBe('1');
    expect(env.Session.getActiveUser().getEmail()).toBe('canbo@example.vn');
  });

  it('stores rich text as text with links, never as a formula', () => {
    const env = createFakeEnv();
    const app = env.SpreadsheetApp;
    const cell = app.getActiveSheet().getRange('A1');

    cell.setRichTextValue(
      app.newRichTextValue().setText('=Xem dòng 5').setLinkUrl(0, 4, '#gid=0&range=A5').build(),
    );

    const rich = cell.getRichTextValue();
    expect([cell.getValue(), cell.getFormula()]).toEqual(['=Xem dòng 5', '']);
    expect(rich?.getRuns().map((run) => [run.getText(), run.getLinkUrl()])).toEqual([
      ['=Xem', '#gid=0&range=A5'],
      [' dòng 5', null],
    ]);
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
