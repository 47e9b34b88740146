// RGB(A) rows that the pixel matcher does not suit: a sampled test for photographs, PNG's Sub filter, the per-row filters of smooth images and photographs (JS) and the adler32 of filtered rows.
import type { Scanlines } from './scanlines.js';

/** Every SAMPLE_STEP-th row is sampled by repeatsNeighbours. */
const SAMPLE_STEP = 8;
/** The share of sampled pixels that must repeat a neighbour for the pixel matcher to pay (docs/encoding.md). */
export const MATCHABLE_MIN_SHARE = 0.6;

/**
 * Whether the image repeats its neighbours the way cards do (flat fills, smooth or diagonal
 * gradients): at least MATCHABLE_MIN_SHARE of the pixels of every eighth row equal the pixel to
 * their left, above, or above on either diagonal. Photographs and noisy (dithered) fills do not, and
 * the matcher would write them as literals, twice zlib's size on filtered rows. A row known to
 * equal the row above (`repeatsAbove`, from scanRows) repeats a neighbour at every pixel: it is
 * counted without reading it.
 */
export function repeatsNeighbours(pixels: Uint32Array, width: number, height: number, repeatsAbove?: Uint8Array): boolean {
  const perRow = Math.max(0, width - 2);
  const sampled = perRow * Math.max(0, Math.ceil((height - 1) / SAMPLE_STEP));
  const needed = sampled * MATCHABLE_MIN_SHARE;
  let seen = 0;
  let repeated = 0;
  for (let y = 1; y < height; y += SAMPLE_STEP) {
    const row = y * width;
    if (repeatsAbove?.[y] === 1) repeated += perRow;
    else for (let x = 1; x < width - 1; x++) {
      const p = pixels[row + x]!;
      const up = row - width + x;
      if (p === pixels[row + x - 1] || p === pixels[up] || p === pixels[up - 1] || p === pixels[up + 1]) repeated++;
    }
    seen += perRow;
    // Decided once the share is reached, or out of reach with the rows left (a card stops about two thirds through).
    if (repeated >= needed || repeated + (sampled - seen) < needed) break;
  }
  return sampled === 0 || repeated >= needed;
}

/** PNG filter Sub in place: each byte minus the byte one pixel to its left (rows of `rowBytes` with the filter byte first). */
export function applySubFilter(data: Uint8Array, rowBytes: number, height: number, bytesPerPixel: number): void {
  for (let y = 0; y < height; y++) {
    const start = y * rowBytes;
    data[start] = 1;
    // Right to left, so each byte's left neighbour is still unfiltered when it is read.
    for (let i = start + rowBytes - 1; i > start + bytesPerPixel; i--) data[i] = (data[i]! - data[i - bytesPerPixel]!) & 0xff;
  }
}

/** zlib's adler32 of the bytes (the trailer of rows filtered after their scanlines were counted). */
const ADLER_MOD = 65521;

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; ) {
    // 5552 bytes is the most that cannot overflow before the modulo (zlib's NMAX).
    const end = Math.min(i + 5552, data.length);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= ADLER_MOD;
    b %= ADLER_MOD;
  }
  return ((b << 16) | a) >>> 0;
}

/** PNG's Paeth predictor of a byte from its left (a), upper (b) and upper-left (c) neighbours; ties go to a, then b. */
export function paethPredictor(a: number, b: number, c: number): number {
  const pa = Math.abs(b - c);
  const pb = Math.abs(a - c);
  const pc = Math.abs(a + b - 2 * c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The residual of byte i of a raw row under PNG filter `filter` (0–4), the row above being `above` (zeros for the first row); bytes left of the row are 0. */
function residualAt(filter: number, raw: Uint8Array, above: Uint8Array, i: number): number {
  const left = i >= 3 ? raw[i - 3]! : 0;
  const up = above[i]!;
  const upLeft = i >= 3 ? above[i - 3]! : 0;
  const x = raw[i]!;
  const predicted = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paethPredictor(left, up, upLeft) : 0;
  return (x - predicted) & 0xff;
}

/** A row's score under one filter: the per-row filter with the least score is chosen. */
export type RowScore = 'non-zero' | 'absolute-sum';

/** A residual's share of a row's score. */
const scoreOf: Readonly<Record<RowScore, (residual: number) => number>> = {
  'non-zero': (residual) => (residual !== 0 ? 1 : 0),
  // The residual as a signed byte, its absolute value.
  'absolute-sum': (residual) => (residual < 128 ? residual : 256 - residual),
};

/**
 * RGB scanlines (null at a translucent pixel) each filtered by the PNG filter, None to Paeth, with
 * the least `score` (ties to the lower filter), with their adler32. Fewest non-zero bytes: the rows
 * of smooth images (radial rings, blurred shadows) deflate 5% smaller and faster than unfiltered;
 * least absolute sum (PNG's usual heuristic): photographs' rows (docs/encoding.md).
 * The JS twin of assembly/rgb-rows.ts's per-row filters, for runtimes where the wasm does not run.
 */
export function rgbAdaptiveScanlines(pixels: Uint32Array, width: number, height: number, data: Uint8Array = new Uint8Array((width * 3 + 1) * height), score: RowScore = 'non-zero'): Scanlines | null {
  const scoreResidual = scoreOf[score];
  const length = width * 3;
  const rowBytes = length + 1;
  let above = new Uint8Array(length);
  let raw = new Uint8Array(length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = pixels[y * width + x]!;
      if (v < 0xff000000) return null;
      raw[3 * x] = v & 0xff;
      raw[3 * x + 1] = (v >>> 8) & 0xff;
      raw[3 * x + 2] = (v >>> 16) & 0xff;
    }
    let chosen = 0;
    let fewest = Infinity;
    for (let filter = 0; filter <= 4; filter++) {
      let count = 0;
      for (let i = 0; i < length; i++) count += scoreResidual(residualAt(filter, raw, above, i));
      if (count < fewest) {
        fewest = count;
        chosen = filter;
      }
    }
    const row = y * rowBytes;
    data[row] = chosen;
    for (let i = 0; i < length; i++) data[row + 1 + i] = residualAt(chosen, raw, above, i);
    [above, raw] = [raw, above];
  }
  return { data, rowBytes, adler: adler32(data.subarray(0, rowBytes * height)) };
}
