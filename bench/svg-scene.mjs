// SVG to vector scene parse time over every Twemoji SVG (CPU time per file: mean, by size; wall-clock percentiles) and the cache's hit time; run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseSvgScene } from '../dist/raster/vector/parse-svg.js';
import { vectorScene } from '../dist/raster/vector/scene-cache.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const directory = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
const files = readdirSync(directory).filter((f) => f.endsWith('.svg')).sort();
const sources = files.map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(directory, file))) }));

// Warm-up: one pass so the JIT has compiled the parser.
for (const { bytes } of sources) parseSvgScene(bytes);
const perFile = sources.map(({ file, bytes }) => {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    parseSvgScene(bytes);
    best = Math.min(best, performance.now() - start);
  }
  return { file, bytes: bytes.byteLength, ms: best };
});
// CPU time (user + system) of whole passes: robust when other processes share the cores, unlike wall-clock per file.
const cpuStart = process.cpuUsage();
for (let round = 0; round < ROUNDS; round++) for (const { bytes } of sources) parseSvgScene(bytes);
const cpu = process.cpuUsage(cpuStart);
const cpuPerFile = (cpu.user + cpu.system) / (ROUNDS * sources.length);
const typical = sources.filter((s) => s.bytes.byteLength <= 4096);
const typicalStart = process.cpuUsage();
for (let round = 0; round < ROUNDS; round++) for (const { bytes } of typical) parseSvgScene(bytes);
const typicalCpu = process.cpuUsage(typicalStart);
const sorted = perFile.map((f) => f.ms).sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const sizes = perFile.map((f) => f.bytes).sort((a, b) => a - b);
const largest = perFile.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const slowest = perFile.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(`${files.length} Twemoji SVGs (median ${sizes[sizes.length >> 1]} bytes), best of ${ROUNDS} runs each, after a warm-up pass:`);
console.log(`  CPU time per parse: mean ${cpuPerFile.toFixed(0)} µs over all files; mean ${((typicalCpu.user + typicalCpu.system) / (ROUNDS * typical.length)).toFixed(0)} µs over the ${typical.length} files of 4 KB or less`);
console.log(`  wall clock per file (inflated when the machine is busy): median ${(at(0.5) * 1000).toFixed(0)} µs, p95 ${(at(0.95) * 1000).toFixed(0)} µs, p99 ${(at(0.99) * 1000).toFixed(0)} µs`);
console.log(`  largest file ${largest.file} (${largest.bytes} bytes): ${(largest.ms * 1000).toFixed(0)} µs; slowest ${slowest.file} (${slowest.bytes} bytes): ${(slowest.ms * 1000).toFixed(0)} µs`);
const key = 'emoji:twemoji:72:1f600';
const grinning = sources.find((s) => s.file === '1f600.svg').bytes;
vectorScene(key, grinning);
const hits = 100_000;
const start = performance.now();
for (let i = 0; i < hits; i++) vectorScene(key, grinning);
console.log(`  cached scene (LRU hit): ${(((performance.now() - start) / hits) * 1e6).toFixed(0)} ns`);
