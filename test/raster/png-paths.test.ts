// The PNG encoder's paths (palette, matched RGB(A), Sub-filtered rows for photographs): each decodes to the pixels, the same bytes every time, on the calling thread.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, encodePngAsync } from '../../src/raster/encode/png.js';
import { matchedBands } from '../../src/raster/encode/png-writer.js';
import { adler32Combine, rgbScanlines, rgbSubScanlines } from '../../src/raster/encode/scanlines.js';
import { applySubFilter, repeatsNeighbours } from '../../src/raster/encode/rgb-rows.js';
import { renderCanvas } from '../../src/render.js';
import { sampleCards } from '../../src/samples/cards.js';
import { decodePng } from '../golden/render/image-diff.js';
import { photo } from './photo-pixels.js';
import { withoutIndexMatcherWasm } from './encoder-wasm.js';

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

describe('Sub filter and the photograph test', () => {
  it('subtracts the byte one pixel to the left, modulo 256, and marks each row', () => {
    const rows = Uint8Array.from([0, 10, 20, 30, 5, 25, 40, 0, 200, 1, 2, 100, 0, 3]);
    applySubFilter(rows, 7, 2, 3);
    expect([...rows]).toEqual([1, 10, 20, 30, 251, 5, 10, 1, 200, 1, 2, 156, 255, 1]);
  });

  it('tells flat and smoothly graded pixels from noise', () => {
    const flat = new Uint32Array(300 * 40).fill(0xff336699);
    const ramp = Uint32Array.from({ length: 300 * 40 }, (_, i) => (0xff000000 | Math.floor((i % 300) / 4)) >>> 0);
    const noise = new Uint32Array(photo(300, 40).buffer);
    expect(repeatsNeighbours(flat, 300, 40)).toBe(true);
    expect(repeatsNeighbours(ramp, 300, 40)).toBe(true);
    expect(repeatsNeighbours(noise, 300, 40)).toBe(false);
  });

  it('decides as counting every sampled row would, around the threshold (it stops once the answer is known)', () => {
    const countAll = (pixels: Uint32Array, width: number, height: number): boolean => {
      let sampled = 0;
      let repeated = 0;
      for (let y = 1; y < height; y += 8) {
        for (let x = 1; x < width - 1; x++) {
          const p = pixels[y * width + x]!;
          const up = (y - 1) * width + x;
          if (p === pixels[y * width + x - 1] || p === pixels[up] || p === pixels[up - 1] || p === pixels[up + 1]) repeated++;
        }
        sampled += Math.max(0, width - 2);
      }
      return sampled === 0 || repeated >= sampled * 0.6;
    };
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    let answers = 0;
    for (let trial = 0; trial < 300; trial++) {
      const width = 2 + Math.floor(random() * 40);
      const height = 1 + Math.floor(random() * 60);
      // Each pixel repeats its left neighbour with a probability near the threshold (the share differs row by row).
      const pixels = new Uint32Array(width * height);
      // Some rows copy the row above: with scanRows' repeatsAbove they are counted without being read.
      const repeatsAbove = new Uint8Array(height);
      for (let y = 0; y < height; y++) {
        if (y > 0 && random() < 0.3) {
          pixels.copyWithin(y * width, (y - 1) * width, y * width);
          repeatsAbove[y] = 1;
          continue;
        }
        const share = 0.35 + random() * 0.5;
        for (let x = 0; x < width; x++) pixels[y * width + x] = x > 0 && random() < share ? pixels[y * width + x - 1]! : Math.floor(random() * 2 ** 32);
      }
      const expected = countAll(pixels, width, height);
      expect(repeatsNeighbours(pixels, width, height)).toBe(expected);
      expect(repeatsNeighbours(pixels, width, height, repeatsAbove)).toBe(expected);
      answers += expected ? 1 : 0;
    }
    // Both answers occur, so the threshold is exercised.
    expect(answers).toBeGreaterThan(30);
    expect(answers).toBeLessThan(270);
  });
});

/** The concatenated IDAT data of a PNG (the zlib stream). */
function idatOf(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

describe('encodePng paths', () => {
  it('writes photographs as RGB filtered per row (Sub-filtered RGBA when translucent, or where the photo deflater does not run) that decode to the pixels, the same bytes sync and async', async () => {
    for (const [alpha, colorType, wasm] of [[255, 2, true], [255, 2, false], [128, 6, true]] as const) {
      const pixels = photo(400, 300, alpha);
      const png = wasm ? encodePng(pixels, 400, 300) : await withoutIndexMatcherWasm(() => encodePng(pixels, 400, 300));
      expect(png[25]).toBe(colorType);
      // Rows filtered Sub (the pixel matcher writes filter None), or per row by the least sum of residuals for the photo deflater.
      const rows = inflateSync(idatOf(png));
      const rowBytes = 400 * (alpha === 255 ? 3 : 4) + 1;
      const filters = new Set(Array.from({ length: 300 }, (_, y) => rows[y * rowBytes]));
      expect([...filters].every((filter) => filter !== undefined && filter <= 4)).toBe(true);
      if (!wasm || alpha < 255) expect([...filters]).toEqual([1]);
      else expect(filters.size).toBeGreaterThan(1);
      if (!wasm) continue;
      expect((await encodePngAsync(pixels, 400, 300)).equals(png)).toBe(true);
      const decoded = await decodePng(png);
      for (let i = 0; i < 400 * 300; i += 997) {
        const straight = alpha === 255 ? pixels[i * 4]! : Math.min(255, Math.round((pixels[i * 4]! * 255) / alpha));
        expect(Math.abs(decoded.data[i * 4]! - straight)).toBeLessThanOrEqual(1);
        expect(decoded.data[i * 4 + 3]).toBe(alpha);
      }
    }
  });

  it('encodes every sample card and two gradient cards on the calling thread, the same bytes twice, and they decode', async () => {
    const gradient = { type: 'div', props: { style: { width: 1200, height: 630, backgroundImage: 'linear-gradient(135deg, #0f172a, #7c3aed 60%, #f472b6)', color: 'white', fontSize: 64, padding: 80 }, children: 'Diagonal gradients repeat the row above, one pixel over' } };
    const translucent = { type: 'div', props: { style: { width: 1200, height: 630, backgroundImage: 'linear-gradient(90deg, rgba(15, 23, 42, 0.2), rgba(124, 58, 237, 0.9))', fontSize: 64, padding: 80 }, children: 'Half see-through' } };
    const colorTypes = new Set<number>();
    for (const card of [...Object.values(sampleCards), gradient, translucent]) {
      const pixels = (await renderCanvas(card, { width: 1200, height: 630 })).data();
      const png = await encodePngAsync(pixels, 1200, 630);
      expect(png.equals(encodePng(pixels, 1200, 630))).toBe(true);
      colorTypes.add(png[25]!);
      const decoded = await decodePng(png);
      expect([decoded.width, decoded.height]).toEqual([1200, 630]);
    }
    expect([...colorTypes].sort()).toEqual([2, 3, 6]);
  });

  it('writes smooth rings (a radial gradient under a blurred shadow) with zlib when the matcher would write them poorly', async () => {
    const card = { type: 'div', props: { style: { width: 600, height: 400, alignItems: 'center', justifyContent: 'center', backgroundImage: 'radial-gradient(circle at 30% 20%, #1e3a8a 0%, #0f172a 45%, #020617 100%)' }, children: [{ type: 'div', props: { style: { width: 400, height: 200, borderRadius: 24, backgroundColor: '#0f172a', boxShadow: '0 20px 60px rgba(56, 189, 248, 0.35)' } } }] } };
    const pixels = (await renderCanvas(card, { width: 600, height: 400 })).data();
    // 'exact': the RGB path ('auto' lets the rings' steps share palette entries, see palette-steps.test.ts).
    const png = encodePng(pixels, 600, 400, 'exact');
    expect(png[25]).toBe(2);
    // The pixel matcher alone writes about 82 KB here, zlib at level 6 about 51 KB.
    expect(png.length).toBeLessThan(65_000);
    const decoded = await decodePng(png);
    expect(decoded.data[(200 * 600 + 300) * 4 + 2]).toBe(pixels[(200 * 600 + 300) * 4 + 2]);
  });

  it('stops matching rings after the first band, and matches flat cards to the end', async () => {
    const shadowed = { type: 'div', props: { style: { width: 860, height: 380, borderRadius: 32, backgroundColor: '#0f172a', boxShadow: '0 40px 120px rgba(56, 189, 248, 0.35)' } } };
    const rings = { type: 'div', props: { style: { width: 1200, height: 630, alignItems: 'center', justifyContent: 'center', backgroundImage: 'radial-gradient(circle at 30% 20%, #1e3a8a 0%, #0f172a 45%, #020617 100%)' }, children: [shadowed] } };
    const flat = { type: 'div', props: { style: { width: 1200, height: 630, backgroundImage: 'linear-gradient(135deg, #0f172a, #7c3aed)', color: 'white', fontSize: 64, padding: 80 }, children: 'A diagonal gradient' } };
    const matched = async (card: unknown) => {
      const words = new Uint32Array((await renderCanvas(card as never, { width: 1200, height: 630 })).data().buffer);
      return matchedBands(words, 1200, 630, 315, 3, 'premultiplied');
    };
    expect(await matched(rings)).toBe('abandoned');
    const parts = await matched(flat);
    expect(typeof parts === 'object' && parts.parts.length).toBe(2);
  });
});

describe('rgbSubScanlines', () => {
  it('writes the bytes and adler32 of RGB scanlines filtered Sub in one pass, and refuses translucent pixels', () => {
    const width = 37;
    const height = 5;
    const pixels = new Uint32Array(photo(width, height).buffer);
    const fused = rgbSubScanlines(pixels, width, height);
    const plain = rgbScanlines(pixels, width, height)!;
    applySubFilter(plain.data, plain.rowBytes, height, 3);
    expect(fused).not.toBeNull();
    expect([...fused!.data]).toEqual([...plain.data]);
    expect(fused!.adler).toBe(plainAdler(plain.data));
    expect(rgbSubScanlines(new Uint32Array(photo(width, height, 128).buffer), width, height)).toBeNull();
  });
});

describe('palette rows', () => {
  it('deflates index rows at zlib level 5: the blog sample card in under 19.4 KB (level 4 wrote 19.8 KB)', async () => {
    const pixels = (await renderCanvas(sampleCards.blog!, { width: 1200, height: 630 })).data();
    const png = encodePng(pixels, 1200, 630);
    expect(png[25]).toBe(3);
    expect(png.length).toBeLessThan(19_400);
  });
});
