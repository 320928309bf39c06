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
 * The host's rules the fake enforces, with Apps Script's wording:
 * - Protections (permissions.ts, protection.ts). The spreadsheet has an owner (ownerEmail) and the
 *   script runs as a user (userEmail; both default to the same person, so nothing is protected
 *   against the default user). A write that touches a cell, or the sheet itself, under a
 *   protection the running user may not edit throws "You are trying to edit a protected cell or
 *   object. …" and changes nothing: values, formulas, formats, notes, rich text, validation,
 *   merges, clears, filters, inserting/deleting/resizing rows and columns, freezing, renaming or
 *   deleting the sheet, its metadata, and protecting or unprotecting it. Warning-only protections
 *   never stop a script. Reads and insertSheet are never refused. env.runAs switches the user.
 * - Freezing rows or columns through a merged cell, and merging across the frozen line, throw.
 * - The time limit: after env.killAfter(n) calls every call throws "Exceeded maximum execution
 *   time", so no clean-up in a catch can change the workbook; env.revive() is the next execution.
 * - Time zones: the spreadsheet's (timeZone) and the script's (scriptTimeZone) may differ; cells
 *   hold instants, and setSpreadsheetTimeZone keeps what date cells show, as Sheets stores days.
 *
 * Known simplifications (tests must not rely on these either way):
 * - Written strings: only "=…" (formula), plain decimals, TRUE/FALSE, a leading apostrophe and,
 *   with the dottedDates option, "day.month" are interpreted; real Sheets also parses other dates,
 *   percentages and currency, by locale.
 * - Formulas are not evaluated (set results with spreadsheet.setFormulaResult); number formats are
 *   stored but not rendered, so getDisplayValues is String(value) (booleans as TRUE/FALSE).
 * - Data validation: list and range criteria only. "Reject input" rules refuse script writes.
 * - Inserting or deleting rows and columns moves cells, merges, protections and their unprotected
 *   ranges, but not references inside formulas or validation rules; new rows start blank.
 * - Writing into the hidden cells of a merge keeps nothing there.
 * - Sheet names are matched and kept unique regardless of case; insertSheet without an index puts
 *   the sheet after the active one. The message for using a deleted sheet is the fake's own.
 * - Protections: a new one's editors are a copy of the spreadsheet's (see protection.ts). Google
 *   Groups are members' addresses only (no nesting, no domain-wide groups); view-only users cannot
 *   be run as (viewers only lists them); Range.protect over cells the user may not edit is not
 *   modelled, and setDomainEdit does not check the owner has a Workspace domain. hideSheet, showSheet,
 *   setTabColor and moving sheets are never refused. The wording for reading the editors of, or
 *   changing, a protection the user may not edit, and for misusing setUnprotectedRanges, is not
 *   verified; the rows wording of the freeze error is the columns one's, unverified.
 * - The time limit counts calls, not time; the refused call is counted too. A killed execution
 *   releases its locks.
 *
 * Hosts that differ from Sheets (a date shifted by a zone, plain text parsed, an apostrophe kept,
 * protection editors not kept, a lock granted but not held) are switches in env.quirks, all off by
 * default (host-quirks.ts): they show the self-test failing, not how Google behaves.
 */
import { Accounts } from './accounts';
import { CallCounter } from './calls';
import type { CellValue } from './cells';
import type { SpreadsheetContext } from './context';
import { Execution } from './execution';
import { FakeCharts } from './chart';
import { FakeHtmlService } from './html';
import type { HostQuirks } from './host-quirks';
import { FakeLockService, LockState } from './lock';
import { PermissionGate } from './permissions';
import { FakePropertiesService, type PropertyStores } from './properties';
import { FakeSession } from './session';
import { BookModel, DEFAULT_COLUMNS, DEFAULT_ROWS } from './sheet-model';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeUi } from './ui';
import { FakeUtilities } from './utilities';

export { Accounts } from './accounts';
export { CallCounter, type CallSnapshot } from './calls';
export { columnLetter, columnNumber } from './a1';
export type { CellValue, LinkRun } from './cells';
export { PROTECTED } from './errors';
export { TIME_LIMIT_MESSAGE } from './execution';
export { FakeEmbeddedChart, FakeEmbeddedChartBuilder, type ChartModel } from './chart';
export { FakeEnumValue } from './enums';
export { FakeHtmlOutput, FakeHtmlService, type RecordedHtml } from './html';
export { faithfulHost, type HostQuirks } from './host-quirks';
export { FakeLock, FakeLockService, LockState } from './lock';
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
  type RecordedMenu,
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
  /** The spreadsheet's time zone; default "Asia/Ho_Chi_Minh". */
  timeZone?: string;
  /** The script project's time zone (Session.getScriptTimeZone); default `timeZone`. */
  scriptTimeZone?: string;
  /** Spreadsheet locale; default "vi_VN". */
  locale?: string;
  /**
   * Typed (or written) "2.10" or "12.3" becomes that day and month of the current year, at
   * midnight in the spreadsheet's time zone, as in a day-first locale; "@" cells and a leading
   * apostrophe keep the text. Default false: "2.10" is the number 2.1.
   */
  dottedDates?: boolean;
  /** Who the script runs as; default "nguoidung@example.com". */
  userEmail?: string;
  /** The spreadsheet's owner, who may edit every protection; default userEmail. */
  ownerEmail?: string;
  /** The spreadsheet's other editors, who start as editors of every new protection; default none. */
  sharedWith?: string[];
  /** Whether everyone in the owner's domain may edit the spreadsheet (new protections too). */
  sharedWithDomain?: boolean;
  /** Those the spreadsheet is shared with to view or comment only (Spreadsheet.getViewers). */
  viewers?: string[];
  /** Google Groups by address, with their members: a group in sharedWith lets its members edit. */
  groups?: Record<string, string[]>;
  /** The file lives in a shared drive: no owner (getOwner gives null), ownerEmail is ignored. */
  sharedDrive?: boolean;
  /** Session.getEffectiveUser().getEmail() gives the address (the userinfo.email scope); default ''. */
  userEmailVisible?: boolean;
  /** The project's HTML files for HtmlService, by name ("Sidebar" or "Sidebar.html"). */
  htmlFiles?: Record<string, string>;
}

export interface FakeEnv {
  SpreadsheetApp: FakeSpreadsheetApp;
  LockService: FakeLockService;
  HtmlService: FakeHtmlService;
  PropertiesService: FakePropertiesService;
  Session: FakeSession;
  Utilities: FakeUtilities;
  /** The Charts service: its ChartType enum only. */
  Charts: typeof FakeCharts;
  /** The active spreadsheet, with test helpers (peek, peekCell, poke, setFormulaResult, toasts). */
  spreadsheet: FakeSpreadsheet;
  calls: CallCounter;
  /** Recorded menus, alerts, prompts, sidebars and dialogs; answer queues. */
  ui: FakeUi;
  /** The document lock's state, to simulate another execution holding it. */
  locks: { document: LockState };
  /** Switches for a host that differs from Sheets (host-quirks.ts), to show the self-test failing. */
  quirks: HostQuirks;
  /** The property stores, readable and writable without counting. */
  properties: PropertyStores;
  /** The owner, the spreadsheet's editors and the user the script runs as. */
  accounts: Accounts;
  /**
   * Later calls run as `email` (a unit's clerk, say, after setting up as the owner).
   */
  runAs(email: string): void;
  /** The host stops this execution after `calls` more service calls: every later call throws. */
  killAfter(calls: number): void;
  /** The next execution: calls go through again. */
  revive(): void;
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
  const accounts = new Accounts({
    owner: opts.sharedDrive ? '' : (opts.ownerEmail ?? userEmail),
    user: userEmail,
    sharedWith: opts.sharedWith ?? [],
    sharedWithDomain: opts.sharedWithDomain ?? false,
    viewers: opts.viewers,
    groups: opts.groups,
  });
  const execution = new Execution();
  const calls = new CallCounter(execution);
  const book = new BookModel(
    opts.id ?? '1FakeSpreadsheetId0000000000000000000000000',
    opts.name ?? 'Điển hình tiên tiến (thử nghiệm)',
    timeZone,
    locale,
  );
  book.dottedDates = opts.dottedDates ?? false;
  seedBook(book, opts.sheets ?? {});
  book.gate = new PermissionGate(accounts);
  const ctx: SpreadsheetContext = { calls, book, accounts };
  const spreadsheet = new FakeSpreadsheet(ctx);
  const ui = new FakeUi(calls);
  const locks = { document: new LockState(book.quirks) };
  const properties: PropertyStores = { user: new Map(), document: new Map() };
  // An execution the host stops lets go of its locks, as any execution that ends does.
  execution.onEnd(() => locks.document.release());
  return {
    SpreadsheetApp: new FakeSpreadsheetApp(ctx, spreadsheet, ui),
    LockService: new FakeLockService(calls, locks.document),
    HtmlService: new FakeHtmlService(calls, { ...opts.htmlFiles }),
    PropertiesService: new FakePropertiesService(calls, properties),
    Session: new FakeSession(calls, opts.scriptTimeZone ?? timeZone, () =>
      opts.userEmailVisible ? accounts.userKey : '',
    ),
    Utilities: new FakeUtilities(calls),
    Charts: FakeCharts,
    spreadsheet,
    calls,
    ui,
    locks,
    quirks: book.quirks,
    properties,
    accounts,
    runAs: (email) => accounts.runAs(email),
    killAfter: (n) => execution.killAfter(n),
    revive: () => execution.revive(),
  };
}

const GLOBAL_NAMES = [
  'SpreadsheetApp',
  'LockService',
  'HtmlService',
  'PropertiesService',
  'Session',
  'Utilities',
  'Charts',
] as const;

/**
 * Makes the fakes the globals Apps Script code refers to (SpreadsheetApp, LockService, HtmlService,
 * PropertiesService, Session, Utilities, Charts). Returns a function that puts back what was there before.
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
