// A pool of render workers (piscina) so renders run off the main thread; the server and CLI share it.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { ERROR_CATALOGUE, OgsmithError, type ErrorCode } from '../errors/catalogue.js';
import type { FontInput } from '../layout/text/types.js';
import type { RenderOptions } from '../render.js';
import { toPlainElement } from './plain-element.js';
import { DEFAULT_LIMITS } from '../layout/element/normalize.js';
import type { RenderTaskResult } from './render-worker.js';
import { ProcessBackend } from './process-backend.js';
import { ThreadBackend } from './thread-backend.js';
import type { RenderIsolation, WorkerBackend } from './worker-backend.js';
import { join } from 'node:path';
import { fileBesideModule, packageRoot } from '../runtime/module-file.js';
import { sumCacheReports, type CacheStats } from '../runtime/cache-budget.js';

import { loadSharpFor } from '../raster/encode/lossy.js';

export type { RenderIsolation } from './worker-backend.js';

export interface RenderPoolOptions {
  /** Worker threads; default: the machine's available parallelism. */
  readonly threads?: number;
  /**
   * Workers started with the pool (default: all of `threads`). The others start, up to `threads`, when a render
   * finds every started worker busy, and then stay: a cold `npm start` pays for one render process before its
   * first response instead of one per core.
   */
  readonly startThreads?: number;
  /** Fonts every worker loads once; default: the bundled family. */
  readonly fonts?: readonly FontInput[];
  /** Queued renders beyond which `render()` rejects at once; default 4 per thread. */
  readonly maxQueue?: number;
  /** The worker module; default the built render-worker.js (tests pass a wrapper around it). */
  readonly workerFile?: string;
  /** V8 heap limits of each worker; default WORKER_RESOURCE_LIMITS. A render that needs more ends its worker (replaced) with RENDER_TOO_LARGE. */
  readonly resourceLimits?: ResourceLimits;
  /**
   * `'thread'` (default): workers are threads of this process. `'process'`: workers are child processes, killed and
   * replaced when a render is aborted, so native work in flight (Skia, decoders, encoders) stops and frees its memory
   * at once; the server's default. A thread inside native code runs on until the call returns.
   */
  readonly isolation?: RenderIsolation;
  /** With processes: replace a process after a render when its JS heap in use passes this; default 3/4 of the heap limit. */
  readonly recycleHeapMb?: number;
}

/**
 * A worker's JS heap after hundreds of varied renders is about 70 MB used of 106 MB; 256 MB leaves room and bounds a runaway.
 * The young generation is held to 8 MB (V8's default lets it grow to 48 MB per worker): with 2 render threads, 16 MB took
 * 28 MB off the process's RSS after 300 renders and 8 MB another 16–21 MB (medians of three interleaved rounds on Node 20
 * and 24), at no CPU per render the benchmark could tell; renders' objects die young, so the extra scavenges are cheap
 * (docs/bench.md, Memory and "Pool throughput and memory on Node 24").
 */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 };

export interface PoolRenderOptions extends Omit<RenderOptions, 'fonts'> {
  /** Aborting ends the render: a queued task is dropped, a running one has its worker ended and replaced. */
  readonly signal?: AbortSignal;
}

/** The compiled worker (dist/pool/render-worker.js), also when this module runs from src/ under tests. */
function workerFile(): string {
  const beside = fileBesideModule('./render-worker.js', import.meta.url);
  if (existsSync(beside)) return beside;
  const built = join(packageRoot(import.meta.url), 'dist/pool/render-worker.js');
  if (existsSync(built)) return built;
  throw new Error('ogsmith: the render worker is not built; run npm run build');
}

/** How long a render waits for ended workers to exit before BUSY: threads ended in JS exit within milliseconds. */
const STUCK_GRACE_MS = 1000;

export class RenderPool {
  private readonly workers: WorkerBackend;
  /** Renders that may wait for a thread. */
  readonly maxQueue: number;
  readonly isolation: RenderIsolation;
  private readonly maxStuck: number;
  /** Workers the pool runs at most. */
  private readonly maxThreads: number;
  /** The warm-up under way: renders asked meanwhile wait for it rather than start workers the warm ones are about to free. */
  private warming: Promise<void> | undefined;
  /** Renders waiting for the warm-up (counted in the queue). */
  private held = 0;
  /** Each worker's caches as its last render left them (one entry per live worker; dead ones are dropped when read). */
  private readonly workerCaches = new Map<number, readonly CacheStats[]>();

  constructor(options: RenderPoolOptions = {}) {
    const threads = options.threads ?? Math.max(1, availableParallelism());
    this.maxQueue = options.maxQueue ?? threads * 4;
    this.isolation = options.isolation ?? 'thread';
    const resourceLimits = options.resourceLimits ?? WORKER_RESOURCE_LIMITS;
    const heapMb = resourceLimits.maxOldGenerationSizeMb;
    const recycleHeapMb = options.recycleHeapMb ?? (heapMb === undefined ? undefined : Math.floor(heapMb * 0.75));
    const startThreads = Math.min(threads, Math.max(1, options.startThreads ?? threads));
    const backend = { filename: options.workerFile ?? workerFile(), threads, startThreads, maxQueue: this.maxQueue, resourceLimits, fonts: options.fonts, recycleHeapMb };
    this.workers = this.isolation === 'process' ? new ProcessBackend(backend) : new ThreadBackend(backend);
    this.maxStuck = threads;
    this.maxThreads = threads;
  }

  /**
   * Renders `element` once on each live worker (failures ignored: requests report their own), so that
   * a request does not pay for a worker's first fonts, HarfBuzz and cold code. Renders asked before it
   * ends wait for it: with `startThreads` below `threads`, a request arriving during the warm-up would
   * otherwise start another (cold) worker instead of taking the warm one a moment later.
   */
  warmUp(element: unknown, options: PoolRenderOptions): Promise<void> {
    const warm = Promise.all(Array.from({ length: this.workers.threads }, () => this.run(element, options).catch(() => undefined))).then(() => undefined);
    this.warming = warm;
    void warm.then(() => {
      if (this.warming === warm) this.warming = undefined;
    });
    return warm;
  }

  /**
   * Renders in a worker. Function components are expanded and img sources read (`resolveImage`) here first,
   * since functions cannot cross threads. A full queue rejects with BUSY at once, and so does a pool with as many
   * ended workers still finishing native work as it has threads (timed-out renders do not pile up).
   */
  async render(element: unknown, options: PoolRenderOptions): Promise<Buffer> {
    if (this.warming) {
      if (this.queueSize >= this.maxQueue) throw new OgsmithError('BUSY', `The render queue is full (${this.maxQueue} waiting)`);
      this.held++;
      try {
        await this.warming;
      } finally {
        this.held--;
      }
    }
    return this.run(element, options);
  }

  private async run(element: unknown, options: PoolRenderOptions): Promise<Buffer> {
    const { signal, resolveImage, ...rest } = options;
    const plain = toPlainElement(element, { resolveImage, limits: rest.limits ? { ...DEFAULT_LIMITS, ...rest.limits } : undefined });
    // Before the queue checks, so that nothing is awaited between them and the run (sharp must be loaded on the main thread before a worker thread uses it).
    const sharpLoaded = loadSharpFor(rest.format);
    if (sharpLoaded) await sharpLoaded;
    for (let waited = 0; waited < STUCK_GRACE_MS && this.workers.stuck >= this.maxStuck; waited += 100) await this.workers.nextExit(100);
    if (this.workers.stuck >= this.maxStuck) throw new OgsmithError('BUSY', `${this.workers.stuck} ended render workers are still finishing timed-out native work`);
    if (this.workers.queueSize >= this.maxQueue) throw new OgsmithError('BUSY', `The render queue is full (${this.maxQueue} waiting)`);
    let result: RenderTaskResult;
    try {
      result = await this.workers.run({ element: plain, options: rest }, signal);
    } catch (error) {
      if (signal?.aborted) throw new OgsmithError('RENDER_TIMEOUT', `The render was stopped: ${signal.reason instanceof Error ? signal.reason.message : String(signal.reason)}`, { cause: error });
      if ((error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') throw new OgsmithError('RENDER_TOO_LARGE', 'The render needed more memory than a render worker may use; its worker was replaced', { cause: error });
      // A render process that dies (V8's heap limit aborts it; or a crash) is replaced; its task cannot be told apart further.
      if (error instanceof Error && /exited unexpectedly/i.test(error.message)) throw new OgsmithError('RENDER_TOO_LARGE', 'The render process ended before the render finished (usually its memory limit); it was replaced', { cause: error });
      if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new OgsmithError('BUSY', `The render queue is full (${this.maxQueue} waiting)`);
      throw error;
    }
    if (result.worker !== undefined && result.caches) this.workerCaches.set(result.worker, result.caches);
    if (result.ok) return Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
    const code = (result.code in ERROR_CATALOGUE ? result.code : 'INTERNAL') as ErrorCode;
    const error = new OgsmithError(code, result.message);
    throw error;
  }

  /** Renders waiting for a thread (or for the warm-up). */
  get queueSize(): number {
    return this.workers.queueSize + this.held;
  }

  /** Workers the pool runs at most (with `startThreads` below it, fewer are live until renders need them). */
  get threads(): number {
    return this.maxThreads;
  }

  /** Workers started and not ended. */
  get liveThreads(): number {
    return this.workers.threads;
  }

  /** Workers ended after a timeout that are still inside native code (they exit when it returns; processes never linger). */
  get stuckWorkers(): number {
    return this.workers.stuck;
  }

  /** Thread ids (pids with process isolation) of the live workers (a replaced worker gets a new id). */
  get threadIds(): readonly number[] {
    return this.workers.workerIds;
  }

  /** The live workers' caches summed per cache (bytes, entries, budgets), as of each worker's last render. */
  cacheReport(): CacheStats[] {
    const live = new Set(this.workers.workerIds);
    for (const worker of this.workerCaches.keys()) if (!live.has(worker)) this.workerCaches.delete(worker);
    return sumCacheReports([...this.workerCaches.values()]);
  }

  /** Finishes queued renders, then stops the workers. */
  async close(): Promise<void> {
    await this.workers.close();
  }
}
