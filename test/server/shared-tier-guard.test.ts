// The shared tier's guard with stores that hang, fail or recover: a request never waits on the tier, the breaker skips it while down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import type { SharedCache } from '../../src/server/shared-cache.js';
import type { TierGuardOptions } from '../../src/server/shared-tier-guard.js';

const pool = new RenderPool({ threads: 1 });
// A warm worker, so the time bounds below measure the tier, not font loading.
beforeAll(() => pool.render({ type: 'div', props: { style: { width: 64, height: 32 }, children: 'warm' } }, { width: 64, height: 32 }));
afterAll(() => pool.close());

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
/** Writes start on the turn of the event loop after the response. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A store whose behaviour the test switches: answers, hangs or fails; counts its calls. */
function switchableStore(timeoutMs = 100) {
  const state = { mode: 'up' as 'up' | 'hang' | 'fail', gets: 0, sets: 0, stored: new Map<string, Buffer>() };
  const act = <T>(answer: () => T): Promise<T> => (state.mode === 'hang' ? never<T>() : state.mode === 'fail' ? Promise.reject(new Error('connection refused')) : Promise.resolve(answer()));
  const cache: SharedCache = {
    name: 'fake',
    timeoutMs,
    get: (key) => {
      state.gets++;
      return act(() => state.stored.get(key));
    },
    set: (key, bytes) => {
      state.sets++;
      return act(() => void state.stored.set(key, bytes));
    },
    close: async () => undefined,
  };
  return { state, cache };
}

const guard: Partial<TierGuardOptions> = { failuresToOpen: 3, halfOpenAfterMs: 1000, maxHalfOpenAfterMs: 1000 };
const metric = async (app: Awaited<ReturnType<typeof buildApp>>, pattern: RegExp): Promise<number> => Number(pattern.exec((await app.inject({ url: '/metrics' })).body)?.[1] ?? 0);

describe('shared tier guard', () => {
  it('answers a miss within the time limit when the store never answers a get or a set', async () => {
    const { state, cache } = switchableStore(100);
    state.mode = 'hang';
    const app = await buildApp({ pool, sharedCache: cache });
    const started = performance.now();
    const res = await app.inject({ url: '/og/quote.png?quote=Hanging%20store' });
    expect(res.statusCode).toBe(200);
    // The store's limit is 100 ms; the rest is the render on a shared, busy machine (without the guard it never answers).
    expect(performance.now() - started).toBeLessThan(5000);
    expect(await metric(app, /ogsmith_shared_cache_errors_total\{tier="fake",op="get",reason="timeout"\} (\d+)/)).toBe(1);
    await app.close();
  });

  it('sends the response without waiting for the write', async () => {
    const { state, cache } = switchableStore(60_000);
    let release = (): void => undefined;
    cache.set = () => {
      state.sets++;
      return new Promise<void>((resolve) => (release = resolve));
    };
    const app = await buildApp({ pool, sharedCache: cache });
    const res = await Promise.race([app.inject({ url: '/og/quote.png?quote=Slow%20write' }), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 20_000))]);
    expect(res?.statusCode).toBe(200);
    await nextTurn();
    expect(state.sets).toBe(1);
    release();
    await app.close();
  });

  it('opens after consecutive failures, skips the store while open, and closes when a background trial call succeeds', async () => {
    const { state, cache } = switchableStore(100);
    const app = await buildApp({ pool, sharedCache: cache, sharedCacheGuard: guard });
    state.mode = 'fail';
    for (let i = 0; i < 6; i++) expect((await app.inject({ url: `/og/quote.png?quote=down%20${i}` })).statusCode).toBe(200);
    // 3 failed calls (get or set) open it: everything after is skipped without touching the store.
    expect(state.gets + state.sets).toBeLessThanOrEqual(4);
    expect(await metric(app, /ogsmith_shared_cache_state\{tier="fake"\} (\d+)/)).toBe(2);
    expect(await metric(app, /ogsmith_shared_cache_skipped_total\{tier="fake",op="get",reason="open"\} (\d+)/)).toBeGreaterThan(0);
    // The trial call is a background probe: the breaker closes with no request waiting on it.
    state.mode = 'up';
    const gets = state.gets;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(state.gets).toBe(gets + 1);
    expect(await metric(app, /ogsmith_shared_cache_state\{tier="fake"\} (\d+)/)).toBe(0);
    expect((await app.inject({ url: '/og/quote.png?quote=back' })).statusCode).toBe(200);
    await app.close();
    expect(state.stored.size).toBe(1);
  });

  it('skips writes beyond the backlog, and waits for pending writes on close', async () => {
    const { state, cache } = switchableStore(60_000);
    const releases: (() => void)[] = [];
    cache.set = (key, bytes) => {
      state.sets++;
      return new Promise<void>((resolve) => releases.push(() => resolve(void state.stored.set(key, bytes))));
    };
    const app = await buildApp({ pool, sharedCache: cache, sharedCacheGuard: { maxPendingWrites: 2 } });
    for (let i = 0; i < 4; i++) expect((await app.inject({ url: `/og/quote.png?quote=backlog%20${i}` })).statusCode).toBe(200);
    await nextTurn();
    expect(state.sets).toBe(2);
    expect(await metric(app, /ogsmith_shared_cache_skipped_total\{tier="fake",op="set",reason="backlog"\} (\d+)/)).toBe(2);
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    for (const release of releases) release();
    await closing;
    expect(state.stored.size).toBe(2);
  });

  it('logs a warning at start when the store does not answer, and serves anyway', async () => {
    const { state, cache } = switchableStore(100);
    state.mode = 'fail';
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    const app = await buildApp({ pool, sharedCache: cache, logger: { level: 'warn', stream } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines.some((line) => line.includes('"level":40') && line.includes('fake is unreachable'))).toBe(true);
    expect((await app.inject({ url: '/og/quote.png?quote=still%20served' })).statusCode).toBe(200);
    expect(await metric(app, /ogsmith_shared_cache_errors_total\{tier="fake",op="probe",reason="error"\} (\d+)/)).toBe(1);
    await app.close();
  });
});
