// The palette run tokeniser (palette rows deflated from the palette counter's runs, the edge's palette deflate): checked by zlib's own inflate, and the same bytes whichever deflate the runtime has.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inflateRawSync } from 'node:zlib';
import { writeDynamicBlock } from '../../src/raster/encode/deflate/dynamic-block.js';
import { PaletteRunTokens } from '../../src/raster/encode/deflate/run-tokens.js';
import { toPalette } from '../../src/raster/encode/palette.js';
import { scanRows } from '../../src/raster/encode/palette/count-band.js';
import { adler32Combine, writePaletteRows } from '../../src/raster/encode/scanlines.js';
import { encodePngWeb } from '../../src/raster/encode/png-web.js';
import { encodePng } from '../../src/raster/encode/png.js';
import { decodePng } from '../golden/render/image-diff.js';

const rgba = (r: number, g: number, b: number) => ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;

/**
 * The palette image of the pixels as the edge writes it: index rows from the runs, band by band,
 * each band one block, inflated back; with the rows writePaletteRows writes and their adler32.
 */
function roundTrip(pixels: Uint32Array, width: number, height: number, bounds: readonly number[]): { inflated: Buffer; rows: Buffer; adler: number; expectedAdler: number } | null {
  const scan = scanRows(pixels, width, height);
  const image = toPalette(pixels, width, height, bounds, scan);
  if (!image) return null;
  const rows = new Uint8Array((width + 1) * height);
  const tokeniser = new PaletteRunTokens(width, scan.repeatsAbove);
  let adler = 1;
  let expectedAdler = 1;
  const parts = image.bands.map((band, i) => {
    const length = (band.counts.toRow - band.counts.fromRow) * (width + 1);
    expectedAdler = adler32Combine(expectedAdler, writePaletteRows(band, width, rows), length);
    const tokens = tokeniser.band(band)!;
    adler = adler32Combine(adler, tokens.adler, length);
    return writeDynamicBlock(tokens, i === image.bands.length - 1);
  });
  return { inflated: inflateRawSync(Buffer.concat(parts)), rows: Buffer.from(rows), adler, expectedAdler };
}

describe('PaletteRunTokens', () => {
  it('inflates to the index rows with their adler32, over two bands whose matches reach the row above the second', () => {
    const width = 300;
    const height = 240;
    const pixels = new Uint32Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        // Background, letter stems repeated down the rows, a few shades and repeated rows of background.
        const stem = y > 40 && y < 200 && x % 23 < 4 + (y % 3);
        pixels[y * width + x] = stem ? rgba(250, 250, 250) : (x + y) % 37 === 0 && y > 100 ? rgba(120 + (y % 7), 120, 130) : rgba(15, 23, 42);
      }
    }
    const result = roundTrip(pixels, width, height, [0])!;
    expect(result.inflated.equals(result.rows)).toBe(true);
    expect(result.adler).toBe(result.expectedAdler);
  });

  it('inflates to the index rows when shades are merged into one entry (neighbouring runs of one index)', () => {
    const width = 200;
    const height = 60;
    const pixels = new Uint32Array(width * height);
    // Alternating shades within PALETTE_MAX_ERROR of each other, each covering a pixel or two: mergeable into one entry.
    for (let i = 0; i < pixels.length; i++) pixels[i] = i % 200 < 100 ? rgba(10, 10, 10) : rgba(200 + (i % 3), 200, 200 + (i % 2));
    const result = roundTrip(pixels, width, height, [0, 6])!;
    expect(result.inflated.equals(result.rows)).toBe(true);
    expect(result.adler).toBe(result.expectedAdler);
  });

  it('inflates to the index rows of any image of a few colours (property)', () => {
    const colors = [rgba(0, 0, 0), rgba(255, 255, 255), rgba(255, 0, 0), rgba(3, 2, 1), rgba(0, 0, 255)];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 300, maxLength: 300 }), { minLength: 1, maxLength: 260 }), (width, raw) => {
        // Repeat some rows, and stretch pixels into runs, so repeated rows, long runs and spans equal to the row above all occur.
        const values = raw.map((r, y) => (y > 0 && r[0] === 0 ? raw[y - 1]! : r)).map((r) => Array.from({ length: width }, (_, x) => r[Math.floor(x / 3) % r.length]!));
        const pixels = Uint32Array.from(values.flat(), (v) => colors[v]!);
        const result = roundTrip(pixels, width, values.length, [0])!;
        expect(result.inflated.equals(result.rows)).toBe(true);
        expect(result.adler).toBe(result.expectedAdler);
      }),
      { numRuns: 150 },
    );
  });

  it('writes a diagonal gradient as one match a row (the row above moved a byte), not run by run', () => {
    const width = 400;
    const height = 200;
    const steps = Array.from({ length: 120 }, (_, i) => rgba(i * 2, 40, 255 - i * 2));
    const pixels = Uint32Array.from({ length: width * height }, (_, p) => steps[Math.floor(((p % width) + Math.floor(p / width)) / 5) % steps.length]!);
    const scan = scanRows(pixels, width, height);
    const image = toPalette(pixels, width, height, [0], scan)!;
    const tokeniser = new PaletteRunTokens(width, scan.repeatsAbove);
    const counts = image.bands.map((band) => tokeniser.band(band)!.count);
    // The first row's runs, then a few tokens per row (filter byte, the diagonal match, the new last pixel).
    expect(counts.reduce((sum, n) => sum + n, 0)).toBeLessThan(2 * (width / 5) + 4 * height);
    expect(roundTrip(pixels, width, height, [0])!.inflated.equals(roundTrip(pixels, width, height, [0])!.rows)).toBe(true);
  });

  it('writes a repeated row shorter than a match (one or two pixels wide) as literals', () => {
    for (const width of [1, 2]) {
      const result = roundTrip(new Uint32Array(width * 2).fill(rgba(0, 0, 0)), width, 2, [0])!;
      expect(result.inflated.equals(result.rows)).toBe(true);
    }
  });

  it('refuses bands out of order', () => {
    const pixels = new Uint32Array(100 * 700).fill(rgba(1, 2, 3));
    for (let y = 0; y < 700; y += 2) pixels[y * 100 + (y % 100)] = rgba(9, 9, 9);
    const scan = scanRows(pixels, 100, 700);
    const image = toPalette(pixels, 100, 700, [0], scan)!;
    expect(image.bands.length).toBe(2);
    expect(() => new PaletteRunTokens(100, scan.repeatsAbove).band(image.bands[1]!)).toThrow(/out of order/);
  });
});

describe('encodePngWeb palette rows', () => {
  const WIDTH = 300;
  const HEIGHT = 120;
  /** A flat card with anti-aliased-looking shades: fits a palette. */
  const pixels = new Uint8Array(WIDTH * HEIGHT * 4);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const o = (y * WIDTH + x) * 4;
      const ink = y > 40 && y < 80 && x % 30 < 12 ? (x % 30 < 2 ? 128 : 255) : 0;
      pixels.set([15 + ink * 0.9, 23 + ink * 0.9, 42 + ink * 0.8, 255], o);
    }
  }
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'CompressionStream')!;

  it('are deflated by ogsmith itself: the same bytes with CompressionStream as with fflate, decoding to the pixels Node encodes', async () => {
    const withStream = await encodePngWeb(pixels, WIDTH, HEIGHT, 'auto', 'straight');
    Object.defineProperty(globalThis, 'CompressionStream', { configurable: true, value: undefined });
    try {
      const withFflate = await encodePngWeb(pixels, WIDTH, HEIGHT, 'auto', 'straight');
      expect(withStream[25]).toBe(3);
      expect(Buffer.from(withStream).equals(Buffer.from(withFflate))).toBe(true);
    } finally {
      Object.defineProperty(globalThis, 'CompressionStream', descriptor);
    }
    const node = encodePng(pixels, WIDTH, HEIGHT, 'auto', 'straight');
    expect(Buffer.from((await decodePng(withStream)).data).equals(Buffer.from((await decodePng(node)).data))).toBe(true);
  });
});
