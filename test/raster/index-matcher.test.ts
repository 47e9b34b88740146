// The index matcher (palette rows deflated by neighbour matching, the edge's palette deflate): checked by zlib's own inflate, and the same bytes whichever deflate the runtime has.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inflateRawSync } from 'node:zlib';
import { writeDynamicBlock } from '../../src/raster/encode/deflate/dynamic-block.js';
import { MAX_MATCHABLE_INDEX_WIDTH, matchIndexRows } from '../../src/raster/encode/deflate/index-matcher.js';
import { encodePngWeb } from '../../src/raster/encode/png-web.js';
import { encodePng } from '../../src/raster/encode/png.js';
import { decodePng } from '../golden/render/image-diff.js';

/** Index rows (filter byte 0 first) from rows of indexes, and which rows repeat the one above. */
function indexRows(values: readonly (readonly number[])[]): { rows: Uint8Array; repeatsAbove: Uint8Array; width: number } {
  const width = values[0]!.length;
  const rows = new Uint8Array((width + 1) * values.length);
  const repeatsAbove = new Uint8Array(values.length);
  values.forEach((row, y) => {
    rows.set(row, y * (width + 1) + 1);
    if (y > 0 && row.every((v, x) => v === values[y - 1]![x])) repeatsAbove[y] = 1;
  });
  return { rows, repeatsAbove, width };
}

/** The raw deflate of bands cut at `cut`, each one block, inflated back. */
function roundTrip(rows: Uint8Array, width: number, height: number, repeatsAbove: Uint8Array, cut = height): Buffer {
  const bands = cut > 0 && cut < height ? [[0, cut], [cut, height]] : [[0, height]];
  const parts = bands.map(([from, to], i) => writeDynamicBlock(matchIndexRows(rows, width, from!, to!, repeatsAbove)!, i === bands.length - 1));
  return inflateRawSync(Buffer.concat(parts));
}

describe('matchIndexRows', () => {
  it('inflates to the index rows, whole or cut into two bands whose matches reach the row above the second', () => {
    const row = (y: number) => Array.from({ length: 40 }, (_, x) => (x < 10 ? 0 : x < 10 + (y % 5) ? 3 : x % 7 === 0 ? y & 255 : 1));
    const values = [...Array.from({ length: 12 }, (_, y) => row(y)), ...Array.from({ length: 6 }, () => row(11)), ...Array.from({ length: 12 }, (_, y) => row(y + 1).map((v, x) => (x + y) % 9 === 0 ? 200 : v))];
    const { rows, repeatsAbove, width } = indexRows(values);
    expect(roundTrip(rows, width, values.length, repeatsAbove).equals(Buffer.from(rows))).toBe(true);
    expect(roundTrip(rows, width, values.length, repeatsAbove, 15).equals(Buffer.from(rows))).toBe(true);
  });

  it('inflates to any rows of a few indexes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 70, maxLength: 70 }), { minLength: 1, maxLength: 30 }), fc.nat(30), (width, raw, cut) => {
        // Repeat some rows so the whole-row matches are taken too.
        const values = raw.map((r, y) => (y > 0 && r[0] === 0 ? raw[y - 1]! : r).slice(0, width));
        const { rows, repeatsAbove } = indexRows(values);
        expect(roundTrip(rows, width, values.length, repeatsAbove, cut).equals(Buffer.from(rows))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses rows too wide for the diagonal distances', () => {
    expect(matchIndexRows(new Uint8Array(0), MAX_MATCHABLE_INDEX_WIDTH + 1, 0, 0, new Uint8Array(0))).toBeNull();
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
