// Our deflate for RGB(A) PNGs: Huffman codes, token blocks and pixel matching, checked by zlib's own inflate (which verifies the adler32).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { canonicalCodes, limitedCodeLengths } from '../../src/raster/encode/deflate/huffman.js';
import { writeDynamicBlock } from '../../src/raster/encode/deflate/dynamic-block.js';
import { LENGTH_SYMBOL } from '../../src/raster/encode/deflate/symbols.js';
import { matchBand, matchPixels, maxMatchableWidth } from '../../src/raster/encode/deflate/pixel-matcher.js';
import { scanRows } from '../../src/raster/encode/palette/count-band.js';
import { encodePng } from '../../src/raster/encode/png.js';
import { unpremultiply } from '../../src/raster/encode/scanlines.js';
import { decodePng } from '../golden/render/image-diff.js';

const rgba = (r: number, g: number, b: number, a = 255) => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;

/** The scanlines (filter None) that the tokens must inflate to. */
function expectedScanlines(pixels: Uint32Array, width: number, height: number, bytesPerPixel: 3 | 4): Buffer {
  const out = Buffer.alloc((width * bytesPerPixel + 1) * height);
  let o = 0;
  for (let y = 0; y < height; y++) {
    out[o++] = 0;
    for (let x = 0; x < width; x++) {
      const v = bytesPerPixel === 4 ? unpremultiply(pixels[y * width + x]!) : pixels[y * width + x]!;
      for (let c = 0; c < bytesPerPixel; c++) out[o++] = (v >>> (8 * c)) & 0xff;
    }
  }
  return out;
}

/** Inflates the matched tokens as a zlib stream (header, block, adler32): zlib rejects a wrong checksum. */
function inflateMatched(pixels: Uint32Array, width: number, height: number, bytesPerPixel: 3 | 4): Buffer {
  const tokens = matchPixels(pixels, width, height, bytesPerPixel);
  if (!tokens) throw new Error('not matched');
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(tokens.adler);
  return inflateSync(Buffer.concat([Buffer.from([0x78, 0x9c]), writeDynamicBlock(tokens), trailer]));
}

describe('Huffman code lengths', () => {
  it('never exceed the limit, and form a complete prefix code (Kraft sum 1)', () => {
    // Fibonacci weights make the plain Huffman code as deep as it can be.
    const weights = [1, 1];
    while (weights.length < 30) weights.push(weights[weights.length - 1]! + weights[weights.length - 2]!);
    const lengths = limitedCodeLengths(weights, 15);
    expect(Math.max(...lengths)).toBe(15);
    expect(lengths.reduce((sum, l) => sum + 2 ** -l, 0)).toBeCloseTo(1, 12);
  });

  it('give frequent symbols codes no longer than rare ones, and unused symbols none', () => {
    const lengths = limitedCodeLengths([100, 0, 10, 1, 1], 15);
    expect(lengths[1]).toBe(0);
    expect(lengths[0]).toBeLessThanOrEqual(lengths[2]!);
    expect(lengths[2]).toBeLessThanOrEqual(lengths[3]!);
  });

  it('canonical codes are distinct and bit-reversed (RFC 1951 example: lengths 3,3,3,3,3,2,4,4)', () => {
    const codes = canonicalCodes(Uint8Array.from([3, 3, 3, 3, 3, 2, 4, 4]));
    // RFC codes: 010 011 100 101 110 00 1110 1111, written reversed.
    expect([...codes]).toEqual([0b010, 0b110, 0b001, 0b101, 0b011, 0b00, 0b0111, 0b1111]);
  });
});

describe('dynamic deflate blocks', () => {
  it('inflate to the literals and matches they hold', () => {
    const literalFrequencies = new Uint32Array(286);
    const distanceFrequencies = new Uint32Array(30);
    // "abcabcabc…": three literals, then one match of 30 at distance 3.
    const tokens = Uint32Array.from([97, 98, 99, (30 << 8) | 0]);
    literalFrequencies[97] = literalFrequencies[98] = literalFrequencies[99] = 1;
    literalFrequencies[LENGTH_SYMBOL[30]!] = 1; // symbol 271: base 27, 2 extra bits
    distanceFrequencies[2] = 1; // distance 3
    const raw = inflateRawSync(writeDynamicBlock({ tokens, count: tokens.length, distances: [3], literalFrequencies, distanceFrequencies }));
    expect(raw.toString()).toBe('abc'.repeat(11));
  });
});

describe('matchPixels', () => {
  const width = 37;
  const height = 23;

  it('encodes a diagonal gradient with text-like noise losslessly (shifted rows, repeats, literals)', () => {
    const pixels = new Uint32Array(width * height);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = rgba((x + y) * 5, 40, 200 - (x + y) * 3);
    for (let i = 100; i < 300; i += 7) pixels[i] = rgba(255, 255, 255);
    pixels.copyWithin(15 * width, 14 * width, 15 * width); // one repeated row
    for (let x = 1; x < width; x++) pixels[20 * width + x] = pixels[19 * width + x - 1]!; // shifted right
    expect(inflateMatched(pixels, width, height, 3).equals(expectedScanlines(pixels, width, height, 3))).toBe(true);
    const tokens = matchPixels(pixels, width, height, 3)!;
    expect(tokens.count).toBeLessThan(width * height); // it found matches
  });

  it('takes repeated rows from scanRows when given them: the same tokens as comparing rows itself, over two bands', () => {
    const pixels = new Uint32Array(width * height);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = rgba(y < 8 || y > 16 ? 9 : x * 3, 40, y % 5 === 0 ? 77 : 200);
    const { repeatsAbove } = scanRows(pixels, width, height);
    expect(repeatsAbove.reduce((sum, r) => sum + r, 0)).toBeGreaterThan(10);
    for (const [fromRow, toRow] of [[0, 11], [11, height]] as const) {
      // Token arrays are the matcher's scratch: copied before the next call.
      const compared = matchBand(pixels, width, { fromRow, toRow, baseRow: 0 }, 3)!;
      const comparedTokens = [...compared.tokens.subarray(0, compared.count)];
      const told = matchBand(pixels, width, { fromRow, toRow, baseRow: 0, repeatsAbove }, 3)!;
      expect([...told.tokens.subarray(0, told.count)]).toEqual(comparedTokens);
      expect(told.adler).toBe(compared.adler);
    }
  });

  it('refuses RGB for a translucent pixel; RGBA is written un-premultiplied', () => {
    const pixels = Uint32Array.from({ length: width * height }, (_, i) => (i === 500 ? rgba(64, 0, 0, 128) : rgba(10, 20, 30)));
    expect(matchPixels(pixels, width, height, 3)).toBeNull();
    expect(inflateMatched(pixels, width, height, 4).equals(expectedScanlines(pixels, width, height, 4))).toBe(true);
  });

  it('leaves images too wide for the 32 KiB window to another encoder', () => {
    expect(matchPixels(new Uint32Array(maxMatchableWidth(3) + 1), maxMatchableWidth(3) + 1, 1, 3)).toBeNull();
  });

  it('round-trips random images with few colours (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 480, maxLength: 480 }), fc.boolean(), (w, h, choices, translucent) => {
        const colours = [rgba(0, 0, 0), rgba(255, 255, 255), rgba(12, 200, 99), translucent ? rgba(50, 0, 0, 100) : rgba(1, 2, 3)];
        const pixels = Uint32Array.from({ length: w * h }, (_, i) => colours[choices[i % choices.length]!]!);
        const bpp = translucent && choices.slice(0, w * h).includes(3) ? 4 : 3;
        expect(inflateMatched(pixels, w, h, bpp).equals(expectedScanlines(pixels, w, h, bpp))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('makes RGB PNGs that decode to the pixels, with the same bytes every time', async () => {
    const pixels = Uint32Array.from({ length: width * height }, (_, i) => rgba((i * 7) % 256, (i * 13) % 256, (i * 3) % 256));
    const bytes = new Uint8Array(pixels.buffer);
    const png = encodePng(bytes, width, height, 'off');
    expect(png[25]).toBe(2);
    expect(encodePng(bytes, width, height, 'off').equals(png)).toBe(true);
    const decoded = await decodePng(png);
    for (let i = 0; i < width * height; i += 11) expect([...decoded.data.subarray(i * 4, i * 4 + 3)]).toEqual([(i * 7) % 256, (i * 13) % 256, (i * 3) % 256]);
  });
});
