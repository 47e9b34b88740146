// Chaos: a real redis-server under the shared tier is killed, paused (SIGSTOP) and restarted under a bounded load of misses, or absent at start.
import { createHash } from 'node:crypto';
import { createClient, RESP_TYPES } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, hasRedis, startRedis, type RedisProcess } from '../server/redis-process.js';
import { startServerProcess, type ServerProcess } from './tier-server-process.js';
import { describeLoad, eventually, missLoad, percentile } from './tier-miss-load.js';
import { expectConsistent, expectPauseSurvived, expectRecovered, expectServedAndWritten, expectUnblocked, FAULT_P95_MS, type StoredImages, type TierUnderTest } from './tier-scenario.js';

/** Everything the Redis at `url` holds under `ogsmith:<etag>`, as ETag → sha256 (a scan, so an image stored under a wrong ETag shows too). */
async function storedInRedis(url: string): Promise<StoredImages> {
  const client = createClient({ url }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  await client.connect();
  try {
    const stored: StoredImages = new Map();
    for (const key of await client.keys('ogsmith:*')) {
      const bytes = await client.get(key);
      if (bytes) stored.set(key.toString().slice('ogsmith:'.length), createHash('sha256').update(bytes).digest('hex'));
    }
    return stored;
  } finally {
    client.destroy();
  }
}

describe.skipIf(!hasRedis)('chaos: Redis killed, paused and restarted under load', () => {
  let redis: RedisProcess;
  let server: ServerProcess;
  const t: TierUnderTest = { tier: 'redis', server: () => server, stored: () => storedInRedis(redis.url), served: new Map(), figures: [] };

  beforeAll(async () => {
    redis = await startRedis();
    server = await startServerProcess({ OGSMITH_REDIS_URL: redis.url });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await redis?.stop();
    console.log(t.figures.join('\n'));
  });

  it('serves misses and writes them to Redis while it is up', async () => {
    await expectServedAndWritten(t, 'up');
  });

  it('answers misses within normal latency while Redis is killed, skipping it', async () => {
    redis.signal('SIGKILL');
    await redis.stop();
    await expectUnblocked(t, 'killed');
  });

  it('uses Redis again once it is restarted', async () => {
    redis = await startRedis(redis.port);
    await expectRecovered(t, 'restarted');
  });

  it('answers misses within normal latency while Redis is paused (SIGSTOP), and uses it again after SIGCONT', async () => {
    await expectPauseSurvived(t, redis);
  });

  it('stored only the images it served, and serves the same images again', async () => {
    await expectConsistent(t);
  });
});

describe.skipIf(!hasRedis)('chaos: Redis unreachable when the server starts', () => {
  let redis: RedisProcess | undefined;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    await redis?.stop();
  });

  it('listens and serves from memory with a warning, then uses Redis once it answers', async () => {
    const port = await freePort();
    server = await startServerProcess({ OGSMITH_REDIS_URL: `redis://127.0.0.1:${port}` });
    const started = server;
    const t: TierUnderTest = { tier: 'redis', server: () => started, stored: () => storedInRedis(`redis://127.0.0.1:${port}`), served: new Map(), figures: [] };
    const warned = (): boolean => started.log().split('\n').some((line) => line.includes('"level":40') && line.includes('unreachable'));
    expect(await eventually(async () => warned(), 3000), started.log()).toBe(true);
    const result = await missLoad(started.base, 'no redis', { concurrency: 4, maxRequests: 40, maxMs: 4000 }, t.served);
    console.log(describeLoad('redis unreachable at start', result));
    expect(result.failures).toEqual([]);
    expect(percentile(result.latenciesMs, 95)).toBeLessThan(FAULT_P95_MS);
    redis = await startRedis(port);
    await expectRecovered(t, 'redis arrived');
  });
});
