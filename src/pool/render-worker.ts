// Worker side of the render pool (a thread or a process): renders plain element trees with the pool's fonts.
import '../runtime/start-harfbuzz.js';
import { isMainThread, threadId, workerData } from 'node:worker_threads';
import { render, type RenderOptions } from '../render.js';
import type { FontInput } from '../layout/text/types.js';
import { isOgsmithError } from '../errors/catalogue.js';
import { readFontsFile } from './fonts-file.js';
import { cacheReport, type CacheStats } from '../runtime/cache-budget.js';
import { flushCompileCache } from '../runtime/compile-cache.js';
import { moveWith, ownedBytes } from './transfer-result.js';

export interface RenderTask {
  readonly element: unknown;
  readonly options: Omit<RenderOptions, 'fonts'>;
}

/** The worker's caches after the task, and its id as the pool knows it (a thread id, or the pid of a render process); other workers (the playground's) leave them out. */
export interface WorkerCaches {
  readonly worker?: number;
  readonly caches?: readonly CacheStats[];
}

export type RenderTaskResult = WorkerCaches & ({ readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly code: string; readonly message: string; readonly path: string | undefined });

const worker = isMainThread ? process.pid : threadId;

// A thread gets its fonts as workerData, a render process from the file its pool wrote.
const fonts = (workerData as { fonts?: FontInput[] } | undefined)?.fonts ?? readFontsFile();

let flushed = false;

/** Renders one task; coded errors come back as data so the caller can rethrow them with their code. */
export default async function renderTask(task: RenderTask): Promise<RenderTaskResult> {
  try {
    const bytes = await render(task.element, fonts && fonts.length > 0 ? { ...task.options, fonts } : task.options);
    // After the first render the code a cold worker runs is compiled; keep it for the next one (Node 22.10+ with NODE_COMPILE_CACHE).
    if (!flushed) {
      flushed = true;
      flushCompileCache();
    }
    const owned = ownedBytes(bytes);
    const result: RenderTaskResult = { ok: true, bytes: owned, worker, caches: cacheReport() };
    // A thread moves the image to the main thread; a render process's answer is serialised over IPC either way.
    return isMainThread ? result : moveWith(result, owned.buffer);
  } catch (error) {
    if (isOgsmithError(error)) return { ok: false, code: error.code, message: error.message, path: error.path, worker, caches: cacheReport() };
    throw error;
  }
}
