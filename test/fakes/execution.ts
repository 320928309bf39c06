/**
 * The host's time limit. Apps Script stops an execution that runs too long (six minutes for a
 * menu command) where it stands: no `catch` or `finally` of the script runs, so nothing the script
 * meant to tidy up gets done. JavaScript cannot skip a `catch`, so the fake does the next best
 * thing: once the limit is reached, every service call throws, and clean-up code in a `catch` can
 * no longer change the workbook. The locks the execution held are released, as when any execution
 * ends. revive() is the next execution.
 */

export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

export class Execution {
  private budget: number | null = null;
  private stopped = false;
  private readonly endHooks: (() => void)[] = [];

  /** Whether the host has stopped this execution. */
  get killed(): boolean {
    return this.stopped;
  }

  /** After `calls` more service calls, the next one and every later one throw. */
  killAfter(calls: number): void {
    if (!Number.isInteger(calls) || calls < 0)
      throw new Error(`killAfter needs a whole number ≥ 0, not ${calls}.`);
    this.budget = calls;
    this.stopped = false;
  }

  /** A new execution: calls go through again. */
  revive(): void {
    this.budget = null;
    this.stopped = false;
  }

  /** Runs when the host stops the execution (to release its locks). */
  onEnd(hook: () => void): void {
    this.endHooks.push(hook);
  }

  /** Called for every counted service call, after counting it; throws once the time is up. */
  admit(): void {
    if (!this.stopped && this.budget !== null) {
      if (this.budget > 0) {
        this.budget -= 1;
        return;
      }
      this.stopped = true;
      for (const hook of this.endHooks) hook();
    }
    if (this.stopped) throw new Error(TIME_LIMIT_MESSAGE);
  }
}
