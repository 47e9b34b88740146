// Child of bench/dist-ab.mjs: renders the sample, peer and encode cards (or BENCH_CARDS' subset) with one build's dist/, and prints the wall median and CPU per render of each (process CPU, all threads, with 50 ms of idle after each card's loop).
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { avatarDataUrl, fontFiles, makeAvatar, peerCards } from './peer-cards.mjs';
import { encodeCards, makePhoto, photoCards } from './encode-cards.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.argv[2];
const N = Number(process.argv[3] ?? 30);
const { render } = await import(pathToFileURL(join(dist, 'index.js')).href);
const { sampleCards } = await import(pathToFileURL(join(dist, 'samples', 'cards.js')).href);
const fonts = fontFiles(root);
const jobs = [
  ...Object.entries(sampleCards).map(([name, card]) => [`sample ${name}`, card, {}]),
  ...Object.entries({ ...peerCards(avatarDataUrl(makeAvatar())), ...encodeCards(avatarDataUrl(makePhoto())), ...photoCards(avatarDataUrl(makePhoto({ trueNoise: true }))) }).map(([name, card]) => [name, card, { fonts }]),
];
const out = {};
// BENCH_CARDS: comma-separated subset of the job names.
const wanted = process.env.BENCH_CARDS?.split(',');
for (const [name, card, extra] of jobs.filter(([name]) => !wanted || wanted.includes(name))) {
  const options = { width: 1200, height: 630, ...extra };
  for (let i = 0; i < 10; i++) await render(card, options);
  const walls = [];
  const before = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    const start = performance.now();
    await render(card, options);
    walls.push(performance.now() - start);
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  const used = process.cpuUsage(before);
  walls.sort((a, b) => a - b);
  out[name] = { wall: walls[N >> 1], cpu: (used.user + used.system) / 1000 / N };
}
process.stdout.write(JSON.stringify(out));
