// Remote avatars and /og/url through the routes: private targets refused with zero hits, bad sources coded, pages read.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { gifWithFrames } from '../helpers/image-bombs.js';
import { endlessBody, errorBody, fakeResolver, loopbackServer, lyingPng, oneByteASecond, TINY_PNG, type LoopbackServer, warmPool } from './helpers.js';

const pool = new RenderPool({ threads: 1 });
let inside: LoopbackServer;
let outside: LoopbackServer;
let app: FastifyInstance;
/** The server's log lines (pino JSON). */
const logs: string[] = [];

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Fallback title</title>
<meta property="og:title" content="Caf&eacute; &amp; Co: the &quot;best&quot; beans">
<meta name="description" content="Roasted every morning in small batches.">
<meta property="og:site_name" content="Cafe Co">
<link rel="icon" href="/a.png"><meta property="og:image" content="/a.png">
</head><body>${'<p>body</p>'.repeat(1000)}</body></html>`;

beforeAll(async () => {
  await warmPool(pool);
  inside = await loopbackServer('127.0.0.1', { '/secret': (_req, res) => res.end('secret') });
  outside = await loopbackServer('127.0.0.2', {
    '/a.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG),
    '/huge.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(lyingPng(100_000, 100_000)),
    '/html.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end('<html><body>not an image</body></html>'),
    '/svg.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
    '/to-inside': (_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${inside.port}/secret` }).end(),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/endless': endlessBody,
    '/slow': oneByteASecond,
    '/page': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
    '/gif-bomb.gif': (_req, res) => res.writeHead(200, { 'content-type': 'image/gif' }).end(gifWithFrames({ width: 1, height: 1 }, [{ width: 20_000, height: 20_000 }])),
    '/slow-image-page': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Slow picture</title><meta property="og:image" content="/slow"></head></html>'),
    '/json': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
  });
  app = await buildApp({
    pool,
    logger: { level: 'info', stream: { write: (line: string) => void logs.push(line) } },
    fetch: {
      resolve: fakeResolver({ 'public.test': '127.0.0.2', 'evil.test': '127.0.0.1' }),
      allowAddresses: ['127.0.0.2'],
      allowPorts: [inside.port, outside.port],
      timeoutMs: 1500,
    },
  });
});

afterAll(async () => {
  await app.close();
  await pool.close();
  await Promise.all([inside.close(), outside.close()]);
});

const avatar = (url: string) => app.inject({ url: `/og/blog.png?title=Remote&author=Ada&avatar=${encodeURIComponent(url)}` });
const outsideUrl = (path: string): string => `http://public.test:${outside.port}${path}`;

describe('remote avatars', () => {
  it('fetches an allowed avatar as bytes and renders it', async () => {
    const res = await avatar(outsideUrl('/a.png'));
    expect(res.statusCode).toBe(200);
    expect(outside.hits).toContain('/a.png');
  });

  it.each([
    ['127.0.0.1', () => `http://127.0.0.1:${inside.port}/secret`, 400, 'URL_REFUSED'],
    ['[::1]', () => `http://[::1]:${inside.port}/secret`, 400, 'URL_REFUSED'],
    ['0.0.0.0', () => `http://0.0.0.0:${inside.port}/secret`, 400, 'URL_REFUSED'],
    ['2130706433', () => `http://2130706433:${inside.port}/secret`, 400, 'URL_REFUSED'],
    ['0x7f.1', () => `http://0x7f.1:${inside.port}/secret`, 400, 'URL_REFUSED'],
    ['[::ffff:7f00:1]', () => `http://[::ffff:7f00:1]:${inside.port}/secret`, 400, 'URL_REFUSED'],
    ['169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/', 400, 'URL_REFUSED'],
    ['a name resolving to 127.0.0.1', () => `http://evil.test:${inside.port}/secret`, 400, 'URL_REFUSED'],
    ['a redirect to 127.0.0.1', () => outsideUrl('/to-inside'), 400, 'URL_REFUSED'],
    ['a redirect loop', () => outsideUrl('/loop'), 422, 'SOURCE_NOT_FOUND'],
    ['a 404', () => outsideUrl('/missing'), 422, 'SOURCE_NOT_FOUND'],
    ['an endless body', () => outsideUrl('/endless'), 413, 'PAYLOAD_TOO_LARGE'],
    ['one byte a second', () => outsideUrl('/slow'), 504, 'SOURCE_TIMEOUT'],
    ['a 200-byte PNG claiming 100000×100000', () => outsideUrl('/huge.png'), 413, 'IMAGE_TOO_LARGE'],
    ['a 1×1 GIF hiding a 20000×20000 frame', () => outsideUrl('/gif-bomb.gif'), 413, 'IMAGE_TOO_LARGE'],
    ['HTML served as an image', () => outsideUrl('/html.png'), 422, 'SOURCE_TYPE'],
    ['a remote SVG', () => outsideUrl('/svg.png'), 422, 'SOURCE_TYPE'],
  ])('%s → %s %s, zero hits inside, not cacheable', async (_name, url, status, code) => {
    const res = await avatar(url());
    expect(res.statusCode).toBe(status);
    expect(errorBody(res.body).code).toBe(code);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(inside.hits).toEqual([]);
    expect((await app.inject({ url: '/og/quote.png?quote=Still%20serving' })).statusCode).toBe(200);
  });

  it('refuses a GIF frame bomb from its frame headers, before the render is queued', async () => {
    const render = vi.spyOn(pool, 'render');
    const res = await avatar(outsideUrl('/gif-bomb.gif?early'));
    expect(errorBody(res.body)).toMatchObject({ code: 'IMAGE_TOO_LARGE', message: expect.stringContaining('20000×20000') });
    expect(render).not.toHaveBeenCalled();
    render.mockRestore();
  });

  it('fetches a remote image once for concurrent requests and caches it', async () => {
    const before = outside.hits.length;
    const results = await Promise.all(['A', 'B', 'C'].map((title) => app.inject({ url: `/og/blog.png?title=${title}&author=Ada&avatar=${encodeURIComponent(outsideUrl('/a.png?once'))}` })));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(outside.hits.slice(before).filter((h) => h === '/a.png?once')).toHaveLength(1);
  });
});

describe('refusals', () => {
  it('answer that the URL is refused without the DNS answer or redirect target, which go to the log', async () => {
    for (const url of [`http://evil.test:${inside.port}/secret`, outsideUrl('/to-inside')]) {
      logs.length = 0;
      for (const res of [await avatar(url), await app.inject({ url: `/og/url?url=${encodeURIComponent(url)}` })]) {
        const error = errorBody(res.body);
        expect(error.code).toBe('URL_REFUSED');
        expect(error.message).toBe(`URL ${JSON.stringify(url)} is refused: only public http(s) hosts on the default port, without credentials, are fetched`);
        expect(error.message).not.toContain('127.0.0.1');
      }
      const logged = logs.map((line) => JSON.parse(line) as { code?: string; detail?: string }).filter((line) => line.code === 'URL_REFUSED');
      expect(logged).toHaveLength(2);
      for (const line of logged) expect(line.detail).toMatch(/127\.0\.0\.1.*private or reserved/);
    }
    expect(inside.hits).toEqual([]);
  });
});

describe('GET /og/url', () => {
  it('reads the page head and renders its card (title, description, site, icon, og:image)', async () => {
    const res = await app.inject({ url: `/og/url?url=${encodeURIComponent(outsideUrl('/page'))}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cache-control']).toMatch(/s-maxage=31536000/);
    const fallback = await app.inject({ url: `/og/url?url=${encodeURIComponent(outsideUrl('/missing'))}` });
    expect(res.rawPayload.equals(fallback.rawPayload)).toBe(false);
  });

  it('gives a host-name card, briefly cacheable, for pages that cannot be read', async () => {
    for (const path of ['/missing', '/json', '/slow']) {
      const res = await app.inject({ url: `/og/url?url=${encodeURIComponent(outsideUrl(path))}` });
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['cache-control']).toBe('public, max-age=300, s-maxage=600');
    }
  });

  it('does not keep a card whose picture timed out: the next request fetches again', async () => {
    const url = `/og/url?url=${encodeURIComponent(outsideUrl('/slow-image-page'))}`;
    for (let round = 1; round <= 2; round++) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=300, s-maxage=600');
      expect(outside.hits.filter((h) => h === '/slow-image-page')).toHaveLength(round);
    }
  });

  it('refuses private targets and bad parameters like the image fetcher', async () => {
    for (const url of [`http://127.0.0.1:${inside.port}/secret`, `http://evil.test:${inside.port}/secret`, outsideUrl('/to-inside'), 'file:///etc/passwd']) {
      const res = await app.inject({ url: `/og/url?url=${encodeURIComponent(url)}` });
      expect(res.statusCode, url).toBe(400);
      expect(errorBody(res.body).code).toBe('URL_REFUSED');
    }
    expect(inside.hits).toEqual([]);
    expect(errorBody((await app.inject({ url: '/og/url' })).body).code).toBe('INVALID_PARAMETER');
    expect(errorBody((await app.inject({ url: `/og/url?url=${encodeURIComponent(outsideUrl('/page'))}&x=1` })).body).code).toBe('INVALID_PARAMETER');
  });
});
