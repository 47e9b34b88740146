// The wasm palette counter against the JS one: the same runs, ids, counts and row sources on cards, gradients, bands with and without the row above, random images, and where either gives up; a count its caller stops gives up within 16 rows; the JS runs where the module cannot.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CountScratch, countBand, countBandInJs, MAX_DISTINCT, MAX_FREQUENT_EXACT, MAX_FREQUENT_MERGED_STEPS, scanRows, type BandCounts } from '../../src/raster/encode/palette/count-band.js';
import { countBandInWasm } from '../../src/raster/encode/palette/count-band-wasm.js';
import { stopCountingWhen, usePixelMatcherWasm } from '../../src/raster/encode/deflate/pixel-matcher-wasm.js';
import { useCompiledWasm, wasmBytes, withoutEncoderWasm, words } from './encoder-wasm.js';
import { webAssembly } from '../../src/edge/wasm.js';
import { gradient, linesCard, noisePhoto, seeded, textCard } from './card-pixels.js';

beforeAll(useCompiledWasm);

/** A copy of what a count leaves (its arrays live in a scratch until its next use), as one string for a fast compare. */
function snapshot(counts: BandCounts | null): string {
  if (!counts) return 'null';
  const { fromRow, toRow, count, distinct } = counts;
  const bytes = (array: Uint32Array | Uint16Array | Uint8Array, length: number): string => Buffer.from(array.buffer, array.byteOffset, length * array.BYTES_PER_ELEMENT).toString('base64');
  return JSON.stringify({
    fromRow,
    toRow,
    count,
    distinct,
    runEnds: bytes(counts.runEnds, count),
    runIds: bytes(counts.runIds, count),
    colorOfId: bytes(counts.colorOfId, distinct),
    countOfId: bytes(counts.countOfId, distinct),
    runsOfId: bytes(counts.runsOfId, distinct),
    rowSources: bytes(counts.rowSources, toRow - fromRow),
  });
}

const jsScratch = new CountScratch();
const wasmScratch = new CountScratch();

/** Both counters on one band (pixels held from baseRow); the wasm must run, and both must leave the same counts. */
function expectSameCounts(pixels: Uint32Array, width: number, fromRow: number, toRow: number, baseRow: number, repeatsAbove: Uint8Array, maxFrequent = MAX_FREQUENT_EXACT): string {
  const js = snapshot(countBandInJs(pixels, width, fromRow, toRow, baseRow, repeatsAbove, jsScratch, maxFrequent));
  const inWasm = countBandInWasm(pixels, width, fromRow, toRow, baseRow, repeatsAbove, wasmScratch, maxFrequent);
  expect(inWasm).not.toBeUndefined();
  const wasm = snapshot(inWasm ?? null);
  if (wasm !== js) expect(JSON.parse(wasm) as unknown).toEqual(JSON.parse(js) as unknown);
  expect(wasm === js).toBe(true);
  return js;
}

/** The bands toPalette counts (two at scanRows' cut, the second held from row 0 or from its row above), and the whole image. */
function expectSameOverBands(pixels: Uint32Array, width: number, height: number, maxFrequent = MAX_FREQUENT_EXACT): void {
  const { repeatsAbove, cut } = scanRows(pixels, width, height);
  const at = cut > 0 && cut < height ? cut : height >> 1;
  expectSameCounts(pixels, width, 0, height, 0, repeatsAbove, maxFrequent);
  expectSameCounts(pixels, width, 0, at, 0, repeatsAbove, maxFrequent);
  expectSameCounts(pixels, width, at, height, 0, repeatsAbove, maxFrequent);
  if (at > 0) expectSameCounts(pixels.subarray((at - 1) * width), width, at, height, at - 1, repeatsAbove, maxFrequent);
  expectSameCounts(pixels.subarray(at * width), width, at, height, at, repeatsAbove, maxFrequent);
}

describe('the wasm palette counter', () => {
  it('runs in Node, and countBand takes it when given', () => {
    const pixels = words(textCard(2, 300, 80));
    const { repeatsAbove } = scanRows(pixels, 300, 80);
    expect(countBandInWasm(pixels, 300, 0, 80, 0, repeatsAbove, wasmScratch, MAX_FREQUENT_EXACT)).not.toBeUndefined();
    expect(snapshot(countBand(pixels, 300, 0, 80, 0, repeatsAbove, wasmScratch))).toBe(snapshot(countBandInJs(pixels, 300, 0, 80, 0, repeatsAbove, jsScratch)));
  });

  it('gives the JS counter\'s counts on full-size cards (text, lines, diagonal and flat gradients, a photograph) over their bands', () => {
    for (const rgba of [textCard(3), linesCard(5), gradient(true), gradient(false), noisePhoto(7, 1200, 630)]) {
      expectSameOverBands(words(rgba), 1200, 630);
      expectSameOverBands(words(rgba), 1200, 630, MAX_FREQUENT_MERGED_STEPS);
    }
  });

  it('gives up where the JS does: too many frequent colours, too many colours', () => {
    // 400 stripes of 120 pixels each (frequent), and then every pixel a colour of its own.
    const width = 1200;
    const height = 40;
    const stripes = new Uint32Array(width * height).map((_, i) => (0xff000000 | Math.floor((i % width) / 3)) >>> 0);
    for (let y = 0; y < height; y++) stripes[y * width + ((y * 7) % width)] = 0xff123456;
    expect(expectSameCounts(stripes, width, 0, height, 0, scanRows(stripes, width, height).repeatsAbove)).toBe('null');
    expectSameCounts(stripes, width, 0, height, 0, scanRows(stripes, width, height).repeatsAbove, 1000);
    const many = new Uint32Array(width * 10).map((_, i) => (0xff000000 | Math.imul(i + 1, 2654435761)) >>> 0);
    expect(MAX_DISTINCT).toBeLessThan(many.length);
    expect(expectSameCounts(many, width, 0, 10, 0, scanRows(many, width, 10).repeatsAbove, 1 << 20)).toBe('null');
    // After giving up, the next count starts clean.
    expectSameOverBands(words(textCard(4)), 1200, 630);
  });

  it('gives more room for runs when a band has more than it had room for, and keeps counting after it', () => {
    // A band of 64 colours in runs of one pixel: 300,000 runs, more than the first room of 65,536.
    const width = 1000;
    const height = 300;
    const noise = new Uint32Array(width * height).map((_, i) => (0xff000000 | (Math.imul(i + 1, 2654435761) >>> 26)) >>> 0);
    expectSameCounts(noise, width, 0, height, 0, scanRows(noise, width, height).repeatsAbove, 1 << 20);
    expectSameOverBands(words(linesCard(8)), 1200, 630);
  });

  it('gives the JS counter\'s counts on random images of few colours, any width, band and row repeats (property)', () => {
    const colours = [0xffffffff, 0xff102030, 0xff0a0ac8, 0x00000000, 0x80193264];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 14 }), fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 2, max: 5 }), (width, height, seed, palette) => {
        const random = seeded(seed);
        const pixels = new Uint32Array(width * height);
        for (let i = 0; i < pixels.length; i++) {
          // Runs, repeated rows and rows moved a pixel, as cards have, between random pixels.
          const r = random();
          pixels[i] = r < 0.3 && i > 0 ? pixels[i - 1]! : r < 0.6 && i >= width ? pixels[i - width]! : r < 0.7 && i >= width - 1 && i > 0 ? pixels[i - width + 1]! : colours[Math.floor(random() * palette)]!;
        }
        if (height > 2 && random() < 0.5) pixels.copyWithin(width, 0, width);
        const { repeatsAbove } = scanRows(pixels, width, height);
        const fromRow = Math.floor(random() * height);
        const toRow = fromRow + 1 + Math.floor(random() * (height - fromRow));
        const baseRow = fromRow > 0 && random() < 0.5 ? (random() < 0.5 ? fromRow - 1 : fromRow) : 0;
        expectSameCounts(pixels.subarray(baseRow * width), width, fromRow, toRow, baseRow, repeatsAbove, 1 + Math.floor(random() * 300));
      }),
      { numRuns: 400 },
    );
  });

  it('compiles the module from bytes at its first count (Node), and instantiates a module given compiled (the edge entries)', () => {
    const pixels = words(textCard(5, 200, 50));
    const { repeatsAbove } = scanRows(pixels, 200, 50);
    const expected = snapshot(countBandInJs(pixels, 200, 0, 50, 0, repeatsAbove, jsScratch));
    try {
      let asked = 0;
      usePixelMatcherWasm(() => {
        asked++;
        return wasmBytes;
      });
      expect(asked).toBe(0);
      expect(snapshot(countBandInWasm(pixels, 200, 0, 50, 0, repeatsAbove, wasmScratch, MAX_FREQUENT_EXACT) ?? null)).toBe(expected);
      expect(snapshot(countBand(pixels, 200, 0, 50, 0, repeatsAbove, wasmScratch))).toBe(expected);
      expect(asked).toBe(1);
      usePixelMatcherWasm(new webAssembly.Module(wasmBytes));
      expect(snapshot(countBandInWasm(pixels, 200, 0, 50, 0, repeatsAbove, wasmScratch, MAX_FREQUENT_EXACT) ?? null)).toBe(expected);
    } finally {
      useCompiledWasm();
    }
  });

  it('stops within 16 rows once its caller says so (the band worker\'s count), and counts as before once it does not', () => {
    const pixels = words(textCard(6, 300, 200));
    const { repeatsAbove } = scanRows(pixels, 300, 200);
    const expected = snapshot(countBandInJs(pixels, 300, 0, 200, 0, repeatsAbove, jsScratch));
    let asked = 0;
    try {
      stopCountingWhen(() => ++asked >= 2);
      expect(countBandInWasm(pixels, 300, 0, 200, 0, repeatsAbove, wasmScratch, MAX_FREQUENT_EXACT)).toBeNull();
      // Asked after rows 16 and 32: stopped at the second question.
      expect(asked).toBe(2);
    } finally {
      stopCountingWhen(() => false);
    }
    expect(snapshot(countBandInWasm(pixels, 300, 0, 200, 0, repeatsAbove, wasmScratch, MAX_FREQUENT_EXACT)!)).toBe(expected);
  });

  it('leaves counting to the JS where the module cannot run (an engine without wasm SIMD)', () => {
    const pixels = words(textCard(5, 200, 50));
    const { repeatsAbove } = scanRows(pixels, 200, 50);
    const expected = snapshot(countBandInJs(pixels, 200, 0, 50, 0, repeatsAbove, jsScratch));
    withoutEncoderWasm(() => {
      expect(countBandInWasm(pixels, 200, 0, 50, 0, repeatsAbove, wasmScratch, MAX_FREQUENT_EXACT)).toBeUndefined();
      expect(snapshot(countBand(pixels, 200, 0, 50, 0, repeatsAbove, wasmScratch))).toBe(expected);
    });
  });
});
