// Edge A/B inside one workerd (miniflare): builds' ogsmith worker bundles timed card by card, alternating, and a CPU profile of one bundle from workerd's inspector.
// `npx tsx bench/edge-ab.ts save NAME` bundles the current dist as /tmp/ogsmith-edge-ab/NAME.json (EDGE_NO_MINIFY=1: readable names for profiles);
// `npx tsx bench/edge-ab.ts run A B [rounds=10]` times both saved bundles (CARDS=a,b to choose cards): busiest workerd thread's CPU per request, medians, and B/A;
// `npx tsx bench/edge-ab.ts profile NAME CARD [requests=200] [out=/tmp/ogsmith-edge-ab/NAME-CARD.cpuprofile]` writes a .cpuprofile of the worker (open it in Chrome's DevTools).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Miniflare, type WorkerOptions } from 'miniflare';
import { bundleWorker } from './edge/bundles.js';
import { edgeBenchCards } from './edge/cards.mjs';
import { IsolateInspector, freePort } from './edge/isolate-heap.js';
import { cpuBetween, cpuByThread, workerdPids } from './edge/workerd-process.js';

const DIR = '/tmp/ogsmith-edge-ab';
/** Requests per card and build in a row, in each round (rounds alternate which build goes first). */
const REPEATS = 3;
const WARM_REQUESTS = 5;

interface SavedModule {
  readonly type: string;
  readonly path: string;
  readonly contents: string;
}
interface Fetcher {
  fetch(url: string): Promise<{ status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const loadAverage = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

function savedWorker(name: string): WorkerOptions {
  const saved = JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8')) as SavedModule[];
  const modules = saved.map((m) => ({ type: m.type, path: m.path, contents: m.type === 'ESModule' ? Buffer.from(m.contents, 'base64').toString('utf8') : new Uint8Array(Buffer.from(m.contents, 'base64')) }));
  return { name, modules, modulesRoot: '/', compatibilityDate: '2025-01-01' } as WorkerOptions;
}

/** One request; a non-200 answer stops the run. */
async function request(worker: Fetcher, card: string): Promise<number> {
  const response = await worker.fetch(`http://127.0.0.1/${card}`);
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`/${card}: ${response.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
  return body.byteLength;
}

async function save(name: string): Promise<void> {
  const bundle = await bundleWorker('ogsmith', edgeBenchCards());
  const modules = bundle.modules.map((m) => ({ type: m.type, path: m.path, contents: Buffer.from(m.contents as Uint8Array | string).toString('base64') }));
  writeFileSync(`${DIR}/${name}.json`, JSON.stringify(modules));
  console.log(`saved ${DIR}/${name}.json`);
}

/**
 * Times both bundles, half the rounds in a workerd that defines A first and half in one that defines
 * B first: the worker defined first ran 3–10% faster in one workerd whichever build it was.
 */
async function run(names: readonly string[], rounds: number): Promise<void> {
  const cards = process.env.CARDS?.split(',') ?? Object.keys(edgeBenchCards());
  const samples = new Map<string, number[]>();
  const bytes = new Map<string, number>();
  for (const defined of [names, [...names].reverse()]) {
    const mf = new Miniflare({ workers: defined.map(savedWorker) });
    try {
      await mf.ready;
      const workers = await Promise.all(defined.map(async (n) => (await mf.getWorker(n)) as unknown as Fetcher));
      const pids = workerdPids();
      for (let i = 0; i < WARM_REQUESTS; i++) for (const card of cards) for (const worker of workers) await request(worker, card);
      for (let round = 0; round < Math.ceil(rounds / 2); round++) {
        for (const card of cards) {
          const order = round % 2 === 0 ? [0, 1] : [1, 0];
          for (const i of order) {
            for (let k = 0; k < REPEATS; k++) {
              const before = cpuByThread(pids);
              const size = await request(workers[i]!, card);
              const key = `${card} ${defined[i]}`;
              samples.set(key, [...(samples.get(key) ?? []), cpuBetween(before, cpuByThread(pids)).busiest]);
              bytes.set(key, size);
            }
          }
        }
      }
    } finally {
      await mf.dispose();
    }
  }
  console.log(`CPU ms per request (busiest workerd thread), median of ${2 * Math.ceil(rounds / 2) * REPEATS}, half with each build defined first; load ${loadAverage()}`);
  const rows = cards.map((card) => {
    const [a, b] = names.map((n) => median(samples.get(`${card} ${n}`) ?? []));
    return { card, ...Object.fromEntries(names.map((n, i) => [n, `${[a, b][i]!.toFixed(2)} ms, ${bytes.get(`${card} ${n}`)} B`])), 'B/A': (b! / a!).toFixed(3) };
  });
  console.table(rows);
}

async function profile(name: string, card: string, requests: number, out: string): Promise<void> {
  const inspectorPort = await freePort();
  const mf = new Miniflare({ ...savedWorker(name), inspectorPort } as WorkerOptions);
  try {
    await mf.ready;
    const worker = (await mf.getWorker(name)) as unknown as Fetcher;
    for (let i = 0; i < 20; i++) await request(worker, card);
    const inspector = await IsolateInspector.connect(inspectorPort, name);
    try {
      await inspector.send('Profiler.enable');
      await inspector.send('Profiler.setSamplingInterval', { interval: 100 });
      await inspector.send('Profiler.start');
      for (let i = 0; i < requests; i++) await request(worker, card);
      const { profile: recorded } = (await inspector.send('Profiler.stop', {}, 60)) as { profile: unknown };
      writeFileSync(out, JSON.stringify(recorded));
      console.log(`wrote ${out} (${requests} requests of ${card})`);
    } finally {
      inspector.close();
    }
  } finally {
    await mf.dispose();
  }
}

mkdirSync(DIR, { recursive: true });
const [command, ...args] = process.argv.slice(2);
if (command === 'save' && args[0]) await save(args[0]);
else if (command === 'run' && args[0] && args[1]) await run([args[0], args[1]], Number(args[2] ?? 10));
else if (command === 'profile' && args[0] && args[1]) await profile(args[0], args[1], Number(args[2] ?? 200), args[3] ?? `${DIR}/${args[0]}-${args[1]}.cpuprofile`);
else {
  console.error('usage: bench/edge-ab.ts save NAME | run A B [rounds] | profile NAME CARD [requests] [out]');
  process.exitCode = 2;
}
