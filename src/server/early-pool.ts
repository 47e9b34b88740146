// The render processes of `npm start`, started before the server's own modules load (fastify and its plugins), so that their start-up runs beside the server's.
import { RenderPool } from '../pool/render-pool.js';

/** A small card with bold text: each worker loads the engine, fonts and HarfBuzz on it before its first request. */
const WARM_CARD = { type: 'div', props: { style: { width: 64, height: 32, fontWeight: 700 }, children: 'warm' } };

/** Renders the small card once on every live worker (RenderPool.warmUp: failures are ignored, requests wait for it). */
export function warmUpPool(pool: RenderPool): Promise<void> {
  return pool.warmUp(WARM_CARD, { width: 64, height: 32 });
}

/** A pool started early, with its warm-up under way. */
export interface StartedPool {
  readonly pool: RenderPool;
  readonly warm: Promise<void>;
}

/**
 * The server's pool as OgsmithService makes it by default (render processes, the default queue),
 * started now with its warm-up: a cold `npm start` then loads fastify while its render process
 * loads the engine, instead of one after the other. One process starts; the others (one per core)
 * start when a render finds it busy, so the first response does not wait behind, or pay for,
 * render processes that no request needs yet.
 */
export function startServerPool(): StartedPool {
  const pool = new RenderPool({ isolation: 'process', startThreads: 1 });
  return { pool, warm: warmUpPool(pool) };
}
