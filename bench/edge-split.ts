// Benchmark: where the edge build's CPU goes per card (style, layout, display list, portable paint, PNG plan, deflate), run in Node on the edge code in dist/ (HarfBuzz from wasm bytes, the bundled Inter, the web deflate).
// Run: npm run build && npx tsx bench/edge-split.ts [iterations] (or node --import tsx bench/edge-split.ts [iterations] --no-buffer)   (EDGE_SPLIT_DISTS=/other/dist,dist compares builds interleaved, card by card; --peer takes bench/edge.ts's cards)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { avatarDataUrl } from './edge/avatar.js';
import { EMOJI_FILES, edgeBenchCards, localEmojiSet } from './edge/cards.js';
import { edgeBenchCards as peerBenchCards } from './edge/cards.mjs';

const ITERATIONS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 20);
const PEER_CARDS = process.argv.includes('--peer');
/** --no-buffer: run without Node's Buffer, as workerd has none (start with `node --import tsx`: tsx's own process link needs Buffer). */
const NO_BUFFER = process.argv.includes('--no-buffer');
const WARMUP = 5;
const root = new URL('../', import.meta.url).pathname;
const dists = (process.env.EDGE_SPLIT_DISTS ?? 'dist').split(',').map((d) => resolve(root, d));
const only = process.env.BENCH_CASES?.split(',');

const STAGES = ['style', 'layout', 'list', 'paint', 'plan', 'deflate'] as const;
type Stage = (typeof STAGES)[number];

/** CPU ms (user + system, every thread) since `from`. */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

/** A StageClock-shaped clock charging CPU time instead of wall time (layoutTree marks 'style' and 'layout'). */
class CpuClock {
  private last = process.cpuUsage();
  readonly spent: Record<Stage, number> = { style: 0, layout: 0, list: 0, paint: 0, plan: 0, deflate: 0 };
  mark(stage: Stage): void {
    this.spent[stage] += cpuSince(this.last);
    this.last = process.cpuUsage();
  }
}

interface Build {
  readonly name: string;
  readonly run: (element: unknown) => Promise<{ spent: Record<Stage, number>; bytes: number }>;
}

async function loadBuild(dist: string): Promise<Build> {
  const imp = (path: string) => import(join(dist, path));
  const edge = await imp('edge/api.js');
  edge.useHarfBuzzWasm(new Uint8Array(readFileSync(join(dist, 'edge/harfbuzz.wasm'))));
  // The wasm pixel matcher as the edge entries give it (builds before it have none; NO_WASM_MATCHER=1 measures the JS matcher).
  const wasmMatcher = await imp('raster/encode/deflate/pixel-matcher-wasm.js').catch(() => null);
  if (wasmMatcher && !process.env.NO_WASM_MATCHER) wasmMatcher.usePixelMatcherWasm(new Uint8Array(readFileSync(join(dist, 'edge/pixel-matcher.wasm'))));
  const { layoutTree } = await imp('layout/layout.js');
  const { buildDisplayList } = await imp('raster/display-list/build.js');
  const { paintPortable } = await imp('raster/portable/paint.js');
  const writer = await imp('raster/encode/png-writer.js');
  const { scanRows } = await imp('raster/encode/palette/count-band.js');
  const { crc32 } = await imp('raster/encode/crc32.js');
  const web = await imp('raster/encode/png-web.js');
  // What the build's render() adds around these stages, where it has it: kept canvas buffers, and the many-colours hint that skips the palette attempt.
  const buffers = await imp('raster/portable/canvas-buffers.js').catch(() => null);
  const hint = await imp('edge/many-colours.js').catch(() => null);
  const fonts = await edge.defaultRegistry();
  return {
    name: dist,
    async run(element) {
      const clock = new CpuClock();
      const options = { width: 1200, height: 630, emoji: emojiSet };
      const warnings: string[] = [];
      const tree = layoutTree(element, options, fonts, clock);
      const list = buildDisplayList(tree, { debug: false, strict: true, warnings, emoji: emojiSet });
      clock.mark('list');
      const canvas = buffers?.takeCanvasBuffer(list.width, list.height);
      const image = await paintPortable(list, fonts, { strict: true, warnings }, canvas);
      clock.mark('paint');
      const pixels = writer.pixelWords(image.data, image.width * image.height);
      const chosen = writer.plan(pixels, image.width, image.height, hint?.paintsManyColours(list) ? 'off' : 'auto', scanRows(pixels, image.width, image.height), 'straight', true);
      clock.mark('plan');
      // The web codec (CompressionStream or fflate), as encodePngWeb: the deflate and the file.
      const codec = { crc32, preferMatchers: true, deflate: (bytes: Uint8Array, settings: unknown, last: boolean) => (held.push(bytes), last ? web.deflateRawWeb(writer.concatBytes(held.splice(0)), settings) : Promise.resolve(new Uint8Array(0))) };
      const held: Uint8Array[] = [];
      const png: Uint8Array = await writer.writePlan(chosen, image.width, image.height, codec, writer.awaitParts);
      writer.releasePlan(chosen);
      if (canvas) buffers.giveBackCanvasBuffer(canvas);
      clock.mark('deflate');
      return { spent: clock.spent, bytes: png.length };
    },
  };
}

const emojiSet = localEmojiSet(Object.fromEntries(EMOJI_FILES.map((name) => [name, readFileSync(join(root, 'node_modules/@twemoji/svg', `${name}.svg`), 'utf8')])));

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const cards = Object.entries(PEER_CARDS ? peerBenchCards() : edgeBenchCards(await avatarDataUrl())).filter(([name]) => !only || only.includes(name));
if (NO_BUFFER) {
  // As in workerd: no Buffer, so row comparisons take the word loop (word-ranges.ts). The web deflate is loaded first (Node's own streams use Buffer).
  await new Response(new Blob([new Uint8Array(4)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
  delete (globalThis as { Buffer?: unknown }).Buffer;
}
const builds: Build[] = [];
for (const dist of dists) builds.push(await loadBuild(dist));
const rows: Record<string, string>[] = [];
for (const [name, element] of cards) {
  const samples = builds.map(() => ({ stages: Object.fromEntries(STAGES.map((s) => [s, [] as number[]])) as Record<Stage, number[]>, total: [] as number[], bytes: 0 }));
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    for (const [b, build] of builds.entries()) {
      const { spent, bytes } = await build.run(element);
      if (i < WARMUP) continue;
      for (const s of STAGES) samples[b]!.stages[s].push(spent[s]);
      samples[b]!.total.push(STAGES.reduce((sum, s) => sum + spent[s], 0));
      samples[b]!.bytes = bytes;
    }
  }
  for (const [b] of builds.entries()) {
    const row: Record<string, string> = { card: name };
    if (builds.length > 1) row.build = String(b);
    for (const s of STAGES) row[s] = median(samples[b]!.stages[s]).toFixed(2);
    row['total (median)'] = median(samples[b]!.total).toFixed(2);
    row['PNG bytes'] = String(samples[b]!.bytes);
    rows.push(row);
  }
}
console.log(`CPU ms per stage, median of ${ITERATIONS} warm runs after ${WARMUP}; builds: ${builds.map((b, i) => `[${i}] ${b.name}`).join(', ')}; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.table(rows);
