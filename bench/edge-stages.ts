// Edge benchmark by stage: CPU of each pipeline stage per card in a local workerd (--split), and of the first request's stages in fresh workers (--first); bench/edge.ts compares whole renders with the peers.
// Run: npm run build && npx tsx bench/edge-stages.ts [requests per card | fresh workers] --split | --first  (Linux: reads /proc/<pid>/task/*/schedstat; BENCH_CARDS=blog,quote picks cards; peer-gradient, peer-tags… are bench/edge.ts's cards)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Miniflare } from 'miniflare';
import { bundleEdge } from '../test/edge/bundle-edge.js';
import { avatarDataUrl } from './edge/avatar.js';
import { EMOJI_FILES } from './edge/cards.js';
import { edgeBenchCards as peerBenchCards } from './edge/cards.mjs';

const args = process.argv.slice(2);
const REQUESTS = Number(args.find((a) => /^\d+$/.test(a)) ?? 20);
const SPLIT = args.includes('--split');
const WARMUP = 3;
const CARDS = (process.env.BENCH_CARDS?.split(',') ?? ['gradient', 'blog', 'product', 'docs', 'quote', 'release', 'avatar', 'emoji']);

/** The workerd processes miniflare started (children of this process). */
function workerdPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)]).toString();
  return out.split('\n').map((line) => line.trim().split(/\s+/)).filter(([, comm]) => comm?.startsWith('workerd')).map(([pid]) => Number(pid));
}

/**
 * CPU seconds of the processes' threads so far: the run time in /proc/<pid>/task/<tid>/schedstat
 * (nanoseconds), not /proc/<pid>/stat's 10 ms ticks. `jsThread` counts only the threads named
 * workerd (where requests run JavaScript, what Workers bill as CPU time), not V8's background
 * compiler and garbage collector threads.
 */
function cpuSeconds(pids: readonly number[], jsThread = false): number {
  let nanoseconds = 0;
  for (const pid of pids) {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      if (jsThread && readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').trim() !== 'workerd') continue;
      nanoseconds += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    }
  }
  return nanoseconds / 1e9;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const loadAverage = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** A workerd serving the worker at `entry` (bundled as wrangler does) with the cards' avatar and emoji as bindings. */
async function startWorker(entry: string): Promise<{ mf: Miniflare; pids: number[]; get: (path: string) => Promise<void> }> {
  const bundle = await bundleEdge(new URL(entry, import.meta.url).pathname);
  const mf = new Miniflare({
    modules: [{ type: 'ESModule', path: '/worker.js', contents: bundle.code }, ...bundle.wasm.map((w) => ({ type: 'CompiledWasm' as const, path: `/${w.name}`, contents: readFileSync(w.source) }))],
    modulesRoot: '/',
    compatibilityDate: '2025-01-01',
    bindings: { AVATAR: await avatarDataUrl(), PEER: peerBenchCards(), EMOJI: Object.fromEntries(EMOJI_FILES.map((name) => [name, readFileSync(new URL(`../node_modules/@twemoji/svg/${name}.svg`, import.meta.url), 'utf8')])) },
  });
  await mf.ready;
  const get = async (path: string): Promise<void> => {
    const response = await mf.dispatchFetch(`http://127.0.0.1/${path}`);
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${new TextDecoder().decode(body)}`);
  };
  return { mf, pids: workerdPids(), get };
}

/**
 * CPU per stage: each card runs up to each stage (bench/edge/split-worker.ts) in blocks of
 * requests, the stages interleaved round by round; a stage's figure is its run's CPU less the
 * previous stage's. 'empty' is a request that does nothing (dispatch overhead).
 */
async function perStage(): Promise<void> {
  const stages = ['fonts', 'layout', 'list', 'paint', 'plan', 'png'];
  const { mf, pids, get } = await startWorker('./edge/split-worker.ts');
  const ROUNDS = 4;
  const block = Math.max(1, Math.round(REQUESTS / ROUNDS));
  try {
    const rows = [];
    for (const name of CARDS) {
      for (let i = 0; i < WARMUP; i++) for (const stage of stages) await get(`${name}?upto=${stage}`);
      const spent = new Map<string, number>([['empty', 0], ...stages.map((s) => [s, 0] as const)]);
      for (let round = 0; round < ROUNDS; round++) {
        for (const stage of ['empty', ...stages]) {
          const cpu0 = cpuSeconds(pids, true);
          for (let i = 0; i < block; i++) await get(stage === 'empty' ? 'none' : `${name}?upto=${stage}`).catch(() => undefined);
          spent.set(stage, spent.get(stage)! + (cpuSeconds(pids, true) - cpu0) * 1000);
        }
      }
      const per = (stage: string): number => spent.get(stage)! / (ROUNDS * block);
      const row: Record<string, string> = { card: name, dispatch: per('empty').toFixed(1) };
      let previous = per('empty');
      for (const stage of stages) {
        row[stage] = (per(stage) - previous).toFixed(1);
        previous = per(stage);
      }
      row.total = (per('png') - per('empty')).toFixed(1);
      rows.push(row);
    }
    console.log(`CPU ms of workerd's JS thread per stage (${ROUNDS} rounds of ${block} requests per stage and card, stages interleaved; each figure is the difference to the previous stage); load average ${loadAverage()}`);
    console.table(rows);
  } finally {
    await mf.dispose();
  }
}

/**
 * The first request after start, in fresh workers: CPU of starting the worker (workerd itself and
 * module evaluation), and of first requests that stop after each stage (fonts: HarfBuzz instantiated,
 * Inter decoded and parsed; then layout, display list, paint, PNG plan, whole PNG), so the
 * differences show what a cold stage costs; medians of `rounds` starts per stage.
 */
async function firstRequest(rounds: number): Promise<void> {
  const stages = ['fonts', 'layout', 'list', 'paint', 'plan', 'png'];
  const samples = new Map<string, number[]>([['start', []], ...stages.map((s) => [s, []] as [string, number[]]), ['wall', []]]);
  for (let round = 0; round < rounds; round++) {
    for (const stage of stages) {
      const { mf, pids, get } = await startWorker('./edge/split-worker.ts');
      try {
        samples.get('start')!.push(cpuSeconds(pids) * 1000);
        const cpu0 = cpuSeconds(pids, true);
        const started = performance.now();
        await get(`gradient?upto=${stage}`);
        samples.get(stage)!.push((cpuSeconds(pids, true) - cpu0) * 1000);
        if (stage === 'png') samples.get('wall')!.push(performance.now() - started);
      } finally {
        await mf.dispose();
      }
    }
  }
  const label: Record<string, string> = { start: 'worker start (workerd and module evaluation)', fonts: 'first request up to: fonts (HarfBuzz, Inter)', wall: 'first request wall ms (whole PNG)', png: 'first request up to: whole PNG' };
  console.log(`first request after start (gradient card), CPU ms of workerd's JS thread (the start row: all threads), median of ${rounds} fresh workers per row; each "up to" row is a first request that stops after that stage; load average ${loadAverage()}`);
  console.table([...samples].map(([what, xs]) => ({ what: label[what] ?? `first request up to: ${what}`, median: median(xs).toFixed(1), min: Math.min(...xs).toFixed(1), max: Math.max(...xs).toFixed(1) })));
}

if (SPLIT) await perStage();
else if (args.includes('--first')) await firstRequest(REQUESTS);
else console.log('usage: npx tsx bench/edge-stages.ts [n] --split | --first (whole renders against the peers: npm run bench -- --edge)');
