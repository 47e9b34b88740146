// A small render started when a worker loads, so its first request runs on loaded fonts and HarfBuzz, compiled functions and V8 feedback instead of paying for them (docs/edge.md, "First request after start").
import { encodePngWeb } from '../raster/encode/png-web.js';
import { render } from './render.js';

const WIDTH = 120;
const HEIGHT = 64;

const box = (style: Readonly<Record<string, unknown>>, ...children: unknown[]) => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/**
 * What a typical card draws, small: bundled Inter in both weights, a gradient and a rounded
 * box behind text, and a flat card (the encoder's palette path).
 */
const CARDS: readonly unknown[] = [
  box({ width: WIDTH, height: HEIGHT, flexDirection: 'column', padding: 4, backgroundImage: 'linear-gradient(135deg, #0f172a 0%, #312e81 55%, #7c3aed 100%)', color: 'white', fontSize: 12 }, box({ fontWeight: 700 }, 'Ag'), box({}, 'xy')),
  box({ width: WIDTH, height: HEIGHT, flexDirection: 'column', padding: 4, backgroundColor: '#ecfdf5', color: '#064e3b', fontSize: 12 }, box({ fontWeight: 700, borderRadius: 6, backgroundColor: '#a7f3d0' }, 'Ag'), box({}, 'xy')),
];

/**
 * Pixels the palette cannot hold (8,192 colours) that repeat the row above, as a large card's
 * gradient does: the encoder's matched-RGB path, which a small gradient card does not reach.
 */
function manyColourPixels(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      rgba[i] = x;
      rgba[i + 1] = (y >> 1) * 8;
      rgba[i + 2] = 255 - x;
      rgba[i + 3] = 255;
    }
  }
  return rgba;
}

let warming: Promise<boolean> | null = null;

/**
 * Renders the small cards and encodes the many-colour pixels once per isolate (later calls
 * return the same promise). Output is unaffected: every cache it fills is keyed by content.
 * Resolves to false when something failed (ignored: the first real render reports its own).
 */
export function warmUp(): Promise<boolean> {
  warming ??= (async () => {
    for (const card of CARDS) await render(card, { width: WIDTH, height: HEIGHT, emoji: 'none' });
    await encodePngWeb(manyColourPixels(256, 64), 256, 64, 'auto', 'straight');
    return true;
  })().catch(() => false);
  return warming;
}
