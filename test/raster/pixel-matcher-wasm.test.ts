// The wasm pixel matcher against the JS one: the same tokens, frequencies and adler32 on cards, gradients, translucent RGBA, wide rows and band boundaries; and the committed wasm is what the AssemblyScript compiles to.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchBand, matchBandInJs, maxMatchableWidth, type PixelBand, type PixelTokens } from '../../src/raster/encode/deflate/pixel-matcher.js';
import { matchBandInWasm, pixelMatcherInWasm, usePixelMatcherWasm } from '../../src/raster/encode/deflate/pixel-matcher-wasm.js';
import { PIXEL_MATCHER_WASM_BASE64 } from '../../src/raster/encode/deflate/pixel-matcher-wasm-bytes.js';
import { scanRows } from '../../src/raster/encode/palette/count-band.js';
import type { PixelAlpha } from '../../src/raster/encode/scanlines.js';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { compilePixelMatcher as compilePixelMatcherUntyped } from '../../scripts/build-wasm.mjs';
import { gradient, linesCard, noisePhoto, rgb, seeded, textCard, translucent } from './card-pixels.js';

const compilePixelMatcher = compilePixelMatcherUntyped as () => Promise<Uint8Array>;
const wasmBytes = Buffer.from(PIXEL_MATCHER_WASM_BASE64, 'base64');
beforeAll(() => usePixelMatcherWasm(() => wasmBytes));

const words = (rgba: Uint8Array): Uint32Array => new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4);

/** A copy of a result (the wasm's tokens are a view on its memory, the JS's a shared scratch array), its tokens as one string for a fast compare. */
function snapshot(tokens: PixelTokens | null): unknown {
  if (!tokens) return null;
  return {
    tokens: Buffer.from(tokens.tokens.buffer, tokens.tokens.byteOffset, tokens.count * 4).toString('base64'),
    count: tokens.count,
    distances: [...tokens.distances],
    literalFrequencies: Array.from(tokens.literalFrequencies),
    distanceFrequencies: Array.from(tokens.distanceFrequencies),
    bytesPerPixel: tokens.bytesPerPixel,
    adler: tokens.adler,
  };
}

/** Both matchers on one band; the wasm must run (not fall back), and the results must be equal. */
function expectSameTokens(pixels: Uint32Array, width: number, band: PixelBand, bytesPerPixel: 3 | 4, alpha: PixelAlpha = 'premultiplied'): unknown {
  const js = snapshot(matchBandInJs(pixels, width, band, bytesPerPixel, alpha));
  const inWasm = matchBandInWasm(pixels, width, band, bytesPerPixel, alpha);
  expect(inWasm).not.toBeUndefined();
  const wasm = snapshot(inWasm ?? null);
  // One boolean first: a failing toEqual on megabytes of tokens takes minutes to print.
  if (JSON.stringify(wasm) !== JSON.stringify(js)) expect({ ...(wasm as object), tokens: undefined }).toEqual({ ...(js as object), tokens: undefined });
  expect(JSON.stringify(wasm) === JSON.stringify(js)).toBe(true);
  return js;
}

/** The bands matchedBands cuts (two at `cut`), with scanRows' repeated rows and without them. */
function expectSameOverBands(pixels: Uint32Array, width: number, height: number, bytesPerPixel: 3 | 4, alpha: PixelAlpha = 'premultiplied'): void {
  const scanned = scanRows(pixels, width, height);
  const cut = scanned.cut > 0 && scanned.cut < height ? scanned.cut : height >> 1;
  for (const [fromRow, toRow] of [[0, cut], [cut, height], [0, height]] as const) {
    if (toRow <= fromRow) continue;
    expectSameTokens(pixels, width, { fromRow, toRow, baseRow: 0 }, bytesPerPixel, alpha);
    expectSameTokens(pixels, width, { fromRow, toRow, baseRow: 0, repeatsAbove: scanned.repeatsAbove }, bytesPerPixel, alpha);
  }
}

describe('the wasm pixel matcher', () => {
  it('is the AssemblyScript compiled as scripts/build-wasm.mjs does (run it after editing assembly/pixel-matcher.ts)', async () => {
    expect(Buffer.from(await compilePixelMatcher()).equals(wasmBytes)).toBe(true);
  }, 60_000);

  it('runs in Node, and matchBand takes it when given', () => {
    expect(pixelMatcherInWasm()).toBe(true);
    const pixels = words(gradient(true, 64, 16));
    expect(snapshot(matchBand(pixels, 64, { fromRow: 0, toRow: 16, baseRow: 0 }, 3))).toEqual(snapshot(matchBandInJs(pixels, 64, { fromRow: 0, toRow: 16, baseRow: 0 }, 3)));
  });

  it('gives the JS matcher\'s tokens on full-size cards (text, lines, diagonal and flat gradients, a photograph) over their bands', () => {
    for (const rgba of [textCard(3), linesCard(5), gradient(true), gradient(false), noisePhoto(7, 1200, 630)]) {
      expectSameOverBands(words(rgba), 1200, 630, 3);
      expectSameOverBands(words(rgba), 1200, 630, 4, 'straight');
    }
  });

  it('refuses RGB at a translucent pixel as the JS does, and writes RGBA un-premultiplied or straight', () => {
    const pixels = words(translucent(301, 67));
    expect(expectSameTokens(pixels, 301, { fromRow: 0, toRow: 67, baseRow: 0 }, 3)).toBeNull();
    expectSameOverBands(pixels, 301, 67, 4, 'premultiplied');
    expectSameOverBands(pixels, 301, 67, 4, 'straight');
    // Opaque rows first, then one translucent pixel deep in the band, and one on a shifted row's last pixel.
    const late = words(gradient(true, 90, 40));
    late[35 * 90 + 89] = rgb(10, 20, 30, 200);
    expect(expectSameTokens(late, 90, { fromRow: 0, toRow: 40, baseRow: 0 }, 3)).toBeNull();
    expectSameTokens(late, 90, { fromRow: 0, toRow: 35, baseRow: 0 }, 3);
  });

  it('reaches the row above a band held from baseRow, and not above baseRow', () => {
    const full = words(linesCard(2, 333, 200, 120));
    for (const [fromRow, toRow, baseRow] of [[50, 120, 49], [50, 120, 50], [119, 200, 100], [0, 1, 0], [1, 2, 0], [199, 200, 198]] as const) {
      const pixels = full.subarray(baseRow * 333);
      expectSameTokens(pixels, 333, { fromRow, toRow, baseRow }, 3);
      expectSameTokens(pixels, 333, { fromRow, toRow, baseRow, repeatsAbove: scanRows(full, 333, 200).repeatsAbove }, 4, 'straight');
    }
  });

  it('keeps exact sums on the widest rows the window allows (its vector sums are flushed before they overflow)', () => {
    for (const bytesPerPixel of [3, 4] as const) {
      const width = maxMatchableWidth(bytesPerPixel);
      const random = seeded(bytesPerPixel);
      // Bright pixels, so the column-weighted sums are as large as they get, with runs to match.
      const pixels = new Uint32Array(width * 3);
      for (let i = 0; i < pixels.length; i++) pixels[i] = i % 7 < 3 ? rgb(255, 255, 255, bytesPerPixel === 4 ? 254 : 255) : rgb(255 - Math.floor(random() * 3), 255, 250 + Math.floor(random() * 5));
      expectSameTokens(pixels, width, { fromRow: 0, toRow: 3, baseRow: 0 }, bytesPerPixel, 'straight');
    }
  });

  it('grows its memory for a band of literals and keeps matching after it', () => {
    const noise = new Uint32Array(1000 * 700).map((_, i) => Math.imul(i + 1, 2654435761) >>> 0);
    expectSameTokens(noise, 1000, { fromRow: 0, toRow: 700, baseRow: 0 }, 4, 'straight');
    expectSameTokens(words(textCard(9)), 1200, { fromRow: 0, toRow: 630, baseRow: 0 }, 3);
  });

  it('leaves matching to the JS matcher where the module cannot run (an engine without wasm SIMD), and until a promised module is compiled', async () => {
    const pixels = words(gradient(true, 64, 16));
    const band = { fromRow: 0, toRow: 16, baseRow: 0 };
    const expected = snapshot(matchBandInJs(pixels, 64, band, 3));
    try {
      usePixelMatcherWasm(() => Uint8Array.of(0, 0x61, 0x73, 0x6d, 9, 9));
      expect(pixelMatcherInWasm()).toBe(false);
      expect(matchBandInWasm(pixels, 64, band, 3, 'premultiplied')).toBeUndefined();
      expect(snapshot(matchBand(pixels, 64, band, 3))).toEqual(expected);
      let settle: (bytes: Uint8Array) => void = () => undefined;
      usePixelMatcherWasm(new Promise<Uint8Array>((resolve) => (settle = resolve)));
      expect(pixelMatcherInWasm()).toBe(false);
      settle(wasmBytes);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pixelMatcherInWasm()).toBe(true);
      expect(snapshot(matchBand(pixels, 64, band, 3))).toEqual(expected);
    } finally {
      usePixelMatcherWasm(() => wasmBytes);
    }
  });

  it('gives the JS matcher\'s tokens on random images of few colours, any width, band and row repeats (property)', () => {
    const colours = [rgb(255, 255, 255), rgb(20, 30, 40), rgb(200, 10, 10), rgb(0, 0, 0, 0), rgb(100, 50, 25, 128)];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.boolean(),
        fc.constantFrom(3 as const, 4 as const),
        fc.constantFrom<PixelAlpha>('premultiplied', 'straight'),
        fc.integer({ min: 0, max: 3 }),
        (width, height, seed, opaque, bytesPerPixel, alpha, repeats) => {
          const random = seeded(seed);
          const palette = opaque ? colours.slice(0, 3) : colours;
          const pixels = new Uint32Array(width * height);
          for (let i = 0; i < pixels.length; i++) {
            // Runs, repeated rows and shifted rows, as cards have, between random pixels.
            const r = random();
            pixels[i] = r < 0.3 && i > 0 ? pixels[i - 1]! : r < 0.5 && i >= width ? pixels[i - width]! : r < 0.6 && i > width ? pixels[i - width - 1]! : palette[Math.floor(random() * palette.length)]!;
          }
          const fromRow = Math.floor(random() * height);
          const toRow = fromRow + 1 + Math.floor(random() * (height - fromRow));
          const baseRow = fromRow > 0 && random() < 0.5 ? fromRow - 1 : 0;
          // scanRows' answer, none, or arbitrary bytes (the matchers trust what they are given alike).
          const repeatsAbove = repeats === 0 ? undefined : repeats === 1 ? scanRows(pixels, width, height).repeatsAbove : Uint8Array.from({ length: height }, () => (random() < 0.5 ? 1 : 0));
          const band = { fromRow, toRow, baseRow, ...(repeatsAbove ? { repeatsAbove } : {}) };
          expectSameTokens(pixels.subarray(baseRow * width), width, band, bytesPerPixel, alpha);
        },
      ),
      { numRuns: 300 },
    );
  });
});
