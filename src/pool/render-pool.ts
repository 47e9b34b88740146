// A pool of render workers (piscina) so renders run off the main thread; the server and CLI share it.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { ERROR_CATALOGUE, OgsmithError, type ErrorCode } from '../errors/catalogue.js';
import type { FontInput } from '../layout/text/types.js';
import type { RenderOptions } from '../render.js';
import { toPlainElement } from './plain-element.js';
import type { RenderTask, RenderTaskResult } from './render-worker.js';

export interface RenderPoolOptions {
  /** Worker threads; default: the machine's available parallelism. */
  readonly threads?: number;
  /** Fonts every worker loads once; default: the bundled family. */
  readonly fonts?: readonly FontInput[];
  /** Queued renders beyond which `render()` rejects at once; default 4 per thread. */
  readonly maxQueue?: number;
}

/** The compiled worker (dist/pool/render-worker.js), also when this module runs from src/ under tests. */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./render-worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL('../../dist/pool/render-worker.js', import.meta.url));
  if (existsSync(built)) return built;
  throw new Error('ogsmith: the render worker is not built; run npm run build');
}

export class RenderPool {
  private readonly pool: Piscina<RenderTask, RenderTaskResult>;

  constructor(options: RenderPoolOptions = {}) {
    const threads = options.threads ?? Math.max(1, availableParallelism());
    this.pool = new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, maxQueue: options.maxQueue ?? threads * 4, workerData: { fonts: options.fonts ? [...options.fonts] : undefined } });
  }

  /** Renders in a worker. Function components are expanded here first, since functions cannot cross threads. */
  async render(element: unknown, options: Omit<RenderOptions, 'fonts'>): Promise<Buffer> {
    const plain = toPlainElement(element);
    const result = await this.pool.run({ element: plain, options: { ...options } });
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

  /** Finishes queued renders, then stops the workers. */
  async close(): Promise<void> {
    await this.pool.close();
  }
}
