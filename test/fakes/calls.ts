/**
 * Counting Apps Script service calls. In Apps Script every call on a service object is a round trip
 * that costs tens of milliseconds, so adapter tests assert that a command makes the same number of
 * calls whatever the number of rows. Every public Apps Script method of every fake records itself
 * here, first thing, under "Service.method" (for example "Sheet.getRange"), before it validates its
 * arguments: a call that throws still happened. Test helpers (peek, poke, answer queues…) never
 * record anything. A call the host's time limit refuses is still counted (see execution.ts).
 */
import type { Execution } from './execution';

export interface CallSnapshot {
  total: number;
  byMethod: Record<string, number>;
}

export class CallCounter {
  private totalCalls = 0;
  private counts: Record<string, number> = {};
  private readonly entries: string[] = [];

  /** `execution`, if given, may refuse a call after it is counted (the host's time limit). */
  constructor(private readonly execution?: Execution) {}

  /** Records one call; used by the fakes only. */
  record(method: string): void {
    this.totalCalls += 1;
    this.counts[method] = (this.counts[method] ?? 0) + 1;
    this.entries.push(method);
    this.execution?.admit();
  }

  /** All service calls since creation or the last reset. */
  get total(): number {
    return this.totalCalls;
  }

  /** Calls per "Service.method"; methods never called are absent. */
  get byMethod(): Readonly<Record<string, number>> {
    return this.counts;
  }

  /** Every call in order, for reading a failing test. */
  get log(): readonly string[] {
    return this.entries;
  }

  /** Calls of one "Service.method", 0 if never called. */
  count(method: string): number {
    return this.counts[method] ?? 0;
  }

  reset(): void {
    this.totalCalls = 0;
    this.counts = {};
    this.entries.length = 0;
  }
}

/** Base of every fake service object: `hit` records the call under "<service>.<method>". */
export abstract class Counted {
  protected constructor(
    protected readonly calls: CallCounter,
    private readonly serviceName: string,
  ) {}

  protected hit(method: string): void {
    this.calls.record(`${this.serviceName}.${method}`);
  }
}
