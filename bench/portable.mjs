// Benchmark: the golden cards painted by the native canvas and by the portable rasteriser, interleaved: paint only (display list to RGBA pixels) and the whole render to PNG.
// Run: npm run build && node bench/portable.mjs [iterations]  (BENCH_CASES=card-blog,card-docs to pick cards)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { displayList, FontRegistry, paintPortable, render } from '../dist/index.js';
import { paintDisplayList } from '../dist/raster/canvas/replay.js';
import { releaseCanvas } from '../dist/raster/canvas/canvas-pool.js';

const ITERATIONS = Number(process.argv[2] ?? 30);
const WARMUP = 5;
const root = new URL('../', import.meta.url).pathname;
const dir = join(root, 'test/golden/layout/fixtures');
const only = process.env.BENCH_CASES?.split(',');
const cases = readdirSync(dir).filter((f) => f.startsWith('card-') && f.endsWith('.case.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))).filter((c) => !only || only.includes(c.name));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const c of cases) {
  const fonts = c.fonts.map((f) => ({ name: f.family, weight: f.weight ?? 400, style: f.style ?? 'normal', data: new Uint8Array(readFileSync(join(root, f.file))) }));
  const options = { width: c.width, height: c.height, fonts };
  const registry = await FontRegistry.create(fonts);
  const list = await displayList(c.element, options);
  const paint = {
    native: async () => {
      const canvas = await paintDisplayList(list, registry);
      canvas.data();
      releaseCanvas(canvas);
    },
    portable: () => paintPortable(list, registry),
  };
  const whole = { native: () => render(c.element, options), portable: () => render(c.element, { ...options, backend: 'portable' }) };
  const times = { paintNative: [], paintPortable: [], renderNative: [], renderPortable: [] };
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    // Interleaved, so both backends see the same machine load.
    for (const [key, run] of [['paintNative', paint.native], ['paintPortable', paint.portable], ['renderNative', whole.native], ['renderPortable', whole.portable]]) {
      const t0 = performance.now();
      await run();
      if (i >= WARMUP) times[key].push(performance.now() - t0);
    }
  }
  rows.push({ card: c.name, size: `${c.width}×${c.height}`, 'paint native ms': median(times.paintNative).toFixed(2), 'paint portable ms': median(times.paintPortable).toFixed(2), 'render native ms': median(times.renderNative).toFixed(2), 'render portable ms': median(times.renderPortable).toFixed(2) });
}
console.log(`golden cards, median of ${ITERATIONS} interleaved runs after ${WARMUP} warm-up runs; node ${process.version}`);
console.table(rows);
