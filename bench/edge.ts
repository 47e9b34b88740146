// Benchmark: CPU per warm render in a local workerd (miniflare), read from the workerd process's CPU time (/proc), per card; the first request after start; wall times.
// Run: npm run build && npx tsx bench/edge.ts [requests per card]  (Linux: reads /proc/<pid>/stat)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Miniflare } from 'miniflare';
import { bundleEdge } from '../test/edge/bundle-edge.js';

const REQUESTS = Number(process.argv[2] ?? 20);
const WARMUP = 3;
const CARDS = ['gradient', 'blog', 'product', 'docs', 'quote', 'release'];
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** The workerd processes miniflare started (children of this process). */
function workerdPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)]).toString();
  return out.split('\n').map((line) => line.trim().split(/\s+/)).filter(([, comm]) => comm?.startsWith('workerd')).map(([pid]) => Number(pid));
}

/** User + system CPU seconds of the processes so far. */
function cpuSeconds(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const bundle = await bundleEdge(new URL('./edge/worker.ts', import.meta.url).pathname);
const mf = new Miniflare({
  modules: [{ type: 'ESModule', path: '/worker.js', contents: bundle.code }, ...bundle.wasm.map((w) => ({ type: 'CompiledWasm' as const, path: `/${w.name}`, contents: readFileSync(w.source) }))],
  modulesRoot: '/',
  compatibilityDate: '2025-01-01',
});
try {
  await mf.ready;
  const pids = workerdPids();
  const get = async (name: string): Promise<void> => {
    const response = await mf.dispatchFetch(`http://127.0.0.1/${name}`);
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${name}: ${response.status} ${new TextDecoder().decode(body)}`);
  };
  let started = performance.now();
  const cpuBefore = cpuSeconds(pids);
  await get('gradient');
  console.log(`first request after start: ${(performance.now() - started).toFixed(0)} ms wall, ${((cpuSeconds(pids) - cpuBefore) * 1000).toFixed(0)} ms workerd CPU (HarfBuzz instantiated, fonts parsed, first render)`);
  const rows = [];
  for (const name of CARDS) {
    for (let i = 0; i < WARMUP; i++) await get(name);
    const walls: number[] = [];
    const cpu0 = cpuSeconds(pids);
    for (let i = 0; i < REQUESTS; i++) {
      started = performance.now();
      await get(name);
      walls.push(performance.now() - started);
    }
    const cpu = ((cpuSeconds(pids) - cpu0) * 1000) / REQUESTS;
    rows.push({ card: name, 'workerd CPU ms / render': cpu.toFixed(1), 'wall p50 ms': median(walls).toFixed(1) });
  }
  console.log(`${REQUESTS} warm requests per card after ${WARMUP} warm-up; workerd ${pids.length} process(es); load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  console.table(rows);
} finally {
  await mf.dispose();
}
