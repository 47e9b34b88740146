// Where the palette rows are cut into two deflate parts: on a blank row near the halfway row, so no line of text is split.
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CUT_SLACK, scanRows, type RowScan } from '../../src/raster/encode/palette/count-band.js';
import { encodePng } from '../../src/raster/encode/png.js';
import { plan, releasePlan, writePlan, type PngCodec } from '../../src/raster/encode/png-writer.js';
import { decodePng } from '../golden/render/image-diff.js';

const rgba = (r: number, g: number, b: number) => ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
const WIDTH = 600;
const HEIGHT = 260;
const BACKGROUND = rgba(236, 253, 245);
/** Lines of text-like glyphs: [first row, last row + 1]. The rows that do not repeat are halved inside the second line. */
const LINES = [[20, 90], [100, 150], [160, 220]] as const;

/**
 * A text card's pixels, exactly representable by a palette: each line has eight "glyphs" of its own
 * (15 shades between its text colour and the background), vertically symmetric and repeated along
 * the line, so a line's lower half repeats its upper half and nothing of the other lines.
 */
function textCard(): Uint32Array {
  let seed = 7;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  // Each line in colours of its own (a title, tags, body text), 15 shades from the background to the text colour.
  const textColors = [[6, 78, 59], [4, 120, 87], [70, 80, 90]] as const;
  const shade = (k: number, line: number): number => {
    const [r, g, b] = textColors[line]!;
    const mix = (from: number, to: number): number => Math.round(from + ((to - from) * k) / 15);
    return rgba(mix(236, r), mix(253, g), mix(245, b));
  };
  const pixels = new Uint32Array(WIDTH * HEIGHT).fill(BACKGROUND);
  for (const [line, [top, bottom]] of LINES.entries()) {
    const height = bottom - top;
    const glyphs = Array.from({ length: 8 }, () => Array.from({ length: 35 * 18 }, () => (random() < 0.55 ? Math.floor(random() * 16) : 0)));
    for (let x0 = 30, g = 0; x0 + 18 <= WIDTH - 30; x0 += 20, g++) {
      const glyph = glyphs[(g * 5) % glyphs.length]!;
      for (let y = 0; y < height; y++) {
        const row = Math.min(y, height - 1 - y) % 35;
        for (let x = 0; x < 18; x++) {
          const k = glyph[row * 18 + x]!;
          if (k > 0) pixels[(top + y) * WIDTH + x0 + x] = shade(k, line);
        }
      }
    }
  }
  return pixels;
}

const bytesOf = (pixels: Uint32Array): Uint8Array => new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength);

/** node:zlib in parts, as the Node codec deflates them. */
const codec: PngCodec<Uint8Array> = {
  crc32: (bytes) => crc32(bytes),
  deflate: (bytes, settings, last) => deflateRawSync(bytes, last ? settings : { ...settings, finishFlush: constants.Z_SYNC_FLUSH }),
};

function pngWithCut(pixels: Uint32Array, rows: RowScan): Uint8Array {
  const chosen = plan(pixels, WIDTH, HEIGHT, 'auto', rows, 'straight');
  try {
    return writePlan(chosen, WIDTH, HEIGHT, codec, (parts, finish) => finish(parts));
  } finally {
    releasePlan(chosen);
  }
}

describe('the palette rows cut', () => {
  const pixels = textCard();
  const rows = scanRows(pixels, WIDTH, HEIGHT);
  // The halfway row of the rows that do not repeat (the cut before blank rows were looked for): inside the second line.
  const contentRows = [...rows.repeatsAbove].filter((repeats) => repeats === 0).length;
  let halfway = 1;
  for (let seen = 1; 2 * seen < contentRows; halfway++) seen += 1 - rows.repeatsAbove[halfway]!;

  it('falls on the blank row nearest to the halfway row, not through a line of text', () => {
    expect(halfway).toBeGreaterThan(LINES[1][0]);
    expect(halfway).toBeLessThan(LINES[1][1]);
    // The gap between the first two lines is within CUT_SLACK of the halfway row; the gap after the second is not.
    expect(rows.cut).toBe(LINES[1][0] - 1);
    const row = pixels.subarray(rows.cut * WIDTH, (rows.cut + 1) * WIDTH);
    expect(row.every((pixel) => pixel === BACKGROUND)).toBe(true);
    expect(CUT_SLACK).toBeLessThan(0.5);
  });

  it('stays at the halfway row when no blank row is near it', () => {
    const noisy = pixels.slice();
    // Every blank row gets a dot of its own: no row is one colour any more.
    for (let y = 0; y < HEIGHT; y++) noisy[y * WIDTH + (y % 7)] = rgba(1, 2, 3);
    const scanned = scanRows(noisy, WIDTH, HEIGHT);
    const content = [...scanned.repeatsAbove].filter((repeats) => repeats === 0).length;
    expect(content).toBe(HEIGHT);
    expect(scanned.cut).toBe(HEIGHT / 2);
  });

  it('writes fewer bytes than a cut through the line, with the same pixels, deterministically', async () => {
    const atBlank = encodePng(bytesOf(pixels), WIDTH, HEIGHT, 'auto', 'straight');
    const throughLine = pngWithCut(pixels, { ...rows, cut: halfway });
    expect(atBlank.length).toBeLessThan(0.97 * throughLine.length);
    expect(Buffer.from(encodePng(bytesOf(pixels), WIDTH, HEIGHT, 'auto', 'straight')).equals(atBlank)).toBe(true);
    const decoded = await decodePng(atBlank);
    expect(decoded.width).toBe(WIDTH);
    expect(Buffer.from(decoded.data).equals(Buffer.from(bytesOf(pixels)))).toBe(true);
  });
});

describe('the palette rows deflate settings', () => {
  it('write fewer bytes than memLevel 8 (one Huffman code per 16,384 symbols) on a text card', () => {
    const pixels = textCard();
    const rows = scanRows(pixels, WIDTH, HEIGHT);
    const withMemLevel8: PngCodec<Uint8Array> = { ...codec, deflate: (bytes, settings, last) => codec.deflate(bytes, { ...settings, memLevel: 8 }, last) };
    const chosen = plan(pixels, WIDTH, HEIGHT, 'auto', rows, 'straight');
    try {
      const eight = writePlan(chosen, WIDTH, HEIGHT, withMemLevel8, (parts, finish) => finish(parts));
      const ours = writePlan(chosen, WIDTH, HEIGHT, codec, (parts, finish) => finish(parts));
      expect(ours.length).toBeLessThan(0.99 * eight.length);
    } finally {
      releasePlan(chosen);
    }
  });
});
