// Render workers have a bounded JS heap: a render that needs more ends its worker with a coded error, and the pool goes on.
import { describe, expect, it } from 'vitest';
import { RenderPool } from '../../src/pool/render-pool.js';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { buildApp } from '../../src/server/app.js';
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

describe('workers stuck in native code', () => {
  const nativeSleepWorker = new URL('./fixtures/native-sleep-worker.mjs', import.meta.url).pathname;

  it('answers BUSY while an ended worker still runs native work, instead of piling up threads, and serves again once it exits', async () => {
    const pool = new RenderPool({ threads: 1, workerFile: nativeSleepWorker });
    await warmPool(pool);
    const timedOut = await pool.render({ type: 'div', props: { children: 'ogsmith-test:native-sleep' } }, { width: 64, height: 32, signal: AbortSignal.timeout(300) }).catch((e: unknown) => e);
    expect((timedOut as OgsmithError).code).toBe('RENDER_TIMEOUT');
    expect(pool.stuckWorkers).toBe(1);
    const refused = await pool.render({ type: 'div', props: { children: 'next' } }, { width: 64, height: 32 }).catch((e: unknown) => e);
    expect((refused as OgsmithError).code).toBe('BUSY');
    for (let i = 0; i < 100 && pool.stuckWorkers > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pool.stuckWorkers).toBe(0);
    expect((await pool.render({ type: 'div', props: { style: { width: 64, height: 32 }, children: 'after' } }, { width: 64, height: 32 })).byteLength).toBeGreaterThan(50);
    await pool.close();
  }, 60_000);

  it('reports ended workers still in native code in /healthz and /metrics', async () => {
    const pool = new RenderPool({ threads: 1, workerFile: nativeSleepWorker });
    await warmPool(pool);
    const app = await buildApp({ pool });
    await pool.render({ type: 'div', props: { children: 'ogsmith-test:native-sleep' } }, { width: 64, height: 32, signal: AbortSignal.timeout(300) }).catch(() => undefined);
    expect((await app.inject({ url: '/healthz' })).json()).toMatchObject({ status: 'ok', stuckWorkers: 1 });
    expect((await app.inject({ url: '/metrics' })).body).toMatch(/^ogsmith_render_workers_stuck 1$/m);
    for (let i = 0; i < 100 && pool.stuckWorkers > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await app.inject({ url: '/healthz' })).json()).toMatchObject({ stuckWorkers: 0 });
    expect((await app.inject({ url: '/metrics' })).body).toMatch(/^ogsmith_render_workers_stuck 0$/m);
    await app.close();
    await pool.close();
  }, 60_000);
});

