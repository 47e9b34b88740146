// Remote fetches are capped in all, per host, waiting and in bytes; misses are admitted before any fetch (503 when full).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { buildApp } from '../../src/server/app.js';
import { FetchCapacity } from '../../src/server/fetch/fetch-capacity.js';
import { GuardedFetcher } from '../../src/server/fetch/guarded-fetch.js';
import { fileURLToPath } from 'node:url';
import { Type } from '@sinclair/typebox';
import { defineTemplate } from '../../src/templates/define.js';
import { errorBody, loopbackServer, TINY_PNG, warmPool, type LoopbackServer } from './helpers.js';

const loopingWorker = fileURLToPath(new URL('./fixtures/looping-worker.mjs', import.meta.url));
/** A template whose render never finishes in the looping test worker: it holds the thread until the render timeout. */
const never = defineTemplate({ name: 'never', description: 'test only', version: '1', params: Type.Object({ n: Type.Optional(Type.String()) }), render: () => ({ type: 'div', props: { children: 'ogsmith-test:loop-forever' }, key: null }) });
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(OgsmithError);
  return (error as OgsmithError).code;
}

/** Open requests now and the most at once, as a loopback image server sees them. */
function concurrencyProbe(): { readonly open: () => number; readonly peak: () => number; enter(): () => void } {
  let open = 0;
  let peak = 0;
  return {
    open: () => open,
    peak: () => peak,
    enter() {
      peak = Math.max(peak, ++open);
      return () => open--;
    },
  };
}

let images: LoopbackServer;
const probe = concurrencyProbe();

beforeAll(async () => {
  images = await loopbackServer('127.0.0.2', {
    '/held.png': (_req, res) => {
      const leave = probe.enter();
      res.on('close', leave);
      setTimeout(() => res.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG), 400);
    },
    '/big.bin': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      const timer = setInterval(() => res.write(Buffer.alloc(64 * 1024, 1)), 5);
      res.on('close', () => clearInterval(timer));
    },
  });
});

afterAll(async () => {
  await images.close();
});

describe('FetchCapacity', () => {
  it('runs at most `concurrent` in all and `perHost` per host, in order', async () => {
    const capacity = new FetchCapacity({ concurrent: 3, perHost: 2, waiting: 100, bytesInFlight: 1024 });
    const running = new Map<string, number>();
    let peakAll = 0;
    const peakHost = new Map<string, number>();
    const job = (host: string) => capacity.run(host, async () => {
      running.set(host, (running.get(host) ?? 0) + 1);
      peakAll = Math.max(peakAll, [...running.values()].reduce((a, b) => a + b, 0));
      peakHost.set(host, Math.max(peakHost.get(host) ?? 0, running.get(host)!));
      await sleep(20);
      running.set(host, running.get(host)! - 1);
      return host;
    });
    const hosts = Array.from({ length: 24 }, (_, i) => ['a', 'b', 'c', 'd'][i % 4]!);
    expect(await Promise.all(hosts.map(job))).toEqual(hosts);
    expect(peakAll).toBe(3);
    expect(Math.max(...peakHost.values())).toBeLessThanOrEqual(2);
    expect(capacity.stats).toMatchObject({ active: 0, waiting: 0, bytes: 0, hosts: 0, busiestHost: 0 });
  });

  it('reports the hosts fetched from and the per-host slots in use at the busiest one', async () => {
    const capacity = new FetchCapacity({ concurrent: 8, perHost: 3, waiting: 100, bytesInFlight: 1024 });
    const jobs = ['a', 'a', 'a', 'a', 'b'].map((host) => capacity.run(host, () => sleep(60)));
    await sleep(10);
    expect(capacity.stats).toMatchObject({ active: 4, waiting: 1, hosts: 2, busiestHost: 3 });
    await Promise.all(jobs);
    expect(capacity.stats).toMatchObject({ active: 0, waiting: 0, hosts: 0, busiestHost: 0 });
  });

  it('answers BUSY at once when too many fetches wait, and when bytes in flight pass the budget, reporting each refusal', async () => {
    const refusals: string[] = [];
    const capacity = new FetchCapacity({ concurrent: 1, perHost: 1, waiting: 2, bytesInFlight: 100 }, (reason) => refusals.push(reason));
    const running = capacity.run('h', () => sleep(80));
    await sleep(10);
    const held = [running, capacity.run('h', () => sleep(1)), capacity.run('h', () => sleep(1))];
    expect(capacity.stats).toMatchObject({ active: 1, waiting: 2 });
    expect(await codeOf(capacity.run('h', () => sleep(1)))).toBe('BUSY');
    expect(refusals).toEqual(['waiting']);
    await Promise.all(held);
    const first = capacity.lease('http://h/a');
    const second = capacity.lease('http://h/b');
    first.take(80);
    expect(() => second.take(30)).toThrow(/budget of 100/);
    expect(refusals).toEqual(['waiting', 'bytes']);
    first.release();
    second.take(30);
    second.release();
    expect(capacity.stats.bytes).toBe(0);
  });

  it('ends a fetch with BUSY when the bodies in flight pass the byte budget, and gives the bytes back', async () => {
    const capacity = new FetchCapacity({ concurrent: 4, perHost: 4, waiting: 10, bytesInFlight: 256 * 1024 });
    const fetcher = new GuardedFetcher({ allowAddresses: ['127.0.0.2'], allowPorts: [images.port], timeoutMs: 3000 }, capacity);
    const request = { maxBytes: 5 * 1024 * 1024, overflow: 'error' as const, accept: 'image/*' };
    const codes = await Promise.all([1, 2].map((n) => codeOf(fetcher.fetch(`http://127.0.0.2:${images.port}/big.bin?${n}`, request))));
    expect(codes).toContain('BUSY');
    expect(capacity.stats.bytes).toBe(0);
    await fetcher.close();
  });
});

describe('admission before fetching', () => {
  let app: FastifyInstance;
  const pool = new RenderPool({ threads: 1, maxQueue: 1, workerFile: loopingWorker });
  const avatarMiss = (n: number | string) => app.inject({ url: `/og/blog.png?title=Miss%20${n}&author=Ada&avatar=${encodeURIComponent(`http://127.0.0.2:${images.port}/held.png?${n}`)}` });

  beforeAll(async () => {
    await warmPool(pool);
    app = await buildApp({ pool, templates: [never], limits: { maxMissesFetching: 2, renderTimeoutMs: 2500 }, fetch: { allowAddresses: ['127.0.0.2'], allowPorts: [images.port], timeoutMs: 3000 } });
  });

  afterAll(async () => {
    await app.close();
    await pool.close();
  });

  it('lets at most maxMissesFetching misses fetch at once; the others get 503 BUSY before any fetch', async () => {
    const before = images.hits.length;
    const misses = await Promise.all(Array.from({ length: 8 }, (_, i) => avatarMiss(i)));
    const codes = misses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(2);
    expect(codes.filter((c) => c === 503)).toHaveLength(6);
    for (const busy of misses.filter((r) => r.statusCode === 503)) {
      expect(errorBody(busy.body).code).toBe('BUSY');
      expect(busy.headers['retry-after']).toBe('1');
      expect(busy.headers['cache-control']).toBe('no-store');
    }
    expect(images.hits.length - before).toBe(2);
    expect(probe.peak()).toBeLessThanOrEqual(2);
    const metrics = (await app.inject({ url: '/metrics' })).body;
    expect(metrics).toMatch(/^ogsmith_remote_fetch_refusals_total\{reason="fetch_phase"\} 6$/m);
    expect(metrics).toMatch(/^ogsmith_remote_fetch_refusals_total\{reason="waiting"\} 0$/m);
    expect(metrics).toMatch(/^ogsmith_remote_fetch_limit\{limit="per_host"\} 4$/m);
    expect(metrics).toMatch(/^ogsmith_remote_fetches_active 0$/m);
    expect((await avatarMiss(7)).statusCode).toBe(200);
  });

  it('shows the fetch slots and bytes in use in /metrics while a fetch is held', async () => {
    const miss = avatarMiss('metrics');
    for (let i = 0; i < 100 && probe.open() < 1; i++) await sleep(10);
    const during = (await app.inject({ url: '/metrics' })).body;
    expect(during).toMatch(/^ogsmith_remote_fetches_active 1$/m);
    expect(during).toMatch(/^ogsmith_remote_fetch_hosts 1$/m);
    expect(during).toMatch(/^ogsmith_remote_fetch_busiest_host_slots 1$/m);
    expect(during).toMatch(/^ogsmith_misses_fetching 1$/m);
    expect((await miss).statusCode).toBe(200);
    const after = (await app.inject({ url: '/metrics' })).body;
    expect(after).toMatch(/^ogsmith_remote_fetches_active 0$/m);
    expect(after).toMatch(/^ogsmith_remote_fetch_bytes_in_flight 0$/m);
    expect(after).toMatch(/^ogsmith_misses_fetching 0$/m);
  });

  it('checks the render queue first: with the queue full, an avatar miss is 503 and nothing is fetched', async () => {
    const stuck = [app.inject({ url: '/og/never.png?n=1' }), app.inject({ url: '/og/never.png?n=2' })];
    for (let i = 0; i < 100 && pool.queueSize < 1; i++) await sleep(20);
    expect(pool.queueSize).toBe(1);
    const before = images.hits.length;
    const res = await avatarMiss('queue-full');
    expect(res.statusCode).toBe(503);
    expect(errorBody(res.body).message).toMatch(/render queue is full/);
    expect(images.hits.length).toBe(before);
    await Promise.all(stuck);
  });
});
