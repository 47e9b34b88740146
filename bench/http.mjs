// `npm run bench -- --http`: cache-hit and cache-miss throughput and p99 of the image server against a plain fastify
// route returning the same bytes (same run, same machine), then an RSS soak under mixed load.
// BENCH_HTTP_SECONDS (default 10) per measurement, BENCH_SOAK_SECONDS (default 60; the full soak is 300), BENCH_CONNECTIONS (default 32).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const SOAK = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

const child = spawn(process.execPath, [new URL('./http-server.mjs', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
const ports = await new Promise((resolve, reject) => {
  createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
  child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const ogsmith = `http://127.0.0.1:${ports.ogsmith}`;
const HIT = '/og/blog.png?title=Benchmark%20card&author=Ada%20Lovelace&date=Nov%2026';

function run(url, options = {}) {
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS, ...options });
}

function summary(name, result) {
  return { run: name, 'req/s': Math.round(result.requests.average), 'p50 ms': result.latency.p50, 'p99 ms': result.latency.p99, '2xx': result['2xx'], non2xx: result.non2xx, errors: result.errors };
}

async function rssMb() {
  const text = await (await fetch(`${ogsmith}/metrics`)).text();
  const match = /^ogsmith_process_resident_memory_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text);
  return match ? Math.round(Number(match[1]) / 1024 / 1024) : NaN;
}

console.log(`http bench: ${CONNECTIONS} connections, ${SECONDS} s per measurement (hits and baseline in 3 alternating rounds), ${ports.bytes}-byte PNG`);
await run(`http://127.0.0.1:${ports.plain}/plain`, { duration: 2 }); // warm both servers' paths
await run(`${ogsmith}${HIT}`, { duration: 2 });
// Alternating rounds (order flipped each round) so drift from other load on the machine hits both alike.
const ROUNDS = 3;
const rounds = { plain: [], hits: [] };
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 === 0 ? ['plain', 'hits'] : ['hits', 'plain'];
  for (const which of order) {
    const url = which === 'plain' ? `http://127.0.0.1:${ports.plain}/plain` : `${ogsmith}${HIT}`;
    rounds[which].push(await run(url, { duration: Math.max(1, Math.round(SECONDS / ROUNDS)) }));
  }
}
/** Rounds merged: mean throughput, worst p99, summed counts. */
const merge = (results) => ({
  requests: { average: results.reduce((a, r) => a + r.requests.average, 0) / results.length },
  latency: { p50: Math.max(...results.map((r) => r.latency.p50)), p99: Math.max(...results.map((r) => r.latency.p99)) },
  '2xx': results.reduce((a, r) => a + r['2xx'], 0),
  non2xx: results.reduce((a, r) => a + r.non2xx, 0),
  errors: results.reduce((a, r) => a + r.errors, 0),
});
const plain = merge(rounds.plain);
const hits = merge(rounds.hits);
let counter = 0;
const misses = await run(ogsmith, {
  connections: 4,
  requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/og/blog.png?title=Miss%20${counter++}&author=Bench` }) }],
});
const rows = [summary('plain fastify route (baseline)', plain), summary('ogsmith cache hit', hits), summary('ogsmith cache miss (4 connections)', misses)];
console.table(rows);
const ratio = hits.requests.average / plain.requests.average;
console.log(`cache hits reach ${(ratio * 100).toFixed(0)}% of the plain route's throughput (target ≥ 80%): ${ratio >= 0.8 ? 'ok' : 'BELOW TARGET'}`);

// Soak: 90% hits over 50 cached URLs, 10% unique misses; RSS sampled every ~10% of the run.
console.log(`\nRSS soak: ${SOAK} s of mixed load (90% hits, 10% unique misses)`);
const samples = [{ 's': 0, 'rss MB': await rssMb() }];
let n = 0;
const soak = autocannon({
  url: ogsmith,
  connections: 8,
  duration: SOAK,
  requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: n++ % 10 === 0 ? `/og/quote.png?quote=Soak%20${n}` : `/og/quote.png?quote=Hot%20${n % 50}` }) }],
});
const started = Date.now();
const timer = setInterval(async () => samples.push({ 's': Math.round((Date.now() - started) / 1000), 'rss MB': await rssMb() }), Math.max(1000, (SOAK * 1000) / 10));
const soaked = await soak;
clearInterval(timer);
samples.push({ 's': SOAK, 'rss MB': await rssMb() });
console.table(samples);
console.table([summary('soak', soaked)]);
const rss = samples.map((s) => s['rss MB']);
const half = Math.ceil(rss.length / 2);
const avg = (values) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
console.log(`RSS: start ${rss[0]} MB, first-half average ${avg(rss.slice(1, half)).toFixed(0)} MB, second-half average ${avg(rss.slice(half)).toFixed(0)} MB, end ${rss.at(-1)} MB`);
child.kill('SIGTERM');
