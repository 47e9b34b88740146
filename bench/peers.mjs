// Peer benchmark: ogsmith vs takumi vs satori+resvg on the same cards, interleaved, PNG output (runPeers(), or run directly).
import { createCanvas } from '@napi-rs/canvas';
import { Resvg } from '@resvg/resvg-js';
import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import satori from 'satori';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { render } from '../dist/index.js';
import { encodePngAsync } from '../dist/raster/encode/png.js';
import { summarize } from '../dist/bench/stats.js';
import { avatarDataUrl, fontFiles, makeAvatar, peerCards } from './peer-cards.mjs';
import { encodeCards, makePhoto } from './encode-cards.mjs';
import { printMemoryPeers, runMemoryPeers } from './memory-peers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
// Warm-up rounds per engine before timing: JIT-compiled engines (ogsmith, satori) need a few dozen renders to reach steady state.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
// BENCH_FORMAT=png|webp|jpeg (quality BENCH_QUALITY, default 80); BENCH_CARDS / BENCH_ENGINES: comma-separated subsets.
const FORMAT = process.env.BENCH_FORMAT ?? 'png';
const QUALITY = Number(process.env.BENCH_QUALITY ?? 80);
const only = (list, names) => (list ? Object.fromEntries(Object.entries(names).filter(([name]) => list.split(',').includes(name))) : names);

const avatarPng = makeAvatar();
const cards = only(process.env.BENCH_CARDS, { ...peerCards(avatarDataUrl(avatarPng)), ...encodeCards(avatarDataUrl(makePhoto())) });
const fonts = fontFiles(root);

const takumi = new Renderer();
for (const font of fonts) await takumi.registerFont({ name: font.name, data: font.data, weight: font.weight, style: font.style });

const engines = only(process.env.BENCH_ENGINES, {
  ogsmith: (card) => render(card, { width: 1200, height: 630, fonts, format: FORMAT, quality: QUALITY }),
  takumi: async (card) => {
    const { node } = await fromJsx(card);
    return takumi.render(node, { width: 1200, height: 630, format: FORMAT, ...(FORMAT === 'png' ? {} : { quality: QUALITY }) });
  },
  ...(FORMAT === 'png' && { 'satori+resvg': async (card) => {
    const svg = await satori(card, { width: 1200, height: 630, fonts: fonts.map((f) => ({ name: f.name, data: f.data, weight: f.weight, style: f.style })) });
    return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
  } }),
});
const blank = createCanvas(1200, 630);
blank.getContext('2d').fillStyle = 'white';
blank.getContext('2d').fillRect(0, 0, 1200, 630);
const baseline = { 'blank canvas (floor)': () => encodePngAsync(blank.data(), 1200, 630) };

/** Interleaved rounds over every card and engine (the order rotates per round); rows of medians, p95 and PNG sizes. */
export async function runPeers(rounds = ROUNDS) {
  const samples = new Map();
  const sizes = new Map();
  // CPU of the whole process (every thread) while one render runs: user + system µs.
  const cpu = new Map();
  const record = (key, ms, bytes, cpuMicros = 0) => {
    if (!samples.has(key)) samples.set(key, []);
    samples.get(key).push(ms);
    sizes.set(key, bytes.length);
    cpu.set(key, (cpu.get(key) ?? 0) + cpuMicros);
  };
  for (let round = 0; round < WARMUP + rounds; round++) {
    for (const [cardName, card] of Object.entries(cards)) {
      const order = Object.entries(engines);
      for (let i = 0; i < round % order.length; i++) order.push(order.shift());
      for (const [engine, run] of order) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const bytes = await run(card);
        const ms = performance.now() - t0;
        const used = process.cpuUsage(c0);
        if (round >= WARMUP) record(`${cardName}|${engine}`, ms, bytes, used.user + used.system);
      }
    }
    const t0 = performance.now();
    const bytes = await baseline['blank canvas (floor)']();
    if (round >= WARMUP) record('blank|blank canvas (floor)', performance.now() - t0, bytes);
  }
  return [...samples].map(([key, values]) => {
    const [card, engine] = key.split('|');
    const { p50, p95 } = summarize(values);
    return { card, engine, p50, p95, cpu: cpu.get(key) / values.length / 1000, bytes: sizes.get(key) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await runPeers();
  const takumi = new Map(rows.filter((r) => r.engine === 'takumi').map((r) => [r.card, r]));
  const ratio = (r, field) => (takumi.has(r.card) ? +(r[field] / takumi.get(r.card)[field]).toFixed(2) : '');
  console.log(`${FORMAT.toUpperCase()} renders of 1200×630 cards${FORMAT === 'png' ? '' : ` (quality ${QUALITY})`}, ${ROUNDS} interleaved rounds after ${WARMUP} warm-up; node ${process.version}`);
  console.table(rows.map((r) => ({ card: r.card, engine: r.engine, 'median ms': +r.p50.toFixed(1), 'p95 ms': +r.p95.toFixed(1), 'CPU ms': +r.cpu.toFixed(1), KB: +(r.bytes / 1024).toFixed(1), 'wall vs takumi': ratio(r, 'p50'), 'CPU vs takumi': ratio(r, 'cpu'), 'bytes vs takumi': ratio(r, 'bytes') })));
  // RSS after N renders and pool throughput per engine, each in a fresh process (bench/memory-peers.mjs); BENCH_MEMORY=0 leaves them out.
  if (process.env.BENCH_MEMORY !== '0') printMemoryPeers(await runMemoryPeers({ engines: Object.keys(engines).filter((name) => name === 'ogsmith' || name === 'takumi') }));
}
