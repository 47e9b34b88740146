// Render timeout (worker replaced), a flood of misses (503 + Retry-After, /healthz 200), single-flight, and shutdown.
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { defineTemplate } from '../../src/templates/define.js';
import { Type } from '@sinclair/typebox';
import { errorBody, warmPool } from './helpers.js';

const loopingWorker = fileURLToPath(new URL('./fixtures/looping-worker.mjs', import.meta.url));

/** A template whose tree makes the test worker loop forever: a layout that never finishes. */
const never = defineTemplate({
  name: 'never',
  description: 'test only',
  version: '1',
  params: Type.Object({}),
  render: () => ({ type: 'div', props: { children: 'ogsmith-test:loop-forever' }, key: null }),
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

describe('render timeout', () => {
  it('ends a render that never finishes with 504, replaces its worker, and the next request succeeds', async () => {
    const pool = new RenderPool({ threads: 1, workerFile: loopingWorker });
    await warmPool(pool);
    const app = await buildApp({ pool, templates: [never], limits: { renderTimeoutMs: 3000 } });
    expect((await app.inject({ url: '/og/quote.png?quote=warm' })).statusCode).toBe(200);
    const before = pool.threadIds;
    expect(before).toHaveLength(1);
    const res = await app.inject({ url: '/og/never.png' });
    expect(res.statusCode).toBe(504);
    expect(errorBody(res.body).code).toBe('RENDER_TIMEOUT');
    expect(res.headers['cache-control']).toBe('no-store');
    await until(() => pool.threadIds.length === 1 && pool.threadIds[0] !== before[0]);
    expect(pool.threadIds).toHaveLength(1);
    expect(pool.threadIds[0]).not.toBe(before[0]);
    // The replacement worker starts cold: warm it, so a loaded machine cannot turn its first render into a 504.
    await warmPool(pool);
    expect((await app.inject({ url: '/og/quote.png?quote=after' })).statusCode).toBe(200);
    await app.close();
    await pool.close();
  });
});

describe('backpressure', () => {
  it('answers a flood of unique misses with 503 + Retry-After while /healthz stays 200, then serves again', async () => {
    const pool = new RenderPool({ threads: 1, maxQueue: 2 });
    await warmPool(pool);
    const app = await buildApp({ pool });
    const flood = Array.from({ length: 16 }, (_, i) => app.inject({ url: `/og/release.png?project=flood&version=1.0.${i}&highlights=a;b;c` }));
    const health = await app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const results = await Promise.all(flood);
    const busy = results.filter((r) => r.statusCode === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.statusCode === 200).length).toBeGreaterThan(0);
    expect(results.every((r) => r.statusCode === 200 || r.statusCode === 503)).toBe(true);
    for (const r of busy) {
      expect(errorBody(r.body).code).toBe('BUSY');
      expect(r.headers['retry-after']).toBe('1');
      expect(r.headers['cache-control']).toBe('no-store');
    }
    expect((await app.inject({ url: '/og/release.png?project=after&version=2.0.0' })).statusCode).toBe(200);
    const metrics = await app.inject({ url: '/metrics' });
    expect(metrics.body).toMatch(/ogsmith_errors_total\{code="BUSY"\} \d+/);
    await app.close();
    await pool.close();
  });

  it('renders an image once for concurrent identical requests (single-flight)', async () => {
    const pool = new RenderPool({ threads: 1 });
    await warmPool(pool);
    const app = await buildApp({ pool });
    const spy = vi.spyOn(pool, 'render');
    const results = await Promise.all(Array.from({ length: 6 }, () => app.inject({ url: '/og/quote.png?quote=Once' })));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(new Set(results.map((r) => r.headers.etag)).size).toBe(1);
    await app.close();
    await pool.close();
  });
});

describe('event-loop pressure', () => {
  it('answers 503 BUSY with Retry-After while the event loop is blocked, keeps /healthz at 200, then recovers', async () => {
    const pool = new RenderPool({ threads: 1 });
    await warmPool(pool);
    const app = await buildApp({ pool, limits: { maxEventLoopDelayMs: 50 } });
    expect((await app.inject({ url: '/og/quote.png?quote=before' })).statusCode).toBe(200);
    // Block the loop in slices until under-pressure's 1 s sample sees the delay.
    let busy: Awaited<ReturnType<typeof app.inject>> | undefined;
    for (let i = 0; i < 20 && busy?.statusCode !== 503; i++) {
      const end = Date.now() + 300;
      while (Date.now() < end);
      // Let the timers phase run (as between network events), so the sampler can record the delay.
      await new Promise((resolve) => setTimeout(resolve, 0));
      busy = await app.inject({ url: '/og/quote.png?quote=blocked' });
      if (busy.statusCode === 503) expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    }
    expect(busy?.statusCode).toBe(503);
    expect(errorBody(busy!.body).code).toBe('BUSY');
    expect(busy!.headers['retry-after']).toBe('1');
    expect(busy!.headers['cache-control']).toBe('no-store');
    let after = 503;
    for (let i = 0; i < 40 && after !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = (await app.inject({ url: '/og/quote.png?quote=recovered' })).statusCode;
    }
    expect(after).toBe(200);
    await app.close();
    await pool.close();
  });
});
