// The Node PNG encoder's pieces: primed with the 32 KiB before them, deflated at once on libuv's pool by encodePngAsync, the same bytes as encodePng whatever the pool's size.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { decode } from 'fast-png';
import { describe, expect, it, vi } from 'vitest';
import { DEFLATE_OPTIONS, type DeflateSettings } from '../../src/raster/encode/png-writer.js';
import { PIECE_BYTES, pieceStarts, streamCutter } from '../../src/raster/encode/zlib-pieces.js';
import { photo } from './photo-pixels.js';
import { withoutIndexMatcherWasm } from './encoder-wasm.js';

// Counts the deflates sent to libuv's pool (the module under test streams them through node:zlib's createDeflateRaw).
const pool = vi.hoisted(() => ({ calls: 0 }));
vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof import('node:zlib')>();
  return {
    ...zlib,
    createDeflateRaw: ((...args: Parameters<typeof zlib.createDeflateRaw>) => {
      pool.calls++;
      return zlib.createDeflateRaw(...args);
    }) as typeof zlib.createDeflateRaw,
  };
});

const { encodePng, encodePngAsync, POOL_MIN_BYTES } = await import('../../src/raster/encode/png.js');

const SETTINGS: DeflateSettings = { level: 3, memLevel: 9 };

/** Deflates the parts through a fresh cutter, piece by piece on this thread, and joins the raw streams. */
function deflateParts(parts: readonly Uint8Array[]): Buffer {
  const cut = streamCutter();
  return Buffer.concat(parts.flatMap((part, i) => cut(part, SETTINGS, i === parts.length - 1).map((piece) => deflateRawSync(piece.bytes, piece.options))));
}

describe('pieces of a zlib stream', () => {
  it('cuts a part into equal pieces of at most PIECE_BYTES, by its length alone', () => {
    expect(pieceStarts(1000)).toEqual([0]);
    expect(pieceStarts(PIECE_BYTES)).toEqual([0]);
    expect(pieceStarts(PIECE_BYTES + 1)).toEqual([0, Math.ceil((PIECE_BYTES + 1) / 2)]);
    const starts = pieceStarts(5 * PIECE_BYTES - 7);
    expect(starts).toHaveLength(5);
    const sizes = starts.map((start, i) => (starts[i + 1] ?? 5 * PIECE_BYTES - 7) - start);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PIECE_BYTES);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(4);
  });

  it('ends every piece but the last with a sync flush, so the raw streams join into one that inflates to the parts', () => {
    const whole = Uint8Array.from({ length: 3 * PIECE_BYTES + 12_345 }, (_, i) => (i * 7919 + (i >> 9)) % 251);
    const parts = [whole.subarray(0, 100), whole.subarray(100, PIECE_BYTES + 5000), whole.subarray(PIECE_BYTES + 5000)];
    expect(inflateRawSync(deflateParts(parts)).equals(Buffer.from(whole))).toBe(true);
  });

  it('primes each piece with the 32 KiB before it, across parts too: a block repeated after a cut costs a few bytes', () => {
    let seed = 3;
    const block = Uint8Array.from({ length: 20_000 }, () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24);
    const twice = new Uint8Array(40_000);
    twice.set(block);
    twice.set(block, 20_000);
    const primed = deflateParts([twice.subarray(0, 20_000), twice.subarray(20_000)]);
    const unprimed = Buffer.concat([deflateRawSync(block, { ...SETTINGS, finishFlush: constants.Z_SYNC_FLUSH }), deflateRawSync(block, SETTINGS)]);
    expect(inflateRawSync(primed).equals(Buffer.from(twice))).toBe(true);
    expect(unprimed.length).toBeGreaterThan(38_000);
    expect(primed.length).toBeLessThan(20_000 + 500);
  });
});

describe('encodePngAsync on the thread pool', () => {
  const width = 1200;
  const height = 630;
  const pixels = photo(width, height);

  // Photographs go to zlib's pool where the photo deflater's wasm does not run (elsewhere to the wasm on the calling thread: photo-deflate.test.ts).
  it('deflates a photograph in pieces on the pool where the photo deflater does not run, the same bytes as encodePng, decoding to the pixels', async () => {
    pool.calls = 0;
    const [sync, async] = await withoutIndexMatcherWasm(async () => [encodePng(pixels, width, height), await encodePngAsync(pixels, width, height)] as const);
    // 2.27 MB of RGB rows in two halves, one piece each: the first on the pool (encodePng: none), the stream's last on the calling thread.
    expect(pool.calls).toBe(1);
    expect(async.equals(sync)).toBe(true);
    const decoded = decode(async);
    expect(decoded.channels).toBe(3);
    for (let i = 0; i < width * height; i++) {
      for (let c = 0; c < 3; c++) if (decoded.data[i * 3 + c] !== pixels[i * 4 + c]) throw new Error(`pixel ${i} channel ${c}: ${decoded.data[i * 3 + c]} against ${pixels[i * 4 + c]}`);
    }
  });

  it('costs at most 0.1% more bytes than one deflate call over the same rows', async () => {
    const png = await withoutIndexMatcherWasm(() => encodePngAsync(pixels, width, height));
    const rows = decode(png).data;
    // The same Sub-filtered rows as one zlib call: rebuilt from the pixels.
    const rowBytes = width * 3 + 1;
    const filtered = new Uint8Array(rowBytes * height);
    for (let y = 0; y < height; y++) {
      filtered[y * rowBytes] = 1;
      for (let i = 0; i < width * 3; i++) filtered[y * rowBytes + 1 + i] = (rows[y * width * 3 + i]! - (i >= 3 ? rows[y * width * 3 + i - 3]! : 0)) & 0xff;
    }
    const single = deflateRawSync(filtered, DEFLATE_OPTIONS).length;
    expect(png.length - 100).toBeLessThanOrEqual(single * 1.001);
  });

  it('keeps small images and palette cards on the calling thread', async () => {
    pool.calls = 0;
    const small = photo(200, 150);
    expect((200 * 3 + 1) * 150).toBeLessThan(POOL_MIN_BYTES);
    expect((await encodePngAsync(small, 200, 150)).equals(encodePng(small, 200, 150))).toBe(true);
    // A card's palette rows (1200×630: two bands of 378 KB) stay here too.
    const stripes = new Uint32Array(width * height).map((_, i) => (i % 7 < 3 ? 0xff2040e0 : 0xffffffff));
    const card = new Uint8Array(stripes.buffer);
    const palette = await encodePngAsync(card, width, height);
    expect(palette[25]).toBe(3);
    expect(palette.equals(encodePng(card, width, height))).toBe(true);
    expect(pool.calls).toBe(0);
  });

  it('writes the same bytes whatever the size of the pool', () => {
    const script = [
      "import { createHash } from 'node:crypto';",
      "const { encodePngAsync } = await import('./src/raster/encode/png.ts');",
      "const { photo } = await import('./test/raster/photo-pixels.ts');",
      'const png = await encodePngAsync(photo(1200, 630), 1200, 630);',
      "process.stdout.write(createHash('sha256').update(png).digest('hex'));",
    ].join('\n');
    const hashes = ['1', '2', '7'].map((size) =>
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, UV_THREADPOOL_SIZE: size }, encoding: 'utf8', timeout: 60_000 }),
    );
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(hashes).size).toBe(1);
    expect(hashes[0]).toBe(createHash('sha256').update(encodePng(pixels, width, height)).digest('hex'));
  }, 120_000);
});
