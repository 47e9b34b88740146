// Stretches of PNG rows that repeat the row above, written as blocks of ours between zlib's parts: where they are cut, that the stream inflates to the rows, and that every encoder path writes the same valid PNG.
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { MIN_REPEATED_ROWS, repeatedRowsBlock, rowStretches } from '../../src/raster/encode/deflate/repeated-rows.js';
import { encodePng, encodePngAsync } from '../../src/raster/encode/png.js';
import { pixelWords } from '../../src/raster/encode/png-writer.js';
import { scanRows } from '../../src/raster/encode/palette/count-band.js';
import { streamCutter, windowStart, PRIME_AFTER_PASSED, WINDOW_BYTES } from '../../src/raster/encode/zlib-pieces.js';
import { linesCard, linesCardWithDots, textCard } from './card-pixels.js';

/** repeatsAbove with 1 on the given rows. */
const repeats = (height: number, rows: readonly (readonly [number, number])[]): Uint8Array => {
  const marks = new Uint8Array(height);
  for (const [from, to] of rows) marks.fill(1, from, to);
  return marks;
};

describe('stretches of repeated rows', () => {
  it('cuts out runs of at least MIN_REPEATED_ROWS repeated rows, never the band’s first row, and covers the band in order', () => {
    const marks = repeats(200, [
      [10, 10 + MIN_REPEATED_ROWS],
      [40, 40 + MIN_REPEATED_ROWS - 1],
      [100, 200],
    ]);
    expect(rowStretches(0, 200, marks, 101)).toEqual([
      { fromRow: 0, toRow: 10, repeated: false },
      { fromRow: 10, toRow: 26, repeated: true },
      { fromRow: 26, toRow: 100, repeated: false },
      { fromRow: 100, toRow: 200, repeated: true },
    ]);
    // A band starting inside a repeated run keeps its first row for deflate.
    expect(rowStretches(120, 200, marks, 101)).toEqual([
      { fromRow: 120, toRow: 121, repeated: false },
      { fromRow: 121, toRow: 200, repeated: true },
    ]);
    // Rows too wide for a match to reach the row above stay deflate input.
    expect(rowStretches(0, 200, marks, 40_000)).toEqual([{ fromRow: 0, toRow: 200, repeated: false }]);
  });

  it('writes a block that inflates to the rows, after a zlib part, at distance 1 for a one-value row and at the row’s distance otherwise', () => {
    for (const rowAbove of [new Uint8Array(301), Uint8Array.from({ length: 301 }, (_, i) => (i % 7 === 0 ? 3 : 1))]) {
      const before = Uint8Array.from({ length: 5000 }, (_, i) => (i * 13) % 5);
      before.set(rowAbove, before.length - rowAbove.length);
      for (const last of [false, true]) {
        const block = repeatedRowsBlock(rowAbove, 20, last);
        const after = Uint8Array.of(9, 8, 7, 6, 5);
        const stream = Buffer.concat([deflateRawSync(before, { finishFlush: constants.Z_SYNC_FLUSH }), block, ...(last ? [] : [deflateRawSync(after)])]);
        const expected = Buffer.concat([before, ...Array.from({ length: 20 }, () => rowAbove), ...(last ? [] : [after])]);
        expect(inflateRawSync(stream).equals(expected)).toBe(true);
      }
      // 20 rows of 301 bytes cost a few bytes: a handful of 258-byte matches.
      expect(repeatedRowsBlock(rowAbove, 20, true).length).toBeLessThan(60);
    }
  });

  it('primes the part after a stretch with the stretch’s end only, and windowStart finds that window from positions alone (the band worker is primed with it)', () => {
    const stream = Uint8Array.from({ length: 73_000 }, (_, i) => (i < 50_000 ? i % 251 : i < 70_000 ? 0 : (i * 7) % 13));
    const cut = streamCutter();
    cut(stream.subarray(0, 50_000), { level: 5, memLevel: 5 }, false);
    expect(Buffer.from(cut.window()).equals(Buffer.from(stream.subarray(50_000 - WINDOW_BYTES, 50_000)))).toBe(true);
    cut.passed(stream.subarray(50_000, 70_000));
    expect(cut.window()).toHaveLength(PRIME_AFTER_PASSED);
    cut(stream.subarray(70_000), { level: 5, memLevel: 5 }, false);
    const start = windowStart(73_000, { start: 50_000, end: 70_000 });
    expect(start).toBe(70_000 - PRIME_AFTER_PASSED);
    expect(Buffer.from(cut.window()).equals(Buffer.from(stream.subarray(start)))).toBe(true);
    expect(windowStart(200_000, { start: 50_000, end: 70_000 })).toBe(200_000 - WINDOW_BYTES);
    expect(windowStart(10_000, null)).toBe(0);
  });
});

describe('PNGs with repeated stretches', () => {
  const cards = [
    { name: 'lines, stripe in the lower half', rgba: linesCard(1) },
    { name: 'lines, stripe everywhere', rgba: linesCard(2, 1200, 630, 0) },
    { name: 'lines, 2400×1260', rgba: linesCard(3, 2400, 1260), width: 2400, height: 1260 },
    { name: 'lines, dots around the cut', rgba: linesCardWithDots(1, 390, 490) },
    { name: 'text card (few repeated rows)', rgba: textCard(4) },
  ];

  it('decode to the pixels, and the sync and async encoders write the same bytes', async () => {
    for (const card of cards) {
      const width = card.width ?? 1200;
      const height = card.height ?? 630;
      const png = encodePng(card.rgba, width, height, 'exact');
      const decoded = decode(png);
      expect(decoded.width, card.name).toBe(width);
      // 'exact' palettes: the decoded indexes map back to the very pixels.
      const palette = decoded.palette!;
      const words = pixelWords(card.rgba, width * height);
      let mismatches = 0;
      for (let i = 0; i < width * height; i++) {
        const [r, g, b] = palette[decoded.data[i]!]!;
        if ((words[i]! & 0xffffff) !== ((b! << 16) | (g! << 8) | r!)) mismatches++;
      }
      expect(mismatches, card.name).toBe(0);
      expect((await encodePngAsync(card.rgba, width, height, 'exact')).equals(png), card.name).toBe(true);
    }
  });

  it('the lines cards have repeated stretches in both bands; the top band ends in one, or in a few rows of content after one (the band worker’s two window cases)', () => {
    const stretchesOf = (rgba: Uint8Array) => {
      const { repeatsAbove, cut } = scanRows(pixelWords(rgba, 1200 * 630), 1200, 630);
      return { cut, top: rowStretches(0, cut, repeatsAbove, 1201), bottom: rowStretches(cut, 630, repeatsAbove, 1201) };
    };
    const plain = stretchesOf(linesCard(1));
    expect(plain.bottom.some((s) => s.repeated)).toBe(true);
    expect(plain.top.at(-1)!.repeated).toBe(true);
    const dotted = stretchesOf(linesCardWithDots(1, 390, 490));
    const lastRepeated = dotted.top.filter((s) => s.repeated).at(-1)!;
    expect(dotted.top.at(-1)!.repeated).toBe(false);
    // Fewer content rows after the stretch than the 32 KiB window holds: the window starts inside the stretch.
    expect((dotted.cut - lastRepeated.toRow) * 1201).toBeLessThan(WINDOW_BYTES - PRIME_AFTER_PASSED);
  });
});
