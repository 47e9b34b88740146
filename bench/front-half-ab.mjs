// Front-half CPU before/after, interleaved: layout + display list (or whole PNG renders) of the peer cards, one process per build and round, CPU over all threads.
// node bench/front-half-ab.mjs ROUNDS list|render BASE_ROOT BRANCH_ROOT   (each root a built checkout; BENCH_ITERATIONS per card, default 300 for list, 40 for render)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const [roundsText, mode, ...roots] = process.argv.slice(2);
const rounds = Number(roundsText ?? 5);
const iterations = Number(process.env.BENCH_ITERATIONS ?? (mode === 'render' ? 40 : 300));

/** The child: warm up, then CPU ms per card over `iterations` runs (cards from this checkout's bench, engine from `root`). */
const child = (root) => `
const { avatarDataUrl, fontFiles, makeAvatar, peerCards } = await import('${here}peer-cards.mjs');
const { encodeCards, makePhoto } = await import('${here}encode-cards.mjs');
const { layoutTree } = await import('${root}/dist/layout/layout.js');
const { buildDisplayList } = await import('${root}/dist/raster/display-list/build.js');
const { resolveEmoji } = await import('${root}/dist/fonts/emoji-sets.js');
const { FontRegistry } = await import('${root}/dist/layout/fonts/font-registry.js');
const { render } = await import('${root}/dist/index.js');
const cards = { ...peerCards(avatarDataUrl(makeAvatar())), ...encodeCards(avatarDataUrl(makePhoto())) };
const fontInputs = fontFiles('${here}..');
const fonts = await FontRegistry.create(fontInputs);
const emoji = resolveEmoji(undefined);
const list = (card) => buildDisplayList(layoutTree(card, { width: 1200, height: 630, emoji }, fonts), { debug: false, strict: true, warnings: [], emoji });
const run = ${mode === 'render' ? `(card) => render(card, { width: 1200, height: 630, fonts: fontInputs })` : 'async (card) => list(card)'};
const cpu = () => { const used = process.cpuUsage(); return used.user + used.system; };
const out = Object.fromEntries(Object.keys(cards).map((name) => [name, 0]));
// Warm every card first (the JIT settles on the mixed workload), then measure in blocks of 10 renders, card by card in turn.
for (let i = 0; i < ${Math.ceil(iterations / 2)}; i++) for (const card of Object.values(cards)) await run(card);
for (let block = 0; block < ${Math.ceil(iterations / 10)}; block++) {
  for (const [name, card] of Object.entries(cards)) {
    const start = cpu();
    for (let i = 0; i < 10; i++) await run(card);
    out[name] += (cpu() - start) / 1000 / ${Math.ceil(iterations / 10) * 10};
  }
}
process.stdout.write(JSON.stringify(out) + '\\n');`;

function measure(root) {
  return new Promise((resolve, reject) => {
    let out = '';
    const proc = spawn(process.execPath, ['--input-type=module', '-e', child(root)], { stdio: ['ignore', 'pipe', 'inherit'] });
    proc.stdout.on('data', (data) => (out += data));
    proc.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child for ${root} exited ${code}`))));
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = roots.map(() => []);
for (let round = 0; round < rounds; round++) {
  // Alternate which build goes first, so a load swing does not favour one.
  const order = round % 2 === 0 ? roots.map((_, i) => i) : roots.map((_, i) => roots.length - 1 - i);
  for (const index of order) samples[index].push(await measure(roots[index]));
}
const rows = Object.keys(samples[0][0]).map((card) => {
  const row = { card };
  roots.forEach((root, index) => (row[`CPU ms ${index === 0 ? 'base' : `#${index}`}`] = Number(median(samples[index].map((s) => s[card])).toFixed(3))));
  for (let index = 1; index < roots.length; index++) row[`ratio #${index}/base`] = Number(median(samples[index].map((s, r) => s[card] / samples[0][r][card])).toFixed(3));
  return row;
});
console.log(`${mode}: ${rounds} interleaved rounds, ${iterations} runs per card per process; node ${process.version}`);
console.table(rows);
