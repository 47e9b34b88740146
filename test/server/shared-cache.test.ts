// The shared tier against a real redis-server started here (skipped when the binary is absent): a second instance renders nothing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort } from '../helpers/free-port.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderPool } from '../../src/pool/render-pool.js';
import { redisCache } from '../../src/server/shared-cache.js';
import { expectServedByAnotherInstance } from './shared-tier.js';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

describe.skipIf(!hasRedis)('shared cache tier (redis)', () => {
  let redis: ChildProcess;
  let url: string;
  const pool = new RenderPool({ threads: 1 });

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      const probe = await redisCache(url).catch(() => null);
      if (probe) {
        await probe.close();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('redis-server did not start');
  });

  afterAll(async () => {
    redis?.kill();
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

  it('lets a second instance serve an image the first rendered, without rendering', async () => {
    await expectServedByAnotherInstance(pool, () => redisCache(url), '/og/quote.png?quote=Shared');
  });
});
