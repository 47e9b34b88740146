// Render workers have a bounded JS heap: a render that needs more ends its worker with a coded error, and the pool goes on.
import { describe, expect, it } from 'vitest';
import { RenderPool } from '../../src/pool/render-pool.js';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { warmPool } from './helpers.js';

const hungryWorker = new URL('./fixtures/hungry-worker.mjs', import.meta.url).pathname;

describe('worker memory', () => {
  it('answers a render that outgrows the worker heap with RENDER_TOO_LARGE, replaces the worker, and renders the next one', async () => {
    // A low limit keeps the test quick; the default (WORKER_RESOURCE_LIMITS) is 256 MB.
    const pool = new RenderPool({ threads: 1, workerFile: hungryWorker, resourceLimits: { maxOldGenerationSizeMb: 96 } });
    await warmPool(pool);
    const before = pool.threadIds;
    const error = await pool.render({ type: 'div', props: { children: 'ogsmith-test:hungry' } }, { width: 64, height: 32 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OgsmithError);
    expect((error as OgsmithError).code).toBe('RENDER_TOO_LARGE');
    const png = await pool.render({ type: 'div', props: { style: { width: 64, height: 32 }, children: 'after' } }, { width: 64, height: 32 });
    expect(png.byteLength).toBeGreaterThan(50);
    expect(pool.threadIds[0]).not.toBe(before[0]);
    await pool.close();
  }, 60_000);
});
