// Chaos: image bombs of every format, inline and remote, against the server in its own process; refused before decoding, never cached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackServer, type LoopbackServer } from '../server/helpers.js';
import { avifHeader, bigSvg, blackPng, dataUrl, gifWithFrames, jpegHeader, webpHeader } from '../helpers/image-bombs.js';
import { codeOf, normalMiss, rssMb, sampleRss, startServerProcess, timed, type ServerProcess } from './server-process.js';

const GIF_BOMB = gifWithFrames({ width: 1, height: 1 }, [{ width: 20_000, height: 20_000 }]);
const PNG_BOMB = blackPng(19_000, 19_000);

let images: LoopbackServer;
let server: ServerProcess;

beforeAll(async () => {
  const serve = (type: string, bytes: Buffer) => (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': type }).end(bytes);
  images = await loopbackServer('127.0.0.2', {
    '/gif-bomb.gif': serve('image/gif', GIF_BOMB),
    '/png-bomb.png': serve('image/png', PNG_BOMB),
    '/huge.jpg': serve('image/jpeg', jpegHeader(30_000, 30_000)),
    '/huge-arithmetic.jpg': serve('image/jpeg', jpegHeader(30_000, 30_000, 0xc9)),
    '/huge.webp': serve('image/webp', webpHeader(16_000, 16_000)),
  });
  server = await startServerProcess({
    pool: { threads: 2 },
    renderRoute: 'open',
    limits: { bodyBytes: 1024 * 1024 },
    fetch: { allowAddresses: ['127.0.0.2'], allowPorts: [images.port], timeoutMs: 3000 },
  });
}, 90_000);

afterAll(async () => {
  await server?.stop();
  await images?.close();
}, 30_000);

const card = (children: unknown) => ({ element: { type: 'div', props: { style: { width: 200, height: 100, display: 'flex' }, children } }, width: 200, height: 100 });
const img = (src: string) => ({ type: 'img', props: { src, style: { width: 50, height: 50 } } });
const background = (css: string) => ({ type: 'div', props: { style: { width: 50, height: 50, backgroundImage: css } } });

interface Bomb {
  readonly name: string;
  /** Text the error message must contain (the decoded size). */
  readonly size: string;
  send(): ReturnType<typeof timed>;
}

const inline = (name: string, size: string, children: unknown): Bomb => ({ name, size, send: () => timed(`${server.base}/render`, { method: 'POST', json: card(children) }) });
const remote = (name: string, size: string, path: string): Bomb => ({
  name,
  size,
  send: () => timed(`${server.base}/og/blog.png?title=${encodeURIComponent(name)}&author=Ada&avatar=${encodeURIComponent(`http://127.0.0.2:${images.port}${path}`)}`),
});

const BOMBS: readonly Bomb[] = [
  remote('remote GIF: 1×1 screen, 20000×20000 frame', '20000×20000', '/gif-bomb.gif'),
  remote('remote PNG 19000² (44 KB)', '19000×19000', '/png-bomb.png'),
  remote('remote JPEG 30000²', '30000×30000', '/huge.jpg'),
  remote('remote arithmetic JPEG (SOF9) 30000²', '30000×30000', '/huge-arithmetic.jpg'),
  remote('remote WebP 16000²', '16000×16000', '/huge.webp'),
  inline('data: GIF frame bomb in img src', '20000×20000', img(dataUrl('image/gif', GIF_BOMB))),
  inline('data: PNG with a space after the comma in url()', '19000×19000', background(`url("${dataUrl('image/png', PNG_BOMB).replace(',', ', ')}")`)),
  inline('data: PNG with a newline after the comma in img src', '19000×19000', img(dataUrl('image/png', PNG_BOMB).replace(',', ',\n'))),
  inline('data: JPEG 30000²', '30000×30000', img(dataUrl('image/jpeg', jpegHeader(30_000, 30_000)))),
  inline('data: WebP 16000² background', '16000×16000', background(`url(${dataUrl('image/webp', webpHeader(16_000, 16_000))})`)),
  inline('data: AVIF 40000×30000', '40000×30000', img(dataUrl('image/avif', avifHeader(40_000, 30_000)))),
  inline('data: SVG asking for a 30000² raster', '30000×30000', img(dataUrl('image/svg+xml', bigSvg(30_000, 30_000)))),
  inline('percent-encoded SVG background', '30000×30000', background(`url("data:image/svg+xml,${encodeURIComponent(bigSvg(30_000, 30_000).toString())}")`)),
  inline('three 4500² PNGs in one render (60.75 MP)', 'per render', [img(dataUrl('image/png', blackPng(4500, 4500))), background(`url(${dataUrl('image/png', blackPng(4500, 4500))})`), img(dataUrl('image/png', blackPng(4501, 4500)))]),
];

describe('image bombs', () => {
  it('refuses every bomb with 413 IMAGE_TOO_LARGE naming its size, quickly, twice (nothing cached), with RSS flat and other requests served', async () => {
    expect((await normalMiss(server.base, 'warm')).status).toBe(200);
    const baseline = (await normalMiss(server.base, 'baseline')).ms;
    const rssBefore = rssMb(server.pid);
    const sampler = sampleRss(server.pid);
    const slowest: number[] = [];
    for (let round = 1; round <= 2; round++) {
      for (const bomb of BOMBS) {
        const res = await bomb.send();
        expect(res.status, `${bomb.name}: ${res.body}`).toBe(413);
        expect(codeOf(res), bomb.name).toBe('IMAGE_TOO_LARGE');
        expect(res.body, bomb.name).toContain(bomb.size);
        expect(res.headers['cache-control'], bomb.name).toBe('no-store');
        expect(res.ms, bomb.name).toBeLessThan(3000);
        slowest.push(res.ms);
      }
      const other = await normalMiss(server.base, `between rounds ${round}`);
      expect(other.status).toBe(200);
      expect(other.ms).toBeLessThan(Math.max(5000, baseline * 5));
    }
    const peak = sampler.stop();
    // Remote bombs are refused, not kept: the second round fetched each again.
    for (const path of ['/gif-bomb.gif', '/png-bomb.png', '/huge.jpg', '/huge.webp']) expect(images.hits.filter((h) => h === path), path).toHaveLength(2);
    console.log(`image bombs: ${BOMBS.length * 2} refused, slowest ${Math.round(Math.max(...slowest))} ms, RSS ${Math.round(rssBefore)} → peak ${Math.round(peak)} MB (+${Math.round(peak - rssBefore)} MB), normal miss ${Math.round(baseline)} ms`);
    expect(peak - rssBefore).toBeLessThan(250);
  }, 120_000);
});
