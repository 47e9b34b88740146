// Decoded images are kept by content: the same bytes decode once, other bytes are decoded anew, and the cache is bounded by bytes.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { decodeCached, decodedImageBytes, DECODED_IMAGES_MAX_BYTES } from '../../src/raster/canvas/decoded-images.js';

function png(color: string, size: number): Buffer {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, size, size);
  return canvas.encodeSync('png');
}

describe('decodeCached', () => {
  it('decodes the same bytes once and different bytes anew', async () => {
    const red = png('red', 20);
    const first = await decodeCached(red);
    expect(await decodeCached(Uint8Array.from(red))).toBe(first);
    const blue = await decodeCached(png('blue', 20));
    expect(blue).not.toBe(first);
    expect([blue.width, blue.height]).toEqual([20, 20]);
  });

  it('keeps at most its byte bound of decoded pixels', async () => {
    for (let i = 0; i < 8; i++) await decodeCached(png(`rgb(${i}, 0, 0)`, 1500));
    expect(decodedImageBytes()).toBeLessThanOrEqual(DECODED_IMAGES_MAX_BYTES);
    expect(decodedImageBytes()).toBeGreaterThan(0);
  });

  it('rejects bytes that are not an image, and caches nothing for them', async () => {
    const before = decodedImageBytes();
    await expect(decodeCached(Buffer.from('not an image'))).rejects.toThrow();
    expect(decodedImageBytes()).toBe(before);
  });
});
