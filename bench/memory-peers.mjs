// Memory and pool throughput per engine (ogsmith, takumi), each run in its own fresh child process: RSS after N mixed renders, peak RSS, renders/s at full load.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadavg } from 'node:os';
import { getHeapSpaceStatistics } from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const mb = (bytes) => Math.round(bytes / 1024 / 1024);
// BENCH_MEMORY_RENDERS renders per engine (default 2000); BENCH_POOL_RENDERS timed pool renders (default 400); BENCH_POOL_THREADS (default 2).
const RENDERS = Number(process.env.BENCH_MEMORY_RENDERS ?? 2000);
const POOL_RENDERS = Number(process.env.BENCH_POOL_RENDERS ?? 400);
const POOL_THREADS = Number(process.env.BENCH_POOL_THREADS ?? 2);
// BENCH_POOL_WARMUP untimed renders at full load before the timed ones (default 50 per thread).
const POOL_WARMUP = Number(process.env.BENCH_POOL_WARMUP ?? 50 * POOL_THREADS);
// BENCH_POOL_ISOLATION=process runs ogsmith's pool as render processes (the server's default); RSS is then summed over the process tree.
const POOL_ISOLATION = process.env.BENCH_POOL_ISOLATION ?? 'thread';
/** A child that runs longer than this is killed and reported as timed out. */
const CHILD_DEADLINE_MS = Number(process.env.BENCH_CHILD_DEADLINE_MS ?? 600_000);

/** The card set with its i-th title variant: every render has new text, as a server's renders do. */
export async function cardSet() {
  const { createCanvas } = await import('@napi-rs/canvas');
  const { avatarDataUrl, fontFiles, peerCards } = await import('./peer-cards.mjs');
  const { encodeCards, makePhoto } = await import('./encode-cards.mjs');
  const { varietyCards, varietyFonts } = await import('./variety-cards.mjs');
  const avatar = createCanvas(96, 96);
  const ctx = avatar.getContext('2d');
  ctx.fillStyle = '#f472b6';
  ctx.fillRect(0, 0, 96, 96);
  const cards = Object.values({ ...peerCards(avatarDataUrl(avatar.encodeSync('png'))), ...encodeCards(avatarDataUrl(makePhoto())), ...varietyCards() });
  const vary = (node, i) => {
    if (typeof node === 'string') return `${node} ${i}`;
    if (!node || typeof node !== 'object' || !node.props) return node;
    const children = node.props.children;
    const varied = Array.isArray(children) ? children.map((child, k) => (k === 0 ? vary(child, i) : child)) : vary(children, i);
    return { ...node, props: { ...node.props, children: varied } };
  };
  return { fonts: [...fontFiles(root), ...varietyFonts(root)], cards, card: (i) => vary(cards[i % cards.length], i) };
}

/** One engine's render function (width × height PNG) in this process. */
async function engine(name, fonts) {
  if (name === 'ogsmith') {
    const { render } = await import('../dist/index.js');
    return (card) => render(card, { width: 1200, height: 630, fonts });
  }
  const { Renderer } = await import('@takumi-rs/core');
  const { fromJsx } = await import('@takumi-rs/helpers/jsx');
  const takumi = new Renderer();
  for (const font of fonts) await takumi.registerFont({ name: font.name, data: font.data, weight: font.weight, style: font.style });
  return async (card) => takumi.render((await fromJsx(card)).node, { width: 1200, height: 630, format: 'png' });
}

/** Child: RENDERS renders in a row; memory at four checkpoints and at the end. */
async function memoryChild(name) {
  const { fonts, card } = await cardSet();
  const run = await engine(name, fonts);
  const checkpoints = [];
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 1; i <= RENDERS; i++) {
    await run(card(i));
    if (i % Math.max(1, Math.floor(RENDERS / 4)) === 0 || i === RENDERS) checkpoints.push({ renders: i, rss: process.memoryUsage().rss });
  }
  const cpu = process.cpuUsage(cpuStart);
  const usage = process.memoryUsage();
  const caches = name === 'ogsmith' ? await ogsmithCaches() : undefined;
  // V8's young generation grows with the bytes that survive scavenges, up to twice --max-semi-space-size (Node 24: 64 MB, Node 20: 32 MB), and stays.
  const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
  return { engine: name, renders: RENDERS, seconds: (performance.now() - started) / 1000, cpuMsPerRender: (cpu.user + cpu.system) / 1000 / RENDERS, newSpace, rss: usage.rss, peakRss: process.resourceUsage().maxRSS * 1024, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external, arrayBuffers: usage.arrayBuffers, checkpoints, caches };
}

/** ogsmith's cache report (bytes and entries per cache) when the build has one. */
async function ogsmithCaches() {
  try {
    const { cacheReport } = await import('../dist/bench/caches.js');
    return cacheReport();
  } catch {
    return undefined;
  }
}

/** Child: POOL_RENDERS renders with POOL_THREADS threads kept busy (2 in flight per thread); renders/s and CPU per render over all threads. */
async function poolChild(name) {
  const { fonts, card } = await cardSet();
  let render;
  let close = async () => {};
  if (name === 'ogsmith') {
    const { RenderPool } = await import('../dist/index.js');
    const pool = new RenderPool({ threads: POOL_THREADS, fonts, isolation: POOL_ISOLATION });
    render = (element) => pool.render(element, { width: 1200, height: 630 });
    close = () => pool.close();
  } else {
    // takumi's async renderer runs on libuv's thread pool, sized to POOL_THREADS by the parent (UV_THREADPOOL_SIZE).
    render = await engine(name, fonts);
  }
  const lanes = POOL_THREADS * 2;
  // Warm-up at full load too: each render thread is its own V8 isolate that compiles the engine for itself (its CPU falls by
  // about a fifth over its first hundred renders), so a pool measured from cold charges JIT warm-up to throughput.
  let warmed = 0;
  await Promise.all(Array.from({ length: lanes }, async () => {
    while (warmed < POOL_WARMUP) await render(card(100_000 + warmed++));
  }));
  let next = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const lane = async () => {
    while (next < POOL_RENDERS) await render(card(next++));
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  // The whole process tree: render processes too when ogsmith's pool runs them (their CPU is then not in `cpu`).
  const { processStatsSync } = await import('../dist/bench/process-stats.js');
  const rss = processStatsSync(process.pid).rssBytes;
  await close();
  return { engine: name, threads: POOL_THREADS, renders: POOL_RENDERS, seconds, rendersPerSecond: POOL_RENDERS / seconds, cpuMsPerRender: (cpu.user + cpu.system) / 1000 / POOL_RENDERS, rss, peakRss: process.resourceUsage().maxRSS * 1024 };
}

/** Runs a child mode of this script in a fresh node process; its last stdout line is the JSON result. */
function child(mode, name, env = {}) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [self, mode, name], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    const timer = setTimeout(() => proc.kill('SIGKILL'), CHILD_DEADLINE_MS);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop();
      if (code === 0 && last) resolve(JSON.parse(last));
      else reject(new Error(`${mode} ${name} ended with ${signal ?? code}`));
    });
  });
}

/** Memory rows then pool rows per engine, children run one at a time, engines alternating (A B B A) over `rounds`. */
export async function runMemoryPeers({ engines = ['ogsmith', 'takumi'], rounds = 1, pool = true } = {}) {
  const memory = [];
  const throughput = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? engines : [...engines].reverse();
    for (const name of order) memory.push(await child('--memory', name));
    if (!pool) continue;
    for (const name of order) throughput.push(await child('--pool', name, { UV_THREADPOOL_SIZE: String(POOL_THREADS) }));
  }
  return { memory, throughput, load: loadavg()[0] };
}

/** Console tables of runMemoryPeers' rows. */
export function printMemoryPeers({ memory, throughput, load }) {
  console.log(`Memory: ${RENDERS} mixed 1200×630 PNG renders per engine, each engine in a fresh process; load ${load.toFixed(1)}; node ${process.version}`);
  console.table(memory.map((r) => ({ engine: r.engine, renders: r.renders, 'RSS MB': mb(r.rss), 'peak RSS MB': mb(r.peakRss), 'heap MB': mb(r.heapUsed), 'heap total MB': mb(r.heapTotal), 'new space MB': mb(r.newSpace ?? 0), 'external MB': mb(r.external), 'RSS at quarters MB': r.checkpoints.map((c) => mb(c.rss)).join(' → '), s: +r.seconds.toFixed(1), 'CPU ms/render': +(r.cpuMsPerRender ?? 0).toFixed(1) })));
  const caches = memory.find((r) => r.caches)?.caches;
  if (caches) console.table(caches.map((c) => ({ cache: c.name, entries: c.entries, KB: Math.round(c.bytes / 1024), 'budget KB': Math.round(c.maxBytes / 1024) })));
  if (throughput.length === 0) return;
  console.log(`Pool throughput at full load: ${POOL_THREADS} threads, ${POOL_THREADS * 2} renders in flight, ${POOL_RENDERS} timed renders after ${POOL_WARMUP} untimed (ogsmith RenderPool, isolation ${POOL_ISOLATION}; takumi's async renderer with UV_THREADPOOL_SIZE=${POOL_THREADS}); load ${load.toFixed(1)}`);
  console.table(throughput.map((r) => ({ engine: r.engine, 'renders/s': +r.rendersPerSecond.toFixed(1), 'CPU ms/render': +r.cpuMsPerRender.toFixed(1), 'RSS after MB': mb(r.rss), 'peak RSS MB': mb(r.peakRss), s: +r.seconds.toFixed(1) })));
}

const [mode, name] = process.argv.slice(2);
if (mode === '--memory') console.log(JSON.stringify(await memoryChild(name)));
else if (mode === '--pool') console.log(JSON.stringify(await poolChild(name)));
else if (process.argv[1] === self) {
  const engines = (process.env.BENCH_ENGINES ?? 'ogsmith,takumi').split(',').filter((e) => e === 'ogsmith' || e === 'takumi');
  printMemoryPeers(await runMemoryPeers({ engines, rounds: Number(process.env.BENCH_MEMORY_ROUNDS ?? 1), pool: process.env.BENCH_POOL !== '0' }));
}
