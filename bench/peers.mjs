// Peer benchmark: ogsmith vs takumi vs satori+resvg on the same cards, each engine in its own process, interleaved, PNG output (runPeers(), or run directly).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { summarize } from '../dist/bench/stats.js';
import { peerCards } from './peer-cards.mjs';
import { encodeCards, photoCards } from './encode-cards.mjs';
import { varietyCards } from './variety-cards.mjs';
import { themedCards } from './themed-cards.mjs';
import { printMemoryPeers, runMemoryPeers } from './memory-peers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
// Warm-up rounds per engine before timing: JIT-compiled engines (ogsmith, satori) need a few dozen renders to reach steady state.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
// BENCH_FORMAT=png|webp|jpeg (quality BENCH_QUALITY, default 80); BENCH_CARDS / BENCH_ENGINES: comma-separated subsets.
const FORMAT = process.env.BENCH_FORMAT ?? 'png';
const QUALITY = Number(process.env.BENCH_QUALITY ?? 80);
const only = (list, names) => (list ? names.filter((name) => list.split(',').includes(name)) : names);

const cardNames = only(process.env.BENCH_CARDS, Object.keys({ ...peerCards(''), ...encodeCards(''), ...photoCards(''), ...varietyCards(), ...themedCards() }));
const engineNames = only(process.env.BENCH_ENGINES, ['ogsmith', 'takumi', ...(FORMAT === 'png' ? ['satori+resvg'] : [])]);
const FLOOR = 'blank canvas (floor)';

/** An engine's process: `ask` sends a message and resolves with its answer (one at a time). */
async function startEngine(name) {
  const child = fork(join(here, 'peer-engine.mjs'), [], { env: { ...process.env, BENCH_PEER_ENGINE: name }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let pending = null;
  const failed = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`${name}: its process exited (${code})`))));
  failed.catch(() => undefined);
  child.on('message', (message) => {
    const resolve = pending;
    pending = null;
    resolve?.(message);
  });
  const answer = () => Promise.race([new Promise((resolve) => (pending = resolve)), failed]);
  await answer(); // ready
  return {
    ask: (message) => {
      const next = answer();
      child.send(message);
      return next;
    },
    stop: () => child.send({ type: 'exit' }),
  };
}

/**
 * Interleaved rounds over every card and engine (the order rotates per round), each engine in its own
 * process so that one engine's background threads (garbage collection, compilation) are never counted
 * as another's. CPU per render is the engine process's CPU while it renders, plus its CPU while idle
 * between renders (work a render leaves behind), shared out in proportion; rows of medians, p95, CPU and bytes.
 */
export async function runPeers(rounds = ROUNDS) {
  const engines = new Map();
  for (const name of [...engineNames, FLOOR]) engines.set(name, await startEngine(name));
  const samples = new Map();
  const sizes = new Map();
  const inRender = new Map();
  const record = (key, answer) => {
    if (!samples.has(key)) samples.set(key, []);
    samples.get(key).push(answer.ms);
    sizes.set(key, answer.bytes);
    inRender.set(key, (inRender.get(key) ?? 0) + answer.cpuMicros);
  };
  const totals = new Map();
  try {
    for (let round = 0; round < WARMUP + rounds; round++) {
      if (round === WARMUP) for (const [name, engine] of engines) totals.set(name, (await engine.ask({ type: 'cpu' })).micros);
      for (const card of cardNames) {
        const order = [...engineNames];
        for (let i = 0; i < round % order.length; i++) order.push(order.shift());
        for (const name of order) {
          const answer = await engines.get(name).ask({ type: 'render', card });
          if (round >= WARMUP) record(`${card}|${name}`, answer);
        }
      }
      const floor = await engines.get(FLOOR).ask({ type: 'render', card: cardNames[0] });
      if (round >= WARMUP) record(`blank|${FLOOR}`, floor);
    }
    for (const [name, engine] of engines) totals.set(name, (await engine.ask({ type: 'cpu' })).micros - totals.get(name));
  } finally {
    for (const engine of engines.values()) engine.stop();
  }
  // Each engine's whole CPU over the timed rounds, over what its renders measured themselves: the share of idle work.
  const rendering = new Map();
  for (const [key, micros] of inRender) rendering.set(key.split('|')[1], (rendering.get(key.split('|')[1]) ?? 0) + micros);
  return [...samples].map(([key, values]) => {
    const [card, engine] = key.split('|');
    const { p50, p95 } = summarize(values);
    const idleShare = rendering.get(engine) > 0 ? totals.get(engine) / rendering.get(engine) : 1;
    return { card, engine, p50, p95, cpu: (inRender.get(key) * idleShare) / values.length / 1000, bytes: sizes.get(key) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await runPeers();
  const takumi = new Map(rows.filter((r) => r.engine === 'takumi').map((r) => [r.card, r]));
  const ratio = (r, field) => (takumi.has(r.card) ? +(r[field] / takumi.get(r.card)[field]).toFixed(2) : '');
  console.log(`${FORMAT.toUpperCase()} renders of 1200×630 cards${FORMAT === 'png' ? '' : ` (quality ${QUALITY})`}, ${ROUNDS} interleaved rounds after ${WARMUP} warm-up, one process per engine; node ${process.version}`);
  console.table(rows.map((r) => ({ card: r.card, engine: r.engine, 'median ms': +r.p50.toFixed(1), 'p95 ms': +r.p95.toFixed(1), 'CPU ms': +r.cpu.toFixed(1), KB: +(r.bytes / 1024).toFixed(1), 'wall vs takumi': ratio(r, 'p50'), 'CPU vs takumi': ratio(r, 'cpu'), 'bytes vs takumi': ratio(r, 'bytes') })));
  // RSS after N renders and pool throughput per engine, each in a fresh process (bench/memory-peers.mjs); BENCH_MEMORY=0 leaves them out.
  if (process.env.BENCH_MEMORY !== '0') printMemoryPeers(await runMemoryPeers({ engines: engineNames.filter((name) => name === 'ogsmith' || name === 'takumi') }));
}
