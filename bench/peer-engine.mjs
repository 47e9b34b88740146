// One peer engine in its own process for bench/peers.mjs: renders the card it is sent and reports wall time, its own CPU (all its threads) and bytes.
import { createCanvas } from '@napi-rs/canvas';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { avatarDataUrl, fontFiles, makeAvatar, peerCards } from './peer-cards.mjs';
import { encodeCards, makePhoto, photoCards } from './encode-cards.mjs';
import { varietyCards, varietyFonts } from './variety-cards.mjs';
import { themedCards } from './themed-cards.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENGINE = process.env.BENCH_PEER_ENGINE;
const FORMAT = process.env.BENCH_FORMAT ?? 'png';
const QUALITY = Number(process.env.BENCH_QUALITY ?? 80);
const cards = { ...peerCards(avatarDataUrl(makeAvatar())), ...encodeCards(avatarDataUrl(makePhoto())), ...photoCards(avatarDataUrl(makePhoto({ trueNoise: true }))), ...varietyCards(), ...themedCards() };
/** Renders so far per card: a themed card (a function of the render number) gets new colours every time, the same sequence in every engine's process. */
const rendersOf = new Map();
const fonts = [...fontFiles(root), ...varietyFonts(root)];

/** The engine's render function: card → encoded bytes. */
async function loadEngine(name) {
  switch (name) {
    case 'ogsmith': {
      const { render } = await import('../dist/index.js');
      return (card) => render(card, { width: 1200, height: 630, fonts, format: FORMAT, quality: QUALITY });
    }
    case 'takumi': {
      const { Renderer } = await import('@takumi-rs/core');
      const { fromJsx } = await import('@takumi-rs/helpers/jsx');
      const takumi = new Renderer();
      for (const font of fonts) await takumi.registerFont({ name: font.name, data: font.data, weight: font.weight, style: font.style });
      return async (card) => takumi.render((await fromJsx(card)).node, { width: 1200, height: 630, format: FORMAT, ...(FORMAT === 'png' ? {} : { quality: QUALITY }) });
    }
    case 'satori+resvg': {
      const { default: satori } = await import('satori');
      const { Resvg } = await import('@resvg/resvg-js');
      return async (card) => new Resvg(await satori(card, { width: 1200, height: 630, fonts: fonts.map((f) => ({ name: f.name, data: f.data, weight: f.weight, style: f.style })) }), { fitTo: { mode: 'original' } }).render().asPng();
    }
    case 'blank canvas (floor)': {
      const { encodePngAsync } = await import('../dist/raster/encode/png.js');
      const blank = createCanvas(1200, 630);
      blank.getContext('2d').fillStyle = 'white';
      blank.getContext('2d').fillRect(0, 0, 1200, 630);
      return () => encodePngAsync(blank.data(), 1200, 630);
    }
    default:
      throw new Error(`unknown engine ${name}`);
  }
}

const run = await loadEngine(ENGINE);
const micros = () => {
  const used = process.cpuUsage();
  return used.user + used.system;
};
process.on('message', async (message) => {
  if (message.type === 'cpu') {
    process.send({ type: 'cpu', micros: micros() });
    return;
  }
  if (message.type === 'exit') {
    process.disconnect();
    return;
  }
  const entry = cards[message.card];
  const made = rendersOf.get(message.card) ?? 0;
  rendersOf.set(message.card, made + 1);
  const card = typeof entry === 'function' ? entry(made) : entry;
  const c0 = micros();
  const t0 = performance.now();
  const bytes = await run(card);
  process.send({ type: 'rendered', ms: performance.now() - t0, cpuMicros: micros() - c0, bytes: bytes.length });
});
process.send({ type: 'ready' });
