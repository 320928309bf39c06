/**
 * LockService's document lock. There is no concurrency in a test, so contention is simulated: a
 * test makes "another execution" hold the lock (LockState.holdByOther), optionally releasing it
 * after some time, and the code under test sees tryLock fail or succeed depending on how long it
 * is willing to wait. No real waiting happens.
 */
import { Counted, type CallCounter } from './calls';
import { toInt } from './errors';
import type { HostQuirks } from './host-quirks';

type GasLock = GoogleAppsScript.Lock.Lock;
type GasLockService = GoogleAppsScript.Lock.LockService;

/** The document's lock, shared by every Lock object for it. */
export class LockState {
  private holder: 'nobody' | 'us' | 'other' = 'nobody';
  private otherReleasesAfterMs: number | null = null;

  /** `quirks.lockNotHeld`: a host whose tryLock says yes without holding the lock. */
  constructor(private readonly quirks: Pick<HostQuirks, 'lockNotHeld'> = { lockNotHeld: false }) {}

  /** Whether tryLock answers true without taking the lock (HostQuirks.lockNotHeld). */
  get claimsWithoutHolding(): boolean {
    return this.quirks.lockNotHeld;
  }

  /** Who holds the lock now: nobody, the code under test ("us"), or another execution. */
  get heldBy(): 'nobody' | 'us' | 'other' {
    return this.holder;
  }

  /**
   * Another execution takes the lock. With `releasesAfterMs`, it lets go that long after our first
   * attempt, so only a wait at least that long succeeds; without it, it never lets go.
   */
  holdByOther(options: { releasesAfterMs?: number } = {}): void {
    this.holder = 'other';
    this.otherReleasesAfterMs = options.releasesAfterMs ?? null;
  }

  /** Used by FakeLock. A lock is per execution: taking it again while we hold it succeeds. */
  acquire(timeoutMs: number): boolean {
    if (
      this.holder === 'other' &&
      this.otherReleasesAfterMs !== null &&
      timeoutMs >= this.otherReleasesAfterMs
    ) {
      this.holder = 'nobody';
      this.otherReleasesAfterMs = null;
    }
    const acquired = this.holder !== 'other';
    if (acquired) this.holder = 'us';
    return acquired;
  }

  /** Used by FakeLock, and when the host ends the execution. */
  release(): void {
    if (this.holder === 'us') this.holder = 'nobody';
  }
}

export class FakeLock extends Counted implements Pick<GasLock, keyof FakeLock & keyof GasLock> {
  private acquired = false;

  constructor(
    calls: CallCounter,
    private readonly state: LockState,
  ) {
    super(calls, 'Lock');
  }

  tryLock(timeoutInMillis: number): boolean {
    this.hit('tryLock');
    const timeout = toInt(timeoutInMillis, 'LockService.Lock.tryLock');
    if (this.state.claimsWithoutHolding) return true;
    this.acquired = this.state.acquire(timeout);
    return this.acquired;
  }

  /** Whether this Lock object holds the lock (taken by tryLock, not yet released). */
  hasLock(): boolean {
    this.hit('hasLock');
    return this.acquired;
  }

  /** Releasing a lock one does not hold does nothing, as in Apps Script. */
  releaseLock(): void {
    this.hit('releaseLock');
    if (this.acquired) this.state.release();
    this.acquired = false;
  }
}

export class FakeLockService
  extends Counted
  implements Pick<GasLockService, keyof FakeLockService & keyof GasLockService>
{
  constructor(
    calls: CallCounter,
    private readonly document: LockState,
  ) {
    super(calls, 'LockService');
  }

  getDocumentLock(): GasLock {
    this.hit('getDocumentLock');
    return new FakeLock(this.calls, this.document) as unknown as GasLock;
  }
}
