// Chaos: s3rver under the S3 shared tier is killed, paused (SIGSTOP) and restarted under a bounded load of misses.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { s3Cache } from '../../src/server/s3-cache.js';
import { startS3, type S3Process } from './s3rver-process.js';
import { startServerProcess, type ServerProcess } from './tier-server-process.js';
import { expectConsistent, expectPauseSurvived, expectRecovered, expectServedAndWritten, expectUnblocked, type StoredImages, type TierUnderTest } from './tier-scenario.js';

const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

describe('chaos: S3 (s3rver) killed, paused and restarted under load', () => {
  const directory = mkdtempSync(join(process.cwd(), 'node_modules', '.ogsmith-s3-chaos-'));
  let s3: S3Process;
  let server: ServerProcess;

  /**
   * What the bucket holds for these ETags (S3 has no cheap scan), read with the tier's own client: an object that fails
   * its checksum (a PUT cut off when the store stopped; s3rver keeps such bodies) would read as a miss, and is noted.
   */
  async function storedInS3(etags: readonly string[]): Promise<StoredImages> {
    const cache = s3Cache({ endpoint: `http://127.0.0.1:${s3.port}`, bucket: 'og', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', timeoutMs: 5000 });
    const stored: StoredImages = new Map();
    for (let i = 0; i < etags.length; i += 16) {
      await Promise.all(etags.slice(i, i + 16).map(async (etag) => {
        const bytes = await cache.get(etag).catch((error: unknown) => void t.figures.push(`s3: ${String(error)}`));
        if (bytes) stored.set(etag, createHash('sha256').update(bytes).digest('hex'));
      }));
    }
    return stored;
  }
  const t: TierUnderTest = { tier: 's3', server: () => server, stored: storedInS3, served: new Map(), figures: [] };

  beforeAll(async () => {
    s3 = await startS3(directory);
    server = await startServerProcess({ OGSMITH_S3_BUCKET: 'og', OGSMITH_S3_ENDPOINT: `http://127.0.0.1:${s3.port}`, ...CREDENTIALS });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await s3?.stop();
    rmSync(directory, { recursive: true, force: true });
    console.log(t.figures.join('\n'));
  });

  it('serves misses and writes them to S3 while it is up', async () => {
    await expectServedAndWritten(t, 'up');
  });

  it('answers misses within normal latency while S3 is killed, skipping it', async () => {
    await s3.stop();
    await expectUnblocked(t, 'killed');
  });

  it('uses S3 again once it is restarted', async () => {
    s3 = await startS3(directory, s3.port);
    await expectRecovered(t, 'restarted');
  });

  it('answers misses within normal latency while S3 is paused (SIGSTOP), and uses it again after SIGCONT', async () => {
    await expectPauseSurvived(t, s3);
  });

  it('stored only the images it served, and serves the same images again', async () => {
    await expectConsistent(t);
  });
});
