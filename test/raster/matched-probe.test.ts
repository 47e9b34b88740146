// The paint-cpu pass's encoder changes: the matcher's probe agrees with the abandon rule, RGB rows' adler32 from row sums, and pooled row buffers that never leak one image into another.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, encodePngAsync } from '../../src/raster/encode/png.js';
import { MATCHED_ABANDON_BYTES_PER_PIXEL, matchedBands } from '../../src/raster/encode/png-writer.js';
import { estimateMatchedBytesPerPixel, probedAbove } from '../../src/raster/encode/deflate/matched-probe.js';
import { scanRows } from '../../src/raster/encode/palette/count-band.js';
import { rgbScanlines } from '../../src/raster/encode/scanlines.js';
import { renderCanvas } from '../../src/render.js';
import { decodePng } from '../golden/render/image-diff.js';
import { photo } from './photo-pixels.js';

const shadowed = { type: 'div', props: { style: { width: 860, height: 380, borderRadius: 32, backgroundColor: '#0f172a', boxShadow: '0 40px 120px rgba(56, 189, 248, 0.35)' } } };
const rings = { type: 'div', props: { style: { width: 1200, height: 630, alignItems: 'center', justifyContent: 'center', backgroundImage: 'radial-gradient(circle at 30% 20%, #1e3a8a 0%, #0f172a 45%, #020617 100%)' }, children: [shadowed] } };
const flat = { type: 'div', props: { style: { width: 1200, height: 630, backgroundImage: 'linear-gradient(135deg, #0f172a, #7c3aed)', color: 'white', fontSize: 64, padding: 80 }, children: 'A diagonal gradient' } };

async function words(card: unknown): Promise<Uint32Array> {
  return new Uint32Array((await renderCanvas(card as never, { width: 1200, height: 630 })).data().buffer);
}

/** zlib's own adler32 of the bytes: the trailer of a zlib stream of them. */
function zlibAdler(bytes: Uint8Array): number {
  const stream = deflateSync(bytes, { level: 0 });
  return stream.readUInt32BE(stream.length - 4);
}

describe('the pixel matcher probe', () => {
  it('prices the rings card above the abandon bound and a flat gradient card below it, as matching their first bands does', async () => {
    for (const [card, abandoned] of [[rings, true], [flat, false]] as const) {
      const pixels = await words(card);
      const scanned = scanRows(pixels, 1200, 630);
      const estimate = estimateMatchedBytesPerPixel(pixels, 1200, scanned.cut, scanned.repeatsAbove);
      expect(estimate).not.toBeNull();
      expect(estimate! > MATCHED_ABANDON_BYTES_PER_PIXEL).toBe(abandoned);
      expect(probedAbove(pixels, 1200, 630, scanned, MATCHED_ABANDON_BYTES_PER_PIXEL)).toBe(abandoned);
      expect(matchedBands(pixels, 1200, 630, scanned.cut, 3, 'premultiplied', scanned.repeatsAbove) === 'abandoned').toBe(abandoned);
    }
  });

  it('cannot tell for images of one band, short bands or translucent pixels', () => {
    const small = new Uint32Array(100 * 40).fill(0xff336699);
    expect(probedAbove(small, 100, 40, { cut: 0, repeatsAbove: new Uint8Array(40) }, 0)).toBe(false);
    expect(estimateMatchedBytesPerPixel(small, 100, 40)).toBeNull();
    const translucent = new Uint32Array(100 * 200).fill(0x80336699);
    expect(estimateMatchedBytesPerPixel(translucent, 100, 100)).toBeNull();
  });
});

describe('RGB rows', () => {
  it('have the adler32 of their bytes, computed from row sums, at widths up to 16,384 pixels', () => {
    for (const [width, height] of [[1, 3], [37, 5], [1200, 3], [5000, 2], [16_384, 1]] as const) {
      const rows = rgbScanlines(new Uint32Array(photo(width, height).buffer), width, height)!;
      expect(rows.adler).toBe(zlibAdler(rows.data));
    }
    // The brightest rows: every sum at its largest.
    const white = rgbScanlines(new Uint32Array(16_384 * 2).fill(0xffffffff), 16_384, 2)!;
    expect(white.adler).toBe(zlibAdler(white.data));
  });

  it('are written into pooled buffers that carry nothing from one image into the next, sync or async', async () => {
    const a = photo(300, 200);
    const b = photo(300, 200, 255).map((v, i) => (i % 4 === 3 ? v : 255 - v));
    const translucent = photo(300, 200, 128);
    const alone = [encodePng(a, 300, 200), encodePng(b, 300, 200), encodePng(translucent, 300, 200)];
    const mixed = await Promise.all([encodePngAsync(b, 300, 200), encodePngAsync(translucent, 300, 200), encodePngAsync(a, 300, 200)]);
    expect(mixed[2]!.equals(alone[0]!)).toBe(true);
    expect(mixed[0]!.equals(alone[1]!)).toBe(true);
    expect(mixed[1]!.equals(alone[2]!)).toBe(true);
    expect(encodePng(a, 300, 200).equals(alone[0]!)).toBe(true);
    const decoded = await decodePng(encodePng(b, 300, 200));
    for (let i = 0; i < 300 * 200; i += 613) expect(decoded.data[i * 4]).toBe(b[i * 4]);
  });
});
