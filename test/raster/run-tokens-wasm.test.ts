// The wasm palette run tokeniser against the JS one: the same tokens, frequencies and adler32 band after band, on cards, gradients, merged shades and random images; the JS runs where the module cannot.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PaletteRunTokens, type RunTokens } from '../../src/raster/encode/deflate/run-tokens.js';
import { useCompiledWasm, withoutEncoderWasm, words } from './encoder-wasm.js';
import { toPalette } from '../../src/raster/encode/palette.js';
import { scanRows } from '../../src/raster/encode/palette/count-band.js';
import { fewColourRuns, gradient, linesCard, textCard } from './card-pixels.js';

beforeAll(useCompiledWasm);

/** A copy of a band's tokens (the wasm's are a view on its memory, the JS's a shared scratch array), as one string for a fast compare. */
function snapshot(tokens: RunTokens | null): string {
  if (!tokens) return 'null';
  return JSON.stringify({
    tokens: Buffer.from(tokens.tokens.buffer, tokens.tokens.byteOffset, tokens.count * 4).toString('base64'),
    count: tokens.count,
    distances: [...tokens.distances],
    literalFrequencies: Array.from(tokens.literalFrequencies),
    distanceFrequencies: Array.from(tokens.distanceFrequencies),
    adler: tokens.adler,
  });
}

/** The palette image's bands tokenised by both, band after band; the image must fit a palette. Returns the bands compared. */
function expectSameTokens(pixels: Uint32Array, width: number, height: number, bounds: readonly number[] = [0], stepError = 0): number {
  const scan = scanRows(pixels, width, height);
  const image = toPalette(pixels, width, height, bounds, scan, stepError);
  expect(image).not.toBeNull();
  const inJs = new PaletteRunTokens(width, scan.repeatsAbove, true);
  const inWasm = new PaletteRunTokens(width, scan.repeatsAbove);
  for (const band of image!.bands) {
    const js = snapshot(inJs.band(band));
    const wasm = snapshot(inWasm.band(band));
    if (wasm !== js) expect({ ...(JSON.parse(wasm) as object), tokens: undefined }).toEqual({ ...(JSON.parse(js) as object), tokens: undefined });
    expect(wasm === js).toBe(true);
  }
  return image!.bands.length;
}

describe('the wasm palette run tokeniser', () => {
  it('gives the JS tokeniser\'s tokens on full-size cards (text, lines, a diagonal gradient) band after band', () => {
    let bands = 0;
    for (const rgba of [textCard(3), textCard(11), linesCard(5)]) bands += expectSameTokens(words(rgba), 1200, 630);
    bands += expectSameTokens(words(gradient(true)), 1200, 630, [0, 1], 1);
    expect(bands).toBeGreaterThan(4);
  });

  it('gives the JS tokeniser\'s tokens where shades merge into one entry (neighbouring runs of one index), and on rows too narrow for a match', () => {
    const width = 200;
    const pixels = new Uint32Array(width * 60).map((_, i) => (i % 200 < 100 ? 0xff0a0a0a : (0xff000000 | ((200 + (i % 2)) << 16) | (200 << 8) | (200 + (i % 3))) >>> 0));
    expectSameTokens(pixels, width, 60, [0, 6]);
    for (const narrow of [1, 2]) expectSameTokens(new Uint32Array(narrow * 3).fill(0xff000000), narrow, 3);
  });

  it('gives the JS tokeniser\'s tokens on random images of few colours, any width and height (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 260 }), fc.integer({ min: 0, max: 2 ** 31 }), (width, height, seed) => {
        expectSameTokens(fewColourRuns(width, height, seed), width, height);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves tokenising to the JS where the module cannot run', () => {
    const pixels = words(textCard(6, 300, 120));
    withoutEncoderWasm(() => expectSameTokens(pixels, 300, 120));
  });
});
