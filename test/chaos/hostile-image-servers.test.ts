// Chaos: a slow-loris image server, one that never answers and one with an endless body; the server times out, caps, sheds, and caches nothing wrong.
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackServer, type LoopbackServer } from '../server/helpers.js';
import { codeOf, normalMiss, probeTraffic, rssMb, sampleRss, startServerProcess, timed, type ServerProcess, type TimedResponse, type TrafficProbe } from './server-process.js';

const FETCH_TIMEOUT_MS = 2000;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Holds a response open and drips one byte every 300 ms (a slow loris), until the client goes away. */
function drip(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'image/png' });
  const timer = setInterval(() => res.write('x'), 300);
  res.on('close', () => clearInterval(timer));
}

/** Writes 64 KB chunks as fast as the client reads, forever. */
function endless(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'image/png' });
  const chunk = Buffer.alloc(64 * 1024, 7);
  const write = (): void => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', write);
  };
  write();
}

let slow: LoopbackServer;
let flood: LoopbackServer;
let slowTraffic: TrafficProbe;
let floodTraffic: TrafficProbe;
let server: ServerProcess;

beforeAll(async () => {
  slow = await loopbackServer('127.0.0.2', {
    '/drip.png': (_req, res) => drip(res),
    '/silent.png': () => undefined,
    '/drip-page': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Dripping picture</title><meta property="og:image" content="/drip.png"></head></html>'),
    '/silent-page': () => undefined,
  });
  flood = await loopbackServer('127.0.0.3', { '/endless.png': (_req, res) => endless(res) });
  slowTraffic = probeTraffic(slow.server);
  floodTraffic = probeTraffic(flood.server);
  server = await startServerProcess({
    pool: { threads: 2 },
    fetch: { allowAddresses: ['127.0.0.2', '127.0.0.3'], allowPorts: [slow.port, flood.port], timeoutMs: FETCH_TIMEOUT_MS },
  });
}, 90_000);

afterAll(async () => {
  await server?.stop();
  await Promise.all([slow?.close(), flood?.close()]);
}, 30_000);

const avatar = (host: LoopbackServer, path: string, label: string): Promise<TimedResponse> =>
  timed(`${server.base}/og/blog.png?title=${encodeURIComponent(label)}&author=Ada&avatar=${encodeURIComponent(`http://${host.host}:${host.port}${path}`)}`);

describe('hostile image servers', () => {
  /** Sends the attack, and meanwhile 3 normal misses and 3 /healthz one after another; returns both. */
  async function underAttack(attack: readonly Promise<{ kind: string; r: TimedResponse }>[]): Promise<{ results: { kind: string; r: TimedResponse }[]; others: TimedResponse[] }> {
    await sleep(200);
    const others: TimedResponse[] = [];
    for (let i = 0; i < 3; i++) others.push(await normalMiss(server.base, `during attack ${i}`), await timed(`${server.base}/healthz`));
    return { results: await Promise.all(attack), others };
  }

  it('times out slow and silent sources, caps endless ones, and keeps serving other requests meanwhile', async () => {
    expect((await normalMiss(server.base, 'warm')).status).toBe(200);
    const baseline = (await normalMiss(server.base, 'baseline')).ms;
    const rssBefore = rssMb(server.pid);
    const sampler = sampleRss(server.pid);
    const endlessPhase = await underAttack(Array.from({ length: 12 }, (_, i) => avatar(flood, `/endless.png?${i}`, `endless ${i}`).then((r) => ({ kind: 'endless', r }))));
    const slowPhase = await underAttack([
      ...Array.from({ length: 12 }, (_, i) => avatar(slow, `/drip.png?${i}`, `drip ${i}`).then((r) => ({ kind: 'drip', r }))),
      ...Array.from({ length: 12 }, (_, i) => avatar(slow, `/silent.png?${i}`, `silent ${i}`).then((r) => ({ kind: 'silent', r }))),
    ]);
    const peak = sampler.stop();
    const results = [...endlessPhase.results, ...slowPhase.results];
    const others = [...endlessPhase.others, ...slowPhase.others];
    for (const other of others) {
      expect(other.status).toBe(200);
      expect(other.ms).toBeLessThan(Math.max(5000, baseline * 5));
    }
    const allowed: Record<string, readonly string[]> = { drip: ['SOURCE_TIMEOUT', 'BUSY'], silent: ['SOURCE_TIMEOUT', 'BUSY'], endless: ['PAYLOAD_TOO_LARGE', 'BUSY', 'SOURCE_TIMEOUT'] };
    for (const { kind, r } of results) {
      expect(allowed[kind], `${kind}: ${r.status} ${r.body}`).toContain(codeOf(r));
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.ms).toBeLessThan(FETCH_TIMEOUT_MS + 4000);
    }
    const tally = (kind: string, code: string) => results.filter((x) => x.kind === kind && codeOf(x.r) === code).length;
    expect(tally('endless', 'PAYLOAD_TOO_LARGE')).toBeGreaterThan(0);
    expect(tally('drip', 'SOURCE_TIMEOUT') + tally('silent', 'SOURCE_TIMEOUT')).toBeGreaterThan(0);
    // The server lets go of every hostile connection.
    for (let i = 0; i < 100 && slowTraffic.sockets + floodTraffic.sockets > 0; i++) await sleep(50);
    expect(slowTraffic.sockets + floodTraffic.sockets).toBe(0);
    console.log(`hostile sources: endless 413 ×${tally("endless", "PAYLOAD_TOO_LARGE")}, 503 ×${tally("endless", "BUSY")}, 504 ×${tally("endless", "SOURCE_TIMEOUT")}; drip 504 ×${tally('drip', 'SOURCE_TIMEOUT')}, 503 ×${tally('drip', 'BUSY')}; silent 504 ×${tally('silent', 'SOURCE_TIMEOUT')}, 503 ×${tally('silent', 'BUSY')}; sockets at peak: slow host ${slowTraffic.peakSockets}, endless host ${floodTraffic.peakSockets}; RSS ${Math.round(rssBefore)} → peak ${Math.round(peak)} MB; normal miss ${Math.round(baseline)} ms, slowest other request ${Math.round(Math.max(...others.map((o) => o.ms)))} ms`);
    // 4 fetches per host at once (24 and 12 were asked for); a socket the server is closing may overlap its successor for a moment.
    expect(slowTraffic.peakSockets).toBeLessThanOrEqual(8);
    expect(floodTraffic.peakSockets).toBeLessThanOrEqual(8);
    expect(peak - rssBefore).toBeLessThan(300);
  }, 120_000);

  it('caches nothing after a failure: the same avatar and the same /og/url page are fetched again', async () => {
    for (let round = 1; round <= 2; round++) {
      const res = await avatar(slow, '/drip.png?again', 'again');
      expect(codeOf(res)).toBe('SOURCE_TIMEOUT');
      expect(slow.hits.filter((h) => h === '/drip.png?again')).toHaveLength(round);
      const card = await timed(`${server.base}/og/url?url=${encodeURIComponent(`http://127.0.0.2:${slow.port}/drip-page`)}`);
      expect(card.status).toBe(200);
      expect(card.headers['cache-control']).toBe('public, max-age=300, s-maxage=600');
      expect(slow.hits.filter((h) => h === '/drip-page')).toHaveLength(round);
      const silentPage = await timed(`${server.base}/og/url?url=${encodeURIComponent(`http://127.0.0.2:${slow.port}/silent-page`)}`);
      expect(silentPage.headers['cache-control']).toBe('public, max-age=300, s-maxage=600');
    }
  }, 60_000);
});
