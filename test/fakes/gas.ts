/**
 * A hand-written, in-memory fake of the Apps Script services the add-on uses, with a call counter.
 *
 *   const env = createFakeEnv({ sheets: { 'Đề cử': [['STT', 'Họ và tên'], [1, 'Nguyễn Văn A']] } });
 *   const uninstall = installFakeGlobals(env);
 *   env.calls.reset();
 *   validateNominations();                      // code under test uses SpreadsheetApp, LockService…
 *   expect(env.calls.total).toBeLessThan(40);
 *   expect(env.spreadsheet.peek('Kết quả kiểm tra').values).toEqual(…);
 *   uninstall();
 *
 * Faithfulness first: where Sheets turns a written string into a formula or a number, so does the
 * fake (see cells.ts); where Apps Script throws, the fake throws with the same wording. Methods the
 * fake lacks are absent rather than stubbed, so code that starts using one fails loudly.
 *
 * Every Apps Script method call on any fake object counts once in env.calls, under
 * "Service.method" ("Sheet.getRange", "RangeList.setFontWeight", "Lock.tryLock", …); calls made
 * inside the fake do not count, and neither do test helpers.
 *
 * Known simplifications (tests must not rely on these either way):
 * - Written strings: only "=…" (formula), plain decimals, TRUE/FALSE and a leading apostrophe are
 *   interpreted; real Sheets also parses dates, percentages and currency, by locale.
 * - Formulas are not evaluated (set results with spreadsheet.setFormulaResult); number formats are
 *   stored but not rendered, so getDisplayValues is String(value) (booleans as TRUE/FALSE).
 * - Data validation: list and range criteria only. "Reject input" rules refuse script writes.
 * - Inserting or deleting rows and columns moves cells, merges and range protections, but not
 *   references inside formulas or validation rules; new rows start blank.
 * - Writing into the hidden cells of a merge keeps nothing there.
 * - Sheet names are matched and kept unique regardless of case; insertSheet without an index puts
 *   the sheet after the active one. The message for using a deleted sheet is the fake's own.
 */
import { CallCounter } from './calls';
import type { CellValue } from './cells';
import type { SpreadsheetContext } from './context';
import { FakeHtmlService } from './html';
import { FakeLockService, LockState, type LockKind } from './lock';
import { FakePropertiesService, type PropertyStores } from './properties';
import { FakeSession } from './session';
import { BookModel, DEFAULT_COLUMNS, DEFAULT_ROWS } from './sheet-model';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeUi } from './ui';
import { FakeUtilities } from './utilities';

export { CallCounter, type CallSnapshot } from './calls';
export { columnLetter, columnNumber } from './a1';
export type { CellValue, LinkRun } from './cells';
export { FakeEnumValue } from './enums';
export { FakeHtmlOutput, FakeHtmlService, type RecordedHtml } from './html';
export { FakeLock, FakeLockService, LockState, type LockAttempt, type LockKind } from './lock';
export { FakeDeveloperMetadata } from './metadata';
export { FakeProperties, FakePropertiesService, type PropertyStores } from './properties';
export { FakeProtection } from './protection';
export { FakeRange } from './range';
export { FakeRangeList } from './range-list';
export { FakeRichTextValue, FakeRichTextValueBuilder } from './rich-text';
export { FakeSession, FakeUser } from './session';
export { FakeSheet } from './sheet';
export type { Toast } from './sheet-model';
export type {
  CellSnapshot,
  MetadataSnapshot,
  ProtectionSnapshot,
  SheetSnapshot,
  ValidationSnapshot,
} from './snapshot';
export { FakeSpreadsheet } from './spreadsheet';
export { FakeSpreadsheetApp } from './spreadsheet-app';
export {
  FakeMenu,
  FakeUi,
  type ButtonName,
  type ButtonSetName,
  type MenuEntry,
  type RecordedAlert,
  type RecordedDialog,
  type RecordedMenu,
  type RecordedPrompt,
} from './ui';
export { FakeUtilities, formatDate } from './utilities';
export { FakeDataValidation, FakeDataValidationBuilder } from './validation';

export interface FakeEnvOptions {
  /** The spreadsheet's name; default "Điển hình tiên tiến (thử nghiệm)". */
  name?: string;
  id?: string;
  /**
   * Tabs in order, each a grid of values stored exactly as given (what getValues will return; no
   * parsing, so "=x" here is text). Use spreadsheet.poke to type values as a user would.
   * Default: one empty "Sheet1". Each tab has at least 1000 rows and 26 columns, like a new tab.
   */
  sheets?: Record<string, unknown[][]>;
  /** Spreadsheet and script time zone; default "Asia/Ho_Chi_Minh". */
  timeZone?: string;
  /** Spreadsheet locale; default "vi_VN". */
  locale?: string;
  /** Default "nguoidung@example.com". */
  userEmail?: string;
  /** The project's HTML files for HtmlService, by name ("Sidebar" or "Sidebar.html"). */
  htmlFiles?: Record<string, string>;
  /** The title of createAddonMenu() menus; default "Điển hình tiên tiến". */
  addonName?: string;
}

export interface FakeEnv {
  SpreadsheetApp: FakeSpreadsheetApp;
  LockService: FakeLockService;
  HtmlService: FakeHtmlService;
  PropertiesService: FakePropertiesService;
  Session: FakeSession;
  Utilities: FakeUtilities;
  /** The active spreadsheet, with test helpers (peek, peekCell, poke, setFormulaResult, toasts). */
  spreadsheet: FakeSpreadsheet;
  calls: CallCounter;
  /** Recorded menus, alerts, prompts, sidebars and dialogs; answer queues. */
  ui: FakeUi;
  /** Lock states, to simulate another execution holding a lock. */
  locks: Record<LockKind, LockState>;
  /** The property stores, readable and writable without counting. */
  properties: PropertyStores;
}

/** A seeded value as a cell stores it: Dates copied, null/undefined empty, anything else as is. */
function seedValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return new Date(value.getTime());
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function seedBook(book: BookModel, sheets: Record<string, unknown[][]>): void {
  for (const [name, grid] of Object.entries(sheets)) {
    const width = grid.reduce((w, row) => Math.max(w, row.length), 0); // no spread: 150,000 rows overflow it
    const sheet = book.insertSheet(
      name,
      book.sheets.length,
      Math.max(DEFAULT_ROWS, grid.length),
      Math.max(DEFAULT_COLUMNS, width),
    );
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        const stored = seedValue(value);
        if (stored !== '') sheet.cellAt(r + 1, c + 1).value = stored;
      }),
    );
  }
  if (book.sheets.length === 0) book.insertSheet('Sheet1', 0);
  book.activeSheet = book.sheets[0];
}

export function createFakeEnv(opts: FakeEnvOptions = {}): FakeEnv {
  const timeZone = opts.timeZone ?? 'Asia/Ho_Chi_Minh';
  const locale = opts.locale ?? 'vi_VN';
  const userEmail = opts.userEmail ?? 'nguoidung@example.com';
  const calls = new CallCounter();
  const book = new BookModel(
    opts.id ?? '1FakeSpreadsheetId0000000000000000000000000',
    opts.name ?? 'Điển hình tiên tiến (thử nghiệm)',
    timeZone,
    locale,
  );
  seedBook(book, opts.sheets ?? {});
  const ctx: SpreadsheetContext = { calls, book };
  const spreadsheet = new FakeSpreadsheet(ctx);
  const ui = new FakeUi(calls, opts.addonName ?? 'Điển hình tiên tiến');
  const locks: Record<LockKind, LockState> = {
    document: new LockState('document'),
    script: new LockState('script'),
    user: new LockState('user'),
  };
  const properties: PropertyStores = { user: new Map(), document: new Map(), script: new Map() };
  return {
    SpreadsheetApp: new FakeSpreadsheetApp(ctx, spreadsheet, ui),
    LockService: new FakeLockService(calls, locks),
    HtmlService: new FakeHtmlService(calls, { ...opts.htmlFiles }),
    PropertiesService: new FakePropertiesService(calls, properties),
    Session: new FakeSession(calls, {
      userEmail,
      effectiveUserEmail: userEmail,
      scriptTimeZone: timeZone,
      locale: locale.split('_')[0],
    }),
    Utilities: new FakeUtilities(calls),
    spreadsheet,
    calls,
    ui,
    locks,
    properties,
  };
}

const GLOBAL_NAMES = [
  'SpreadsheetApp',
  'LockService',
  'HtmlService',
  'PropertiesService',
  'Session',
  'Utilities',
] as const;

/**
 * Makes the fakes the globals Apps Script code refers to (SpreadsheetApp, LockService, HtmlService,
 * PropertiesService, Session, Utilities). Returns a function that puts back what was there before.
 */
export function installFakeGlobals(env: FakeEnv, target: object = globalThis): () => void {
  const saved = GLOBAL_NAMES.map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);
  for (const name of GLOBAL_NAMES) {
    Object.defineProperty(target, name, {
      value: env[name],
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else Reflect.deleteProperty(target, name);
    }
  };
}
