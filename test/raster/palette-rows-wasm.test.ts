// The wasm palette row writer against the JS one: the same index rows and adler32 band after band, on cards, gradients, copied rows and random images, into a whole image's buffer or a band's own; the JS runs where the module cannot.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writePaletteRowsInWasm } from '../../src/raster/encode/palette/palette-rows-wasm.js';
import { writePaletteRows, writePaletteRowsInJs } from '../../src/raster/encode/scanlines.js';
import { toPalette } from '../../src/raster/encode/palette.js';
import { scanRows } from '../../src/raster/encode/palette/count-band.js';
import { useCompiledWasm, withoutEncoderWasm, words } from './encoder-wasm.js';
import { fewColourRuns, gradient, linesCard, seeded, textCard } from './card-pixels.js';

beforeAll(useCompiledWasm);

/** The image's bands written by both, into one buffer of the whole image and into each band's own; the image must fit a palette. Returns the bands compared. */
function expectSameRows(pixels: Uint32Array, width: number, height: number, bounds: readonly number[] = [0], stepError = 0): number {
  const image = toPalette(pixels, width, height, bounds, scanRows(pixels, width, height), stepError);
  expect(image).not.toBeNull();
  const rowBytes = width + 1;
  const [inJs, inWasm] = [new Uint8Array(rowBytes * height).fill(7), new Uint8Array(rowBytes * height).fill(9)];
  for (const band of image!.bands) {
    const { fromRow, toRow } = band.counts;
    const adler = writePaletteRowsInWasm(band, width, inWasm, 0);
    expect(adler).toBe(writePaletteRowsInJs(band, width, inJs));
    const own = new Uint8Array(rowBytes * (toRow - fromRow));
    expect(writePaletteRowsInWasm(band, width, own, fromRow)).toBe(adler);
    expect(Buffer.compare(own, inJs.subarray(fromRow * rowBytes, toRow * rowBytes))).toBe(0);
  }
  expect(Buffer.compare(inWasm, inJs)).toBe(0);
  return image!.bands.length;
}

describe('the wasm palette row writer', () => {
  it('writes the JS writer\'s rows and adler32 on full-size cards (text, lines, a diagonal gradient of merged shades) band after band', () => {
    let bands = 0;
    for (const rgba of [textCard(3), textCard(11), linesCard(5)]) bands += expectSameRows(words(rgba), 1200, 630);
    bands += expectSameRows(words(gradient(true)), 1200, 630, [0, 1], 1);
    expect(bands).toBeGreaterThan(4);
  });

  it('copies repeated and shifted rows of many runs as the JS does (the row above\'s bytes, its last pixel from its run)', () => {
    const width = 300;
    const height = 40;
    const random = seeded(5);
    const colours = [0xff000000, 0xffffffff, 0xff0000ff];
    const pixels = new Uint32Array(width * height);
    for (let x = 0; x < width; x++) pixels[x] = colours[Math.floor(random() * 3)]!;
    for (let y = 1; y < height; y++) {
      const row = pixels.subarray(y * width, (y + 1) * width);
      // Odd rows repeat the row above, even rows are it moved one pixel left with a new last pixel.
      if (y % 2 === 1) row.set(pixels.subarray((y - 1) * width, y * width));
      else {
        row.set(pixels.subarray((y - 1) * width + 1, y * width));
        row[width - 1] = colours[y % 3]!;
      }
    }
    const scan = scanRows(pixels, width, height);
    const image = toPalette(pixels, width, height, [0], scan);
    expect(image!.bands[0]!.counts.rowSources.subarray(1, height).every((source) => source !== 0)).toBe(true);
    expectSameRows(pixels, width, height);
  });

  it('writes the JS writer\'s rows on random images of few colours, any width and height (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 260 }), fc.integer({ min: 0, max: 2 ** 31 }), (width, height, seed) => {
        expectSameRows(fewColourRuns(width, height, seed), width, height);
      }),
      { numRuns: 200 },
    );
  });

  it('is what writePaletteRows runs, and leaves the rows to the JS where the module cannot run', () => {
    const pixels = words(textCard(6, 300, 120));
    const image = toPalette(pixels, 300, 120, [0], scanRows(pixels, 300, 120))!;
    const band = image.bands[0]!;
    const expected = new Uint8Array(301 * 120);
    const adler = writePaletteRowsInJs(band, 300, expected);
    const rows = new Uint8Array(301 * 120);
    expect(writePaletteRows(band, 300, rows)).toBe(adler);
    expect(Buffer.compare(rows, expected)).toBe(0);
    withoutEncoderWasm(() => {
      expect(writePaletteRowsInWasm(band, 300, new Uint8Array(301 * 120), 0)).toBeUndefined();
      const fallback = new Uint8Array(301 * 120);
      expect(writePaletteRows(band, 300, fallback)).toBe(adler);
      expect(Buffer.compare(fallback, expected)).toBe(0);
    });
  });
});
