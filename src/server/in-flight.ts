// Requests being answered, counted so a shutdown can wait for them (bounded by a grace period) while it refuses new ones.
import type { ServerResponse } from 'node:http';

/** How long nothing must be in flight before a shutdown counts as drained. */
const SETTLE_MS = 25;

export class InFlightRequests {
  private count = 0;
  private waiters: (() => void)[] = [];

  get size(): number {
    return this.count;
  }

  /** Counts a response until it closes (sent in full, or its client went away). */
  track(response: ServerResponse): void {
    this.count++;
    response.once('close', () => {
      this.count--;
      // Settle briefly: a request read right behind this one (e.g. pipelined) is dispatched only now, and gets its 503 before idle sockets close.
      if (this.count === 0 && this.waiters.length > 0) setTimeout(() => this.wakeIfIdle(), SETTLE_MS).unref();
    });
  }

  private wakeIfIdle(): void {
    if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves when nothing is in flight, or after `graceMs` (true when drained, false when the grace ran out). */
  drained(graceMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve(false);
      }, graceMs);
      const wake = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(wake);
    });
  }
}
