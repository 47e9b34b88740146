// Palette PNGs: exact when the image has few colours, within the error bound when it has AA shades, RGB otherwise.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byFrequency } from '../../src/raster/encode/palette/choose.js';
import { bandRanges, toPalette, type PaletteImage } from '../../src/raster/encode/palette.js';
import { scanRows } from '../../src/raster/encode/palette/count-band.js';
import { encodePng, encodePngAsync, PALETTE_MAX_ERROR } from '../../src/raster/encode/png.js';
import { decodePng } from '../golden/render/image-diff.js';

const rgba = (r: number, g: number, b: number, a = 255) => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;

/** The palette entry of pixel i, found through the colour runs of its band. */
function entryOf(image: PaletteImage, pixel: number): number {
  const band = image.bands.find((b) => b.counts.runEnds[b.counts.count - 1]! > pixel)!;
  let run = 0;
  while (band.counts.runEnds[run]! <= pixel) run++;
  return image.colors[band.indexOfId[band.counts.runIds[run]!]!]!;
}

describe('toPalette', () => {
  it('keeps up to 256 colours exactly', () => {
    const pixels = Uint32Array.from({ length: 1000 }, (_, i) => rgba(i % 200, 0, 0));
    const image = toPalette(pixels, pixels.length, 1, [0]);
    expect(image?.colors.length).toBe(200);
    expect(image?.maxError).toBe(0);
    expect(entryOf(image!, 123)).toBe(pixels[123]);
  });

  it('merges rare shades into frequent colours within the bound, never beyond it', () => {
    const pixels = new Uint32Array(20_000);
    for (let i = 0; i < pixels.length; i++) pixels[i] = i < 10_000 ? rgba((i % 250) * 1, 0, 0) : rgba(0, 0, (i % 300) % 256);
    expect(toPalette(pixels, pixels.length, 1, [0])).toBeNull();
    const image = toPalette(pixels, pixels.length, 1, [0, 2, 4])!;
    expect(image.colors.length).toBeLessThanOrEqual(256);
    expect(image.maxError).toBeLessThanOrEqual(4);
    for (let i = 0; i < pixels.length; i += 97) {
      const a = pixels[i]!;
      const b = entryOf(image, i);
      for (let shift = 0; shift < 32; shift += 8) expect(Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff))).toBeLessThanOrEqual(4);
    }
  });

  it('reuses the runs of rows that repeat the row above', () => {
    const pixels = Uint32Array.from({ length: 8 * 4 }, (_, i) => (Math.floor(i / 8) === 2 ? rgba(9, 9, 9) : rgba(i % 8 < 3 ? 200 : 10, 0, 0)));
    expect([...scanRows(pixels, 8, 4).repeatsAbove]).toEqual([0, 1, 0, 0]);
    const image = toPalette(pixels, 8, 4, [0])!;
    // Row 1 is row 0's runs again: one run per colour stretch, not per pixel.
    expect(image.bands[0]!.counts.count).toBe(2 + 2 + 1 + 2);
    for (let i = 0; i < pixels.length; i++) expect(entryOf(image, i)).toBe(pixels[i]);
  });

  it('counts rows that repeat the row above moved one pixel left (diagonal gradients) exactly', () => {
    const width = 50;
    const height = 30;
    const pixels = Uint32Array.from({ length: width * height }, (_, i) => rgba(((i % width) + Math.floor(i / width)) * 3, 7, 9));
    pixels[10 * width + 5] = rgba(1, 2, 3); // breaks the shift for rows 10 and 11
    const image = toPalette(pixels, width, height, [0])!;
    expect(image.colors.length).toBe(width + height);
    for (let i = 0; i < pixels.length; i++) expect(entryOf(image, i)).toBe(pixels[i]);
    let total = 0;
    for (const { counts } of image.bands) for (let id = 0; id < counts.distinct; id++) total += counts.countOfId[id]!;
    expect(total).toBe(width * height);
  });

  it('merges frequent shades in short, unaligned runs (edges of large text), but never 1-pixel gradient columns', () => {
    const width = 300;
    const height = 80;
    // 300 shades one level apart, each in thousands of pixels, scattered one pixel at a time like text edges.
    const edges = Uint32Array.from({ length: width * height }, (_, i) => (i % 3 === 0 ? rgba(((i * 7) % 300) >> 1, 100, 100) : rgba(0, 0, 0)));
    const merged = toPalette(edges, width, height, [0, PALETTE_MAX_ERROR])!;
    expect(merged.colors.length).toBeLessThanOrEqual(256);
    expect(merged.maxError).toBeLessThanOrEqual(PALETTE_MAX_ERROR);
    // A horizontal gradient, one level per column, crossed by a row of text-like noise: columns are bands, kept exact.
    const columns = Uint32Array.from({ length: width * height }, (_, i) => (Math.floor(i / width) === 20 && i % 2 === 0 ? rgba(255, 255, 255) : rgba(i % width >> 1, (i % width) & 1, 50)));
    const exact = toPalette(columns, width, height, [0, PALETTE_MAX_ERROR]);
    expect(exact).toBeNull(); // 301 colours, none of them an edge shade: no palette fits, so the image stays RGB
  });

  it('gives the same palette however the rows are cut into bands', () => {
    const width = 120;
    const height = 600;
    const pixels = Uint32Array.from({ length: width * height }, (_, i) => {
      const x = i % width;
      const y = Math.floor(i / width);
      return y % 37 < 9 && (x * 7 + y * 3) % 11 < 4 ? rgba(200 - ((x + y) % 13), 40 + (x % 5), 90) : rgba(20, 20, 30);
    });
    const rows = scanRows(pixels, width, height);
    expect(bandRanges(width, height, rows.cut)).toHaveLength(2);
    const twoBands = toPalette(pixels, width, height, [0, PALETTE_MAX_ERROR], rows)!;
    const oneBand = toPalette(pixels, width, height, [0, PALETTE_MAX_ERROR], { ...rows, cut: height })!;
    expect(twoBands.bands).toHaveLength(2);
    expect(oneBand.bands).toHaveLength(1);
    expect([...twoBands.colors]).toEqual([...oneBand.colors]);
    for (let i = 0; i < pixels.length; i += 7) expect(entryOf(twoBands, i)).toBe(entryOf(oneBand, i));
  });

  it('keeps every step of a gradient exact (no banding): 300 frequent steps one level apart stay RGB', () => {
    const steps = Uint32Array.from({ length: 300 * 100 }, (_, i) => rgba(Math.floor(i / 100) % 256, Math.floor(i / 100) >> 8, 40));
    expect(toPalette(steps, 300 * 100, 1, [0, 2, 4, PALETTE_MAX_ERROR])).toBeNull();
    // The same steps as rare shades (64 pixels or fewer each) beside one frequent colour do merge.
    const shades = Uint32Array.from({ length: 300 * 10 + 5000 }, (_, i) => (i < 3000 ? rgba(Math.floor(i / 10) % 256, Math.floor(i / 10) >> 8, 40) : rgba(0, 0, 40)));
    expect(toPalette(shades, shades.length, 1, [0, 2, 4, PALETTE_MAX_ERROR])?.colors.length).toBeLessThanOrEqual(256);
  });

  it('gives up on images with thousands of colours', () => {
    const pixels = Uint32Array.from({ length: 50_000 }, (_, i) => rgba(i & 0xff, (i >> 8) & 0xff, 7));
    expect(toPalette(pixels, pixels.length, 1, [0, 2, 4, PALETTE_MAX_ERROR])).toBeNull();
  });
});

describe('byFrequency', () => {
  it('orders colour ids by count, most frequent first, equal counts by id, for any counts up to a 16384² image (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 2 ** 28 })), { minLength: 1, maxLength: 3000 }), (counts) => {
        const countOfId = Uint32Array.from(counts);
        const expected = counts.map((_, id) => id).sort((a, b) => counts[b]! - counts[a]! || a - b);
        expect(Array.from(byFrequency({ distinct: counts.length, countOfId }))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('encodePng palette modes', () => {
  const width = 64;
  const height = 16;
  // Premultiplied, as canvas.data() gives pixels: every 7th pixel is half transparent.
  const data = new Uint8Array(width * height * 4);
  const straight = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const shade = (i % width) * 4;
    const alpha = i % 7 === 0 ? 128 : 255;
    straight.set([shade, 254 - shade, 40, alpha], i * 4);
    data.set([shade, 254 - shade, 40].map((c) => Math.round((c * alpha) / 255)).concat(alpha), i * 4);
  }

  it('writes an indexed PNG with transparency that decodes to the same pixels', async () => {
    const png = encodePng(data, width, height, 'exact');
    expect(png[25]).toBe(3);
    expect(png.includes(Buffer.from('tRNS'))).toBe(true);
    const decoded = await decodePng(png);
    for (let i = 0; i < width * height; i += 13) {
      expect(decoded.data[i * 4 + 3]).toBe(straight[i * 4 + 3]);
      // Half-transparent pixels lose a bit to premultiplication (and the decoder's round trip through it).
      const tolerance = straight[i * 4 + 3] === 255 ? 0 : 3;
      for (let c = 0; c < 3; c++) expect(Math.abs(decoded.data[i * 4 + c]! - straight[i * 4 + c]!)).toBeLessThanOrEqual(tolerance);
    }
  });

  it('un-premultiplies translucent pixels in RGBA PNGs', async () => {
    const png = encodePng(data, width, height, 'off');
    const decoded = await decodePng(png);
    const i = 7 * 5;
    expect(decoded.data[i * 4 + 3]).toBe(128);
    for (let c = 0; c < 3; c++) expect(Math.abs(decoded.data[i * 4 + c]! - straight[i * 4 + c]!)).toBeLessThanOrEqual(3);
  });

  it('writes the same bytes synchronously and on the thread pool, also when split into two deflated parts', async () => {
    const many = new Uint8Array(400 * 300 * 4);
    const few = new Uint8Array(400 * 300 * 4);
    for (let i = 0; i < 400 * 300; i++) {
      many.set([(i * 7) % 256, (i >> 5) % 256, (i >> 9) % 256, 255], i * 4);
      // Bands of 16 equal rows (the encoder copies repeated rows) with varying columns.
      few.set([(((i % 400) >> 3) % 5) * 50, ((Math.floor(i / 400) >> 4) % 3) * 60, 90, 255], i * 4);
    }
    for (const [big, colorType] of [[few, 3], [many, 2]] as const) {
      const png = encodePng(big, 400, 300, 'auto');
      expect(png[25]).toBe(colorType);
      expect(Buffer.compare(await encodePngAsync(big, 400, 300, 'auto'), png)).toBe(0);
      const decoded = await decodePng(png);
      expect(Buffer.compare(Buffer.from(decoded.data), Buffer.from(big))).toBe(0);
    }
  });

  it('off keeps RGBA', () => {
    expect(encodePng(data, width, height, 'off')[25]).toBe(6);
  });
});
