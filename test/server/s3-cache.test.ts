// The S3 shared tier against s3rver, a real S3-compatible HTTP server on loopback: round trip, expiry, a second instance.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RenderPool } from '../../src/pool/render-pool.js';
import { s3Cache, type S3CacheOptions } from '../../src/server/s3-cache.js';
import { expectServedByAnotherInstance } from './shared-tier.js';

const dir = mkdtempSync(join(process.cwd(), 'node_modules', '.ogsmith-s3-'));
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'og' }] });
const pool = new RenderPool({ threads: 1 });
let options: S3CacheOptions;

beforeAll(async () => {
  const { port } = await server.run();
  options = { endpoint: `http://127.0.0.1:${port}`, bucket: 'og', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
});
afterAll(async () => {
  await server.close();
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('S3 shared cache tier', () => {
  it('writes and reads bytes under a quoted ETag key; a missing key is a miss', async () => {
    const cache = s3Cache(options);
    const bytes = Buffer.from([137, 80, 78, 71, 0, 255]);
    await cache.set('"abc_DEF-123"', bytes, 60);
    expect((await cache.get('"abc_DEF-123"'))?.equals(bytes)).toBe(true);
    expect(await cache.get('"missing"')).toBeUndefined();
  });

  it('treats an expired object as a miss', async () => {
    const cache = s3Cache(options);
    await cache.set('"old"', Buffer.from('x'), 1);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 5000);
    expect(await cache.get('"old"')).toBeUndefined();
    vi.useRealTimers();
  });

  // s3rver checks the access key id but does not verify SigV4 signatures, so a wrong key id is what it can refuse.
  it('is refused with an unknown access key, quietly (a miss, no throw)', async () => {
    const cache = s3Cache({ ...options, accessKeyId: 'NOBODY' });
    await cache.set('"k"', Buffer.from('x'), 60);
    expect(await cache.get('"abc_DEF-123"')).toBeUndefined();
  });

  it('lets a second instance serve what the first rendered, without rendering', async () => {
    await expectServedByAnotherInstance(pool, () => s3Cache(options), '/og/quote.png?quote=Shared%20via%20S3');
  });
});
