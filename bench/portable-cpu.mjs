// Benchmark: CPU time per warm render on the portable backend (paint stage alone and the whole render to PNG) for the golden and peer cards; compares builds interleaved.
// Run: npm run build && node bench/portable-cpu.mjs [iterations]
//   PORTABLE_DISTS=/path/to/other/dist,dist  compares builds (each card alternates between them, so both see the same load)
//   BENCH_CASES=card-blog,peer-gradient      picks cards
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { avatarDataUrl, fontFiles, peerCards } from './peer-cards.mjs';

const ITERATIONS = Number(process.argv[2] ?? 20);
const WARMUP = 5;
const root = new URL('../', import.meta.url).pathname;
const dists = (process.env.PORTABLE_DISTS ?? 'dist').split(',').map((d) => resolve(root, d));
const only = process.env.BENCH_CASES?.split(',');

/** The avatar of the peer cards: a small PNG of the repository (no native canvas needed to make one). */
const avatarPng = () => readFileSync(join(root, 'test/fixtures/images/flag.png'));

const fixtures = join(root, 'test/golden/layout/fixtures');
const golden = readdirSync(fixtures).filter((f) => f.startsWith('card-') && f.endsWith('.case.json')).map((f) => JSON.parse(readFileSync(join(fixtures, f), 'utf8'))).map((c) => ({
  name: c.name,
  element: c.element,
  options: { width: c.width, height: c.height, fonts: c.fonts.map((f) => ({ name: f.family, weight: f.weight ?? 400, style: f.style ?? 'normal', data: new Uint8Array(readFileSync(join(root, f.file))) })) },
}));
const peerFonts = fontFiles(root);
const peer = Object.entries(peerCards(avatarDataUrl(avatarPng()))).map(([name, element]) => ({ name: `peer-${name}`, element, options: { width: 1200, height: 630, fonts: peerFonts } }));
const emoji = {
  name: 'peer-emoji',
  element: { type: 'div', props: { style: { display: 'flex', flexDirection: 'column', width: 1200, height: 630, padding: 80, backgroundColor: '#0f172a', color: 'white' }, children: [
    { type: 'div', props: { style: { fontSize: 72, fontWeight: 700 }, children: 'Shipped 🚀 and tested ✅' } },
    { type: 'div', props: { style: { fontSize: 40, marginTop: 40 }, children: 'Thanks to everyone 🎉🙌❤️' } },
  ] } },
  options: { width: 1200, height: 630, fonts: peerFonts },
};
const cards = [...golden, ...peer, emoji].filter((c) => !only || only.includes(c.name));

const builds = [];
for (const dist of dists) {
  const api = await import(join(dist, 'index.js'));
  builds.push({ dist, api, registries: new Map(), lists: new Map() });
}

/** CPU microseconds (user + system) of one call. */
async function cpu(run) {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const card of cards) {
  const times = builds.map(() => ({ paint: [], render: [], error: null }));
  for (const [b, build] of builds.entries()) {
    try {
      build.registries.set(card.name, await build.api.FontRegistry.create(card.options.fonts));
      build.lists.set(card.name, await build.api.displayList(card.element, card.options));
    } catch (error) {
      times[b].error = error.code ?? error.message;
    }
  }
  // Paints first, then whole renders: the encoder's worker threads would otherwise add their CPU time to the paints measured after them.
  for (const [stage, key] of [['paint', 'paint'], ['render', 'render']]) {
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      for (const [b, build] of builds.entries()) {
        if (times[b].error) continue;
        try {
          const run = stage === 'paint' ? () => build.api.paintPortable(build.lists.get(card.name), build.registries.get(card.name)) : () => build.api.render(card.element, { ...card.options, backend: 'portable' });
          const used = await cpu(run);
          if (i >= WARMUP) times[b][key].push(used);
        } catch (error) {
          times[b].error = error.code ?? error.message;
        }
      }
    }
  }
  const row = { card: card.name };
  for (const [b, build] of builds.entries()) {
    const label = builds.length > 1 ? ` [${b}]` : '';
    row[`paint ms${label}`] = times[b].error ? times[b].error : median(times[b].paint).toFixed(2);
    row[`render ms${label}`] = times[b].error ? times[b].error : median(times[b].render).toFixed(2);
  }
  rows.push(row);
}
console.log(`CPU ms per warm render on the portable backend (median of ${ITERATIONS} after ${WARMUP} warm-up; process.cpuUsage); node ${process.version}`);
for (const [b, build] of builds.entries()) console.log(`[${b}] ${build.dist}`);
console.table(rows);
