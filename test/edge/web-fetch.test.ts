// The edge's guarded fetcher (web fetch, no DNS): the server's URL policy, re-checked redirects, byte and time caps, coded errors; loopback only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOgsmithError } from '../../src/errors/catalogue.js';
import { WebGuardedFetcher } from '../../src/edge/web-fetch.js';
import { endlessBody, loopbackServer, oneByteASecond, TINY_PNG, type LoopbackServer } from '../server/helpers.js';

let inside: LoopbackServer;
let outside: LoopbackServer;

beforeAll(async () => {
  inside = await loopbackServer('127.0.0.1', { '/secret': (_req, res) => res.end('secret') });
  outside = await loopbackServer('127.0.0.2', {
    '/a.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG),
    '/to-inside': (_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${inside.port}/secret` }).end(),
    '/to-a': (_req, res) => res.writeHead(301, { location: '/a.png' }).end(),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/declared-big': (_req, res) => res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(10 * 1024 * 1024) }).end(),
    '/endless': endlessBody,
    '/slow': oneByteASecond,
  });
});

afterAll(async () => {
  await Promise.all([inside.close(), outside.close()]);
});

/** The fetcher a test deployment uses: 127.0.0.2 stands for a public host; 127.0.0.1 stays private. */
const fetcher = (extra: ConstructorParameters<typeof WebGuardedFetcher>[0] = {}) => new WebGuardedFetcher({ allowAddresses: ['127.0.0.2'], allowPorts: [inside.port, outside.port], timeoutMs: 1500, ...extra });
const request = { maxBytes: 256 * 1024, overflow: 'error', accept: 'image/png' } as const;
const outsideUrl = (path: string) => `http://127.0.0.2:${outside.port}${path}`;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isOgsmithError(error) ? error.code : `uncoded: ${String(error)}`;
  }
}

describe('WebGuardedFetcher', () => {
  it('fetches an allowed source as bytes with its content type, following a checked redirect', async () => {
    const direct = await fetcher().fetch(outsideUrl('/a.png'), request);
    expect(Buffer.from(direct.bytes).equals(TINY_PNG)).toBe(true);
    expect(direct.contentType).toBe('image/png');
    const redirected = await fetcher().fetch(outsideUrl('/to-a'), request);
    expect(redirected.url).toBe(outsideUrl('/a.png'));
    expect(redirected.bytes.length).toBe(TINY_PNG.length);
  });

  it.each([
    ['a private literal', 'URL_REFUSED', () => `http://127.0.0.1:${inside.port}/secret`],
    ['IPv6 loopback', 'URL_REFUSED', () => `http://[::1]:${inside.port}/secret`],
    ['a decimal IPv4 host', 'URL_REFUSED', () => `http://2130706433:${inside.port}/secret`],
    ['a hex IPv4 host', 'URL_REFUSED', () => `http://0x7f.1:${inside.port}/secret`],
    ['IPv4-mapped IPv6', 'URL_REFUSED', () => `http://[::ffff:7f00:1]:${inside.port}/secret`],
    ['the metadata address', 'URL_REFUSED', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a redirect to a private address', 'URL_REFUSED', () => outsideUrl('/to-inside')],
    ['a file URL', 'URL_REFUSED', () => 'file:///etc/passwd'],
    ['credentials', 'URL_REFUSED', () => `http://user:pw@127.0.0.2:${outside.port}/a.png`],
    ['another port', 'URL_REFUSED', () => 'http://127.0.0.2:1/a.png'],
    ['a redirect loop', 'SOURCE_NOT_FOUND', () => outsideUrl('/loop')],
    ['a 404', 'SOURCE_NOT_FOUND', () => outsideUrl('/missing')],
    ['a declared length over the cap', 'PAYLOAD_TOO_LARGE', () => outsideUrl('/declared-big')],
    ['an endless body', 'PAYLOAD_TOO_LARGE', () => outsideUrl('/endless')],
    ['one byte a second', 'SOURCE_TIMEOUT', () => outsideUrl('/slow')],
  ])('%s → %s, nothing fetched from the private server', async (_name, code, url) => {
    expect(await codeOf(fetcher().fetch(url(), request))).toBe(code);
    expect(inside.hits).toEqual([]);
  });

  it('names only the URL it was given when a redirect target is refused (the target goes to the cause)', async () => {
    const error = await fetcher().fetch(outsideUrl('/to-inside'), request).catch((e: unknown) => e);
    expect(isOgsmithError(error) && error.message).toBe(`URL ${JSON.stringify(outsideUrl('/to-inside'))} is refused: only public http(s) hosts on the default port, without credentials, are fetched`);
    expect(String((error as Error).cause)).toContain('127.0.0.1');
  });

  it('keeps to the allow-list of host names when one is given', async () => {
    expect(await codeOf(fetcher({ allowHosts: ['images.example'] }).fetch(outsideUrl('/a.png'), request))).toBe('URL_REFUSED');
    expect((await fetcher({ allowHosts: ['127.0.0.2'] }).fetch(outsideUrl('/a.png'), request)).bytes.length).toBe(TINY_PNG.length);
  });

  it('calls the fetch it is given, with manual redirects, a deadline and the Accept header', async () => {
    const calls: { url: string; redirect: string; accept: string | undefined; signal: boolean }[] = [];
    const fake = new WebGuardedFetcher({
      fetch: async (url, init) => {
        calls.push({ url, redirect: init.redirect, accept: init.headers.accept, signal: init.signal instanceof AbortSignal });
        return new Response(new Uint8Array(TINY_PNG), { headers: { 'content-type': 'image/png' } });
      },
    });
    await fake.fetch('https://images.example/a.png', request);
    expect(calls).toEqual([{ url: 'https://images.example/a.png', redirect: 'manual', accept: 'image/png', signal: true }]);
  });
});
