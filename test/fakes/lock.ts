/**
 * LockService. There is no concurrency in a test, so contention is simulated: a test makes "another
 * execution" hold a lock (LockState.holdByOther), optionally releasing it after some time, and the
 * code under test sees tryLock fail or succeed depending on how long it is willing to wait. No
 * real waiting happens.
 */
import { Counted, type CallCounter } from './calls';
import { toInt } from './errors';

type GasLock = GoogleAppsScript.Lock.Lock;
type GasLockService = GoogleAppsScript.Lock.LockService;

export type LockKind = 'document' | 'script' | 'user';

export interface LockAttempt {
  method: 'tryLock' | 'waitLock';
  timeoutMs: number;
  acquired: boolean;
}

/** One lock (the document's, the script's or the user's), shared by every Lock object for it. */
export class LockState {
  private holder: 'nobody' | 'us' | 'other' = 'nobody';
  private otherReleasesAfterMs: number | null = null;
  /** Every tryLock / waitLock, in order. */
  readonly attempts: LockAttempt[] = [];

  constructor(readonly kind: LockKind) {}

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

  releaseByOther(): void {
    if (this.holder === 'other') this.holder = 'nobody';
    this.otherReleasesAfterMs = null;
  }

  /** Used by FakeLock. A lock is per execution: taking it again while we hold it succeeds. */
  acquire(method: LockAttempt['method'], timeoutMs: number): boolean {
    if (
      this.holder === 'other' &&
      this.otherReleasesAfterMs !== null &&
      timeoutMs >= this.otherReleasesAfterMs
    ) {
      this.releaseByOther();
    }
    const acquired = this.holder !== 'other';
    if (acquired) this.holder = 'us';
    this.attempts.push({ method, timeoutMs, acquired });
    return acquired;
  }

  /** Used by FakeLock. */
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
    this.acquired = this.state.acquire('tryLock', toInt(timeoutInMillis, 'LockService.Lock.tryLock'));
    return this.acquired;
  }

  waitLock(timeoutInMillis: number): void {
    this.hit('waitLock');
    this.acquired = this.state.acquire('waitLock', toInt(timeoutInMillis, 'LockService.Lock.waitLock'));
    if (!this.acquired) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  /** Releasing a lock one does not hold does nothing, as in Apps Script. */
  releaseLock(): void {
    this.hit('releaseLock');
    if (this.acquired) this.state.release();
    this.acquired = false;
  }

  /** True only between a successful tryLock/waitLock on this object and releaseLock. */
  hasLock(): boolean {
    this.hit('hasLock');
    return this.acquired && this.state.heldBy === 'us';
  }
}

export class FakeLockService
  extends Counted
  implements Pick<GasLockService, keyof FakeLockService & keyof GasLockService>
{
  constructor(
    calls: CallCounter,
    private readonly locks: Readonly<Record<LockKind, LockState>>,
  ) {
    super(calls, 'LockService');
  }

  getDocumentLock(): GasLock {
    this.hit('getDocumentLock');
    return new FakeLock(this.calls, this.locks.document);
  }

  getScriptLock(): GasLock {
    this.hit('getScriptLock');
    return new FakeLock(this.calls, this.locks.script);
  }

  getUserLock(): GasLock {
    this.hit('getUserLock');
    return new FakeLock(this.calls, this.locks.user);
  }
}
