// A real listening server on 127.0.0.1 port 0: images, 304 and errors over HTTP, and a request during shutdown.
import type { AddressInfo } from 'node:net';
import { Client } from 'undici';
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { errorBody } from './helpers.js';

/** Resolves once the server has taken the next request in (its hooks ran), whatever the machine's load. */
function requestArrived(app: FastifyInstance): Promise<void> {
  return new Promise((resolve) => app.server.once('request', () => setImmediate(resolve)));
}

describe('listening server', () => {
  it('serves images, 304s and coded errors over HTTP', async () => {
    const app = await buildApp({ pool: { threads: 1 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const image = await fetch(`${base}/og/quote.webp?quote=Over%20HTTP`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/webp');
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(Number(image.headers.get('content-length'))).toBe(bytes.length);
    const etag = image.headers.get('etag')!;
    const cached = await fetch(`${base}/og/quote.webp?quote=Over%20HTTP`, { headers: { 'if-none-match': etag } });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('etag')).toBe(etag);
    expect(cached.headers.get('cache-control')).toMatch(/s-maxage/);
    const head = await fetch(`${base}/og/quote.webp?quote=Over%20HTTP`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    const bad = await fetch(`${base}/og/quote.webp?quote=x&width=1e9`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('cache-control')).toBe('no-store');
    expect(errorBody(await bad.text()).code).toBe('INVALID_PARAMETER');
    const json = await fetch(`${base}/render`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(json.status).toBe(403);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await app.close();
  });

  it('finishes an in-flight render during shutdown and answers a request arriving meanwhile with 503', async () => {
    // A deliberately slow render (AVIF, cold worker): the render timeout is raised so a loaded machine cannot turn it into a 504.
    const app = await buildApp({ pool: { threads: 1 }, limits: { renderTimeoutMs: 60_000 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const client = new Client(`http://127.0.0.1:${port}`);
    // A kept-alive connection opened before the shutdown (as a CDN's pool holds them).
    const pooled = new Client(`http://127.0.0.1:${port}`);
    expect((await (await pooled.request({ method: 'GET', path: '/healthz' })).body.json()) as object).toMatchObject({ status: 'ok' });
    const arrived = requestArrived(app);
    const slow = client.request({ method: 'GET', path: '/og/product.avif?name=Slow%20render&price=%2410&width=1600&height=840' });
    await arrived;
    const closing = app.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const late = pooled.request({ method: 'GET', path: '/og/quote.png?quote=late' });
    const first = await slow;
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('image/avif');
    expect((await first.body.arrayBuffer()).byteLength).toBeGreaterThan(100);
    const second = await late;
    expect(second.statusCode).toBe(503);
    expect(second.headers['cache-control']).toBe('no-store');
    expect(second.headers.connection).toBe('close');
    expect(errorBody(await second.body.text()).code).toBe('SHUTTING_DOWN');
    await closing;
    await Promise.all([client.close(), pooled.close()]);
  });
});

/** Writes raw bytes to a loopback connection and returns all it answers until it closes (or `ms` pass). */
async function rawExchange(port: number, request: string, ms: number): Promise<string> {
  const { connect } = await import('node:net');
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  socket.write(request);
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => socket.destroy(), ms);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return received;
}

describe('shutdown', () => {
  it('keeps the port open while a render is in flight: a new connection gets 503 SHUTTING_DOWN (not refused), then the port closes', async () => {
    // Warmed, with a long grace: the slow render (a cold render process loads first) must finish on a busy machine.
    const app = await buildApp({ pool: { threads: 1 }, warmUp: true, limits: { renderTimeoutMs: 60_000, shutdownGraceMs: 30_000 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const busy = new Client(`http://127.0.0.1:${port}`);
    const arrived = requestArrived(app);
    const slow = busy.request({ method: 'GET', path: '/og/product.avif?name=Slow%20render&price=%2410&width=1600&height=840' });
    await arrived;
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const fresh = new Client(`http://127.0.0.1:${port}`);
    for (const path of ['/og/quote.png?quote=late', '/healthz']) {
      const late = await fresh.request({ method: 'GET', path });
      expect(late.statusCode, path).toBe(503);
      expect(late.headers['cache-control']).toBe('no-store');
      expect(late.headers['retry-after']).toBe('1');
      expect(errorBody(await late.body.text()).code).toBe('SHUTTING_DOWN');
    }
    expect(closed).toBe(false);
    const first = await slow;
    expect(first.statusCode).toBe(200);
    expect((await first.body.arrayBuffer()).byteLength).toBeGreaterThan(100);
    await closing;
    await Promise.all([busy.close(), fresh.close()]);
    const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(Error);
  });

  it('closes after the grace period even when a request never finishes', async () => {
    const app = await buildApp({ pool: { threads: 1 }, renderRoute: 'open', limits: { shutdownGraceMs: 300, requestTimeoutMs: 60_000, headersTimeoutMs: 30_000 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    // A request whose body never arrives: in flight until its request timeout (a minute).
    const { connect } = await import('node:net');
    const stuck = connect(port, '127.0.0.1');
    stuck.on('error', () => undefined);
    stuck.write('POST /render HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    await app.close();
    expect(Date.now() - started).toBeLessThan(5000);
    stuck.destroy();
  });
});

describe('slow and oversized clients', () => {
  it('closes a connection whose headers never finish, and keeps serving others', async () => {
    const { connect } = await import('node:net');
    const app = await buildApp({ pool: { threads: 1 }, limits: { headersTimeoutMs: 500, requestTimeoutMs: 1000 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1');
    const started = Date.now();
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    const drip = setInterval(() => socket.write('a'), 100);
    await new Promise((resolve) => socket.on('close', resolve));
    clearInterval(drip);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await app.close();
  });

  it('answers a 100 KB query with 431 HEADERS_TOO_LARGE (no-store), and keeps serving', async () => {
    const app = await buildApp({ pool: { threads: 1 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/og/blog.png?title=${'a'.repeat(100_000)}`);
    expect(res.status).toBe(431);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(errorBody(await res.text()).code).toBe('HEADERS_TOO_LARGE');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await app.close();
  });

  it('answers a body shorter than its Content-Length with 408 REQUEST_TIMEOUT (no-store), not a silent close', async () => {
    const app = await buildApp({ pool: { threads: 1 }, renderRoute: 'open', limits: { headersTimeoutMs: 500, requestTimeoutMs: 1000 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const started = Date.now();
    const answer = await rawExchange(port, 'POST /render HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"width":10', 8000);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toMatch(/\r\ncache-control: no-store\r\n/i);
    expect(errorBody(answer.slice(answer.indexOf('\r\n\r\n') + 4)).code).toBe('REQUEST_TIMEOUT');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await app.close();
  });

  it('answers malformed HTTP with 400 MALFORMED_REQUEST (no-store)', async () => {
    const app = await buildApp({ pool: { threads: 1 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const answer = await rawExchange(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header: a\r\n\r\n', 4000);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/\r\ncache-control: no-store\r\n/i);
    expect(errorBody(answer.slice(answer.indexOf('\r\n\r\n') + 4)).code).toBe('MALFORMED_REQUEST');
    await app.close();
  });
});

describe('npm start (dist/main.js)', () => {
  it('listens where PORT/HOST say, serves, and exits 0 on SIGTERM', async () => {
    const { spawn } = await import('node:child_process');
    const main = new URL('../../dist/main.js', import.meta.url).pathname;
    const child = spawn(process.execPath, [main, '--host', '127.0.0.1'], { env: { ...process.env, PORT: '0', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'inherit'] });
    const address = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
    expect((await fetch(`${address}/healthz`)).status).toBe(200);
    const image = await fetch(`${address}/og/quote.png?quote=npm%20start`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
