// The wasm palette assignment against the JS one over the colour grid: the same entries, indexes and worst error on cards' colours and on random colour sets with any bounds, null past 256 entries alike; the JS runs where the module cannot.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignInWasm } from '../../src/raster/encode/palette/palette-assign-wasm.js';
import { assignInJs, choosePalette, mergeBands, type MergedColors } from '../../src/raster/encode/palette/choose.js';
import { CountScratch, countBand, scanRows, MAX_FREQUENT_MERGED_STEPS } from '../../src/raster/encode/palette/count-band.js';
import { useCompiledWasm, withoutEncoderWasm, words } from './encoder-wasm.js';
import { gradient, seeded, textCard } from './card-pixels.js';

beforeAll(useCompiledWasm);

/** Colours as assign() reads them (only colorOfId matters once the bounds are given). */
const colours = (colorOfId: Uint32Array): MergedColors => ({ distinct: colorOfId.length, colorOfId, countOfId: new Uint32Array(colorOfId.length), runsOfId: new Uint32Array(colorOfId.length), idMaps: [] });

function expectSameAssignment(order: Uint16Array, colorOfId: Uint32Array, bounds: Uint8Array): void {
  const js = assignInJs(order, colours(colorOfId), bounds);
  const wasm = assignInWasm(order, colorOfId, bounds);
  expect(wasm).not.toBeUndefined();
  if (js === null) return expect(wasm).toBeNull();
  expect(wasm).not.toBeNull();
  expect(wasm!.palette).toEqual(js.palette);
  expect(wasm!.worst).toBe(js.worst);
  expect(Buffer.compare(wasm!.indexOf, js.indexOf)).toBe(0);
}

/** The merged colours of a 1200×630 card, as toPalette counts them. */
function cardColours(rgba: Uint8Array): MergedColors {
  const pixels = words(rgba);
  const rows = scanRows(pixels, 1200, 630);
  const band = countBand(pixels, 1200, 0, 630, 0, rows.repeatsAbove, new CountScratch(), MAX_FREQUENT_MERGED_STEPS)!;
  return mergeBands([band], MAX_FREQUENT_MERGED_STEPS)!;
}

describe('the wasm palette assignment', () => {
  it('chooses the JS palette for text cards and a gradient of merged steps, through choosePalette', () => {
    for (const [rgba, bounds, stepError] of [[textCard(3), [0, 6], 1], [textCard(11), [0, 6], 0], [gradient(true), [0, 6], 1], [gradient(false), [0, 6], 1]] as const) {
      const merged = cardColours(rgba);
      const inWasm = choosePalette(merged, bounds, stepError);
      const inJs = withoutEncoderWasm(() => choosePalette(merged, bounds, stepError));
      expect(inWasm).not.toBeNull();
      expect(inWasm).toEqual(inJs);
    }
  });

  it('gives the JS answer on random colour sets: clustered, translucent, any bound, past 256 entries (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 7 }), (distinct, seed, maxBound) => {
        const random = seeded(seed);
        const centres = Array.from({ length: 1 + Math.floor(random() * 300) }, () => Math.floor(random() * 0x1000000));
        const colorOfId = new Uint32Array(distinct).map(() => {
          const centre = centres[Math.floor(random() * centres.length)]!;
          const channel = (shift: number): number => Math.max(0, Math.min(255, ((centre >>> shift) & 0xff) + Math.floor(random() * 17) - 8));
          const alpha = random() < 0.2 ? Math.floor(random() * 256) : 255;
          const premultiplied = (shift: number): number => Math.round((channel(shift) * alpha) / 255);
          return ((alpha << 24) | (premultiplied(16) << 16) | (premultiplied(8) << 8) | premultiplied(0)) >>> 0;
        });
        const bounds = new Uint8Array(distinct).map(() => Math.floor(random() * (maxBound + 1)));
        const order = Uint16Array.from({ length: distinct }, (_, i) => i).sort(() => random() - 0.5);
        expectSameAssignment(order, colorOfId, bounds);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the last entry of a full palette, and refuses the 257th', () => {
    const colorOfId = Uint32Array.from({ length: 257 }, (_, i) => (0xff000000 | (i * 40)) >>> 0);
    const order = Uint16Array.from({ length: 257 }, (_, i) => i);
    expect(assignInWasm(order.subarray(0, 256), colorOfId.subarray(0, 256), new Uint8Array(256))!.palette).toHaveLength(256);
    expect(assignInWasm(order, colorOfId, new Uint8Array(257))).toBeNull();
    expectSameAssignment(order, colorOfId, new Uint8Array(257).fill(7));
  });

  it('leaves the assignment to the JS where the module cannot run', () => {
    withoutEncoderWasm(() => expect(assignInWasm(Uint16Array.of(0), Uint32Array.of(0xff000000), Uint8Array.of(0))).toBeUndefined());
  });
});
