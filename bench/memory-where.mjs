// Where one process's memory is after N mixed renders (the memory bench's cards, on the main thread): RSS by kind of mapping from /proc/self/smaps, V8's heap by space, and each cache.
// `node bench/memory-where.mjs [renders=2000] [dist=../dist]`; OGSMITH_PARALLEL_ENCODE=0 and V8 flags (--max-semi-space-size=8) apply as usual. Linux only (/proc).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import { cardSet } from './memory-peers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RENDERS = Number(process.argv[2] ?? 2000);
const dist = resolve(process.argv[3] ?? join(root, 'dist'));
const mb = (bytes) => +(bytes / 1048576).toFixed(1);
/** glibc's arenas of threads other than the main one are 64 MB-aligned mappings (HEAP_MAX_SIZE). */
const ARENA = 64n * 1024n * 1024n;

/** Resident MB per kind of mapping: file-backed code and data, the main thread's malloc heap, other threads' malloc arenas, wasm reservations, and the rest of anonymous memory (V8's pages, mmapped buffers). */
function mappings() {
  const kinds = {};
  let current = null;
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = line.match(/^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/);
    if (head) {
      const start = BigInt(`0x${head[1]}`);
      const size = BigInt(`0x${head[2]}`) - start;
      const name = head[4];
      current = name === '[heap]' ? 'malloc: main heap' : name.startsWith('/') ? `file: ${name.includes('/node_modules/') ? name.replace(/.*\/node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : name.split('/').pop()}` : name.startsWith('[') ? name : size >= 1n << 30n ? 'wasm memories (reserved ≥ 1 GB)' : start % ARENA === 0n && size <= ARENA ? 'malloc: thread arenas' : 'anonymous: V8 pages, mmapped buffers, thread stacks';
      continue;
    }
    const rss = line.match(/^Rss:\s+(\d+) kB/);
    if (rss && current) kinds[current] = (kinds[current] ?? 0) + Number(rss[1]) / 1024;
  }
  return Object.entries(kinds).filter(([, value]) => value >= 0.5).sort((a, b) => b[1] - a[1]).map(([kind, value]) => ({ kind, 'RSS MB': +value.toFixed(1) }));
}

const { fonts, card } = await cardSet();
const { render } = await import(pathToFileURL(join(dist, 'index.js')).href);
const cpu0 = process.cpuUsage();
for (let i = 1; i <= RENDERS; i++) await render(card(i), { width: 1200, height: 630, fonts });
const cpu = process.cpuUsage(cpu0);
const usage = process.memoryUsage();
console.log(`${RENDERS} renders, node ${process.version}, flags [${process.execArgv.join(' ')}], OGSMITH_PARALLEL_ENCODE=${process.env.OGSMITH_PARALLEL_ENCODE ?? ''}: RSS ${mb(usage.rss)} MB, V8 heap ${mb(usage.heapTotal)} MB committed (${mb(usage.heapUsed)} used), external ${mb(usage.external)} MB, CPU ${((cpu.user + cpu.system) / 1000 / RENDERS).toFixed(1)} ms a render`);
console.table(mappings());
console.table(getHeapSpaceStatistics().filter((space) => space.space_size > 0).map((space) => ({ space: space.space_name, 'committed MB': mb(space.space_size), 'used MB': mb(space.space_used_size) })));
const { cacheReport } = await import(pathToFileURL(join(dist, 'bench/caches.js')).href);
const caches = cacheReport().filter((cache) => cache.bytes > 0).sort((a, b) => b.bytes - a.bytes);
console.table(caches.map((cache) => ({ cache: cache.name, entries: cache.entries, 'MB': mb(cache.bytes), 'budget MB': mb(cache.maxBytes) })));
console.log(`caches in all: ${mb(caches.reduce((sum, cache) => sum + cache.bytes, 0))} MB; threads: ${readdirSync('/proc/self/task').map((task) => readFileSync(`/proc/self/task/${task}/comm`, 'utf8').trim()).join(', ')}`);
