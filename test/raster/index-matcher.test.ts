// The index matcher (assembly/index-matcher.ts, wasm) that deflates palette index rows on Node: its raw deflate inflates to the rows, whole or in primed parts, on card rows and random ones, the same bytes every time; PNGs through it decode to the pixels; the committed wasm is what the AssemblyScript compiles to.
import { inflateRawSync } from 'node:zlib';
import { decode } from 'fast-png';
import { beforeAll, describe, expect, it } from 'vitest';
import { deflateIndexRowsInWasm, useIndexMatcherWasm } from '../../src/raster/encode/deflate/index-matcher-wasm.js';
import { INDEX_MATCHER_WASM_BASE64 } from '../../src/raster/encode/deflate/index-matcher-wasm-bytes.js';
import { encodePng, encodePngAsync } from '../../src/raster/encode/png.js';
import { pixelWords, plan, writePlan } from '../../src/raster/encode/png-writer.js';
import { syncZlibCodec } from '../../src/raster/encode/zlib-codec.js';
import { scanRows } from '../../src/raster/encode/palette/count-band.js';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { compileIndexMatcher as compileIndexMatcherUntyped } from '../../scripts/build-wasm.mjs';
import { linesCard, seeded, textCard } from './card-pixels.js';

const compileIndexMatcher = compileIndexMatcherUntyped as () => Promise<Uint8Array>;
const wasmBytes = Buffer.from(INDEX_MATCHER_WASM_BASE64, 'base64');
beforeAll(() => useIndexMatcherWasm(() => wasmBytes));

/** The wasm's raw deflate; it must run (not fall back to zlib). */
function deflateIndexRows(bytes: Uint8Array, history: Uint8Array, last: boolean): Uint8Array {
  const deflated = deflateIndexRowsInWasm(bytes, history, last);
  if (!deflated) throw new Error('the index matcher did not run');
  return deflated;
}

/** A card's index rows as the palette plan writes them (filter bytes included). */
function indexRows(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const chosen = plan(pixelWords(rgba, width * height), width, height, 'auto');
  if (chosen.kind !== 'palette') throw new Error(`expected a palette plan, got ${chosen.kind}`);
  writePlan(chosen, width, height, { crc32: () => 0, deflate: (bytes) => bytes }, (parts, finish) => finish(parts));
  return chosen.rows.slice();
}

/** Text-like rows: runs of a background, glyph slices copied from a few shapes, rows repeated, at random. */
function randomRows(seed: number, width: number, height: number): Uint8Array {
  const random = seeded(seed);
  const rowBytes = width + 1;
  const rows = new Uint8Array(rowBytes * height);
  const glyphs = Array.from({ length: 6 }, () => Uint8Array.from({ length: 3 + Math.floor(random() * 12) }, () => Math.floor(random() * 8)));
  for (let y = 0; y < height; y++) {
    const row = rows.subarray(y * rowBytes, (y + 1) * rowBytes);
    if (y > 0 && random() < 0.3) {
      row.set(rows.subarray((y - 1) * rowBytes, y * rowBytes));
      continue;
    }
    for (let x = 1; x < rowBytes; ) {
      const pick = random();
      const glyph = glyphs[Math.floor(random() * glyphs.length)]!;
      const run = pick < 0.5 ? 1 + Math.floor(random() * 40) : pick < 0.9 ? glyph.length : 1;
      for (let i = 0; i < run && x < rowBytes; i++, x++) row[x] = pick < 0.5 ? 0 : pick < 0.9 ? glyph[i]! : Math.floor(random() * 256);
    }
  }
  return rows;
}

/** The rows deflated in parts cut at `cuts` (byte offsets), each primed with the stream before it, concatenated. */
function inParts(rows: Uint8Array, cuts: readonly number[]): Uint8Array {
  const bounds = [0, ...cuts, rows.length];
  const parts = bounds.slice(1).map((end, i) => deflateIndexRows(rows.subarray(bounds[i]!, end), rows.subarray(0, bounds[i]!), i === bounds.length - 2));
  return Buffer.concat(parts);
}

describe('the index matcher', () => {
  it('is the AssemblyScript compiled as scripts/build-wasm.mjs does (run it after editing assembly/index-matcher.ts)', async () => {
    expect(Buffer.from(await compileIndexMatcher()).equals(wasmBytes)).toBe(true);
  }, 60_000);

  it('inflates to the index rows of text and lines cards, smaller than their bytes', () => {
    for (const rows of [indexRows(textCard(1), 1200, 630), indexRows(textCard(7, 300, 200), 300, 200), indexRows(linesCard(2), 1200, 630)]) {
      const deflated = deflateIndexRows(rows, new Uint8Array(0), true);
      expect(inflateRawSync(deflated).equals(rows)).toBe(true);
      expect(deflated.length).toBeLessThan(rows.length / 10);
    }
  });

  it('inflates to random text-like rows and random bytes, whole and in primed parts', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const width = 20 + seed * 37;
      const noise = seeded(seed);
      const rows = seed % 4 === 0 ? Uint8Array.from({ length: 5000 }, () => Math.floor(noise() * 256)) : randomRows(seed, width, 40 + seed * 5);
      expect(inflateRawSync(deflateIndexRows(rows, new Uint8Array(0), true)).equals(rows)).toBe(true);
      const random = seeded(seed * 101);
      const cuts = [...new Set(Array.from({ length: 3 }, () => Math.floor(random() * rows.length)))].sort((a, b) => a - b);
      expect(inflateRawSync(inParts(rows, cuts)).equals(rows)).toBe(true);
    }
  });

  it('deflates parts longer than one wasm call in primed chunks', () => {
    const rows = randomRows(3, 1500, 1400);
    expect(rows.length).toBeGreaterThan(2 * 1024 * 1024);
    const history = randomRows(4, 1500, 30);
    const deflated = Buffer.concat([deflateIndexRows(history, new Uint8Array(0), false), deflateIndexRows(rows, history, true)]);
    expect(inflateRawSync(deflated).equals(Buffer.concat([history, rows]))).toBe(true);
  });

  it('takes empty, tiny and single-value inputs, and a window longer than deflate’s', () => {
    for (const rows of [new Uint8Array(0), Uint8Array.of(0), Uint8Array.of(0, 5), new Uint8Array(70_000), Uint8Array.from({ length: 70_000 }, (_, i) => (i % 1001 === 0 ? 0 : (i >> 9) & 3))]) {
      expect(inflateRawSync(deflateIndexRows(rows, new Uint8Array(0), true)).equals(rows)).toBe(true);
      expect(inflateRawSync(inParts(rows, rows.length > 40_000 ? [35_000, 69_990] : [])).equals(rows)).toBe(true);
    }
  });

  it('deflates a run longer than its token buffer holds (a tall page’s blank stretch), after a block’s worth of tokens', () => {
    // 2,000 tokens of text-like rows, then 794,384 blank bytes (3,079 tokens of 258): the run once overflowed the token buffer into the output, which inflaters refused.
    for (const blank of [794_384, 1_000_000]) {
      const text = randomRows(11, 1400, 40);
      const rows = new Uint8Array(text.length + blank);
      rows.set(text);
      expect(inflateRawSync(deflateIndexRows(rows, new Uint8Array(0), true)).equals(rows)).toBe(true);
      const history = randomRows(12, 1400, 30);
      expect(inflateRawSync(Buffer.concat([deflateIndexRows(history, new Uint8Array(0), false), deflateIndexRows(rows, history, true)])).equals(Buffer.concat([history, rows]))).toBe(true);
    }
  });

  it('writes a tall page of text over a blank stretch as a PNG that decodes (1400×900: its bottom band was refused as "invalid stored block lengths")', () => {
    const width = 1400;
    const height = 900;
    // Text in rows 24–332, blank below: the bottom band (from the cut near row 178) is one wasm call and ends in a 796 KB run, more than its 3,080 tokens hold.
    const page = new Uint32Array(width * height).fill(0xffffffff);
    page.set(new Uint32Array(textCard(7, width, 308).buffer), width * 24);
    const words = new Uint32Array(page.buffer);
    const { cut } = scanRows(words, width, height);
    expect((height - cut) * (width + 1)).toBeLessThan(1024 * 1024 - 32 * 1024);
    expect((height - 332) * (width + 1)).toBeGreaterThan((2048 + 4 * 258) * 258);
    const png = encodePng(new Uint8Array(page.buffer), width, height);
    const decoded = decode(png);
    expect(decoded.palette).toBeDefined();
    expect(decoded.data[width * height - 1]).toBe(decoded.data[width * 899]);
  });

  it('writes the same bytes every time, whatever it deflated before', () => {
    const rows = indexRows(textCard(3), 1200, 630);
    const first = deflateIndexRows(rows, new Uint8Array(0), true);
    deflateIndexRows(randomRows(5, 900, 300), new Uint8Array(0), false);
    expect(deflateIndexRows(rows, new Uint8Array(0), true)).toEqual(first);
  });

  it('takes palette bands whole in the Node codec: repeated-row stretches are cut out for zlib only', () => {
    expect(syncZlibCodec().repeatedRows).toBeUndefined();
  });

  it('writes palette PNGs that decode to the pixels, the same bytes sync and async', async () => {
    // The last image's bands (1.1 MB each) are over the 1 MiB of one wasm call: each is deflated in two chunks.
    for (const [rgba, width, height] of [[textCard(2), 1200, 630], [linesCard(4), 1200, 630], [textCard(9, 333, 97), 333, 97], [textCard(5, 2400, 900), 2400, 900]] as const) {
      const png = encodePng(rgba, width, height, 'exact');
      const decoded = decode(png);
      expect(decoded.palette).toBeDefined();
      const palette = decoded.palette!;
      const words = pixelWords(rgba, width * height);
      let wrong = 0;
      for (let i = 0; i < width * height; i++) {
        const entry = palette[decoded.data[i]!]!;
        const word = words[i]!;
        if (entry[0] !== (word & 0xff) || entry[1] !== ((word >>> 8) & 0xff) || entry[2] !== ((word >>> 16) & 0xff)) wrong++;
      }
      expect(wrong).toBe(0);
      expect(Buffer.from(await encodePngAsync(rgba, width, height, 'exact')).equals(png)).toBe(true);
    }
  });
});
