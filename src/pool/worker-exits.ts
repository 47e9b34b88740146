// Live worker threads of a piscina pool, including ones it has ended but that are still inside native code.
import type { Worker } from 'node:worker_threads';
import type { Piscina } from 'piscina';

/**
 * Counts threads the pool has let go of (a timed-out render's worker is terminated and replaced) that have not
 * exited yet: terminate() stops JS at once, but a thread inside a native call (Skia, an encoder) runs on until it returns.
 */
export class WorkerExits {
  private readonly live = new Set<Worker>();
  private waiters: (() => void)[] = [];

  constructor(private readonly pool: Piscina) {
    pool.on('workerCreate', (created: { readonly id: number }) => {
      const worker = pool.threads.find((thread) => thread.threadId === created.id);
      if (!worker || this.live.has(worker)) return;
      this.live.add(worker);
      worker.once('exit', () => {
        this.live.delete(worker);
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
  }

  /** Resolves when some thread exits, or after `ms` (a thread ended after plain JS exits within milliseconds). */
  nextExit(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Threads ended by the pool that are still running. */
  get stuck(): number {
    const current = new Set(this.pool.threads);
    let count = 0;
    for (const worker of this.live) if (!current.has(worker)) count++;
    return count;
  }
}
