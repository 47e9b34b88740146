// Render workers as child processes (tinypool): a timed-out render's process is killed, so its native work, memory and threads end at once.
import type { Tinypool } from 'tinypool';
import { requireModule } from '../runtime/require-module.js';
import { FONTS_FILE_ENV, writeFontsFile } from './fonts-file.js';
import type { RenderTask, RenderTaskResult } from './render-worker.js';
import { GROWN_WORKER_IDLE_MS, PoolBackend, type WorkerBackend, type WorkerBackendOptions } from './worker-backend.js';

export class ProcessBackend extends PoolBackend implements WorkerBackend {
  protected readonly pool: Tinypool;
  private readonly fontsFile: { readonly path: string; remove(): void } | undefined;
  /** Tasks given to the pool and not settled: close() lets them finish first. */
  private readonly pending = new Set<Promise<unknown>>();

  constructor(options: WorkerBackendOptions) {
    super();
    this.fontsFile = options.fonts && options.fonts.length > 0 ? writeFontsFile(options.fonts) : undefined;
    const heapMb = options.resourceLimits.maxOldGenerationSizeMb;
    const youngMb = options.resourceLimits.maxYoungGenerationSizeMb;
    // tinypool is loaded here, not at import: only a pool of render processes needs it.
    const { Tinypool: Pool } = requireModule<typeof import('tinypool')>('tinypool');
    this.pool = new Pool({
      runtime: 'child_process',
      filename: options.filename,
      minThreads: options.startThreads,
      maxThreads: options.threads,
      idleTimeout: GROWN_WORKER_IDLE_MS,
      maxQueue: options.maxQueue,
      // Structured clone over the IPC channel, so image bytes and results stay Uint8Arrays.
      serialization: 'advanced',
      // A process whose caches and heap crept up is replaced between renders, before its heap limit fails one.
      ...(options.recycleHeapMb === undefined ? {} : { maxMemoryLimitBeforeRecycle: options.recycleHeapMb * 1024 * 1024 }),
      // Only the heap limits: not the parent's flags (loaders, --inspect). V8's young generation is three semi-spaces.
      execArgv: [...(heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`]), ...(youngMb === undefined ? [] : [`--max-semi-space-size=${Math.max(1, Math.round(youngMb / 3))}`])],
      // One encoder thread per render process, as a render thread has (no parallel band helper). Two malloc arenas unless
      // the environment says otherwise: 483–484 MB against 496–502 over a 2-process pool after 1,000 renders, at no
      // loss of throughput (docs/bench.md, "Where one process's memory is").
      env: { MALLOC_ARENA_MAX: '2', ...stringEnv(process.env), OGSMITH_PARALLEL_ENCODE: '0', ...(this.fontsFile ? { [FONTS_FILE_ENV]: this.fontsFile.path } : {}) },
    });
    // An idle process that dies (killed from outside, the system's OOM killer) is replaced by the pool; without a
    // listener its 'error' event would end the server.
    this.pool.on('error', () => {});
  }

  run(task: RenderTask, signal: AbortSignal | undefined): Promise<RenderTaskResult> {
    const running = this.pool.run(task, signal ? { signal } : {}) as Promise<RenderTaskResult>;
    const settled = running.then(() => undefined, () => undefined);
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return running;
  }

  /** A killed process exits at once (SIGTERM, SIGKILL after 1 s): none linger. */
  get stuck(): number {
    return 0;
  }

  nextExit(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Finishes the renders already given, then ends the processes and removes the fonts file. */
  async close(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    await this.pool.destroy();
    this.fontsFile?.remove();
  }
}

/** process.env without its undefined entries (tinypool's env type). */
function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
