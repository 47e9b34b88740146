// RGB scanlines in wasm (assembly/rgb-rows.ts) against the JS writers: the same bytes and adler32 for None, Sub and the per-row filter, across band boundaries and widths that are not a multiple of four; translucent pixels refused.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inflateSync } from 'node:zlib';
import { rgbRowsInWasm, type RgbFilter } from '../../src/raster/encode/rgb-rows-wasm.js';
import { adler32, paethPredictor, rgbAdaptiveScanlines } from '../../src/raster/encode/rgb-rows.js';
import { rgbScanlines, rgbSubScanlines, type Scanlines } from '../../src/raster/encode/scanlines.js';
import { encodePng } from '../../src/raster/encode/png.js';
import { renderCanvas } from '../../src/render.js';
import { gradient, image, noisePhoto, rgb, seeded, textCard, translucent } from './card-pixels.js';
import { useCompiledWasm, words } from './encoder-wasm.js';

beforeAll(useCompiledWasm);

const inJs = (pixels: Uint32Array, width: number, height: number, filter: RgbFilter): Scanlines | null =>
  filter === 'sub' ? rgbSubScanlines(pixels, width, height) : filter === 'adaptive' ? rgbAdaptiveScanlines(pixels, width, height) : rgbScanlines(pixels, width, height);

/** The wasm's rows (it must run) equal the JS writer's, and the adler32 is that of the bytes. */
function expectSameRows(rgba: Uint8Array, width: number, height: number, filter: RgbFilter): void {
  const pixels = words(rgba);
  const js = inJs(pixels, width, height, filter);
  const wasm = rgbRowsInWasm(pixels, width, height, filter, new Uint8Array((width * 3 + 1) * height));
  expect(wasm).not.toBeUndefined();
  expect(wasm === null).toBe(js === null);
  if (!wasm || !js) return;
  expect(Buffer.from(wasm.data).equals(Buffer.from(js.data))).toBe(true);
  expect(wasm.rowBytes).toBe(js.rowBytes);
  expect(wasm.adler).toBe(js.adler);
  expect(wasm.adler).toBe(adler32(wasm.data));
}

/** Smooth rings: a radial ramp, the kind of image the per-row filter is for. */
const rings = (width: number, height: number): Uint8Array =>
  image(width, height, (x, y) => {
    const t = Math.min(255, Math.round(Math.hypot(x - width * 0.3, y - height * 0.2) / 3));
    return rgb(30 + (t >> 2), 40 + (t >> 1), 90 + (t >> 3));
  });

describe('rgbRowsInWasm', () => {
  it('writes the JS writers\' bytes and adler32 for each filter on photos, rings, gradients and text, across bands', () => {
    for (const filter of ['none', 'sub', 'adaptive'] as const) {
      expectSameRows(noisePhoto(3, 1200, 130), 1200, 130, filter);
      expectSameRows(rings(1200, 120), 1200, 120, filter);
      expectSameRows(gradient(true, 301, 70), 301, 70, filter);
      expectSameRows(textCard(5, 600, 90), 600, 90, filter);
    }
  });

  it('handles any width and height (tails shorter than a step, one-pixel rows, bands of one row)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom<RgbFilter>('none', 'sub', 'adaptive'), (width, height, seed, filter) => {
        const random = seeded(seed);
        // Few levels, so that runs, ties between filters and zero residuals are common.
        expectSameRows(image(width, height, () => rgb(Math.floor(random() * 3) * 60, Math.floor(random() * 2) * 90, 200)), width, height, filter);
      }),
      { numRuns: 150 },
    );
    expectSameRows(noisePhoto(9, 70_000, 2), 70_000, 2, 'adaptive');
  });

  it('refuses a translucent pixel (the writer then takes RGBA)', () => {
    for (const filter of ['none', 'sub', 'adaptive'] as const) expect(rgbRowsInWasm(words(translucent(40, 9)), 40, 9, filter, new Uint8Array(121 * 9))).toBeNull();
    const late = noisePhoto(4, 1200, 200);
    late[(150 * 1200 + 7) * 4 + 3] = 254;
    expect(rgbRowsInWasm(words(late), 1200, 200, 'sub', new Uint8Array(3601 * 200))).toBeNull();
  });
});

describe('rgbAdaptiveScanlines', () => {
  it('filters each row by the PNG filter leaving the fewest non-zero bytes, ties to the lower, and the rows decode', () => {
    const width = 50;
    const height = 12;
    const rgba = rings(width, height);
    const rows = rgbAdaptiveScanlines(words(rgba), width, height)!;
    const raw = (x: number, y: number): number => (x < 0 || y < 0 ? 0 : rgba[(y * width + Math.floor(x / 3)) * 4 + (x % 3)]!);
    const residual = (filter: number, x: number, y: number): number => {
      const [a, b, c] = [raw(x - 3, y), raw(x, y - 1), raw(x - 3, y - 1)];
      const predicted = [0, a, b, (a + b) >> 1, paethPredictor(a, b, c)][filter]!;
      return (raw(x, y) - predicted) & 0xff;
    };
    for (let y = 0; y < height; y++) {
      const counts = [0, 1, 2, 3, 4].map((filter) => Array.from({ length: width * 3 }, (_, x) => residual(filter, x, y)).filter((r) => r !== 0).length);
      const chosen = rows.data[y * rows.rowBytes]!;
      expect(chosen).toBe(counts.indexOf(Math.min(...counts)));
      for (let x = 0; x < width * 3; x++) expect(rows.data[y * rows.rowBytes + 1 + x]).toBe(residual(chosen, x, y));
    }
    expect(rows.adler).toBe(adler32(rows.data));
  });

  it('is what the PNG encoder writes for smooth rings under a blurred shadow', async () => {
    const width = 600;
    const height = 400;
    const card = { type: 'div', props: { style: { width, height, alignItems: 'center', justifyContent: 'center', backgroundImage: 'radial-gradient(circle at 30% 20%, #1e3a8a 0%, #0f172a 45%, #020617 100%)' }, children: [{ type: 'div', props: { style: { width: 400, height: 200, borderRadius: 24, backgroundColor: '#0f172a', boxShadow: '0 20px 60px rgba(56, 189, 248, 0.35)' } } }] } };
    const rgba = (await renderCanvas(card, { width, height })).data();
    const png = encodePng(rgba, width, height, 'exact');
    expect(png[25]).toBe(2);
    const idat: Buffer[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
      at += 12 + length;
    }
    const inflated = inflateSync(Buffer.concat(idat));
    expect(new Set(Array.from({ length: height }, (_, y) => inflated[y * (width * 3 + 1)])).size).toBeGreaterThan(1);
    expect(Buffer.from(inflated).equals(Buffer.from(rgbAdaptiveScanlines(words(rgba), width, height)!.data))).toBe(true);
  });
});
