// The requests every edge runtime test makes against the fixture worker (test/edge/fixtures/worker.tsx), and what each must answer.
import { readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compress } from 'wawoff2';
import { render } from '../../src/index.js';
import { card } from '../edge/fixtures/card.js';
import { sign } from '../../src/server/signature.js';
import { loopbackServer, TINY_PNG, type LoopbackServer } from '../server/helpers.js';

export type Fetch = (path: string, init?: RequestInit) => Promise<Response>;

/** PNG signature, then IHDR width and height. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function expectErrorJson(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
}

/** Straight RGBA pixels of PNG bytes, decoded by Skia. */
async function pixelsOf(bytes: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').drawImage(await loadImage(Buffer.from(bytes)), 0, 0);
  return new Uint8Array(canvas.getContext('2d').getImageData(0, 0, width, height).data);
}

/** The edge build's default fonts, for the same card rendered on Node. */
const edgeFonts = [400, 700].map((weight) => ({ name: 'Inter', weight: weight as 400 | 700, style: 'normal' as const, data: readFileSync(new URL(`../../fonts/edge/Inter-Latin-${weight}.ttf`, import.meta.url)) }));

/** Registers the shared cases; `cache` says whether the runtime has caches.default. */
export function edgeCases(fetchPath: () => Fetch, options: { cache: boolean }): void {
  let images: LoopbackServer;
  beforeAll(async () => {
    images = await loopbackServer('127.0.0.1', {
      '/a.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG),
      '/page.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end('<html>not an image</html>'),
      '/big.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.concat([TINY_PNG, Buffer.alloc(100 * 1024)])),
      '/elsewhere': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    });
  });
  afterAll(async () => {
    await images.close();
  });
  const avatarQuery = (path: string, title = 'Remote') => `title=${title}&author=Ada&avatar=${encodeURIComponent(`http://127.0.0.1:${images.port}${path}`)}`;
  const viaRemote = (query: string) => fetchPath()(`/remote/blog.png?${query}`, { headers: { 'x-image-port': String(images.port) } });

  it('lays out an element tree with HarfBuzz from the wasm module and the bundled Latin fonts', async () => {
    const response = await fetchPath()('/layout?title=Edge%20layout');
    expect(response.status).toBe(200);
    const result = (await response.json()) as { width: number; height: number; boxes: unknown[]; texts?: unknown[] };
    expect(result).toMatchObject({ width: 1200, height: 630 });
    expect(JSON.stringify(result)).toContain('Edge layout');
  });

  it('renders an element tree to a 1200×630 PNG (render() and ImageResponse) with the portable rasteriser', async () => {
    const response = await fetchPath()('/tree?title=Tree');
    expect(response.status).toBe(200);
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    const streamed = await fetchPath()('/image-response?title=Streamed');
    expect(streamed.headers.get('content-type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await streamed.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });

  it('matches PNG pixels with the wasm matcher the entry imports (not the JS fallback)', async () => {
    expect(await (await fetchPath()('/pixel-matcher')).json()).toEqual({ inWasm: true });
  });

  it('draws the text with HarfBuzz glyph outlines: the same pixels as the portable backend on Node', async () => {
    const edge = new Uint8Array(await (await fetchPath()('/tree?title=Glyphs%20drawn')).arrayBuffer());
    const node = await render(card('Glyphs drawn'), { width: 1200, height: 630, emoji: 'none', backend: 'portable', fonts: edgeFonts });
    const [edgePixels, nodePixels] = await Promise.all([pixelsOf(edge, 1200, 630), pixelsOf(node, 1200, 630)]);
    let light = 0;
    for (let i = 0; i < edgePixels.length; i += 4) if (edgePixels[i]! > 200 && edgePixels[i + 1]! > 200) light++;
    // White glyphs on the dark gradient: the title and the subtitle cover thousands of pixels.
    expect(light).toBeGreaterThan(5_000);
    expect(Buffer.from(edgePixels).equals(Buffer.from(nodePixels))).toBe(true);
  });

  it('renders an HTML string written with the html template, its text drawn', async () => {
    const response = await fetchPath()('/html?title=%3Cb%3EHTML%3C%2Fb%3E%20card');
    expect(response.headers.get('content-type')).toBe('image/png');
    const pixels = await pixelsOf(new Uint8Array(await response.arrayBuffer()), 1200, 630);
    let light = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 200 && pixels[i + 1]! > 200) light++;
    expect(light).toBeGreaterThan(3_000);
  });

  it('answers a template URL with the PNG, then from the Cache API where there is one, then 304 on If-None-Match', async () => {
    const first = await fetchPath()('/og/blog.png?title=Cached%20card');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=86400, s-maxage=31536000, stale-while-revalidate=604800');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(pngSize(new Uint8Array(await first.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    // The put of the miss went to ctx.waitUntil (the answer did not wait for it); no cache, no put.
    expect(first.headers.get('x-test-wait-until')).toBe(options.cache ? '1' : '0');
    const second = await fetchPath()('/og/blog.png?title=Cached%20card');
    expect(second.headers.get('x-ogsmith-cache')).toBe(options.cache ? 'hit' : 'miss');
    await second.arrayBuffer();
    const revalidated = await fetchPath()('/og/blog.png?title=Cached%20card', { headers: { 'if-none-match': etag! } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
  });

  it('refuses an unknown parameter with error JSON that no cache keeps', async () => {
    await expectErrorJson(await fetchPath()('/og/blog.png?title=x&colour=red'), 400, 'INVALID_PARAMETER');
  });

  it('writes a template as SVG from the display list', async () => {
    const response = await fetchPath()('/og/blog.svg?title=Vector%20card');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await response.text();
    expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/);
    expect(svg).toContain('<path');
  });

  it('refuses a WOFF2 font with EDGE_UNSUPPORTED (its decoder is Node-only)', async () => {
    const woff2 = await compress(readFileSync(new URL('../../fonts/edge/Inter-Latin-400.ttf', import.meta.url)));
    await expectErrorJson(await fetchPath()('/font?title=x', { method: 'POST', body: woff2 }), 422, 'EDGE_UNSUPPORTED');
  });

  it('refuses an unknown template and a format the edge cannot encode', async () => {
    await expectErrorJson(await fetchPath()('/og/nope.png'), 404, 'UNKNOWN_TEMPLATE');
    await expectErrorJson(await fetchPath()('/og/blog.jpg?title=x'), 422, 'EDGE_UNSUPPORTED');
  });

  it('redirects (308, cacheable) other spellings of a template URL to the canonical one, as the server does', async () => {
    const cases: readonly (readonly [string, string])[] = [
      ['/og/blog?title=Hi', '/og/blog.png?title=Hi'],
      ['/og/blog.png?title=Hi&format=png', '/og/blog.png?title=Hi'],
      ['/og/blog?title=Hi&format=svg', '/og/blog.svg?title=Hi'],
      ['/og/blog.png?width=0600&height=00315&title=A%20b', '/og/blog.png?height=315&title=A%20b&width=600'],
    ];
    for (const [from, to] of cases) {
      const response = await fetchPath()(from, { redirect: 'manual' });
      expect(response.status, from).toBe(308);
      expect(response.headers.get('location'), from).toBe(to);
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400, s-maxage=31536000, stale-while-revalidate=604800');
    }
    // Parameter order is not part of the canonical URL (as on the server): this one is served as it is.
    expect((await fetchPath()('/og/blog.png?title=Hi&author=Ada', { redirect: 'manual' })).status).toBe(200);
    // Invalid spellings are refused before any redirect.
    await expectErrorJson(await fetchPath()('/og/blog?title=Hi&width=0', { redirect: 'manual' }), 400, 'INVALID_PARAMETER');
  });

  it('refuses unsigned and forged URLs under signing keys, serves signed ones, and re-signs a redirect with the first key', async () => {
    await expectErrorJson(await fetchPath()('/signed/quote.png?quote=Signed'), 403, 'BAD_SIGNATURE');
    await expectErrorJson(await fetchPath()('/signed/quote.png?quote=Signed&sig=forged'), 403, 'BAD_SIGNATURE');
    const old = sign('/signed/quote', { quote: 'Signed', width: '0600' }, 'old-key');
    const redirected = await fetchPath()(`/signed/quote?quote=Signed&width=0600&sig=${old}`, { redirect: 'manual' });
    expect(redirected.status).toBe(308);
    expect(redirected.headers.get('location')).toBe(`/signed/quote.png?quote=Signed&width=600&sig=${sign('/signed/quote.png', { quote: 'Signed', width: '600' }, 'new-key')}`);
    const served = await fetchPath()(redirected.headers.get('location')!);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
  });

  it('refuses a parameter given twice, and one the template does not have, with error JSON', async () => {
    await expectErrorJson(await fetchPath()('/og/blog.png?title=a&title=b'), 400, 'INVALID_PARAMETER');
    await expectErrorJson(await fetchPath()('/og/blog.png?title=x&__proto__=1'), 400, 'INVALID_PARAMETER');
  });

  it('fetches a remote avatar once per isolate and draws it', async () => {
    const before = images.hits.length;
    const first = await viaRemote(avatarQuery('/a.png', 'First'));
    expect(first.status).toBe(200);
    expect(pngSize(new Uint8Array(await first.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    const second = await viaRemote(avatarQuery('/a.png', 'Second'));
    expect(second.status).toBe(200);
    await second.arrayBuffer();
    expect(images.hits.slice(before)).toEqual(['/a.png']);
  });

  it('refuses remote images as the server does: private addresses (by default), redirects to them, non-images, oversized bodies', async () => {
    const before = images.hits.length;
    await expectErrorJson(await fetchPath()(`/og/blog.png?${avatarQuery('/a.png')}`), 400, 'URL_REFUSED');
    expect(images.hits.length).toBe(before);
    await expectErrorJson(await viaRemote(avatarQuery('/elsewhere')), 400, 'URL_REFUSED');
    await expectErrorJson(await viaRemote(avatarQuery('/page.png')), 422, 'SOURCE_TYPE');
    await expectErrorJson(await viaRemote(avatarQuery('/big.png')), 413, 'PAYLOAD_TOO_LARGE');
    await expectErrorJson(await viaRemote(avatarQuery('/missing.png')), 422, 'SOURCE_NOT_FOUND');
  });
}
