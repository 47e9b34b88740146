// Decoded sizes from headers: every GIF frame, every JPEG frame header, every WebP frame, the largest AVIF item, SVG raster size.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodedSize } from '../../../src/layout/element/decoded-size.js';
import { ImagePixelBudget } from '../../../src/layout/element/image-pixel-budget.js';
import { errorOf } from '../../helpers/errors.js';
import { avifHeader, bigSvg, blackPng, gifWithFrames, jpegHeader, webpHeader } from '../../helpers/image-bombs.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url)));

describe('decodedSize', () => {
  it('reads the real fixtures like image-size does', () => {
    for (const name of ['flag.png', 'flag.jpg', 'flag.webp', 'flag.gif', 'flag.avif', 'flag.svg'].filter((n) => { try { fixture(n); return true; } catch { return false; } })) {
      const size = decodedSize(fixture(name));
      expect(size.width, name).toBeGreaterThan(0);
      expect(size.height, name).toBeGreaterThan(0);
    }
  });

  it('grows a GIF screen to cover every frame, offsets included (the 1×1 screen hiding a 20000×20000 frame)', () => {
    expect(decodedSize(gifWithFrames({ width: 1, height: 1 }, [{ width: 20_000, height: 20_000 }]))).toEqual({ type: 'gif', width: 20_000, height: 20_000, frames: 1 });
    expect(decodedSize(gifWithFrames({ width: 10, height: 10 }, [{ width: 10, height: 10 }, { left: 60_000, top: 5, width: 100, height: 100 }]))).toMatchObject({ width: 60_100, height: 105, frames: 2 });
    expect(decodedSize(gifWithFrames({ width: 300, height: 200 }, [{ width: 300, height: 200 }]))).toMatchObject({ width: 300, height: 200 });
  });

  it('counts a truncated GIF by what it has, without reading past the end', () => {
    const gif = gifWithFrames({ width: 4, height: 4 }, [{ width: 4, height: 4 }, { width: 9000, height: 9000 }]);
    for (const cut of [13, 20, 40, gif.length - 30, gif.length - 1]) expect(() => decodedSize(gif.subarray(0, cut))).not.toThrow();
    expect(decodedSize(gif.subarray(0, gif.length - 1)).width).toBe(9000);
  });

  it('reads every JPEG frame header type, not only baseline and progressive', () => {
    expect(decodedSize(jpegHeader(30_000, 20_000))).toMatchObject({ type: 'jpg', width: 30_000, height: 20_000 });
    expect(decodedSize(jpegHeader(30_000, 20_000, 0xc9))).toMatchObject({ width: 30_000, height: 20_000 });
    expect(decodedSize(jpegHeader(30_000, 20_000, 0xc3))).toMatchObject({ width: 30_000, height: 20_000 });
    expect(() => decodedSize(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toThrow(/frame header/);
  });

  it('reads WebP canvases, AVIF items, PNG headers and SVG raster sizes', () => {
    expect(decodedSize(webpHeader(16_000, 9000))).toMatchObject({ type: 'webp', width: 16_000, height: 9000 });
    expect(decodedSize(avifHeader(40_000, 30_000))).toMatchObject({ width: 40_000, height: 30_000 });
    expect(decodedSize(blackPng(300, 200))).toMatchObject({ type: 'png', width: 300, height: 200 });
    expect(decodedSize(bigSvg(20_000, 20_000))).toMatchObject({ type: 'svg', width: 20_000, height: 20_000 });
  });
});

describe('ImagePixelBudget', () => {
  it('refuses one image over the per-image limit, naming it and its decoded size', () => {
    const error = errorOf(() => new ImagePixelBudget({ perImage: 25_000_000 }).charge('avatar.gif', gifWithFrames({ width: 1, height: 1 }, [{ width: 20_000, height: 20_000 }])));
    expect(error.code).toBe('IMAGE_TOO_LARGE');
    expect(error.message).toContain('"avatar.gif"');
    expect(error.message).toContain('20000×20000');
  });

  it('counts all images of a render together', () => {
    const budget = new ImagePixelBudget({ perImage: 25_000_000, perRender: 50_000_000 });
    budget.charge('a', blackPng(4500, 4500));
    budget.charge('b', blackPng(4500, 4500));
    const error = errorOf(() => budget.charge('c', blackPng(4500, 4500)));
    expect(error.code).toBe('IMAGE_TOO_LARGE');
    expect(error.message).toMatch(/"c".*60750000 decoded pixels; the limit is 50000000 per render/);
  });

  it('calls an unreadable header INVALID_IMAGE', () => {
    expect(errorOf(() => new ImagePixelBudget().charge('x', new Uint8Array([1, 2, 3]))).code).toBe('INVALID_IMAGE');
  });
});
