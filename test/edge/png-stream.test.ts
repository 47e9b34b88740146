// The edge PNG encoder: its files decode (by Skia) to the pixels given, RGB when opaque, RGBA otherwise.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { encodePngStream } from '../../src/edge/png-stream.js';

/** Straight RGBA pixels decoded from PNG bytes (drawn on a transparent canvas, read back). */
async function decode(bytes: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return new Uint8Array(ctx.getImageData(0, 0, width, height).data);
}

function pattern(width: number, height: number, alpha: (x: number, y: number) => number): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data.set([(x * 7) & 0xff, (y * 13) & 0xff, (x * y) & 0xff, alpha(x, y)], i);
    }
  }
  return data;
}

describe('encodePngStream', () => {
  it('writes an opaque image as RGB whose pixels decode unchanged', async () => {
    const data = pattern(37, 23, () => 255);
    const bytes = await encodePngStream({ width: 37, height: 23, data });
    expect(bytes[25]).toBe(2);
    expect(await decode(bytes, 37, 23)).toEqual(data);
  });

  it('writes translucent pixels as RGBA', async () => {
    const data = pattern(16, 9, (x) => (x === 3 ? 0 : 255));
    const bytes = await encodePngStream({ width: 16, height: 9, data });
    expect(bytes[25]).toBe(6);
    const decoded = await decode(bytes, 16, 9);
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255) expect(Array.from(decoded.subarray(i, i + 4))).toEqual(Array.from(data.subarray(i, i + 4)));
  });

  it('falls back to fflate where CompressionStream is missing or a stub that throws (Next.js edge sandbox) and decodes the same', async () => {
    const data = pattern(21, 11, () => 255);
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'CompressionStream')!;
    const refuse = (): never => {
      throw new Error('A Node.js API is used (CompressionStream) which is not supported in the Edge Runtime.');
    };
    try {
      Object.defineProperty(globalThis, 'CompressionStream', { configurable: true, value: new Proxy(function stub() {}, { construct: refuse, apply: refuse }) });
      expect(await decode(await encodePngStream({ width: 21, height: 11, data }), 21, 11)).toEqual(data);
      Object.defineProperty(globalThis, 'CompressionStream', { configurable: true, get: refuse });
      expect(await decode(await encodePngStream({ width: 21, height: 11, data }), 21, 11)).toEqual(data);
    } finally {
      Object.defineProperty(globalThis, 'CompressionStream', descriptor);
    }
  });

  it('compresses a flat card far below its raw size', async () => {
    const data = new Uint8Array(1200 * 630 * 4).fill(255);
    const bytes = await encodePngStream({ width: 1200, height: 630, data });
    expect(bytes.length).toBeLessThan(10_000);
  });
});
