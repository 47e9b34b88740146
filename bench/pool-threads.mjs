// CPU per render of each thread of this process (from /proc/self/task/*/stat) while a render pool, ogsmith on the main thread or takumi's async renderer works at full load.
// node bench/pool-threads.mjs pool|direct|takumi; N timed renders (default 400), SEG: print per-thread CPU every SEG renders, FIXED=1: the same text every render,
// THREADS (pool, default 2), YOUNG / OLD: the render workers' young / old generation limits in MB, CARDS=0,1,2,3: only these of the six cards
// (peer-cards.mjs' four, then encode-cards.mjs' radial + shadow and photo). Linux only.
import { readFileSync, readdirSync } from 'node:fs';
import { cardSet } from './memory-peers.mjs';

const root = new URL('..', import.meta.url).pathname;
const { fonts, card: variedCard, cards } = await cardSet();
const only = process.env.CARDS ? process.env.CARDS.split(',').map(Number) : null;
/** The i-th render's card: the kept cards in turn, each with new text (variedCard(n) is card n % 6 with suffix n). */
const pick = (i) => (only ? only[i % only.length] + cards.length * Math.floor(i / only.length) : i);
const card = (i) => (process.env.FIXED ? cards[pick(i) % cards.length] : variedCard(pick(i)));
const N = Number(process.env.N ?? 400);
const SEG = Number(process.env.SEG ?? 0);

/** CPU ms so far of every thread of this process, by thread id (utime + stime, in clock ticks of 10 ms). */
function threadCpu() {
  const out = {};
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out[tid] = (Number(fields[11]) + Number(fields[12])) * 10;
  }
  return out;
}
const perRender = (after, before, renders) => Object.entries(after).map(([tid, ms]) => [tid, (ms - (before[tid] ?? 0)) / renders]).filter(([, ms]) => ms > 0.05);

let render;
let close = async () => {};
const mode = process.argv[2] ?? 'pool';
if (mode === 'pool') {
  const { RenderPool } = await import(root + 'dist/index.js');
  const limits = process.env.YOUNG || process.env.OLD ? { resourceLimits: { maxOldGenerationSizeMb: Number(process.env.OLD ?? 256), maxYoungGenerationSizeMb: Number(process.env.YOUNG ?? 16) } } : {};
  const pool = new RenderPool({ threads: Number(process.env.THREADS ?? 2), fonts, ...limits });
  render = (element) => pool.render(element, { width: 1200, height: 630 });
  close = () => pool.close();
} else if (mode === 'direct') {
  const { render: renderHere } = await import(root + 'dist/index.js');
  render = (element) => renderHere(element, { width: 1200, height: 630, fonts });
} else {
  const { Renderer } = await import('@takumi-rs/core');
  const { fromJsx } = await import('@takumi-rs/helpers/jsx');
  const takumi = new Renderer();
  for (const font of fonts) await takumi.registerFont({ name: font.name, data: font.data, weight: font.weight, style: font.style });
  render = async (element) => takumi.render((await fromJsx(element)).node, { width: 1200, height: 630, format: 'png' });
}
const lanes = mode === 'direct' ? 1 : 4;
await Promise.all(Array.from({ length: lanes * 2 }, (_, i) => render(card(100_000 + i))));
const before = threadCpu();
const c0 = process.cpuUsage();
const t0 = performance.now();
let segBefore = before;
let segStart = t0;
let next = 0;
const lane = async () => {
  while (next < N) {
    const i = next++;
    await render(card(i));
    if (SEG && (i + 1) % SEG === 0) {
      const now = threadCpu();
      console.log(`renders ${i + 1}: ${(SEG / ((performance.now() - segStart) / 1000)).toFixed(1)}/s, CPU ms per render by thread`, perRender(now, segBefore, SEG).map(([tid, ms]) => `${tid}:${ms.toFixed(1)}`).join(' '));
      segBefore = now;
      segStart = performance.now();
    }
  }
};
await Promise.all(Array.from({ length: lanes }, lane));
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
console.log(`${mode}: ${(N / seconds).toFixed(1)} renders/s, ${((cpu.user + cpu.system) / 1000 / N).toFixed(1)} CPU ms per render, RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB`);
console.table(perRender(threadCpu(), before, N).map(([tid, ms]) => ({ thread: tid, name: readFileSync(`/proc/self/task/${tid}/comm`, "utf8").trim(), 'CPU ms per render': +ms.toFixed(2) })));
await close();
