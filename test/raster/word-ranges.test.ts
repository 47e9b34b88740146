// Equal word ranges without Node's Buffer (the edge's path): pairs of words as BigInt64 elements where aligned, word loops elsewhere, against a plain loop.
import { describe, expect, it } from 'vitest';
import { portableWordRangesEqual, runEnd, wordPairs, wordRangesEqual } from '../../src/raster/encode/word-ranges.js';

const reference = (pixels: Uint32Array, a: number, b: number, n: number): boolean => {
  for (let i = 0; i < n; i++) if (pixels[a + i] !== pixels[b + i]) return false;
  return true;
};

/** 64 words: two equal halves of 32, so ranges of every parity and length can be equal. */
function halves(): Uint32Array {
  const words = new Uint32Array(64);
  for (let i = 0; i < 32; i++) words[i] = words[i + 32] = (i * 2654435761) >>> 0 || 0xffffffff;
  return words;
}

describe('portableWordRangesEqual', () => {
  it('agrees with a plain loop for every start, parity and length, with one word changed anywhere', () => {
    let equalCases = 0;
    let unequalCases = 0;
    for (const byteOffset of [0, 4, 8]) {
      const backing = new Uint32Array(64 + 2);
      const pixels = new Uint32Array(backing.buffer, byteOffset, 64);
      pixels.set(halves());
      const same = portableWordRangesEqual(pixels);
      for (let a = 0; a < 8; a++) {
        for (let b = 32; b < 40; b++) {
          for (let n = 0; n <= 24; n++) {
            expect(same(a, b, n)).toBe(reference(pixels, a, b, n));
            if (reference(pixels, a, b, n)) equalCases++;
            for (let at = 0; at < n; at += 3) {
              const kept = pixels[b + at]!;
              pixels[b + at] = kept ^ (1 << (at % 32));
              expect(same(a, b, n)).toBe(false);
              unequalCases++;
              pixels[b + at] = kept;
            }
          }
        }
      }
    }
    expect(equalCases).toBeGreaterThan(100);
    expect(unequalCases).toBeGreaterThan(1000);
  });

  it('tells apart words that only differ in the high word of a pair, and NaN-like light pixels', () => {
    const pixels = new Uint32Array(8);
    pixels.set([0xfff9fafa, 0xfff9fafa, 0xfff9fafa, 0xfff9fafa, 0xfff9fafa, 0xfff9fafa, 0xfff9fafa, 0x80000000]);
    const same = portableWordRangesEqual(pixels);
    expect(same(0, 2, 4)).toBe(true);
    expect(same(0, 4, 4)).toBe(false);
    const zeros = new Uint32Array([0, 0, 0, 0x80000000]);
    expect(portableWordRangesEqual(zeros)(0, 2, 2)).toBe(false);
  });

  it('gives what the Buffer comparison gives on a card-like array', () => {
    const width = 31;
    const pixels = new Uint32Array(width * 20);
    for (let y = 0; y < 20; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = y % 3 === 0 ? 0xff0000ff : (x * 7 + Math.floor(y / 3)) | 0xff000000;
    const portable = portableWordRangesEqual(pixels);
    const native = wordRangesEqual(pixels);
    for (let y = 1; y < 20; y++) {
      for (const shift of [0, 1, -1]) {
        const a = y * width + Math.max(0, shift);
        const b = (y - 1) * width + Math.max(0, -shift);
        expect(portable(a, b, width - Math.abs(shift))).toBe(native(a, b, width - Math.abs(shift)));
      }
    }
  });
});

describe('runEnd', () => {
  it('finds where a run ends from every start, for runs of every length and parity, aligned or not', () => {
    for (const byteOffset of [0, 4]) {
      const backing = new Uint32Array(80);
      const pixels = new Uint32Array(backing.buffer, byteOffset, 64);
      // Runs of 1, 2, 3, … words, neighbouring runs of different values, the last run cut by the end.
      let at = 0;
      for (let length = 1; at < 64; length++) for (let k = 0; k < length && at < 64; k++) pixels[at++] = length % 2 === 0 ? 0xfff9fafa : length;
      const pairs = wordPairs(pixels);
      expect(pairs === null).toBe(byteOffset === 4);
      for (let from = 0; from < 64; from++) {
        for (const limit of [64, 63, Math.min(64, from + 5)]) {
          if (from >= limit) continue;
          let expected = from + 1;
          while (expected < limit && pixels[expected] === pixels[from]) expected++;
          expect(runEnd(pixels, pairs, from, limit, pixels[from]!)).toBe(expected);
        }
      }
    }
  });
});
