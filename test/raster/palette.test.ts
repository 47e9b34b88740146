// Palette PNGs: exact when the image has few colours, within the error bound when it has AA shades, RGB otherwise.
import { describe, expect, it } from 'vitest';
import { toPalette } from '../../src/raster/encode/palette.js';
import { encodePng, PALETTE_MAX_ERROR } from '../../src/raster/encode/png.js';
import { decodePng } from '../golden/render/image-diff.js';

const rgba = (r: number, g: number, b: number, a = 255) => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;

describe('toPalette', () => {
  it('keeps up to 256 colours exactly', () => {
    const pixels = Uint32Array.from({ length: 1000 }, (_, i) => rgba(i % 200, 0, 0));
    const image = toPalette(pixels, [0]);
    expect(image?.colors.length).toBe(200);
    expect(image?.maxError).toBe(0);
    expect(image!.colors[image!.indices[123]!]).toBe(pixels[123]);
  });

  it('merges rare shades into frequent colours within the bound, never beyond it', () => {
    const pixels = new Uint32Array(20_000);
    for (let i = 0; i < pixels.length; i++) pixels[i] = i < 10_000 ? rgba((i % 250) * 1, 0, 0) : rgba(0, 0, (i % 300) % 256);
    expect(toPalette(pixels, [0])).toBeNull();
    const image = toPalette(pixels, [0, 2, 4])!;
    expect(image.colors.length).toBeLessThanOrEqual(256);
    expect(image.maxError).toBeLessThanOrEqual(4);
    for (let i = 0; i < pixels.length; i += 97) {
      const a = pixels[i]!;
      const b = image.colors[image.indices[i]!]!;
      for (let shift = 0; shift < 32; shift += 8) expect(Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff))).toBeLessThanOrEqual(4);
    }
  });

  it('gives up on images with thousands of colours', () => {
    const pixels = Uint32Array.from({ length: 50_000 }, (_, i) => rgba(i & 0xff, (i >> 8) & 0xff, 7));
    expect(toPalette(pixels, [0, 2, 4, PALETTE_MAX_ERROR])).toBeNull();
  });
});

describe('encodePng palette modes', () => {
  const width = 64;
  const height = 16;
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const shade = (i % width) * 3;
    data.set([shade, 255 - shade, 40, i % 7 === 0 ? 128 : 255], i * 4);
  }

  it('writes an indexed PNG with transparency that decodes to the same pixels', async () => {
    const png = encodePng(data, width, height, 'exact');
    expect(png[25]).toBe(3);
    expect(png.includes(Buffer.from('tRNS'))).toBe(true);
    const decoded = await decodePng(png);
    for (let i = 0; i < width * height; i += 13) {
      expect(decoded.data[i * 4 + 3]).toBe(data[i * 4 + 3]);
      if (data[i * 4 + 3] === 255) expect([...decoded.data.subarray(i * 4, i * 4 + 3)]).toEqual([...data.subarray(i * 4, i * 4 + 3)]);
    }
  });

  it('off keeps RGBA', () => {
    expect(encodePng(data, width, height, 'off')[25]).toBe(6);
  });
});
