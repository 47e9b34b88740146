// What the render pool needs from its workers, whether they are threads (piscina) or processes (tinypool).
import type { ResourceLimits } from 'node:worker_threads';
import type { FontInput } from '../layout/text/types.js';
import type { RenderTask, RenderTaskResult } from './render-worker.js';

/** Where renders run: threads share the process (lighter), processes can be killed in the middle of native work. */
export type RenderIsolation = 'thread' | 'process';

export interface WorkerBackend {
  /** Runs a task; an aborted signal ends the task's worker (replaced). Rejects with the library's own errors. */
  run(task: RenderTask, signal: AbortSignal | undefined): Promise<RenderTaskResult>;
  /** Tasks waiting for a worker. */
  readonly queueSize: number;
  /** Live workers. */
  readonly threads: number;
  /** Thread ids (threads) or pids (processes) of the live workers; a replaced worker gets a new one. */
  readonly workerIds: readonly number[];
  /** Ended workers that have not exited yet (a thread inside native code runs on until the call returns). */
  readonly stuck: number;
  /** Resolves when an ended worker exits, or after `ms`. */
  nextExit(ms: number): Promise<void>;
  close(): Promise<void>;
}

export interface WorkerBackendOptions {
  readonly filename: string;
  readonly threads: number;
  /** Workers started with the pool; the rest (up to `threads`) start when a render finds every started one busy, and stay. */
  readonly startThreads: number;
  readonly maxQueue: number;
  /** V8 heap limits of each worker (a process gets maxOldGenerationSizeMb as --max-old-space-size, maxYoungGenerationSizeMb as a third of it in --max-semi-space-size). */
  readonly resourceLimits: ResourceLimits;
  readonly fonts: readonly FontInput[] | undefined;
  /** Processes only: a process whose JS heap in use passes this after a render is replaced (gracefully, its render answered). */
  readonly recycleHeapMb: number | undefined;
}

/**
 * How long a worker started on demand may stay idle before it ends: the longest timer Node keeps (about 24.8 days;
 * Infinity would overflow to 1 ms in tinypool's setTimeout), so a worker that started stays like the first ones.
 */
export const GROWN_WORKER_IDLE_MS = 2 ** 31 - 1;

/** What piscina and tinypool have in common: a queue and worker objects with ids. */
interface PoolLike {
  readonly queueSize: number;
  readonly threads: readonly { readonly threadId: number }[];
}

/** The getters both backends share. */
export abstract class PoolBackend {
  protected abstract readonly pool: PoolLike;

  get queueSize(): number {
    return this.pool.queueSize;
  }

  get threads(): number {
    return this.pool.threads.length;
  }

  get workerIds(): readonly number[] {
    return this.pool.threads.map((worker) => worker.threadId);
  }
}
