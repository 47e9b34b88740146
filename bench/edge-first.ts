// Edge benchmark of the first request after a worker starts: builds of ogsmith (and takumi-wasm) in fresh workerd processes, interleaved, with start-up CPU beside the first request's; --node runs the same bundle in fresh Node processes.
// Run: npm run build && npx tsx bench/edge-first.ts [starts per build] [--takumi] [--hint] [--node] [--profile=out.cpuprofile]  (EDGE_FIRST_DISTS=/other/dist,dist compares builds; BENCH_CARD=gradient; BENCH_ENTRY=./edge/other-worker.ts; NODE_FLAGS='--no-opt' for --node; --profile writes the last build's first request (takumi-wasm's with --takumi) as a CPU profile from workerd's inspector, unminified)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Plugin } from 'esbuild';
import { Miniflare } from 'miniflare';
import { bundleEdge } from '../test/edge/bundle-edge.js';
import { bundleWorker, type WorkerModule } from './edge/bundles.js';
import { edgeBenchCards } from './edge/cards.mjs';
import { freePort, IsolateInspector } from './edge/isolate-heap.js';
import { cpuBetween, cpuByThread, workerdPids } from './edge/workerd-process.js';

const args = process.argv.slice(2);
const STARTS = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const NODE = args.includes('--node');
/** Also each ogsmith build with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`: every function compiled eagerly when the module is). */
const HINT = args.includes('--hint');
const PROFILE = args.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
const CARD = process.env.BENCH_CARD ?? 'gradient';
const root = new URL('../', import.meta.url).pathname;
const dists = (process.env.EDGE_FIRST_DISTS ?? 'dist').split(',').map((d) => resolve(root, d));
const cards = edgeBenchCards();

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const loadAverage = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** `ogsmith` resolved to one dist's workerd entry, and `bench:cards` as JSON. */
const benchPlugin = (dist: string): Plugin => ({
  name: 'edge-first',
  setup(b) {
    b.onResolve({ filter: /^ogsmith$/ }, () => ({ path: join(dist, 'edge', 'entries', 'workerd.js') }));
    b.onResolve({ filter: /^bench:cards$/ }, () => ({ path: 'cards', namespace: 'bench-cards' }));
    b.onLoad({ filter: /.*/, namespace: 'bench-cards' }, () => ({ contents: JSON.stringify(cards), loader: 'json' }));
  },
});

interface Build {
  readonly name: string;
  readonly modules: readonly WorkerModule[];
  /** The same worker as one script with its wasm inlined (for --node). */
  readonly script: string;
}

async function ogsmithBuild(dist: string): Promise<Build> {
  const entry = new URL(process.env.BENCH_ENTRY ?? './edge/worker.ts', import.meta.url).pathname;
  const plugins = [benchPlugin(dist)];
  const bundled = await bundleEdge(entry, { plugins, minify: PROFILE === undefined });
  const inline = await bundleEdge(entry, { plugins, inlineWasm: true });
  const wasm = bundled.wasm.map((w) => ({ type: 'CompiledWasm' as const, path: `/${w.name}`, contents: readFileSync(w.source) }));
  return { name: dists.length > 1 ? dist.replace(root, '') : 'ogsmith', modules: [{ type: 'ESModule', path: '/worker.js', contents: bundled.code }, ...wasm], script: inline.code };
}

interface Sample {
  /** Wall ms from `new Miniflare` to ready. */
  readonly readyWall: number;
  /** CPU ms of starting (workerd and module evaluation): every thread, and the JS thread. */
  readonly startAll: number;
  readonly startJs: number;
  readonly firstJs: number;
  readonly firstAll: number;
  readonly firstWall: number;
  readonly secondJs: number;
}

/** The JS thread: the one named workerd (isolate code runs there). */
function jsThreadCpu(pids: readonly number[]): number {
  let ns = 0;
  for (const pid of pids) ns += Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
  return ns / 1e6;
}

async function workerdSample(build: Build): Promise<Sample> {
  const t0 = performance.now();
  const mf = new Miniflare({ modules: build.modules.map((m) => ({ ...m })) as never, modulesRoot: '/', compatibilityDate: '2025-01-01' });
  try {
    await mf.ready;
    const readyWall = performance.now() - t0;
    const pids = workerdPids();
    const started = cpuByThread(pids);
    const startAll = [...started.values()].reduce((a, b) => a + b, 0) / 1e6;
    const startJs = jsThreadCpu(pids);
    const request = async (): Promise<{ js: number; all: number; wall: number }> => {
      const before = cpuByThread(pids);
      const js0 = jsThreadCpu(pids);
      const w0 = performance.now();
      const response = await mf.dispatchFetch(`http://127.0.0.1/${CARD}`);
      const body = await response.arrayBuffer();
      const wall = performance.now() - w0;
      if (response.status !== 200) throw new Error(`${build.name}: ${response.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
      return { js: jsThreadCpu(pids) - js0, all: cpuBetween(before, cpuByThread(pids)).all, wall };
    };
    const first = await request();
    const second = await request();
    return { readyWall, startAll, startJs, firstJs: first.js, firstAll: first.all, firstWall: first.wall, secondJs: second.js };
  } finally {
    await mf.dispose();
  }
}

/** A fresh Node process importing the inlined bundle and calling its fetch twice; main-thread CPU from /proc/self/task. */
function nodeSample(build: Build, dir: string): Sample {
  const file = join(dir, `${build.name.replace(/\W/g, '_')}.mjs`);
  writeFileSync(file, build.script);
  const runner = join(dir, 'run.mjs');
  writeFileSync(runner, `
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
const js = () => Number(readFileSync('/proc/self/task/' + process.pid + '/schedstat', 'utf8').split(' ')[0]) / 1e6;
const all = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const j0 = js(), a0 = all(), w0 = performance.now();
const worker = (await import(process.argv[2])).default;
const j1 = js(), a1 = all(), w1 = performance.now();
const first = await worker.fetch(new Request('http://127.0.0.1/${CARD}'));
await first.arrayBuffer();
const j2 = js(), a2 = all(), w2 = performance.now();
await (await worker.fetch(new Request('http://127.0.0.1/${CARD}'))).arrayBuffer();
const j3 = js();
if (first.status !== 200) throw new Error('status ' + first.status);
console.log(JSON.stringify({ readyWall: w1 - w0, startAll: a1 - a0, startJs: j1 - j0, firstJs: j2 - j1, firstAll: a2 - a1, firstWall: w2 - w1, secondJs: j3 - j2 }));
`);
  const flags = (process.env.NODE_FLAGS ?? '').split(' ').filter(Boolean);
  return JSON.parse(execFileSync(process.execPath, [...flags, runner, file], { encoding: 'utf8' }).trim().split('\n').pop()!) as Sample;
}

/** The first request's CPU profile in a fresh workerd (sampled every 100 µs by the isolate's inspector). */
async function profileFirst(build: Build, out: string): Promise<void> {
  const inspectorPort = await freePort();
  const mf = new Miniflare({ modules: build.modules.map((m) => ({ ...m })) as never, modulesRoot: '/', compatibilityDate: '2025-01-01', inspectorPort, name: 'first' });
  try {
    await mf.ready;
    const inspector = await IsolateInspector.connect(inspectorPort, 'first');
    try {
      await inspector.send('Profiler.enable');
      await inspector.send('Profiler.setSamplingInterval', { interval: 100 });
      await inspector.send('Profiler.start');
      const response = await mf.dispatchFetch(`http://127.0.0.1/${CARD}`);
      await response.arrayBuffer();
      const { profile } = (await inspector.send('Profiler.stop', {}, 30)) as { profile: unknown };
      writeFileSync(out, JSON.stringify(profile));
      writeFileSync(`${out}.worker.js`, (build.modules[0] as Extract<WorkerModule, { type: 'ESModule' }>).contents);
      console.log(`${build.name}: first request (${response.status}) profiled to ${out} (the bundle beside it: ${out}.worker.js)`);
    } finally {
      inspector.close();
    }
  } finally {
    await mf.dispose();
  }
}

const builds: Build[] = [];
for (const dist of dists) {
  const build = await ogsmithBuild(dist);
  builds.push(build);
  if (HINT) {
    const hinted = (code: string): string => `//# allFunctionsCalledOnLoad\n${code}`;
    const [main, ...rest] = build.modules as [Extract<WorkerModule, { type: 'ESModule' }>, ...WorkerModule[]];
    builds.push({ name: `${build.name} (compile hint)`, modules: [{ ...main, contents: hinted(main.contents) }, ...rest], script: hinted(build.script) });
  }
}
if (args.includes('--takumi')) {
  const takumi = await bundleWorker('takumi-wasm', cards);
  builds.push({ name: 'takumi-wasm', modules: takumi.modules, script: '' });
}
if (PROFILE) {
  await profileFirst(builds.at(-1)!, PROFILE);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'edge-first-'));
const samples = new Map<string, Sample[]>(builds.map((b) => [b.name, []]));
const loadBefore = loadAverage();
try {
  for (let round = 0; round < STARTS; round++) {
    const order = [...builds];
    for (let i = 0; i < round % order.length; i++) order.push(order.shift()!);
    for (const build of order) {
      if (NODE && !build.script) continue;
      samples.get(build.name)!.push(NODE ? nodeSample(build, dir) : await workerdSample(build));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const where = NODE ? `fresh Node processes (${process.version}${process.env.NODE_FLAGS ? `, ${process.env.NODE_FLAGS}` : ''}): "start" is importing the bundle` : 'fresh workerd processes (miniflare): "start" is workerd up to ready (module evaluation, wasm compiled)';
console.log(`First request (${CARD} card) in ${where}; median [min–max] of ${STARTS} starts per build, builds rotated; JS = the isolate's thread; load ${loadBefore} → ${loadAverage()}`);
const cell = (xs: readonly number[]): string => `${median(xs).toFixed(1)} [${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]`;
console.table(
  builds.filter((b) => samples.get(b.name)!.length > 0).map((b) => {
    const s = samples.get(b.name)!;
    const of = (key: keyof Sample) => cell(s.map((x) => x[key]));
    return { build: b.name, 'ready wall': of('readyWall'), 'start CPU all': of('startAll'), 'start CPU JS': of('startJs'), 'first CPU JS': of('firstJs'), 'first CPU all': of('firstAll'), 'first wall': of('firstWall'), 'second CPU JS': of('secondJs') };
  }),
);
