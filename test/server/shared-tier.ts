// Shared-tier check used by the Redis and S3 tests: a second instance serves what the first rendered, rendering nothing.
import { expect, vi } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import type { RenderPool } from '../../src/pool/render-pool.js';
import type { SharedCache } from '../../src/server/shared-cache.js';

export async function expectServedByAnotherInstance(pool: RenderPool, makeCache: () => Promise<SharedCache> | SharedCache, url: string): Promise<void> {
  const first = await buildApp({ pool, sharedCache: await makeCache() });
  const second = await buildApp({ pool, sharedCache: await makeCache() });
  const a = await first.inject({ url });
  // The write runs after the response; closing waits for it.
  await first.close();
  const spy = vi.spyOn(pool, 'render');
  const b = await second.inject({ url });
  expect(b.statusCode).toBe(200);
  expect(b.rawPayload.equals(a.rawPayload)).toBe(true);
  expect(spy).not.toHaveBeenCalled();
  expect((await second.inject({ url: '/metrics' })).body).toMatch(/ogsmith_cache_lookups_total\{outcome="shared"\} 1/);
  spy.mockRestore();
  await second.close();
}
