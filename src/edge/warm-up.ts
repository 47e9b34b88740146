// A small render started when a worker loads, so its first request runs on loaded fonts and HarfBuzz, compiled functions and V8 feedback instead of paying for them (docs/edge.md, "First request after start").
import { encodePngWeb } from '../raster/encode/png-web.js';
import { render } from './render.js';

/**
 * Large enough that the per-pixel loops (gradient rows, blending, glyph rasterising, the encoder's
 * matchers) run long enough in the warm-up for V8 to optimise them before the first request: 320×168
 * took the first request's isolate CPU to 0.73–0.78× of 120×64's for 14–17 ms more start-up on its JS thread (docs/edge.md, fourth pass).
 */
const WIDTH = 320;
const HEIGHT = 168;

const box = (style: Readonly<Record<string, unknown>>, ...children: unknown[]) => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/**
 * What a typical card draws, smaller: bundled Inter in both weights with a few dozen glyphs, a gradient
 * and a rounded box behind text, and a flat card (the encoder's palette path).
 */
const CARDS: readonly unknown[] = [
  box({ width: WIDTH, height: HEIGHT, flexDirection: 'column', padding: 4, backgroundImage: 'linear-gradient(135deg, #0f172a 0%, #312e81 55%, #7c3aed 100%)', color: 'white', fontSize: 24 }, box({ fontWeight: 700 }, 'Agile foxes quickly jump'), box({}, 'over xylophones, 2026')),
  box({ width: WIDTH, height: HEIGHT, flexDirection: 'column', padding: 4, backgroundColor: '#ecfdf5', color: '#064e3b', fontSize: 24 }, box({ fontWeight: 700, borderRadius: 16, backgroundColor: '#a7f3d0', padding: '4px 12px' }, 'Agile foxes'), box({}, 'quickly jump over xylophones')),
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
