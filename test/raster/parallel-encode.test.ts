// The parallel encoder (palette and RGB(A) bands): same bytes as the one-thread encoder, and the adler32 joining that makes it possible.
import { describe, expect, it } from 'vitest';
import { encodePng, encodePngAsync } from '../../src/raster/encode/png.js';
import { adler32Combine } from '../../src/raster/encode/scanlines.js';
import { bandHelperFor, bandHelperReady } from '../../src/raster/encode/parallel/band-helper.js';
import { renderCanvas } from '../../src/render.js';
import { sampleCards } from '../../src/samples/cards.js';
import { decodePng } from '../golden/render/image-diff.js';

/** adler32 written out, as zlib defines it. */
function plainAdler(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

describe('adler32Combine', () => {
  it('joins the checksums of two pieces into the checksum of the whole', () => {
    const whole = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251);
    for (const cut of [0, 1, 65_520, 65_521, 123_457, 200_000]) {
      const joined = adler32Combine(plainAdler(whole.subarray(0, cut)), plainAdler(whole.subarray(cut)), whole.length - cut);
      expect(joined).toBe(plainAdler(whole));
    }
  });
});

describe('parallel palette encoding', () => {
  it('writes the same bytes as the one-thread encoder for every sample card, and they decode', async () => {
    const ready = await bandHelperReady(1200, 630);
    expect(ready).toBe(true);
    const colorTypes: number[] = [];
    for (const card of Object.values(sampleCards)) {
      const canvas = await renderCanvas(card, { width: 1200, height: 630 });
      const pixels = canvas.data();
      expect(bandHelperFor(1200, 630)).not.toBeNull();
      const parallel = await encodePngAsync(pixels, 1200, 630);
      expect(parallel.equals(encodePng(pixels, 1200, 630))).toBe(true);
      colorTypes.push(parallel[25]!);
      const decoded = await decodePng(parallel);
      expect([decoded.width, decoded.height]).toEqual([1200, 630]);
    }
    expect(colorTypes).toContain(3); // palette cards went through the worker
  });

  it('writes the same RGB and RGBA bytes as the one-thread encoder (gradients, translucency)', async () => {
    expect(await bandHelperReady(1200, 630)).toBe(true);
    const gradient = { type: 'div', props: { style: { width: 1200, height: 630, backgroundImage: 'linear-gradient(135deg, #0f172a, #7c3aed 60%, #f472b6)', color: 'white', fontSize: 64, padding: 80 }, children: 'Diagonal gradients repeat the row above, one pixel over' } };
    const translucent = { type: 'div', props: { style: { width: 1200, height: 630, backgroundImage: 'linear-gradient(90deg, rgba(15, 23, 42, 0.2), rgba(124, 58, 237, 0.9))', fontSize: 64, padding: 80 }, children: 'Half see-through' } };
    for (const [card, colorType] of [[gradient, 2], [translucent, 6]] as const) {
      const pixels = (await renderCanvas(card, { width: 1200, height: 630 })).data();
      const parallel = await encodePngAsync(pixels, 1200, 630);
      expect(parallel[25]).toBe(colorType);
      expect(parallel.equals(encodePng(pixels, 1200, 630))).toBe(true);
      const decoded = await decodePng(parallel);
      expect(decoded.data[3]).toBe(colorType === 2 ? 255 : Math.round(0.2 * 255));
    }
  });
});
