// Render workers as threads of this process (piscina): light, but a thread inside native code cannot be stopped.
import type { Piscina } from 'piscina';
import { requireModule } from '../runtime/require-module.js';
import type { RenderTask, RenderTaskResult } from './render-worker.js';
import { GROWN_WORKER_IDLE_MS, PoolBackend, type WorkerBackend, type WorkerBackendOptions } from './worker-backend.js';
import { WorkerExits } from './worker-exits.js';
import { sharedFonts } from './shared-fonts.js';

export class ThreadBackend extends PoolBackend implements WorkerBackend {
  protected readonly pool: Piscina<RenderTask, RenderTaskResult>;
  private readonly exits: WorkerExits;

  constructor(options: WorkerBackendOptions) {
    super();
    // piscina is loaded here, not at import: a program that renders on its own thread never pays for it.
    const { Piscina: Pool } = requireModule<typeof import('piscina')>('piscina');
    this.pool = new Pool({ filename: options.filename, minThreads: options.startThreads, maxThreads: options.threads, idleTimeout: GROWN_WORKER_IDLE_MS, maxQueue: options.maxQueue, resourceLimits: options.resourceLimits, workerData: { fonts: options.fonts ? sharedFonts(options.fonts) : undefined } });
    this.exits = new WorkerExits(this.pool);
  }

  run(task: RenderTask, signal: AbortSignal | undefined): Promise<RenderTaskResult> {
    return this.pool.run(task, signal ? { signal } : {});
  }

  get stuck(): number {
    return this.exits.stuck;
  }

  nextExit(ms: number): Promise<void> {
    return this.exits.nextExit(ms);
  }

  /** Finishes queued renders, then stops the workers. */
  close(): Promise<void> {
    return this.pool.close();
  }
}
