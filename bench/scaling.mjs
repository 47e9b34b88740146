// Scaling benchmark: layout of 1,000 boxes and of a 5,000-word paragraph, ogsmith layout() vs takumi measure(), interleaved; also render time at 1x, 2x and 3x canvas sizes.
import { performance } from 'node:perf_hooks';
import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { layout, render } from '../dist/index.js';
import { fontFiles } from './peer-cards.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const fonts = fontFiles(root);
const takumi = new Renderer();
for (const font of fonts) await takumi.registerFont({ name: font.name, data: font.data, weight: font.weight, style: font.style });

const h = (type, style, ...children) => ({ type, props: { style, children: children.length === 1 ? children[0] : children } });
const WORDS = ['layout', 'engine', 'measures', 'glyphs', 'and', 'breaks', 'lines', 'like', 'the', 'browser', 'does', 'for', 'every', 'script', 'open', 'graph', 'image', 'cards'];
const words = (n) => Array.from({ length: n }, (_, i) => WORDS[(i * 7 + (i >> 3)) % WORDS.length]).join(' ');
const sizes = (n) => h('div', { display: 'flex', width: 1200, height: 630, fontFamily: 'Inter', fontSize: 16 }, h('div', { fontSize: 14, lineHeight: 1.4, width: 1200 }, words(n)));
const boxes = (n) => h('div', { display: 'flex', flexWrap: 'wrap', width: 1200, height: 630, gap: 2, fontFamily: 'Inter' },
  ...Array.from({ length: n }, (_, i) => h('div', { display: 'flex', width: 30 + (i % 7) * 3, height: 12, padding: 1, backgroundColor: i % 2 ? '#e2e8f0' : '#cbd5e1', fontSize: 8 }, String(i))));

const cases = { '500 words': sizes(500), '5,000 words': sizes(5000), '100 boxes': boxes(100), '1,000 boxes': boxes(1000) };
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function timeOf(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

const rows = [];
for (const [name, element] of Object.entries(cases)) {
  const node = (await fromJsx(element)).node;
  const engines = {
    ogsmith: () => layout(element, { width: 1200, height: 630, fonts }),
    takumi: () => takumi.measure(node, { width: 1200, height: 630 }),
  };
  for (const run of Object.values(engines)) for (let i = 0; i < 3; i++) await run();
  const samples = { ogsmith: [], takumi: [] };
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? ['ogsmith', 'takumi'] : ['takumi', 'ogsmith'];
    for (const engine of order) samples[engine].push(await timeOf(engines[engine]));
  }
  const o = median(samples.ogsmith.map((s) => s.wall));
  const t = median(samples.takumi.map((s) => s.wall));
  const oc = median(samples.ogsmith.map((s) => s.cpu));
  const tc = median(samples.takumi.map((s) => s.cpu));
  rows.push({ case: name, 'ogsmith ms': +o.toFixed(2), 'takumi ms': +t.toFixed(2), 'wall ratio': +(o / t).toFixed(2), 'ogsmith cpu ms': +oc.toFixed(2), 'takumi cpu ms': +tc.toFixed(2), 'cpu ratio': +(oc / tc).toFixed(2) });
}
console.log(`Layout scaling: ogsmith layout() vs takumi measure(), ${ROUNDS} interleaved rounds, medians; node ${process.version}`);
console.table(rows);

// Canvas size: the same card at 1x, 2x and 3x (no cliff: time should grow with the pixel count, not faster).
const card = h('div', { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', padding: 64, backgroundImage: 'linear-gradient(135deg, #1e293b, #0f172a)', color: 'white', fontFamily: 'Inter' },
  h('div', { fontSize: 64, fontWeight: 700 }, 'Scaling without a cliff'), h('div', { fontSize: 32, color: '#94a3b8' }, words(40)));
const sizeRows = [];
for (const [w, hgt] of [[1200, 630], [2400, 1260], [3600, 1890]]) {
  for (let i = 0; i < 2; i++) await render(card, { width: w, height: hgt, fonts });
  const s = [];
  for (let r = 0; r < Math.max(5, ROUNDS >> 1); r++) s.push(await timeOf(() => render(card, { width: w, height: hgt, fonts })));
  const wall = median(s.map((x) => x.wall));
  sizeRows.push({ size: `${w}x${hgt}`, 'wall ms': +wall.toFixed(1), 'cpu ms': +median(s.map((x) => x.cpu)).toFixed(1), 'ms per megapixel': +(wall / ((w * hgt) / 1e6)).toFixed(1) });
}
console.log('render() PNG at three canvas sizes (medians)');
console.table(sizeRows);
process.exit(0);
