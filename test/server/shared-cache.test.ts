// The shared tier against a real redis-server started here (skipped when the binary is absent): round trip, unreachable, a second instance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderPool } from '../../src/pool/render-pool.js';
import { redisCache } from '../../src/server/shared-cache.js';
import { freePort, hasRedis, startRedis, type RedisProcess } from './redis-process.js';
import { expectServedByAnotherInstance } from './shared-tier.js';

describe.skipIf(!hasRedis)('shared cache tier (redis)', () => {
  let redis: RedisProcess;
  let url: string;
  const pool = new RenderPool({ threads: 1 });

  beforeAll(async () => {
    redis = await startRedis();
    url = redis.url;
  });

  afterAll(async () => {
    await redis?.stop();
    await pool.close();
  });

  it('stores and reads bytes with a TTL', async () => {
    const cache = await redisCache(url);
    const bytes = Buffer.from([0, 1, 2, 255]);
    await cache.set('k', bytes, 60);
    expect((await cache.get('k'))?.equals(bytes)).toBe(true);
    expect(await cache.get('missing')).toBeUndefined();
    await cache.close();
  });

  it('resolves at once when Redis is unreachable, and then fails commands at once instead of queueing them', async () => {
    const started = performance.now();
    const cache = await redisCache(`redis://127.0.0.1:${await freePort()}`, { connectTimeoutMs: 500 });
    expect(performance.now() - started).toBeLessThan(2000);
    const failed = performance.now();
    await expect(cache.get('k')).rejects.toThrow();
    await expect(cache.set('k', Buffer.from('x'), 60)).rejects.toThrow();
    expect(performance.now() - failed).toBeLessThan(500);
    await cache.close();
  });

  it('lets a second instance serve an image the first rendered, without rendering', async () => {
    await expectServedByAnotherInstance(pool, () => redisCache(url), '/og/quote.png?quote=Shared');
  });
});
