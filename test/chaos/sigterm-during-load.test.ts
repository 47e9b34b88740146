// Chaos: SIGTERM to a real `npm start` process (dist/main.js, loopback, Redis tier) under bounded load: in-flight requests
// finish, new ones get 503 SHUTTING_DOWN (or, once the port is closed, a refused connection), the process exits 0 within
// its grace, and the shared tier holds only complete images that clients were also sent.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createClient, RESP_TYPES } from 'redis';
import { Agent, request } from 'undici';
import { freePort } from '../helpers/free-port.js';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_LIMITS } from '../../src/server/limits.js';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const MAIN = new URL('../../dist/main.js', import.meta.url).pathname;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from('0000000049454e44ae426082', 'hex');
/** Requests each load loop sends at most (the loops also stop when the server is gone). */
const MAX_REQUESTS_PER_LOOP = 120;
const LOOPS = 4;
/** How long a request may take from the client to the server's hooks on this loaded machine. */
const ARRIVAL_SLACK_MS = 2000;

type Outcome =
  | { readonly kind: 'image'; readonly path: string; readonly etag: string; readonly bytes: Buffer; readonly sentAfterSignal: boolean }
  | { readonly kind: 'error'; readonly path: string; readonly status: number; readonly code: string; readonly cacheControl: string; readonly sentAfterSignal: boolean }
  | { readonly kind: 'refused'; readonly path: string; readonly error: string; readonly sentAfterSignal: boolean };

function isCompletePng(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.subarray(-12).equals(PNG_END);
}

/** Starts dist/main.js on a free loopback port; resolves with its base URL once it listens, and a log of its stdout. */
async function startServer(env: Readonly<Record<string, string>>): Promise<{ child: ChildProcess; base: string; log: () => string }> {
  const child = spawn(process.execPath, [MAIN, '--host', '127.0.0.1'], { env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not listen within 60 s: ${out}`)), 60_000);
    child.stdout!.on('data', () => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
  return { child, base, log: () => out };
}

/** A request answered as if no shutdown happened: a complete image, or the render limit's coded 504 (no-store). */
function isFinished(outcome: Outcome): boolean {
  if (outcome.kind === 'image') return isCompletePng(outcome.bytes);
  return outcome.kind === 'error' && outcome.status === 504 && outcome.code === 'RENDER_TIMEOUT' && outcome.cacheControl === 'no-store';
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
}

describe.skipIf(!hasRedis)('SIGTERM during load', () => {
  const started: ChildProcess[] = [];
  afterAll(() => {
    // Only the processes this test started, by their PID.
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('finishes in-flight requests, answers new ones 503, exits 0 within the grace, and caches only complete images', async () => {
    const redisPort = await freePort();
    const redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    started.push(redis);
    const store = createClient({ url: `redis://127.0.0.1:${redisPort}` }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    store.on('error', () => undefined);
    for (let i = 0; i < 100 && !store.isReady; i++) await store.connect().catch(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(store.isReady).toBe(true);

    const { child, base, log } = await startServer({ OGSMITH_REDIS_URL: `redis://127.0.0.1:${redisPort}` });
    started.push(child);
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: Date.now() })));
    const agent = new Agent({ connections: LOOPS + 4, keepAliveTimeout: 30_000 });
    let signalledAt = 0;
    const outcomes: Outcome[] = [];

    async function send(path: string): Promise<Outcome> {
      const sentAt = Date.now();
      // A request sent just before the signal may reach the server after it: such a one counts as sent after.
      const sentAfterSignal = () => signalledAt > 0 && sentAt > signalledAt - ARRIVAL_SLACK_MS;
      try {
        const res = await request(`${base}${path}`, { dispatcher: agent, signal: AbortSignal.timeout(30_000) });
        const bytes = Buffer.from(await res.body.arrayBuffer());
        if (res.statusCode === 200) return { kind: 'image', path, etag: String(res.headers.etag), bytes, sentAfterSignal: sentAfterSignal() };
        const code = (JSON.parse(bytes.toString()) as { error: { code: string } }).error.code;
        return { kind: 'error', path, status: res.statusCode, code, cacheControl: String(res.headers['cache-control']), sentAfterSignal: sentAfterSignal() };
      } catch (error) {
        return { kind: 'refused', path, error: (error as { code?: string }).code ?? String(error), sentAfterSignal: sentAfterSignal() };
      }
    }

    // Bounded load: each loop sends misses (unique quotes) and hits (ten repeated ones), sequentially on kept-alive connections.
    let serverGone = false;
    const loops = Array.from({ length: LOOPS }, async (_, loop) => {
      for (let i = 0; i < MAX_REQUESTS_PER_LOOP && !serverGone; i++) {
        const path = i % 3 === 0 ? `/og/quote.png?quote=Hit%20${i % 10}` : `/og/quote.png?quote=Miss%20${loop}-${i}`;
        const outcome = await send(path);
        outcomes.push(outcome);
        if (outcome.kind === 'refused') serverGone = true;
      }
    });
    await until(() => outcomes.length >= 12, 60_000);

    // Slow misses (large PNGs) that must be in flight when the signal arrives: sent, then seen arriving in the server's log.
    const slowPaths = [0, 1, 2].map((i) => `/og/product.png?name=In%20flight%20${i}&price=%24${i}`);
    const slow = slowPaths.map((path) => send(path));
    const arrived = await until(() => slowPaths.every((path) => log().includes(`"url":"${path}"`)), 20_000);
    expect(arrived).toBe(true);
    signalledAt = Date.now();
    child.kill('SIGTERM');

    const slowOutcomes = await Promise.all(slow);
    const exit = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 60_000))]);
    serverGone = true;
    await Promise.all(loops);
    await agent.close();

    // In-flight requests finished: complete images (or, on a machine loaded past the render limit, a coded 504), never cut by the shutdown.
    for (const outcome of slowOutcomes) expect(isFinished(outcome), JSON.stringify(outcome).slice(0, 200)).toBe(true);
    expect(slowOutcomes.some((outcome) => outcome.kind === 'image')).toBe(true);
    // The process exited 0, within the grace (plus the documented margin for workers and Redis).
    expect(exit).not.toBeNull();
    expect(exit!.code).toBe(0);
    const shutdownMs = exit!.at - signalledAt;
    expect(shutdownMs).toBeLessThan(DEFAULT_SERVER_LIMITS.shutdownGraceMs + 5000);

    // Every answer is a complete image, a no-store 503 SHUTTING_DOWN after the signal, or a refused connection once the port closed.
    const all = [...outcomes, ...slowOutcomes];
    for (const outcome of all) {
      if (isFinished(outcome)) continue;
      if (outcome.kind === 'error') {
        expect([outcome.status, outcome.code, outcome.cacheControl, outcome.sentAfterSignal], outcome.path).toEqual([503, 'SHUTTING_DOWN', 'no-store', true]);
      } else if (outcome.kind === 'refused') {
        // Refused once the port closed; a reset only when a request met a kept-alive socket as the server closed it (HTTP/1.1's idle-close race).
        expect(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET'], outcome.path).toContain(outcome.error);
        expect(outcome.sentAfterSignal, outcome.path).toBe(true);
      } else expect.fail(`${outcome.path}: an image that is not a complete PNG`);
    }
    const shuttingDown = all.filter((o) => o.kind === 'error' && o.code === 'SHUTTING_DOWN').length;
    expect(shuttingDown).toBeGreaterThan(0);

    // The shared tier holds only complete images, each the same bytes a client received for that ETag.
    const received = new Map(all.flatMap((o) => (o.kind === 'image' ? [[o.etag, o.bytes] as const] : [])));
    const keys = await store.keys('ogsmith:*');
    expect(keys.length).toBeGreaterThan(0);
    for (const rawKey of keys) {
      const key = String(rawKey);
      const bytes = (await store.get(key)) as Buffer | null;
      expect(bytes !== null && isCompletePng(bytes), key).toBe(true);
      const etag = key.slice('ogsmith:'.length);
      expect(received.get(etag)?.equals(bytes!), `${key} matches what a client received`).toBe(true);
    }
    await store.quit();
    redis.kill();
    console.log(`SIGTERM during load: ${all.length} requests, ${received.size} distinct images, ${shuttingDown} × 503 SHUTTING_DOWN, ${all.filter((o) => o.kind === 'error' && o.code === 'RENDER_TIMEOUT').length} × 504 RENDER_TIMEOUT, ${all.filter((o) => o.kind === 'refused').map((o) => (o.kind === 'refused' ? o.error : '')).join(' ') || 'none'} refused/reset after the port closed, exit 0 after ${shutdownMs} ms, ${keys.length} complete images in Redis`);
  }, 180_000);
});
