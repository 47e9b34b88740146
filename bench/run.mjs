// Benchmark: layout() latency per realistic card (median, p95) once fonts are loaded. Run: npm run bench.
import { performance } from 'node:perf_hooks';
import { defaultRegistry, layoutWithFonts } from '../dist/index.js';
import { sampleCards as cards } from '../dist/samples/cards.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2000);
const WARMUP = 200;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const fontStart = performance.now();
const fonts = await defaultRegistry();
const fontMs = performance.now() - fontStart;

const rows = [];
for (const [name, element] of Object.entries(cards)) {
  for (let i = 0; i < WARMUP; i++) layoutWithFonts(element, { width: 1200, height: 630 }, fonts);
  const samples = new Float64Array(ITERATIONS);
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    layoutWithFonts(element, { width: 1200, height: 630 }, fonts);
    samples[i] = performance.now() - t0;
  }
  const sorted = Array.from(samples).sort((a, b) => a - b);
  rows.push({ card: name, 'median µs': Math.round(percentile(sorted, 50) * 1000), 'p95 µs': Math.round(percentile(sorted, 95) * 1000), 'max µs': Math.round(sorted[sorted.length - 1] * 1000) });
}
console.log(`ogsmith layout() — ${ITERATIONS} runs per card after ${WARMUP} warm-up runs; node ${process.version}; fonts loaded once in ${fontMs.toFixed(1)} ms`);
console.table(rows);
