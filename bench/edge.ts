// Edge benchmark: ogsmith, @takumi-rs/wasm and @vercel/og 0.11.1's edge build (1.0.3 and satori 0.63 are tried and their failure shown) as workers of one local workerd (miniflare), interleaved: CPU and wall per warm render, first request, bundle gzip split, peak memory.
// Run: npm run bench -- --edge [rounds]  (or npm run bench:edge; Linux: reads /proc). BENCH_EDGE_SECONDS bounds the warm phase (default 300).
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Miniflare, type WorkerOptions } from 'miniflare';
import { bundleWorker, type EngineName, type WorkerBundle } from './edge/bundles.js';
import { edgeBenchCards } from './edge/cards.mjs';
import { freePort, IsolateInspector } from './edge/isolate-heap.js';
import { cpuBetween, cpuByThread, residentBytes, workerdPids } from './edge/workerd-process.js';

const ROUNDS = Number(process.argv[2] ?? process.env.BENCH_EDGE_ROUNDS ?? 20);
const WARMUP = Number(process.env.BENCH_EDGE_WARMUP ?? 5);
const COLD_STARTS = Number(process.env.BENCH_EDGE_COLD ?? 3);
const DEADLINE_MS = Number(process.env.BENCH_EDGE_SECONDS ?? 300) * 1000;
const ENGINES: readonly EngineName[] = ['ogsmith', 'takumi-wasm', 'vercel-og'];
/** Bundled and started, but not timed when its first request fails (1.0.3 compiles wasm at run time, which workerd refuses). */
const TRIED: readonly EngineName[] = ['vercel-og-1.0.3', 'satori-0.63-resvg'];

const cards = edgeBenchCards();
const CARDS = Object.keys(cards);

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)]!;
};
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
const kib = (bytes: number): string => (bytes / 1024).toFixed(0);
const loadAverage = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

function workerOptions(bundle: WorkerBundle): WorkerOptions {
  return { name: bundle.name, modules: bundle.modules.map((m) => ({ ...m })) as WorkerOptions['modules'], modulesRoot: '/', compatibilityDate: '2025-01-01' };
}

/** A worker's fetch, as miniflare's getWorker() gives it (its declared type is not the one it returns). */
interface Fetcher {
  fetch(url: string): Promise<{ status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
}

/** The threads that used the most CPU between two readings: pid/tid (name) ms, for a stalled request's error. */
function busiestThreads(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): string {
  const name = (thread: string): string => {
    try {
      const [pid, tid] = thread.split('/');
      return readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
    } catch {
      return '?';
    }
  };
  return [...after].map(([thread, ns]) => [thread, (ns - (before.get(thread) ?? 0)) / 1e6] as const).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([thread, ms]) => `${thread} (${name(thread)}) ${ms.toFixed(0)}`).join(', ');
}

/** A request that takes longer than this stops the benchmark with an error naming it (a stalled request otherwise stopped the whole run only at the outer timeout). */
const REQUEST_LIMIT_MS = Number(process.env.BENCH_EDGE_REQUEST_LIMIT_MS ?? 30_000);

/**
 * The answer's status and body, or an error once REQUEST_LIMIT_MS has passed. The error says how much CPU workerd's threads
 * used while it waited: near the wait itself means a request that loops, near nothing one that waits for something that never comes.
 */
async function fetchWithin(worker: Fetcher, url: string, label: string, pids: readonly number[]): Promise<{ status: number; body: Uint8Array }> {
  let timer: NodeJS.Timeout | undefined;
  const cpuAtStart = cpuByThread(pids);
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const spent = cpuBetween(cpuAtStart, cpuByThread(pids));
      reject(new Error(`${label} ${url}: no answer within ${REQUEST_LIMIT_MS} ms (BENCH_EDGE_REQUEST_LIMIT_MS); workerd used ${spent.all.toFixed(0)} ms of CPU meanwhile (busiest thread ${spent.busiest.toFixed(0)} ms; by thread: ${busiestThreads(cpuAtStart, cpuByThread(pids))}; workerd processes now ${workerdPids().join(', ')}, timed ${pids.join(', ')})`));
    }, REQUEST_LIMIT_MS);
  });
  const answer = (async () => {
    const response = await worker.fetch(url);
    return { status: response.status, body: new Uint8Array(await response.arrayBuffer()) };
  })();
  try {
    return await Promise.race([answer, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** One request timed: wall in ms and workerd CPU in ms (all threads, and the busiest one); a non-200 answer or a stalled request stops the benchmark. */
async function timed(worker: Fetcher, pids: readonly number[], path: string, label: string): Promise<{ wall: number; cpu: number; thread: number; bytes: number }> {
  const cpu0 = cpuByThread(pids);
  const t0 = performance.now();
  const { status, body } = await fetchWithin(worker, `http://127.0.0.1/${path}`, label, pids);
  const wall = performance.now() - t0;
  const cpu = cpuBetween(cpu0, cpuByThread(pids));
  if (status !== 200) throw new Error(`${label} /${path}: ${status} ${new TextDecoder().decode(body).slice(0, 500)}`);
  return { wall, cpu: cpu.all, thread: cpu.busiest, bytes: body.length };
}

interface ColdStart {
  readonly firstWall: number;
  readonly firstCpu: number;
  readonly firstThread: number;
  readonly startMs: number;
  /** CPU ms of starting (workerd up to ready: module evaluation, and ogsmith's warm-up render): the isolate's thread, and every thread. */
  readonly startThread: number;
  readonly startCpu: number;
  readonly peak: number;
  /** The largest isolate heap seen after a request (inspector), V8 heap and backing stores. */
  readonly heapUsed: number;
  readonly heapTotal: number;
  readonly backing: number;
}

/**
 * A fresh workerd with one worker: its first request, then every card twice; the process's peak resident memory, and
 * the isolate's heap after each of those requests (the inspector connects after the first request, which it does not slow).
 */
async function coldStart(bundle: WorkerBundle): Promise<ColdStart> {
  const started = performance.now();
  const inspectorPort = await freePort();
  const mf = new Miniflare({ ...workerOptions(bundle), inspectorPort });
  try {
    await mf.ready;
    const worker = (await mf.getWorker(bundle.name)) as unknown as Fetcher;
    const startMs = performance.now() - started;
    const pids = workerdPids();
    const started0 = cpuByThread(pids);
    const startCpu = [...started0.values()].reduce((sum, ns) => sum + ns, 0) / 1e6;
    const startThread = pids.reduce((sum, pid) => sum + (started0.get(`${pid}/${pid}`) ?? 0), 0) / 1e6;
    const first = await timed(worker, pids, bundle.name === 'noop' ? '' : 'gradient', bundle.name);
    const inspector = await IsolateInspector.connect(inspectorPort, bundle.name);
    let heap = await inspector.usage();
    let heapTotal = heap.total;
    let backing = heap.backing;
    try {
      for (let i = 0; i < (bundle.name === 'noop' ? 0 : 2); i++) {
        for (const card of CARDS) {
          await timed(worker, pids, card, bundle.name);
          const now = await inspector.usage();
          if (now.used + now.backing > heap.used + heap.backing) heap = now;
          heapTotal = Math.max(heapTotal, now.total);
          backing = Math.max(backing, now.backing);
        }
      }
    } finally {
      inspector.close();
    }
    return { firstWall: first.wall, firstCpu: first.cpu, firstThread: first.thread, startMs, startThread, startCpu, peak: residentBytes(pids).peak, heapUsed: heap.used, heapTotal, backing };
  } finally {
    await mf.dispose();
  }
}

const t0 = performance.now();
const bundles = new Map<EngineName | 'noop', WorkerBundle>();
for (const name of [...ENGINES, ...TRIED, 'noop'] as const) bundles.set(name, await bundleWorker(name, cards));

// 1. Bundle sizes (gzip level 9 per module, as the platforms count them).
console.log(`## Edge benchmark — ${new Date().toISOString()}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, Node ${process.version}, load ${loadAverage()}\n`);
console.log('### Bundle (gzip -9 per module)\n');
console.log('| engine | total | split |\n|---|---:|---|');
for (const name of [...ENGINES, ...TRIED]) {
  const sizes = bundles.get(name)!.sizes;
  const total = sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
  console.log(`| ${name} | ${kib(total)} KiB | ${sizes.map((s) => `${s.part} ${kib(s.gzipBytes)} KiB`).join(', ')} |`);
}

// 2. First requests and peak memory: a fresh workerd per engine, rotated, COLD_STARTS times; the noop worker's process is the memory baseline.
const cold = new Map<string, ColdStart[]>();
for (let round = 0; round < COLD_STARTS; round++) {
  const order = [...ENGINES, 'noop' as const];
  for (let i = 0; i < round % order.length; i++) order.push(order.shift()!);
  for (const name of order) {
    const result = await coldStart(bundles.get(name)!);
    cold.set(name, [...(cold.get(name) ?? []), result]);
  }
}
const failures = new Map<EngineName, string>();
for (const name of TRIED) {
  try {
    cold.set(name, [await coldStart(bundles.get(name)!)]);
  } catch (error) {
    failures.set(name, String(error instanceof Error ? error.message : error).split('\n')[0]!.slice(0, 300));
  }
}
const baselinePeak = median(cold.get('noop')!.map((r) => r.peak));
console.log(`\n### First request after the worker starts (median of ${COLD_STARTS} fresh workerd processes) and peak memory\n`);
console.log(`Peak memory: workerd's peak resident set (VmHWM) after the first request and every card twice, minus a workerd running only a no-op worker (${mb(baselinePeak)} MiB). Isolate heap: the inspector's Runtime.getHeapUsage after each of those requests, the largest: V8 heap used / reserved, and ArrayBuffer backing stores outside it (wasm linear memories are not among them: the RSS figure holds those). Start CPU: workerd's threads up to ready, before the first request (module evaluation; ogsmith's includes its warm-up render); a workerd with only the no-op worker takes ${median(cold.get('noop')!.map((r) => r.startThread)).toFixed(0)} / ${median(cold.get('noop')!.map((r) => r.startCpu)).toFixed(0)} ms.\n`);
console.log('| engine | workerd ready (ms) | start CPU thread / all (ms) | first request wall (ms) | first request CPU thread / all (ms) | peak RSS over baseline (MiB) | isolate V8 heap used / reserved (MiB) | ArrayBuffers (MiB) |\n|---|---:|---:|---:|---:|---:|---:|---:|');
// The no-op worker's row is the floor of a first request: workerd's and miniflare's own cold path.
for (const name of [...ENGINES, ...TRIED, 'noop' as const]) {
  const runs = cold.get(name);
  if (!runs) {
    console.log(`| ${name} | — | — | fails: ${failures.get(name as EngineName)?.replace(/\|/g, '/')} | — | — | — | — |`);
    continue;
  }
  console.log(`| ${name} | ${median(runs.map((r) => r.startMs)).toFixed(0)} | ${median(runs.map((r) => r.startThread)).toFixed(0)} / ${median(runs.map((r) => r.startCpu)).toFixed(0)} | ${median(runs.map((r) => r.firstWall)).toFixed(0)} | ${median(runs.map((r) => r.firstThread)).toFixed(0)} / ${median(runs.map((r) => r.firstCpu)).toFixed(0)} | ${mb(median(runs.map((r) => r.peak)) - baselinePeak)} | ${mb(median(runs.map((r) => r.heapUsed)))} / ${mb(median(runs.map((r) => r.heapTotal)))} | ${mb(median(runs.map((r) => r.backing)))} |`);
}

// 3. Warm renders: every engine a worker of ONE workerd, requests interleaved (engine order rotated per card and round).
const mf = new Miniflare({ workers: [...ENGINES, 'noop' as const].map((name) => workerOptions(bundles.get(name)!)) });
const samples = new Map<string, { wall: number[]; cpu: number[]; thread: number[]; bytes: number }>();
const record = (key: string, sample: Awaited<ReturnType<typeof timed>>): void => {
  const seen = samples.get(key) ?? { wall: [], cpu: [], thread: [], bytes: sample.bytes };
  seen.wall.push(sample.wall);
  seen.cpu.push(sample.cpu);
  seen.thread.push(sample.thread);
  samples.set(key, seen);
};
let rounds = 0;
try {
  await mf.ready;
  const pids = workerdPids();
  const workers = new Map<string, Fetcher>();
  for (const name of [...ENGINES, 'noop']) workers.set(name, (await mf.getWorker(name)) as unknown as Fetcher);
  const warmStart = performance.now();
  for (let round = 0; round < WARMUP + ROUNDS && performance.now() - warmStart < DEADLINE_MS; round++) {
    for (const [c, card] of CARDS.entries()) {
      const order = [...ENGINES];
      for (let i = 0; i < (round + c) % order.length; i++) order.push(order.shift()!);
      for (const engine of order) {
        const sample = await timed(workers.get(engine)!, pids, card, engine);
        if (round < WARMUP) continue;
        const key = `${engine}|${card}`;
        record(key, sample);
      }
      const floor = await timed(workers.get('noop')!, pids, '', 'noop');
      if (round >= WARMUP) {
        record('noop|', floor);
      }
    }
    if (round >= WARMUP) rounds++;
  }
} finally {
  await mf.dispose();
}

const floor = samples.get('noop|');
const floorCpu = floor ? median(floor.cpu) : 0;
const floorThread = floor ? median(floor.thread) : 0;
console.log(`\n### Warm renders in one workerd (${rounds} interleaved rounds after ${WARMUP} warm-up; load ${loadAverage()})\n`);
console.log(`CPU per render: workerd's CPU time during the request (/proc/<pid>/task/*/schedstat, ns), median, minus a no-op request's median. "thread" is the thread that did most of the request (the isolate's: what a Workers CPU limit counts; no-op ${floorThread.toFixed(2)} ms); "all" adds every workerd thread (V8's background compiler and GC too; no-op ${floorCpu.toFixed(2)} ms). Wall: the request as miniflare's client sees it (no-op ${floor ? median(floor.wall).toFixed(2) : '?'} ms).\n`);
console.log(`| card | ${ENGINES.map((e) => `${e} CPU thread / all (ms)`).join(' | ')} | ${ENGINES.map((e) => `${e} wall p50 (ms)`).join(' | ')} | CPU ogsmith/takumi | CPU ogsmith/vercel-og | wall ogsmith/takumi | wall ogsmith/vercel-og | PNG KiB (${ENGINES.join(' / ')}) |`);
console.log(`|---|${ENGINES.map(() => '---:').join('|')}|${ENGINES.map(() => '---:').join('|')}|---:|---:|---:|---:|---|`);
for (const card of CARDS) {
  const of = (engine: EngineName) => samples.get(`${engine}|${card}`);
  const thread = (engine: EngineName) => Math.max(0, median(of(engine)?.thread ?? []) - floorThread);
  const all = (engine: EngineName) => Math.max(0, median(of(engine)?.cpu ?? []) - floorCpu);
  const wall = (engine: EngineName) => median(of(engine)?.wall ?? []);
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const [o, t, v] = ENGINES as [EngineName, EngineName, EngineName];
  console.log(`| ${card} | ${ENGINES.map((e) => `${thread(e).toFixed(1)} / ${all(e).toFixed(1)}`).join(' | ')} | ${ENGINES.map((e) => wall(e).toFixed(1)).join(' | ')} | ${ratio(thread(o), thread(t))} | ${ratio(thread(o), thread(v))} | ${ratio(wall(o), wall(t))} | ${ratio(wall(o), wall(v))} | ${ENGINES.map((e) => kib(of(e)?.bytes ?? 0)).join(' / ')} |`);
}
console.log(`\nTotal ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
