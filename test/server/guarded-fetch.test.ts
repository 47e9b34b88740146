// The guarded fetcher against loopback servers: refused before connecting (zero hits), redirects re-checked, bytes and time capped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { GuardedFetcher, type FetchRequest } from '../../src/server/fetch/guarded-fetch.js';
import { errorOf } from '../helpers/errors.js';
import { fakeResolver, loopbackServer, TINY_PNG, type LoopbackServer } from './helpers.js';

const IMAGE: FetchRequest = { maxBytes: 64 * 1024, overflow: 'error', accept: 'image/*' };
let inside: LoopbackServer;
let outside: LoopbackServer;
let fetcher: GuardedFetcher;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(OgsmithError);
  return (error as OgsmithError).code;
}

beforeAll(async () => {
  // "inside" plays the private network (127.0.0.1): nothing may reach it. "outside" plays a public host (127.0.0.2, allowed by policy).
  inside = await loopbackServer('127.0.0.1', { '/secret': (_req, res) => res.end('secret') });
  outside = await loopbackServer('127.0.0.2', {
    '/a.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG),
    '/to-inside': (_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${inside.port}/secret` }).end(),
    '/to-evil': (_req, res) => res.writeHead(307, { location: `http://evil.test:${inside.port}/secret` }).end(),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/hop': (_req, res) => res.writeHead(301, { location: '/a.png' }).end(),
    '/endless': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      const chunk = Buffer.alloc(16 * 1024, 1);
      const write = (): void => {
        while (res.write(chunk));
        res.once('drain', write);
      };
      write();
      res.on('close', () => res.removeAllListeners('drain'));
    },
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      const timer = setInterval(() => res.write('x'), 1000);
      res.on('close', () => clearInterval(timer));
    },
    '/missing': (_req, res) => res.writeHead(404).end('nope'),
    '/page': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><title>T</title></head><body>${'x'.repeat(100_000)}</body></html>`),
  });
  fetcher = new GuardedFetcher({
    resolve: fakeResolver({ 'public.test': '127.0.0.2', 'evil.test': '127.0.0.1', 'mixed.test': '127.0.0.2' }),
    allowAddresses: ['127.0.0.2'],
    allowPorts: [inside.port, outside.port],
    timeoutMs: 1500,
  });
});

afterAll(async () => {
  await fetcher.close();
  await Promise.all([inside.close(), outside.close()]);
});

const at = (path: string): string => `http://public.test:${outside.port}${path}`;

describe('GuardedFetcher', () => {
  it('fetches an allowed host and follows a checked redirect', async () => {
    expect(Buffer.from((await fetcher.fetch(at('/a.png'), IMAGE)).bytes).equals(TINY_PNG)).toBe(true);
    expect((await fetcher.fetch(at('/hop'), IMAGE)).url).toBe(at('/a.png'));
  });

  it.each([
    ['a literal loopback IP', () => `http://127.0.0.1:${inside.port}/secret`],
    ['[::1]', () => `http://[::1]:${inside.port}/secret`],
    ['0.0.0.0', () => `http://0.0.0.0:${inside.port}/secret`],
    ['a decimal IP', () => `http://2130706433:${inside.port}/secret`],
    ['a hex short IP', () => `http://0x7f.1:${inside.port}/secret`],
    ['an IPv4-mapped IPv6', () => `http://[::ffff:7f00:1]:${inside.port}/secret`],
    ['a name resolving to a private address', () => `http://evil.test:${inside.port}/secret`],
    ['a non-default port', () => `http://public.test:8080/a.png`],
    ['credentials', () => `http://user:pw@public.test:${outside.port}/a.png`],
    ['file:', () => 'file:///etc/passwd'],
    ['data:', () => 'data:image/png;base64,AAAA'],
    ['gopher:', () => `gopher://public.test:${outside.port}/_x`],
  ])('refuses %s before connecting', async (_name, url) => {
    expect(await codeOf(fetcher.fetch(url(), IMAGE))).toBe('URL_REFUSED');
    expect(inside.hits).toEqual([]);
  });

  it('refuses the metadata address without any connection attempt (checked synchronously)', () => {
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://[fd00:ec2::254]/latest/meta-data/', 'http://[::ffff:0:7f00:1]/secret']) {
      const error = errorOf(() => fetcher.checkUrl(url));
      expect(error.code).toBe('URL_REFUSED');
      expect((error.cause as Error).message).toMatch(/private or reserved/);
    }
  });

  it('tells the caller only that its URL is refused: DNS answers and redirect targets stay in the cause (for logs)', async () => {
    for (const [url, secret] of [[`http://evil.test:${inside.port}/secret`, '127.0.0.1'], [at('/to-inside'), '127.0.0.1'], [at('/to-evil'), 'evil.test']] as const) {
      const error = await fetcher.fetch(url, IMAGE).then(() => null, (e: unknown) => e as OgsmithError);
      expect(error?.code).toBe('URL_REFUSED');
      expect(error?.message).toBe(`URL "${url}" is refused: only public http(s) hosts on the default port, without credentials, are fetched`);
      expect(error?.message).not.toContain(secret);
      expect((error?.cause as Error).message).toContain(secret);
    }
    expect(inside.hits).toEqual([]);
  });

  it('re-checks redirects: to 127.0.0.1 and to a name resolving privately are refused, loops stop after 3', async () => {
    expect(await codeOf(fetcher.fetch(at('/to-inside'), IMAGE))).toBe('URL_REFUSED');
    expect(await codeOf(fetcher.fetch(at('/to-evil'), IMAGE))).toBe('URL_REFUSED');
    expect(inside.hits).toEqual([]);
    const before = outside.hits.filter((h) => h === '/loop').length;
    expect(await codeOf(fetcher.fetch(at('/loop'), IMAGE))).toBe('SOURCE_NOT_FOUND');
    expect(outside.hits.filter((h) => h === '/loop').length - before).toBe(4);
  });

  it('caps bytes, time and status', async () => {
    expect(await codeOf(fetcher.fetch(at('/endless'), IMAGE))).toBe('PAYLOAD_TOO_LARGE');
    expect(await codeOf(fetcher.fetch(at('/slow'), IMAGE))).toBe('SOURCE_TIMEOUT');
    expect(await codeOf(fetcher.fetch(at('/missing'), IMAGE))).toBe('SOURCE_NOT_FOUND');
  });

  it('stops an HTML page at </head>', async () => {
    const page = await fetcher.fetch(at('/page'), { maxBytes: 512 * 1024, overflow: 'truncate', stopAt: '</head>', accept: 'text/html' });
    expect(page.bytes.byteLength).toBeLessThan(70_000);
    expect(new TextDecoder().decode(page.bytes)).toContain('</head>');
  });

  it('keeps an allow-list of hosts', async () => {
    const listed = new GuardedFetcher({ allowHosts: ['images.example.com'], resolve: fakeResolver({}) });
    expect(await codeOf(listed.fetch(at('/a.png'), IMAGE))).toBe('URL_REFUSED');
    await listed.close();
  });
});
