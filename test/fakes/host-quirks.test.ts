import { createFakeEnv, type FakeEnv } from './gas';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheetOf(env: FakeEnv): Sheet {
  return env.SpreadsheetApp.getActive().getSheets()[0];
}

describe('host quirks: each switch makes the fake differ from Sheets in one way, and all are off by default', () => {
  it('starts as Sheets behaves', () => {
    expect(createFakeEnv().quirks).toEqual({
      datesWrittenIn: null,
      plainTextIgnored: false,
      apostropheKept: false,
      protectionEditorsIgnored: false,
      lockNotHeld: false,
    });
  });

  it('datesWrittenIn: a written Date keeps its wall clock in that zone, so it reads back shifted', () => {
    const env = createFakeEnv({ timeZone: 'Asia/Ho_Chi_Minh' });
    const cell = sheetOf(env).getRange('A1');
    const instant = new Date(Date.UTC(2025, 0, 15, 17, 30));
    cell.setValue(instant);
    expect((cell.getValue() as Date).getTime()).toBe(instant.getTime());
    env.quirks.datesWrittenIn = 'UTC';
    cell.setValue(instant);
    expect((cell.getValue() as Date).toISOString()).toBe('2025-01-15T10:30:00.000Z');
  });

  it('plainTextIgnored: a string in an "@" cell is parsed as typed', () => {
    const env = createFakeEnv();
    const cells = sheetOf(env).getRange('A1:B1').setNumberFormat('@');
    env.quirks.plainTextIgnored = true;
    cells.setValues([['=1+1', '2.10']]);
    expect(cells.getFormulas()).toEqual([['=1+1', '']]);
    expect(cells.getValues()).toEqual([['', 2.1]]);
  });

  it('apostropheKept: a leading apostrophe stays in the value', () => {
    const env = createFakeEnv();
    const cell = sheetOf(env).getRange('A1');
    cell.setValue("'=1+1");
    expect(cell.getValue()).toBe('=1+1');
    env.quirks.apostropheKept = true;
    cell.setValue("'=1+1");
    expect(cell.getValue()).toBe("'=1+1");
  });

  it('protectionEditorsIgnored: adding and removing editors is accepted and changes nothing', () => {
    const env = createFakeEnv({ sharedWith: ['thuky@example.com'] });
    const protection = sheetOf(env).protect();
    env.quirks.protectionEditorsIgnored = true;
    protection.removeEditors(['thuky@example.com']);
    protection.addEditors(['donvi@example.com']);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([
      'nguoidung@example.com',
      'thuky@example.com',
    ]);
  });

  it('lockNotHeld: tryLock says yes, hasLock says no, and another execution is not kept out', () => {
    const env = createFakeEnv();
    env.quirks.lockNotHeld = true;
    const lock = env.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(false);
    expect(env.locks.document.heldBy).toBe('nobody');
  });

  it('hasLock is true once tryLock took the lock, and false after releaseLock', () => {
    const lock = createFakeEnv().LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    lock.tryLock(1000);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });
});
