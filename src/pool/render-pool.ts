// A pool of render workers (piscina) so renders run off the main thread; the server and CLI share it.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { ERROR_CATALOGUE, OgsmithError, type ErrorCode } from '../errors/catalogue.js';
import type { FontInput } from '../layout/text/types.js';
import type { RenderOptions } from '../render.js';
import { toPlainElement } from './plain-element.js';
import { DEFAULT_LIMITS } from '../layout/element/normalize.js';
import type { RenderTask, RenderTaskResult } from './render-worker.js';
import { WorkerExits } from './worker-exits.js';
import { fileBesideModule } from '../runtime/module-file.js';

export interface RenderPoolOptions {
  /** Worker threads; default: the machine's available parallelism. */
  readonly threads?: number;
  /** Fonts every worker loads once; default: the bundled family. */
  readonly fonts?: readonly FontInput[];
  /** Queued renders beyond which `render()` rejects at once; default 4 per thread. */
  readonly maxQueue?: number;
  /** The worker module; default the built render-worker.js (tests pass a wrapper around it). */
  readonly workerFile?: string;
  /** V8 heap limits of each worker; default WORKER_RESOURCE_LIMITS. A render that needs more ends its worker (replaced) with RENDER_TOO_LARGE. */
  readonly resourceLimits?: ResourceLimits;
}

/** A worker's JS heap after hundreds of varied renders is about 70 MB used of 106 MB; 256 MB leaves room and bounds a runaway. */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 256 };

export interface PoolRenderOptions extends Omit<RenderOptions, 'fonts'> {
  /** Aborting ends the render: a queued task is dropped, a running one has its worker ended and replaced. */
  readonly signal?: AbortSignal;
}

/** The compiled worker (dist/pool/render-worker.js), also when this module runs from src/ under tests. */
function workerFile(): string {
  const beside = fileBesideModule('./render-worker.js', import.meta.url);
  if (existsSync(beside)) return beside;
  const built = fileBesideModule('../../dist/pool/render-worker.js', import.meta.url);
  if (existsSync(built)) return built;
  throw new Error('ogsmith: the render worker is not built; run npm run build');
}

/** How long a render waits for ended workers to exit before BUSY: threads ended in JS exit within milliseconds. */
const STUCK_GRACE_MS = 1000;

export class RenderPool {
  private readonly pool: Piscina<RenderTask, RenderTaskResult>;
  /** Renders that may wait for a thread. */
  readonly maxQueue: number;
  private readonly exits: WorkerExits;
  private readonly maxStuck: number;

  constructor(options: RenderPoolOptions = {}) {
    const threads = options.threads ?? Math.max(1, availableParallelism());
    this.maxQueue = options.maxQueue ?? threads * 4;
    this.pool = new Piscina({ filename: options.workerFile ?? workerFile(), minThreads: threads, maxThreads: threads, maxQueue: this.maxQueue, resourceLimits: options.resourceLimits ?? WORKER_RESOURCE_LIMITS, workerData: { fonts: options.fonts ? [...options.fonts] : undefined } });
    this.exits = new WorkerExits(this.pool);
    this.maxStuck = threads;
  }

  /**
   * Renders in a worker. Function components are expanded and img sources read (`resolveImage`) here first,
   * since functions cannot cross threads. A full queue rejects with BUSY at once, and so does a pool with as many
   * ended workers still finishing native work as it has threads (timed-out renders do not pile up).
   */
  async render(element: unknown, options: PoolRenderOptions): Promise<Buffer> {
    const { signal, resolveImage, ...rest } = options;
    const plain = toPlainElement(element, { resolveImage, limits: rest.limits ? { ...DEFAULT_LIMITS, ...rest.limits } : undefined });
    for (let waited = 0; waited < STUCK_GRACE_MS && this.exits.stuck >= this.maxStuck; waited += 100) await this.exits.nextExit(100);
    if (this.exits.stuck >= this.maxStuck) throw new OgsmithError('BUSY', `${this.exits.stuck} ended render workers are still finishing timed-out native work`);
    if (this.pool.queueSize >= this.maxQueue) throw new OgsmithError('BUSY', `The render queue is full (${this.maxQueue} waiting)`);
    let result: RenderTaskResult;
    try {
      result = await this.pool.run({ element: plain, options: rest }, signal ? { signal } : {});
    } catch (error) {
      if (signal?.aborted) throw new OgsmithError('RENDER_TIMEOUT', `The render was stopped: ${signal.reason instanceof Error ? signal.reason.message : String(signal.reason)}`, { cause: error });
      if ((error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') throw new OgsmithError('RENDER_TOO_LARGE', 'The render needed more memory than a render worker may use; its worker was replaced', { cause: error });
      if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new OgsmithError('BUSY', `The render queue is full (${this.maxQueue} waiting)`);
      throw error;
    }
    if (result.ok) return Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
    const code = (result.code in ERROR_CATALOGUE ? result.code : 'INTERNAL') as ErrorCode;
    const error = new OgsmithError(code, result.message);
    throw error;
  }

  /** Renders waiting for a thread. */
  get queueSize(): number {
    return this.pool.queueSize;
  }

  get threads(): number {
    return this.pool.threads.length;
  }

  /** Workers ended after a timeout that are still inside native code (they exit when it returns). */
  get stuckWorkers(): number {
    return this.exits.stuck;
  }

  /** Thread ids of the live workers (a replaced worker gets a new id). */
  get threadIds(): readonly number[] {
    return this.pool.threads.map((worker) => worker.threadId);
  }

  /** Finishes queued renders, then stops the workers. */
  async close(): Promise<void> {
    await this.pool.close();
  }
}
