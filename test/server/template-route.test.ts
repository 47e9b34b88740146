// GET /og/:template through app.inject(): images, headers, ETag/304, HEAD, signatures, and bad parameters.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { DEFAULT_CACHE_CONTROL } from '../../src/image-response.js';
import { contentHash, sign, signedTemplateUrl } from '../../src/server/signature.js';
import { errorBody, warmPool } from './helpers.js';

const pool = new RenderPool({ threads: 1 });
let app: FastifyInstance;
let signed: FastifyInstance;

beforeAll(async () => {
  await warmPool(pool);
  app = await buildApp({ pool });
  signed = await buildApp({ pool, secrets: ['new-key', 'old-key'] });
});
afterAll(async () => {
  await app.close();
  await signed.close();
  await pool.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('GET /og/:template', () => {
  it('renders a template as PNG with ETag, Cache-Control, Content-Type and Content-Length', async () => {
    const res = await get('/og/blog.png?title=Hello%20world&author=Ada%20Lovelace&date=Nov%2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    expect(res.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect(res.rawPayload.readUInt32BE(16)).toBe(1200);
    expect(res.rawPayload.readUInt32BE(20)).toBe(630);
    expect(res.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL);
    expect(res.headers.etag).toMatch(/^"[\w-]{32}"$/);
  });

  it('takes the format from the extension or the format parameter, and width/height/quality within limits', async () => {
    const jpg = await get('/og/quote.jpg?quote=Less%20is%20more&quality=70');
    expect(jpg.headers['content-type']).toBe('image/jpeg');
    expect(jpg.rawPayload[0]).toBe(0xff);
    const webp = await get('/og/quote.webp?quote=Less%20is%20more&width=600&height=315');
    expect(webp.headers['content-type']).toBe('image/webp');
    expect(webp.rawPayload.subarray(8, 12).toString()).toBe('WEBP');
    const avif = await get('/og/quote.avif?quote=Less%20is%20more&width=300&height=158');
    expect(avif.headers['content-type']).toBe('image/avif');
  });

  it('redirects (308, cacheable) other spellings of an image URL to the canonical one: one CDN cache key per image', async () => {
    const spy = vi.spyOn(pool, 'render');
    const cases: readonly (readonly [string, string])[] = [
      ['/og/blog?title=Hi', '/og/blog.png?title=Hi'],
      ['/og/blog?title=Hi&format=webp', '/og/blog.webp?title=Hi'],
      ['/og/blog.webp?title=Hi&format=webp', '/og/blog.webp?title=Hi'],
      ['/og/blog.jpeg?title=Hi&quality=080', '/og/blog.jpg?quality=80&title=Hi'],
      ['/og/blog.png?title=Hi&width=001200', '/og/blog.png?title=Hi&width=1200'],
      ['/og/blog.png?width=0600&height=00315&title=A%20b', '/og/blog.png?height=315&title=A%20b&width=600'],
    ];
    for (const [from, to] of cases) {
      const res = await get(from);
      expect(res.statusCode, from).toBe(308);
      expect(res.headers.location, from).toBe(to);
      expect(res.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL);
      expect((await get(to)).statusCode, to).toBe(200);
    }
    // /og/url keeps format in its query; its numbers are canonicalised (the redirect is answered before any fetch).
    const page = await get('/og/url?url=https%3A%2F%2Fexample.com%2F&width=0600&format=webp');
    expect(page.statusCode).toBe(308);
    expect(page.headers.location).toBe('/og/url?format=webp&url=https%3A%2F%2Fexample.com%2F&width=600');
    // Invalid spellings are still refused first, and the canonical form is served as is.
    expect((await get('/og/blog?title=Hi&width=0')).statusCode).toBe(400);
    expect((await get('/og/blog.png?author=Ada&title=Hi')).statusCode).toBe(200);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(cases.length + 1);
    spy.mockRestore();
  });

  it('gives the same ETag for the same normalised parameters (order, defaults) and another for other ones', async () => {
    const a = await get('/og/blog.png?title=Same&author=Ada');
    const b = await get('/og/blog.png?author=Ada&title=Same&theme=light');
    const c = await get('/og/blog.png?title=Same&author=Bob');
    expect(a.headers.etag).toBe(b.headers.etag);
    expect(c.headers.etag).not.toBe(a.headers.etag);
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
  });

  it('answers If-None-Match with 304 (exact, W/, lists, *) without rendering, repeating ETag and Cache-Control', async () => {
    const first = await get('/og/docs.png?title=Caching');
    const etag = String(first.headers.etag);
    const spy = vi.spyOn(pool, 'render');
    for (const header of [etag, `W/${etag}`, `"nope", ${etag}`, '*']) {
      const res = await get('/og/docs.png?title=Caching', { 'if-none-match': header });
      expect(res.statusCode, header).toBe(304);
      expect(res.headers.etag).toBe(etag);
      expect(res.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL);
      expect(res.rawPayload.length).toBe(0);
    }
    // 304 even for parameters never rendered before: the ETag is computed before rendering.
    const unseen = await get('/og/docs.png?title=Never%20rendered');
    expect(spy).toHaveBeenCalledTimes(1);
    const again = await get('/og/docs.png?title=Never%20rendered&theme=light', { 'if-none-match': String(unseen.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(spy).toHaveBeenCalledTimes(1);
    const other = await get('/og/docs.png?title=Caching', { 'if-none-match': '"nope"' });
    expect(other.statusCode).toBe(200);
    spy.mockRestore();
  });

  it('HEAD answers the headers of GET without a body', async () => {
    const res = await app.inject({ method: 'HEAD', url: '/og/quote.png?quote=Head' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(Number(res.headers['content-length'])).toBeGreaterThan(1000);
    expect(res.rawPayload.length).toBe(0);
  });

  it('accepts v for cache busting and a content hash in the path', async () => {
    expect((await get('/og/quote.png?quote=Busted&v=2')).statusCode).toBe(200);
    const path = new URL(signedTemplateUrl('http://x', { template: 'quote', params: { quote: 'Hashed' }, contentHashInPath: true })).pathname;
    expect(path).toBe(`/og/quote/${contentHash({ quote: 'Hashed' })}.png`);
    expect((await get(`${path}?quote=Hashed`)).statusCode).toBe(200);
    const wrong = await get(`${path}?quote=Other`);
    expect(wrong.statusCode).toBe(400);
    expect(errorBody(wrong.body).message).toMatch(/hash/);
  });
});

describe('signed URLs', () => {
  const path = '/og/quote.png';
  const query = { quote: 'Signed' };
  const url = (sig: string) => `${path}?quote=Signed&sig=${sig}`;

  it('accepts a signature under any current key', async () => {
    for (const key of ['new-key', 'old-key']) expect((await signed.inject({ url: url(sign(path, query, key)) })).statusCode).toBe(200);
  });

  it('refuses missing and tampered signatures with 403 before rendering or 304', async () => {
    const good = sign(path, query, 'new-key');
    const ok = await signed.inject({ url: url(good) });
    const spy = vi.spyOn(pool, 'render');
    const cases = [
      `${path}?quote=Signed`,
      `${path}?quote=Tampered&sig=${good}`,
      `${path}?quote=Signed&sig=${good.slice(0, -2)}xx`,
      `${path}?quote=Signed&sig=${sign(path, query, 'retired-key')}`,
      `/og/quote.jpg?quote=Signed&sig=${good}`,
      `${path}?quote=Signed&width=600&sig=${good}`,
    ];
    for (const bad of cases) {
      const res = await signed.inject({ url: bad, headers: { 'if-none-match': String(ok.headers.etag) } });
      expect(res.statusCode, bad).toBe(403);
      expect(errorBody(res.body).code).toBe('BAD_SIGNATURE');
      expect(res.headers['cache-control']).toBe('no-store');
    }
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('re-signs the canonical URL it redirects a validly signed request to', async () => {
    const res = await signed.inject({ url: `/og/quote?quote=Signed&width=0600&sig=${sign('/og/quote', { quote: 'Signed', width: '0600' }, 'old-key')}` });
    expect(res.statusCode).toBe(308);
    expect(res.headers.location).toBe(`/og/quote.png?quote=Signed&width=600&sig=${sign('/og/quote.png', { quote: 'Signed', width: '600' }, 'new-key')}`);
    expect((await signed.inject({ url: String(res.headers.location) })).statusCode).toBe(200);
    expect((await signed.inject({ url: '/og/quote?quote=Signed&width=0600&sig=forged' })).statusCode).toBe(403);
  });

  it('refuses __proto__, constructor and prototype parameters with 400 even under a valid signature (no cache-busting)', async () => {
    const good = sign(path, query, 'new-key');
    for (const name of ['__proto__', '__pro%74o__', 'constructor', 'prototype']) {
      for (const bad of [`${path}?quote=Signed&${name}=123&sig=${good}`, `/og/url?url=https%3A%2F%2Fexample.com%2F&${name}=1&sig=${good}`]) {
        const res = await signed.inject({ url: bad });
        expect(res.statusCode, bad).toBe(400);
        expect(errorBody(res.body).code).toBe('INVALID_PARAMETER');
        expect(errorBody(res.body).message).toMatch(/^Unknown parameter "(__proto__|constructor|prototype)"/);
        expect(res.headers['cache-control']).toBe('no-store');
      }
    }
  });
});

describe('bad parameters', () => {
  const cases: readonly (readonly [string, string, number, string])[] = [
    ['unknown parameter', '/og/blog?title=x&x=1', 400, 'INVALID_PARAMETER'],
    ['missing required parameter', '/og/blog', 400, 'INVALID_PARAMETER'],
    ['width 0', '/og/blog?title=x&width=0', 400, 'INVALID_PARAMETER'],
    ['width -1', '/og/blog?title=x&width=-1', 400, 'INVALID_PARAMETER'],
    ['width NaN', '/og/blog?title=x&width=NaN', 400, 'INVALID_PARAMETER'],
    ['width 1e9', '/og/blog?title=x&width=1e9', 400, 'INVALID_PARAMETER'],
    ['height above the limit', '/og/blog?title=x&height=2401', 400, 'INVALID_PARAMETER'],
    ['too many pixels', '/og/blog?title=x&width=2400&height=2400', 400, 'INVALID_PARAMETER'],
    ['unknown format', '/og/blog?title=x&format=bmp', 400, 'INVALID_PARAMETER'],
    ['format contradicting the extension', '/og/blog.png?title=x&format=webp', 400, 'INVALID_PARAMETER'],
    ['unknown extension', '/og/blog.gif?title=x', 400, 'INVALID_PARAMETER'],
    ['quality 0', '/og/blog.jpg?title=x&quality=0', 400, 'INVALID_PARAMETER'],
    ['quality on png', '/og/blog.png?title=x&quality=50', 400, 'INVALID_PARAMETER'],
    ['a parameter given twice', '/og/blog?title=x&title=y', 400, 'INVALID_PARAMETER'],
    ['a __proto__ parameter', '/og/blog?title=x&__proto__=1', 400, 'INVALID_PARAMETER'],
    ['a constructor parameter', '/og/blog?title=x&constructor=1', 400, 'INVALID_PARAMETER'],
    ['a prototype parameter', '/og/blog?title=x&prototype=1', 400, 'INVALID_PARAMETER'],
    ['a 100 KB title', `/og/blog?title=${'a'.repeat(100_000)}`, 400, 'TEXT_TOO_LONG'],
    ['a title over the template limit', `/og/blog?title=${'a'.repeat(201)}`, 400, 'TEXT_TOO_LONG'],
    ['a NUL character', '/og/blog?title=a%00b', 400, 'INVALID_PARAMETER'],
    ['a bidi override', '/og/blog?title=a%E2%80%AEb', 400, 'INVALID_PARAMETER'],
    ['an unknown theme', '/og/blog?title=x&theme=neon', 400, 'INVALID_PARAMETER'],
    ['a file: avatar', '/og/blog?title=x&avatar=file%3A%2F%2F%2Fetc%2Fpasswd', 400, 'INVALID_PARAMETER'],
    ['a data: avatar', '/og/blog?title=x&avatar=data%3Aimage%2Fpng%3Bbase64%2CAAAA', 400, 'INVALID_PARAMETER'],
    ['a gopher: avatar', '/og/blog?title=x&avatar=gopher%3A%2F%2Fexample.com%2F', 400, 'INVALID_PARAMETER'],
    ['an unknown template', '/og/nope?title=x', 404, 'UNKNOWN_TEMPLATE'],
    ['a bad template name', '/og/..%2F..%2Fetc?title=x', 404, 'UNKNOWN_TEMPLATE'],
    ['a bad hash segment', '/og/blog/zz.png?title=x', 400, 'INVALID_PARAMETER'],
    ['an unknown route', '/nope', 404, 'NOT_FOUND'],
    ['bad percent-encoding in the path (the router refused it without Cache-Control)', '/og/%E0%A4%A', 400, 'INVALID_PARAMETER'],
    ['a 200-character path segment (the router answered 414 without Cache-Control)', `/og/${'a'.repeat(200)}.png`, 400, 'INVALID_PARAMETER'],
  ];

  it.each(cases)('%s → %s %s, not cacheable, and the server keeps serving', async (_name, url, status, code) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(errorBody(res.body).code).toBe(code);
    expect(errorBody(res.body).message.length).toBeGreaterThan(10);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('names the field and the value', async () => {
    expect(errorBody((await get('/og/blog?title=x&width=-1')).body).message).toBe('width must be a whole number from 1 to 2400, got "-1"');
    expect(errorBody((await get('/og/blog?title=x&x=1')).body).message).toMatch(/^Unknown parameter "x" for template "blog"/);
    expect(errorBody((await get('/og/blog?title=x&theme=neon')).body).message).toMatch(/theme.*"neon"/);
  });
});
