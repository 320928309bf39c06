/**
 * Ways a host could differ from what the add-on assumes of Google Sheets, one switch each, all off
 * by default. They are not how Google behaves (as far as its reference says); they exist so a test
 * can show that the in-menu self-test (src/gas/self-test.ts) reports ✗ when a host does otherwise.
 * A test turns one on through env.quirks before the code under test runs.
 */
export interface HostQuirks {
  /**
   * A Date a script writes is kept as its wall clock in this zone and shown as that wall clock in
   * the spreadsheet's zone: read back, the instant is shifted by the two zones' difference. Null:
   * kept as the instant it is, as Sheets does.
   */
  datesWrittenIn: string | null;
  /** The plain-text format "@" is not honoured: strings written into such a cell are parsed as typed. */
  plainTextIgnored: boolean;
  /** A leading apostrophe is kept in the value rather than marking the rest as text. */
  apostropheKept: boolean;
  /** Protection.addEditor(s) and removeEditor(s) are accepted and change nothing. */
  protectionEditorsIgnored: boolean;
  /** Lock.tryLock answers true without the lock being held: hasLock() is false, no one is kept out. */
  lockNotHeld: boolean;
}

/** The host as the fake models Google Sheets. */
export function faithfulHost(): HostQuirks {
  return {
    datesWrittenIn: null,
    plainTextIgnored: false,
    apostropheKept: false,
    protectionEditorsIgnored: false,
    lockNotHeld: false,
  };
}
