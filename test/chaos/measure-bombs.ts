// Measures GIF-frame and whitespace-PNG bombs against the server process (RSS, time): npx tsx test/chaos/measure-bombs.ts (needs npm run build).
import { loopbackServer } from '../server/helpers.js';
import { blackPng, dataUrl, gifWithFrames } from '../helpers/image-bombs.js';
import { rssMb, sampleRss, startServerProcess, timed, client } from './server-process.js';

const gif = gifWithFrames({ width: 1, height: 1 }, [{ width: 20_000, height: 20_000 }]);
const images = await loopbackServer('127.0.0.2', { '/bomb.gif': (_req, res) => res.writeHead(200, { 'content-type': 'image/gif' }).end(gif) });
const server = await startServerProcess({ pool: { threads: 2 }, renderRoute: 'open', limits: { bodyBytes: 1024 * 1024 }, fetch: { allowAddresses: ['127.0.0.2'], allowPorts: [images.port], timeoutMs: 3000 } });
await timed(`${server.base}/og/quote.png?quote=warm`);
const before = rssMb(server.pid);
const sampler = sampleRss(server.pid, 20);
const started = performance.now();
const remote = await Promise.all([1, 2, 3].map((i) => timed(`${server.base}/og/blog.png?title=b${i}&author=Ada&avatar=${encodeURIComponent(`http://127.0.0.2:${images.port}/bomb.gif?${i}`)}`)));
const inlineGif = await timed(`${server.base}/render`, { method: 'POST', json: { element: { type: 'img', props: { src: dataUrl('image/gif', gifWithFrames({ width: 1, height: 1 }, [{ width: 10_000, height: 10_000 }])), style: { width: 50, height: 50 } } }, width: 100, height: 100 } });
const spacedPng = await timed(`${server.base}/render`, { method: 'POST', json: { element: { type: 'div', props: { style: { width: 50, height: 50, backgroundImage: `url("${dataUrl('image/png', blackPng(19_000, 19_000)).replace(',', ', ')}")` } } }, width: 100, height: 100 } });
const peak = sampler.stop();
console.log(JSON.stringify({
  gifBytes: gif.length,
  remote: remote.map((r) => `${r.status} ${Math.round(r.ms)}ms ${r.body.slice(0, 80)}`),
  inlineGif10k: `${inlineGif.status} ${Math.round(inlineGif.ms)}ms ${inlineGif.body.slice(0, 80)}`,
  spacedPng19k: `${spacedPng.status} ${Math.round(spacedPng.ms)}ms ${spacedPng.body.slice(0, 80)}`,
  rssBeforeMb: Math.round(before), rssPeakMb: Math.round(peak), totalMs: Math.round(performance.now() - started),
}, null, 1));
await server.stop();
await images.close();
await client.close();
