// Chaos: 1,000 concurrent remote-avatar misses over 8 loopback image hosts; load is shed with 503, sockets and RSS stay bounded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackServer, TINY_PNG, type LoopbackServer } from '../server/helpers.js';
import { codeOf, normalMiss, probeTraffic, rssMb, sampleRss, startServerProcess, timed, type ServerProcess, type TimedResponse, type TrafficProbe } from './server-process.js';

const MISSES = 1000;
const HOSTS = Array.from({ length: 8 }, (_, i) => `127.0.0.${i + 2}`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let hosts: LoopbackServer[] = [];
let traffic: TrafficProbe[] = [];
const all = { requests: 0, peakRequests: 0 };
let server: ServerProcess;

beforeAll(async () => {
  hosts = await Promise.all(HOSTS.map((host) => loopbackServer(host, {
    '/avatar.png': (_req, res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG), 200);
    },
  })));
  traffic = hosts.map((host) => probeTraffic(host.server, all));
  server = await startServerProcess({
    pool: { threads: 2 },
    fetch: { allowAddresses: HOSTS, allowPorts: hosts.map((h) => h.port), timeoutMs: 5000 },
  });
}, 90_000);

afterAll(async () => {
  await server?.stop();
  await Promise.all(hosts.map((h) => h.close()));
}, 30_000);

describe('1,000 concurrent remote-avatar misses', () => {
  it('sheds with 503 before fetching, caps fetches and sockets, keeps RSS bounded and /healthz and cache hits fast', async () => {
    expect((await normalMiss(server.base, 'warm')).status).toBe(200);
    const cached = `${server.base}/og/quote.png?quote=cached`;
    expect((await timed(cached)).status).toBe(200);
    const rssBefore = rssMb(server.pid);
    const sampler = sampleRss(server.pid);
    const started = performance.now();
    const storm = Array.from({ length: MISSES }, (_, i) => {
      const host = hosts[i % hosts.length]!;
      return timed(`${server.base}/og/blog.png?title=${encodeURIComponent(`Fan-out ${i}`)}&author=Ada&avatar=${encodeURIComponent(`http://${host.host}:${host.port}/avatar.png?${i}`)}`);
    });
    const probes: TimedResponse[] = [];
    for (let i = 0; i < 5; i++) {
      await sleep(150);
      probes.push(await timed(`${server.base}/healthz`), await timed(cached));
    }
    const results = await Promise.all(storm);
    const seconds = (performance.now() - started) / 1000;
    const peak = sampler.stop();
    const count = (status: number) => results.filter((r) => r.status === status).length;
    const fetched = hosts.reduce((sum, h) => sum + h.hits.length, 0);
    const peakSockets = traffic.reduce((sum, t) => sum + t.peakSockets, 0);
    console.log(`fan-out: ${MISSES} misses in ${seconds.toFixed(1)} s → 200: ${count(200)}, 503: ${count(503)}, other: ${MISSES - count(200) - count(503)}; avatars fetched ${fetched}; fetches at once ${all.peakRequests} (per host ≤ ${Math.max(...traffic.map((t) => t.peakRequests))}); sockets at peak ${peakSockets} (per host ≤ ${Math.max(...traffic.map((t) => t.peakSockets))}); RSS ${Math.round(rssBefore)} → peak ${Math.round(peak)} MB; probes ${probes.map((p) => `${p.status}/${Math.round(p.ms)}ms`).join(" ")}`);
    expect(results.every((r) => r.status === 200 || r.status === 503 || r.status === 504), [...new Set(results.map((r) => `${r.status} ${r.body.slice(0, 120)}`))].join('\n')).toBe(true);
    expect(count(503)).toBeGreaterThan(MISSES / 2);
    expect(count(200)).toBeGreaterThan(0);
    for (const busy of results.filter((r) => r.status === 503)) {
      expect(codeOf(busy)).toBe('BUSY');
      expect(busy.headers['retry-after']).toBe('1');
      expect(busy.headers['cache-control']).toBe('no-store');
    }
    // Shed requests fetched nothing (a few may be shed after fetching, when plain misses took the queue); fetches never passed the global (16) and per-host (4) caps.
    expect(fetched).toBeLessThanOrEqual(count(200) + count(504) + 20);
    expect(all.peakRequests).toBeLessThanOrEqual(16);
    expect(Math.max(...traffic.map((t) => t.peakRequests))).toBeLessThanOrEqual(4);
    expect(peakSockets).toBeLessThanOrEqual(HOSTS.length * 8);
    // /healthz always answers; a cache hit answers 200, or a quick 503 when @fastify/under-pressure sees the event loop lag (>1 s on a loaded machine).
    probes.forEach((probe, i) => {
      expect(i % 2 === 0 ? [200] : [200, 503]).toContain(probe.status);
      expect(probe.ms).toBeLessThan(5000);
    });
    expect((await timed(cached)).status).toBe(200);
    expect(peak - rssBefore).toBeLessThan(400);
    const after = await timed(`${server.base}/og/blog.png?title=After&author=Ada&avatar=${encodeURIComponent(`http://${hosts[0]!.host}:${hosts[0]!.port}/avatar.png?after`)}`);
    expect(after.status).toBe(200);
    expect(after.ms).toBeLessThan(5000);
  }, 180_000);
});
