// `npm run bench:soak`: RSS of the image server (its process and its render processes, summed) under a mixed load, against a budget.
// 90% hits over 50 URLs of five templates, 10% unique misses at varied sizes; loopback only, bounded by SOAK_SECONDS.
// Env: SOAK_SECONDS (default 60), SOAK_CONNECTIONS (8), SOAK_BUDGET_MB (default the documented budget, docs/server.md "Memory").
// The server runs with the recommended MALLOC_MMAP_THRESHOLD_=131072 unless the environment sets it (SOAK_MALLOC=default: glibc's own).
// Exits 1 when any RSS sample is above the budget.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { processStats, processStatsSync, processTree } from '../dist/bench/process-stats.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 8);
const CACHE_MB = Number(process.env.BENCH_CACHE_MB ?? 128);
// The budget of docs/server.md "Memory": 300 MB + the image cache + 32 MB of fetched images + 120 MB per render thread.
const BUDGET_MB = Number(process.env.SOAK_BUDGET_MB ?? 300 + CACHE_MB + 32 + 120 * availableParallelism());
const MB = 1024 * 1024;

// The production defaults (128 MB image cache), not the HTTP bench's smaller cache.
const child = spawn(process.execPath, [new URL('./http-server.mjs', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BENCH_CACHE_MB: String(CACHE_MB), ...(process.env.SOAK_MALLOC === 'default' ? {} : { MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072' }) } });
const ports = await new Promise((resolve, reject) => {
  createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
  child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

const TEMPLATES = [
  (key) => `/og/blog.png?title=Soak%20${key}&author=Ada`,
  (key) => `/og/quote.png?quote=Soak%20${key}`,
  (key) => `/og/profile.png?name=Soak%20${key}&bio=Memory`,
  (key) => `/og/release.png?project=soak&version=1.${key}&highlights=a;b;c`,
  (key) => `/og/docs.png?title=Soak%20${key}&section=Memory`,
];
let n = 0;
function nextPath() {
  n += 1;
  if (n % 10 !== 0) return TEMPLATES[n % 5](`hot${n % 10}`);
  // A miss: a new key at one of 16 sizes (each size is a canvas the workers may keep).
  const width = 600 + 120 * (n % 16);
  const height = 315 + 60 * ((n >> 4) % 16);
  return `${TEMPLATES[(n / 10) % 5](`miss${n}`)}&width=${width}&height=${height}`;
}

// RSS summed over the server and its render processes (the budget's measure), and PSS (shared pages split between them).
const sample = async (s) => {
  const stats = await processStats(child.pid);
  return { s, rssMb: Math.round(stats.rssBytes / MB), pssMb: Math.round(stats.pssBytes / MB), processes: stats.processes };
};
const samples = [await sample(0)];
const started = Date.now();
const timer = setInterval(async () => samples.push(await sample(Math.round((Date.now() - started) / 1000))), 5000);
const result = await autocannon({
  url: `http://127.0.0.1:${ports.ogsmith}`,
  connections: CONNECTIONS,
  duration: SECONDS,
  requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: nextPath() }) }],
});
clearInterval(timer);
samples.push(await sample(SECONDS));
// Where it is at the end: the server process, then each render process (their own RSS and PSS).
const members = processTree(child.pid).map((pid) => {
  const stats = processStatsSync(pid, { tree: false });
  return `${pid === child.pid ? 'server' : 'render'} ${Math.round(stats.rssBytes / MB)} (${Math.round(stats.pssBytes / MB)})`;
});
child.kill('SIGTERM');

const rss = samples.map((sample) => sample.rssMb);
const peak = Math.max(...rss);
console.log(`${SECONDS} s, ${CONNECTIONS} connections, image cache ${CACHE_MB} MB, ${availableParallelism()} render threads, malloc ${process.env.SOAK_MALLOC === 'default' ? 'glibc default' : 'MALLOC_MMAP_THRESHOLD_=131072'}`);
console.log(`RSS samples (s: MB, PSS in brackets): ${samples.map((sample) => `${sample.s}: ${sample.rssMb} (${sample.pssMb})`).join(', ')}`);
console.log(`processes (server + render): ${Math.max(...samples.map((sample) => sample.processes))}; at the end, MB RSS (PSS): ${members.join(', ')}`);
console.log(`requests ${result.requests.total} (2xx ${result['2xx']}, non-2xx ${result.non2xx}, errors ${result.errors}), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
const pss = samples.map((sample) => sample.pssMb);
console.log(`RSS start ${rss[0]} MB, peak ${peak} MB, end ${rss.at(-1)} MB; PSS start ${pss[0]}, peak ${Math.max(...pss)}, end ${pss.at(-1)} MB; budget ${BUDGET_MB} MB (RSS): ${peak <= BUDGET_MB ? 'within' : 'OVER'}`);
process.exitCode = peak <= BUDGET_MB ? 0 : 1;
