// The photo deflater (assembly/photo-deflate.ts, wasm, in the index matcher's module) that deflates photographs' filtered RGB rows on Node: its raw deflate inflates to the rows, whole and in primed parts, for any row length and window; PNGs of photographs decode to their pixels, the same bytes sync and async and every time; rows filtered by least sum match the JS twin; translucent photographs and codecs without the module keep zlib's Sub rows.
import { inflateRawSync } from 'node:zlib';
import { decode } from 'fast-png';
import { beforeAll, describe, expect, it } from 'vitest';
import { useIndexMatcherWasm } from '../../src/raster/encode/deflate/index-matcher-wasm.js';
import { INDEX_MATCHER_WASM_BASE64 } from '../../src/raster/encode/deflate/index-matcher-wasm-bytes.js';
import { deflatePhotoRowsInto, deflatePhotoRowsInWasm } from '../../src/raster/encode/deflate/photo-deflate-wasm.js';
import { encodePng, encodePngAsync } from '../../src/raster/encode/png.js';
import { DEFLATE_OPTIONS, pixelWords, plan, type Plan } from '../../src/raster/encode/png-writer.js';
import { filteredRgbRows } from '../../src/raster/encode/rgb-rows-wasm.js';
import { rgbAdaptiveScanlines } from '../../src/raster/encode/rgb-rows.js';
import { syncZlibCodec } from '../../src/raster/encode/zlib-codec.js';
import { seeded } from './card-pixels.js';
import { photo } from './photo-pixels.js';
import { useCompiledWasm, withoutEncoderWasm } from './encoder-wasm.js';

beforeAll(() => {
  useIndexMatcherWasm(() => Buffer.from(INDEX_MATCHER_WASM_BASE64, 'base64'));
  useCompiledWasm();
});

/** The wasm's raw deflate; it must run (not fall back to zlib). */
function deflatePhotoRows(bytes: Uint8Array, history: Uint8Array, last: boolean, rowBytes: number): Uint8Array {
  const deflated = deflatePhotoRowsInWasm(bytes, history, last, rowBytes);
  if (!deflated) throw new Error('the photo deflater did not run');
  return deflated;
}

/** A photograph-like image: a smooth field, blobs, grain shared by the channels (as the bench's photo) or not, at random. */
function photoLike(seed: number, width: number, height: number): Uint8Array {
  const random = seeded(seed);
  const rgba = new Uint8Array(width * height * 4);
  const shared = random() < 0.5;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const grain = (random() - 0.5) * 20;
      for (let c = 0; c < 3; c++) {
        const field = 60 + 80 * Math.sin((x + c * 17) / 40 + y / 60) + (((x >> 5) + (y >> 5)) % 3) * 20;
        rgba[i + c] = Math.max(0, Math.min(255, Math.round(field + (shared ? grain : (random() - 0.5) * 20))));
      }
      rgba[i + 3] = 255;
    }
  }
  return rgba;
}

/** The filtered rows a photo plan deflates (no palette: small images may fit one). */
function photoRows(rgba: Uint8Array, width: number, height: number): Extract<Plan, { kind: 'rows' }> {
  const chosen = plan(pixelWords(rgba, width * height), width, height, 'off', undefined, 'premultiplied', false, syncZlibCodec().photoRows);
  if (chosen.kind !== 'rows') throw new Error(`expected rows, got ${chosen.kind}`);
  return chosen;
}

describe('the photo deflater', () => {
  it('is what Node’s codec uses for photographs: rows filtered per row by least sum, their length in the settings', () => {
    const codec = syncZlibCodec();
    expect(codec.photoRows?.filter).toBe('least-sum');
    const rows = photoRows(photoLike(1, 300, 120), 300, 120);
    expect(rows.colorType).toBe(2);
    expect(rows.settings.rowBytes).toBe(901);
  });

  it('inflates to photographs’ rows and to random bytes, whole and in primed parts cut at rows', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const width = 7 + seed * 41;
      const height = 20 + seed * 9;
      const rowBytes = width * 3 + 1;
      const rows = seed % 4 === 0 ? Uint8Array.from({ length: rowBytes * height }, seeded(seed)).map((v) => Math.floor(v * 256)) : photoRows(photoLike(seed, width, height), width, height).data.slice(0, rowBytes * height);
      expect(inflateRawSync(deflatePhotoRows(rows, new Uint8Array(0), true, rowBytes)).equals(rows)).toBe(true);
      const random = seeded(seed * 101);
      const cuts = [...new Set(Array.from({ length: 3 }, () => Math.floor(random() * height) * rowBytes))].filter((cut) => cut > 0).sort((a, b) => a - b);
      const bounds = [0, ...cuts, rows.length];
      const parts = bounds.slice(1).map((end, i) => deflatePhotoRows(rows.subarray(bounds[i]!, end), rows.subarray(0, bounds[i]!), i === bounds.length - 2, rowBytes));
      expect(inflateRawSync(Buffer.concat(parts)).equals(rows)).toBe(true);
    }
  });

  it('takes empty and tiny inputs, long runs, and parts longer than one wasm call', () => {
    for (const [rows, rowBytes] of [[new Uint8Array(0), 4], [Uint8Array.of(1), 4], [Uint8Array.of(1, 2, 3, 4, 5, 6, 7), 7], [new Uint8Array(300_000), 3001], [Uint8Array.from({ length: 3_000_000 }, (_, i) => (i * 7919) >> 9), 6001]] as const) {
      expect(inflateRawSync(deflatePhotoRows(rows, new Uint8Array(0), true, rowBytes)).equals(rows)).toBe(true);
      const history = Uint8Array.from({ length: rowBytes * 20 }, (_, i) => i & 0xff);
      const deflated = Buffer.concat([deflatePhotoRows(history, new Uint8Array(0), false, rowBytes), deflatePhotoRows(rows, history, true, rowBytes)]);
      expect(inflateRawSync(deflated).equals(Buffer.concat([history, rows]))).toBe(true);
    }
  });

  it('writes photographs as RGB PNGs that decode to the pixels, the same bytes sync and async and every time', async () => {
    for (const [rgba, width, height] of [[photoLike(3, 1200, 630), 1200, 630], [photo(1200, 630), 1200, 630], [photoLike(4, 333, 97), 333, 97]] as const) {
      const png = encodePng(rgba, width, height);
      const decoded = decode(png);
      expect(decoded.channels).toBe(3);
      const words = pixelWords(rgba, width * height);
      let wrong = 0;
      for (let i = 0; i < width * height; i++) {
        const word = words[i]!;
        if (decoded.data[i * 3] !== (word & 0xff) || decoded.data[i * 3 + 1] !== ((word >>> 8) & 0xff) || decoded.data[i * 3 + 2] !== ((word >>> 16) & 0xff)) wrong++;
      }
      expect(wrong).toBe(0);
      expect(Buffer.from(await encodePngAsync(rgba, width, height)).equals(png)).toBe(true);
      expect(encodePng(rgba, width, height).equals(png)).toBe(true);
    }
  });

  it('writes the same bytes every time, whatever it deflated before (the bytes past the input are not read)', () => {
    const rows = photoRows(photoLike(6, 400, 50), 400, 50).data.slice(0, 1201 * 50);
    const first = deflatePhotoRows(rows, new Uint8Array(0), true, 1201);
    deflatePhotoRows(Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) >> 3), new Uint8Array(0), true, 1201);
    expect(deflatePhotoRows(rows, new Uint8Array(0), true, 1201)).toEqual(first);
  });

  it('writes the same bytes into a buffer that holds its input (the band worker\'s shared memory), in one wasm call or several; −1 when they do not fit', () => {
    const history = Uint8Array.from({ length: 1201 * 40 }, (_, i) => (i * 31) & 0xff);
    for (const [rows, rowBytes] of [[photoRows(photoLike(7, 400, 60), 400, 60).data.slice(0, 1201 * 60), 1201], [Uint8Array.from({ length: 3_000_000 }, (_, i) => (i * 7919) >> 9), 6001], [Uint8Array.from({ length: 90_000 }, seeded(9)).map((v) => Math.floor(v * 256)), 901]] as const) {
      const expected = deflatePhotoRows(rows, history, true, rowBytes);
      const shared = new Uint8Array(rows.length + 4096);
      shared.set(rows);
      expect(deflatePhotoRowsInto(shared.subarray(0, rows.length), history, true, rowBytes, shared)).toBe(expected.length);
      expect(shared.subarray(0, expected.length)).toEqual(expected);
      expect(deflatePhotoRowsInto(rows, history, true, rowBytes, new Uint8Array(expected.length - 1))).toBe(-1);
    }
  });

  it('filters rows by least sum in wasm as the JS twin does', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const width = 5 + seed * 29;
      const height = 3 + seed * 4;
      const words = pixelWords(photoLike(seed, width, height), width * height);
      const inWasm = filteredRgbRows(words, width, height, 'least-sum', new Uint8Array((width * 3 + 1) * height));
      const inJs = rgbAdaptiveScanlines(words, width, height, undefined, 'absolute-sum');
      expect(inWasm && Buffer.from(inWasm.data).equals(Buffer.from(inJs!.data))).toBe(true);
      expect(inWasm?.adler).toBe(inJs?.adler);
      const withoutWasm = withoutEncoderWasm(() => filteredRgbRows(words, width, height, 'least-sum', new Uint8Array((width * 3 + 1) * height)));
      expect(withoutWasm && Buffer.from(withoutWasm.data).equals(Buffer.from(inJs!.data))).toBe(true);
    }
  });

  it('keeps zlib’s Sub rows for translucent photographs', () => {
    const rgba = photo(200, 100, 200);
    const chosen = plan(pixelWords(rgba, 200 * 100), 200, 100, 'auto', undefined, 'premultiplied', false, syncZlibCodec().photoRows);
    expect(chosen.kind === 'rows' && chosen.colorType).toBe(6);
    expect(chosen.kind === 'rows' && chosen.settings).toEqual(DEFLATE_OPTIONS);
    const decoded = decode(encodePng(rgba, 200, 100));
    expect(decoded.channels).toBe(4);
  });
});
