// /metrics reports each cache's bytes, entries and byte budget, summed over the server and its render processes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { warmPool } from './helpers.js';

// Render processes, as the server runs them by default: their caches must reach the server's /metrics.
const pool = new RenderPool({ threads: 1, isolation: 'process' });
let app: FastifyInstance;

beforeAll(async () => {
  await warmPool(pool);
  app = await buildApp({ pool });
}, 60_000);
afterAll(async () => {
  await app.close();
  await pool.close();
});

/** The value of a gauge with a cache label in a Prometheus text body, or undefined when absent. */
function gauge(body: string, name: string, cache: string): number | undefined {
  const line = new RegExp(`^${name}\\{cache="${cache}"\\} (\\d+(?:\\.\\d+)?(?:e\\+\\d+)?)$`, 'm').exec(body);
  return line ? Number(line[1]) : undefined;
}

describe('cache metrics', () => {
  it('reports non-zero bytes and entries for the caches that renders used, within their budgets', async () => {
    for (const title of ['Caches in metrics', 'Another title with other glyphs: 0123456789']) {
      // The first answer redirects to the canonical URL (parameters in order, a hash in the path).
      // The same author on both: a shaping is kept from its second use (one-off titles leave no shaped_text entry).
      const redirect = await app.inject({ url: `/og/blog?title=${encodeURIComponent(title)}&author=Ada%20Lovelace` });
      const response = redirect.statusCode === 308 ? await app.inject({ url: String(redirect.headers.location) }) : redirect;
      expect(response.statusCode).toBe(200);
    }
    const body = (await app.inject({ url: '/metrics' })).body;
    // Render-process caches (text shaping, glyph outlines and masks, fonts, the reused canvas) and the server's image cache.
    for (const cache of ['shaped_text', 'glyph_outlines', 'glyph_paths', 'glyph_masks', 'parsed_fonts', 'idle_canvases', 'server_images']) {
      const bytes = gauge(body, 'ogsmith_cache_bytes', cache);
      const entries = gauge(body, 'ogsmith_cache_entries', cache);
      const budget = gauge(body, 'ogsmith_cache_max_bytes', cache);
      expect({ cache, bytes: bytes! > 0, entries: entries! > 0 }).toEqual({ cache, bytes: true, entries: true });
      expect(bytes).toBeLessThanOrEqual(budget!);
    }
  }, 60_000);
});
