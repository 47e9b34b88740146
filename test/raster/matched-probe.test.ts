// The paint-cpu pass's encoder changes: the matcher's probe agrees with the abandon rule, RGB rows' adler32 from row sums, and pooled row buffers that never leak one image into another.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, encodePngAsync } from '../../src/raster/encode/png.js';
import { DEFLATE_OPTIONS, MATCHED_ABANDON_BYTES_PER_PIXEL, PHOTO_LIKE_BYTES_PER_PIXEL, SMOOTH_DEFLATE_OPTIONS, matchedBands, plan, releasePlan, type PhotoRows } from '../../src/raster/encode/png-writer.js';
import { estimateMatchedBytesPerPixel, firstBandEstimate } from '../../src/raster/encode/deflate/matched-probe.js';
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
      expect(firstBandEstimate(pixels, 1200, 630, scanned)! > MATCHED_ABANDON_BYTES_PER_PIXEL).toBe(abandoned);
      expect(matchedBands(pixels, 1200, 630, scanned.cut, 3, 'premultiplied', scanned.repeatsAbove) === 'abandoned').toBe(abandoned);
    }
  });

  it('cannot tell for images of one band, short bands or translucent pixels', () => {
    const small = new Uint32Array(100 * 40).fill(0xff336699);
    expect(firstBandEstimate(small, 100, 40, { cut: 0, repeatsAbove: new Uint8Array(40) })).toBeNull();
    expect(estimateMatchedBytesPerPixel(small, 100, 40)).toBeNull();
    const translucent = new Uint32Array(100 * 200).fill(0x80336699);
    expect(estimateMatchedBytesPerPixel(translucent, 100, 100)).toBeNull();
  });
});

/** A JPEG background of flat discs (its flat parts repeat their neighbours, its edges are JPEG noise) under a title. */
async function jpegCard(): Promise<unknown> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(1200, 630);
  const ctx = canvas.getContext('2d');
  for (let k = 0; k < 60; k++) {
    ctx.fillStyle = `hsl(${(k * 17) % 360}, 60%, ${30 + (k % 5) * 10}%)`;
    ctx.beginPath();
    ctx.arc((k * 97) % 1200, (k * 53) % 630, 40 + (k % 7) * 25, 0, 7);
    ctx.fill();
  }
  const url = `data:image/jpeg;base64,${canvas.encodeSync('jpeg', 85).toString('base64')}`;
  return { type: 'div', props: { style: { width: 1200, height: 630, padding: 72, alignItems: 'flex-end', color: 'white', fontSize: 64, backgroundImage: `url(${url})`, backgroundSize: '1200px 630px' }, children: 'A new photo every request' } };
}

describe('smooth rows or the photo deflater', () => {
  const photoRows: PhotoRows = { filter: 'least-sum', settings: DEFLATE_OPTIONS };

  it('sends noise with flat parts (a JPEG background) to the photo deflater, and smooth rings with a blurred shadow to zlib', async () => {
    for (const [card, photoLike] of [[await jpegCard(), true], [rings, false]] as const) {
      const pixels = await words(card);
      const scanned = scanRows(pixels, 1200, 630);
      const estimate = firstBandEstimate(pixels, 1200, 630, scanned)!;
      expect(estimate).toBeGreaterThan(MATCHED_ABANDON_BYTES_PER_PIXEL);
      expect(estimate > PHOTO_LIKE_BYTES_PER_PIXEL).toBe(photoLike);
      const chosen = plan(pixels, 1200, 630, 'auto', scanned, 'premultiplied', false, photoRows);
      expect(chosen.kind).toBe('rows');
      if (chosen.kind === 'rows') expect(chosen.settings).toEqual(photoLike ? { ...DEFLATE_OPTIONS, rowBytes: 1200 * 3 + 1 } : SMOOTH_DEFLATE_OPTIONS);
      releasePlan(chosen);
    }
  });

  it('writes the JPEG card smaller than zlib did, and the PNG decodes to its pixels', async () => {
    const pixels = await words(await jpegCard());
    const png = await encodePngAsync(new Uint8Array(pixels.buffer), 1200, 630);
    const decoded = await decodePng(png);
    let differing = 0;
    for (let i = 0; i < pixels.length; i++) if ((decoded.data[i * 4]! | (decoded.data[i * 4 + 1]! << 8) | (decoded.data[i * 4 + 2]! << 16)) !== (pixels[i]! & 0xffffff)) differing++;
    expect(differing).toBe(0);
    // zlib level 5 on rows filtered per row wrote 294,408 B of this card; takumi 303,511 B.
    expect(png.length).toBeLessThan(290_000);
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
