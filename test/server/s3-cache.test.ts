// The S3 shared tier against s3rver, a real S3-compatible HTTP server on loopback: round trip, expiry, a second instance.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import aws4 from 'aws4';
import S3rver from 's3rver';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RenderPool } from '../../src/pool/render-pool.js';
import { buildApp } from '../../src/server/app.js';
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
  it('throws when refused (unknown access key), for the guard to count; through the server it is a quiet miss', async () => {
    const cache = s3Cache({ ...options, accessKeyId: 'NOBODY' });
    await expect(cache.set('"k"', Buffer.from('x'), 60)).rejects.toThrow(/S3 PUT answered 403/);
    await expect(cache.get('"abc_DEF-123"')).rejects.toThrow(/S3 GET answered 403/);
    const app = await buildApp({ pool, sharedCache: cache });
    expect((await app.inject({ url: '/og/quote.png?quote=Refused%20by%20S3' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/metrics' })).body).toMatch(/ogsmith_shared_cache_errors_total\{tier="s3",op="get",reason="error"\} 1/);
    await app.close();
  });

  it('reads an object whose body does not match its checksum (a PUT cut off mid-way) as an error, never as an image', async () => {
    const cache = s3Cache(options);
    const bytes = Buffer.from('a whole image');
    await cache.set('"cut"', bytes, 60);
    // The same metadata with a body cut short, as a store that kept a broken upload would hold it.
    const path = '/og/ogsmith%2Fcut';
    const headers = { 'x-amz-meta-ogsmith-expires': String(Math.floor(Date.now() / 1000) + 60), 'x-amz-meta-ogsmith-sha256': createHash('sha256').update(bytes).digest('hex') };
    const endpoint = new URL(options.endpoint);
    const signed = aws4.sign({ host: endpoint.host, path, method: 'PUT', service: 's3', region: 'us-east-1', headers, body: '' }, { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
    const put = await request(`${options.endpoint}${path}`, { method: 'PUT', headers: signed.headers as Record<string, string>, body: '' });
    await put.body.dump();
    expect(put.statusCode).toBe(200);
    await expect(cache.get('"cut"')).rejects.toThrow(/checksum/);
  });

  it('gives up within its time limit on a store that accepts connections and never answers', async () => {
    const mute = createServer(() => undefined);
    await new Promise<void>((resolve) => mute.listen(0, '127.0.0.1', resolve));
    const cache = s3Cache({ ...options, endpoint: `http://127.0.0.1:${(mute.address() as AddressInfo).port}`, timeoutMs: 200 });
    const started = performance.now();
    await expect(cache.get('"k"')).rejects.toThrow();
    await expect(cache.set('"k"', Buffer.from('x'), 60)).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(1500);
    mute.closeAllConnections();
    await new Promise((resolve) => mute.close(resolve));
  });

  it('lets a second instance serve what the first rendered, without rendering', async () => {
    await expectServedByAnotherInstance(pool, () => s3Cache(options), '/og/quote.png?quote=Shared%20via%20S3');
  });
});
