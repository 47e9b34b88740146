// JPEG and WebP through sharp: the same bytes every time, alpha kept in WebP, translucent pixels over black in JPEG.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { encodeLossy } from '../../src/raster/encode/lossy.js';

/** A 64×48 premultiplied RGBA image: a horizontal ramp, opaque or at the given alpha. */
function ramp(alpha: number): Uint8Array {
  const pixels = new Uint8Array(64 * 48 * 4);
  for (let i = 0; i < 64 * 48; i++) {
    const straight = [(i % 64) * 4, 120, 200];
    straight.forEach((v, c) => (pixels[i * 4 + c] = Math.round((v * alpha) / 255)));
    pixels[i * 4 + 3] = alpha;
  }
  return pixels;
}

describe('encodeLossy', () => {
  it('writes the same JPEG and WebP bytes for the same pixels', async () => {
    for (const format of ['jpeg', 'webp'] as const) {
      const first = await encodeLossy(ramp(255), 64, 48, format, 80);
      expect((await encodeLossy(ramp(255), 64, 48, format, 80)).equals(first)).toBe(true);
      expect((await sharp(first).metadata()).format).toBe(format);
    }
  });

  it('leaves alpha out of opaque WebP, keeps it (straight) in translucent WebP', async () => {
    expect((await sharp(await encodeLossy(ramp(255), 64, 48, 'webp', 90)).metadata()).hasAlpha).toBe(false);
    const translucent = await sharp(await encodeLossy(ramp(128), 64, 48, 'webp', 100)).raw().toBuffer({ resolveWithObject: true });
    expect(translucent.info.channels).toBe(4);
    const middle = (24 * 64 + 32) * 4;
    expect(Math.abs(translucent.data[middle + 3]! - 128)).toBeLessThanOrEqual(2);
    expect(Math.abs(translucent.data[middle + 2]! - 200)).toBeLessThanOrEqual(6);
  });

  it('writes an opaque WebP as libwebp writes the same picture from three bands (no alpha plane)', async () => {
    const rgba = ramp(255);
    const rgb = Buffer.alloc(64 * 48 * 3);
    for (let i = 0; i < 64 * 48; i++) rgb.set(rgba.subarray(i * 4, i * 4 + 3), i * 3);
    const fromThreeBands = await sharp(rgb, { raw: { width: 64, height: 48, channels: 3 } }).webp({ quality: 80, effort: 1 }).toBuffer();
    const written = await encodeLossy(rgba, 64, 48, 'webp', 80);
    expect(written.subarray(12, 16).toString('latin1')).toBe('VP8 ');
    expect(written.equals(fromThreeBands)).toBe(true);
  });

  it('draws translucent pixels over black in JPEG, as the premultiplied canvas holds them', async () => {
    const { data } = await sharp(await encodeLossy(ramp(128), 64, 48, 'jpeg', 95)).raw().toBuffer({ resolveWithObject: true });
    const middle = (24 * 64 + 32) * 3;
    expect(Math.abs(data[middle + 2]! - Math.round((200 * 128) / 255))).toBeLessThanOrEqual(6);
  });
});
