// Allocation per render of the six peer cards, by stage (layout, display list, paint, pixel read, encode): JS heap and external bytes (`stages`), or the ArrayBuffers of 16 KB or more by the code that made them (`sites`).
// node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 bench/alloc-stages.mjs [stages|sites] [renders=10] [root of a built checkout=.]
// The young generation is far larger than a render, so no collection runs inside one (renders that saw one are left out) and the deltas are the bytes allocated.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';

const [mode = 'stages', rendersArg = '10', rootArg] = process.argv.slice(2);
const N = Number(rendersArg);
const root = rootArg ?? join(fileURLToPath(import.meta.url), '..', '..');
const sites = new Map();
let recording = false;
if (mode === 'sites') {
  // Module code reads these globals when it runs, so subclasses installed before the import see every `new Uint8Array(n)`.
  const note = (bytes) => {
    if (!recording || bytes < 16384) return;
    const stack = new Error().stack.split('\n').slice(3, 6).map((line) => line.trim().replace(/^at /, '').replace(/\(.*\/(dist|node_modules)\//, '(')).join(' < ');
    const site = sites.get(stack) ?? { count: 0, bytes: 0 };
    site.count++;
    site.bytes += bytes;
    sites.set(stack, site);
  };
  for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array']) {
    const Base = globalThis[name];
    const Counted = class extends Base {
      static [Symbol.hasInstance](value) {
        return Base[Symbol.hasInstance].call(Base, value);
      }
      constructor(...args) {
        super(...args);
        if (typeof args[0] === 'number' || Array.isArray(args[0])) note(this.byteLength);
      }
    };
    Object.defineProperty(Counted, 'name', { value: name });
    globalThis[name] = Counted;
  }
  for (const key of ['alloc', 'allocUnsafe', 'allocUnsafeSlow', 'concat']) {
    const original = Buffer[key];
    Buffer[key] = function (...args) {
      const buffer = original.apply(this, args);
      note(buffer.byteLength);
      return buffer;
    };
  }
}

const dist = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
const [{ peerCards }, { encodeCards }, { varietyCards }, { cardSet }] = await Promise.all(['./peer-cards.mjs', './encode-cards.mjs', './variety-cards.mjs', './memory-peers.mjs'].map((path) => import(path)));
const modules = await Promise.all(
  ['layout/layout.js', 'raster/display-list/build.js', 'raster/canvas/replay.js', 'raster/canvas/canvas-pool.js', 'raster/encode/png.js', 'raster/encode/release-pixels.js', 'fonts/font-option.js', 'fonts/bundled.js', 'fonts/emoji-sets.js', 'render.js'].map(dist),
);
const { layoutTree, buildDisplayList, paintDisplayList, releaseCanvas, encodePngAsync, releasePixels, registryFor, defaultRegistry, resolveEmoji, render } = Object.assign({}, ...modules);
const { fonts: fontInputs, card: variedCard, cards } = await cardSet();
const fonts = await registryFor(fontInputs, defaultRegistry);
const emoji = resolveEmoji(undefined);
const names = Object.keys({ ...peerCards(''), ...encodeCards(''), ...varietyCards() });
let collections = 0;
new PerformanceObserver((list) => (collections += list.getEntries().length)).observe({ entryTypes: ['gc'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
/** Card k of the set with new text: the n-th variant (memory-peers.mjs' cardSet gives card n % cards.length the suffix n). */
const vary = (k, n) => variedCard(k + cards.length * n);

const STAGES = ['layout', 'list', 'paint', 'pixels', 'encode'];
/** One render in the stages of render(): memoryUsage() before and after each. */
async function stagedRender(card) {
  const marks = [process.memoryUsage()];
  const mark = () => marks.push(process.memoryUsage());
  const tree = layoutTree(card, { width: 1200, height: 630, emoji }, fonts);
  mark();
  const warnings = [...tree.result.warnings];
  const list = buildDisplayList(tree, { debug: false, strict: true, warnings, resolveImage: undefined, emoji });
  mark();
  const canvas = await paintDisplayList(list, fonts, { strict: true, warnings });
  mark();
  const pixels = canvas.data();
  mark();
  await encodePngAsync(pixels, canvas.width, canvas.height, 'auto');
  releasePixels(pixels);
  releaseCanvas(canvas);
  mark();
  return marks;
}

const rows = {};
for (const [k, name] of names.entries()) {
  for (let i = 0; i < 15; i++) await render(vary(k, i), { width: 1200, height: 630, fonts: fontInputs });
  if (mode === 'sites') {
    sites.clear();
    recording = true;
    for (let i = 0; i < N; i++) await render(vary(k, 1000 + i), { width: 1200, height: 630, fonts: fontInputs });
    recording = false;
    console.log(`${name}: ArrayBuffers of 16 KB or more, KB per render (times per render) by call site`);
    for (const [stack, site] of [...sites].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 8)) console.log(`  ${Math.round(site.bytes / N / 1024)} KB (${(site.count / N).toFixed(1)}×) ${stack}`);
    continue;
  }
  const sums = STAGES.map(() => ({ heap: 0, external: 0 }));
  let counted = 0;
  for (let i = 0; i < N; i++) {
    globalThis.gc();
    await settle();
    const before = collections;
    const marks = await stagedRender(vary(k, 1000 + i));
    await settle();
    if (collections !== before) continue;
    counted++;
    STAGES.forEach((_, k) => {
      sums[k].heap += marks[k + 1].heapUsed - marks[k].heapUsed;
      sums[k].external += marks[k + 1].external - marks[k].external;
    });
  }
  const row = { renders: counted };
  STAGES.forEach((stage, k) => (row[`${stage} JS KB`] = Math.round(sums[k].heap / counted / 1024)));
  // External frees show up late (after the sweeper): a negative figure is an earlier render's memory going.
  STAGES.forEach((stage, k) => (row[`${stage} external KB`] = Math.round(sums[k].external / counted / 1024)));
  rows[name] = row;
}
if (mode === 'stages') {
  console.log(`node ${process.version}, ${N} renders per card with new text, KB per render`);
  console.table(rows);
}
