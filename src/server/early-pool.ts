// The render processes of `npm start`, started before the server's own modules load (fastify and its plugins), so that their start-up runs beside the server's.
import { RenderPool } from '../pool/render-pool.js';

/** A small card with bold text: each worker loads the engine, fonts and HarfBuzz on it before its first request. */
const WARM_CARD = { type: 'div', props: { style: { width: 64, height: 32, fontWeight: 700 }, children: 'warm' } };

/** Renders the small card once on every worker (failures are ignored: the requests will report them). */
export async function warmUpPool(pool: RenderPool): Promise<void> {
  await Promise.all(Array.from({ length: pool.threads }, () => pool.render(WARM_CARD, { width: 64, height: 32 }).catch(() => undefined)));
}

/** A pool started early, with its warm-up under way. */
export interface StartedPool {
  readonly pool: RenderPool;
  readonly warm: Promise<void>;
}

/**
 * The server's pool as OgsmithService makes it by default (render processes, the default queue),
 * started now with its warm-up: a cold `npm start` then loads fastify while its render processes
 * load the engine, instead of one after the other.
 */
export function startServerPool(): StartedPool {
  const pool = new RenderPool({ isolation: 'process' });
  return { pool, warm: warmUpPool(pool) };
}
