// PNG scanlines (filter type None, or Sub for opaque RGB) from canvas pixels, with the zlib adler32 of the bytes computed as they are written.
import type { PaletteBand } from './palette.js';
import { ROW_SHIFTED } from './palette/count-band.js';
import { writePaletteRowsInWasm } from './palette/palette-rows-wasm.js';

/** Filtered scanline bytes, ready for deflate, and their adler32 (the zlib trailer). */
export interface Scanlines {
  readonly data: Uint8Array;
  /** Bytes per row including the filter byte. */
  readonly rowBytes: number;
  readonly adler: number;
}

const ADLER_MOD = 65521;

/**
 * Un-premultiplies one 0xAABBGGRR word (canvas.data() gives premultiplied pixels; PNG stores
 * straight alpha). Opaque and fully transparent words come back as they are (transparent as 0).
 */
export function unpremultiply(word: number): number {
  const alpha = word >>> 24;
  if (alpha === 255) return word >>> 0;
  if (alpha === 0) return 0;
  const channel = (shift: number): number => Math.min(255, Math.round((((word >>> shift) & 0xff) * 255) / alpha));
  return ((alpha << 24) | (channel(16) << 16) | (channel(8) << 8) | channel(0)) >>> 0;
}

/** How the input pixels store colour: premultiplied by alpha (Skia's canvas.data()) or straight (the portable rasteriser's). */
export type PixelAlpha = 'premultiplied' | 'straight';

const sameWord = (word: number): number => word >>> 0;

/** The function turning an input word into the straight-alpha word a PNG stores. */
export const toStraightAlpha = (alpha: PixelAlpha): ((word: number) => number) => (alpha === 'straight' ? sameWord : unpremultiply);

/**
 * A row copied from the row above (repeated, or moved one pixel left: a diagonal gradient) whose
 * row above had more runs than this is copied as bytes and summed byte by byte; fewer runs are
 * written and summed run by run.
 */
const COPY_MIN_RUNS = 24;

/**
 * Writes the band's index rows into `data` (which holds the whole image's rows), one byte per pixel,
 * run by run, and returns the adler32 of those bytes
 * alone (adler32Combine joins bands). The adler32 of a run of n bytes of value v has a closed form
 * (a += n·v; b += n·a + v·n(n+1)/2), so the checksum costs a few operations per run, not per byte
 * (and one reduction per row). A row that repeats the row above, or is it moved one pixel left, is
 * copied when the row above had many runs (COPY_MIN_RUNS). `rowOffset` is the row of `data`'s first
 * byte (a band written into a buffer of its own).
 */
export function writePaletteRows(band: PaletteBand, width: number, data: Uint8Array, rowOffset = 0): number {
  return writePaletteRowsInWasm(band, width, data, rowOffset) ?? writePaletteRowsInJs(band, width, data, rowOffset);
}

/** writePaletteRows in JavaScript: where the wasm cannot run, and the reference its tests compare with. */
export function writePaletteRowsInJs(band: PaletteBand, width: number, data: Uint8Array, rowOffset = 0): number {
  const rowBytes = width + 1;
  const { counts, indexOfId } = band;
  const { runEnds, runIds, fromRow, toRow, rowSources } = counts;
  let a = 1;
  let b = 0;
  let start = fromRow * width;
  let run = 0;
  let previousRuns = 0;
  for (let y = fromRow; y < toRow; y++) {
    const rowEnd = (y + 1) * width;
    const rowStart = (y - rowOffset) * rowBytes;
    let out = rowStart;
    data[out++] = 0;
    const firstRun = run;
    const source = rowSources[y - fromRow]!;
    if (source !== 0 && previousRuns > COPY_MIN_RUNS) {
      // The row above's bytes (from its second pixel when moved left), then the runs skipped; the last pixel is its run's.
      data.copyWithin(out, out - rowBytes + (source === ROW_SHIFTED ? 1 : 0), out - 1);
      while (runEnds[run]! < rowEnd) run++;
      data[out + width - 1] = indexOfId[runIds[run]!]!;
      run++;
      start = rowEnd;
      for (let k = rowStart; k < rowStart + rowBytes; k++) {
        a += data[k]!;
        b += a;
      }
    } else {
      b += a;
      // The sums are reduced once a row: within a row they stay far below 2^53 (a < 2^16 + 255·width).
      while (start < rowEnd) {
        const end = runEnds[run]!;
        const value = indexOfId[runIds[run]!]!;
        const n = end - start;
        // A loop costs less than fill() for the short runs of anti-aliased edges.
        if (n < 16) for (let k = out; k < out + n; k++) data[k] = value;
        else data.fill(value, out, out + n);
        b += n * a + (value * n * (n + 1)) / 2;
        a += n * value;
        out += n;
        start = end;
        run++;
      }
    }
    a %= ADLER_MOD;
    b %= ADLER_MOD;
    previousRuns = run - firstRun;
  }
  return ((b << 16) | a) >>> 0;
}

/** zlib's adler32_combine: the adler32 of A followed by B from theirs and B's length. */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const remainder = secondLength % ADLER_MOD;
  let sum1 = first & 0xffff;
  let sum2 = (remainder * sum1) % ADLER_MOD;
  sum1 += (second & 0xffff) + ADLER_MOD - 1;
  sum2 += (first >>> 16) + (second >>> 16) + ADLER_MOD - remainder;
  if (sum1 >= ADLER_MOD) sum1 -= ADLER_MOD;
  if (sum1 >= ADLER_MOD) sum1 -= ADLER_MOD;
  if (sum2 >= 2 * ADLER_MOD) sum2 -= 2 * ADLER_MOD;
  if (sum2 >= ADLER_MOD) sum2 -= ADLER_MOD;
  return ((sum2 << 16) | sum1) >>> 0;
}

/**
 * Three bytes per pixel, or null at the first pixel that is not opaque (then the image needs RGBA),
 * written into `data` when given (a reused buffer of at least the rows' size). The adler32 is
 * computed from each row's sums (Σ byte, Σ x·(r+g+b), Σ g+2b), which stay small integers inside the
 * row, instead of byte by byte: the byte-by-byte chain ran in doubles once b passed 2^31.
 * Unrolled by hand: a loop over the channels shared with rgbaScanlines measured 1.8× slower on a
 * 1200×630 card. Where the encoder wasm runs, rgb-rows-wasm.ts writes these rows instead (the same bytes).
 */
export function rgbScanlines(pixels: Uint32Array, width: number, height: number, data: Uint8Array = new Uint8Array((width * 3 + 1) * height)): Scanlines | null {
  const rowBytes = width * 3 + 1;
  let a = 1;
  let b = 0;
  for (let y = 0, p = 0, d = 0; y < height; y++, p += width, d += rowBytes) {
    data[d] = 0;
    if (!rgbRow(pixels, p, width, data, d + 1)) return null;
    // The row's bytes at positions j = 1…rowBytes−1 (red at 3x+1, green 3x+2, blue 3x+3): a gains Σ byte,
    // b gains rowBytes·a + Σ (rowBytes − j)·byte; every term is exact in a double for any width ≤ 16384.
    const sum = rowSums[0]!;
    b = (b + rowBytes * a + rowBytes * sum - rowSums[1]!) % ADLER_MOD;
    a = (a + sum) % ADLER_MOD;
  }
  return { data, rowBytes, adler: ((b << 16) | a) >>> 0 };
}

/**
 * What a row function leaves besides its bytes: two sums, in an array rather than an object, so
 * that a row costs no allocation. The rows are written one function call each: a loop over the
 * pixels inside a loop over the rows made Node 24's Maglev compile the inner loop on the stack and
 * leave it at every row's end ("exit from OSR'd inner loop": 921 deoptimisations in 20 photo
 * renders, 46 a render); a function called once a row is compiled once.
 */
const rowSums = new Float64Array(2);

/** One row of rgbScanlines from pixel p into data at d: false at a translucent pixel; rowSums gets Σ byte and Σ j·byte (j from the filter byte). */
function rgbRow(pixels: Uint32Array, p: number, width: number, data: Uint8Array, d: number): boolean {
  let sum = 0;
  let lead = 0;
  let tail = 0;
  for (let x = 0; x < width; x++, p++, d += 3) {
    const v = pixels[p]!;
    // Little-endian words: alpha is the top byte.
    if (v < 0xff000000) return false;
    const red = v & 0xff;
    const green = (v >>> 8) & 0xff;
    const blue = (v >>> 16) & 0xff;
    data[d] = red;
    data[d + 1] = green;
    data[d + 2] = blue;
    const pixelSum = red + green + blue;
    sum += pixelSum;
    lead += x * pixelSum;
    tail += green + 2 * blue;
  }
  rowSums[0] = sum;
  rowSums[1] = 3 * lead + sum + tail;
  return true;
}

/**
 * rgbScanlines filtered Sub (each byte minus the byte one pixel to its left, zero left of a row's
 * first pixel), in the same single pass: filtering and checksumming afterwards read a 1200×630
 * photograph's 2.3 MB twice more and took twice the time (docs/encoding.md). Null at the first
 * pixel that is not opaque. Written into `data` when given. Where the encoder wasm runs,
 * rgb-rows-wasm.ts writes these rows instead (the same bytes, in a third of the time).
 */
export function rgbSubScanlines(pixels: Uint32Array, width: number, height: number, data: Uint8Array = new Uint8Array((width * 3 + 1) * height)): Scanlines | null {
  const rowBytes = width * 3 + 1;
  // adler32 sums, and the sums of the whole rows before this one.
  let sum = 1;
  let weighted = 0;
  for (let y = 0, p = 0, d = 0; y < height; y++, p += width, d += rowBytes) {
    data[d] = 1;
    sum += 1;
    weighted += sum;
    if (!subRow(pixels, p, width, data, d + 1, sum, weighted)) return null;
    sum = rowSums[0]!;
    weighted = rowSums[1]!;
  }
  return { data, rowBytes, adler: ((weighted << 16) | sum) >>> 0 };
}

/** One row of rgbSubScanlines after its filter byte, the adler32 sums carried in and left reduced in rowSums; false at a translucent pixel. */
function subRow(pixels: Uint32Array, p: number, width: number, data: Uint8Array, d: number, sum: number, weighted: number): boolean {
  let left = 0;
  for (const end = p + width; p < end; p++, d += 3) {
    const v = pixels[p]!;
    if (v < 0xff000000) return false;
    const red = (v - left) & 0xff;
    const green = ((v >>> 8) - (left >>> 8)) & 0xff;
    const blue = ((v >>> 16) - (left >>> 16)) & 0xff;
    data[d] = red;
    data[d + 1] = green;
    data[d + 2] = blue;
    // The three bytes' adler32 steps at once: b gains a+red, a+red+green and a+red+green+blue.
    weighted += 3 * sum + 3 * red + 2 * green + blue;
    sum += red + green + blue;
    left = v;
  }
  rowSums[0] = sum % ADLER_MOD;
  rowSums[1] = weighted % ADLER_MOD;
  return true;
}

/** Four bytes per pixel, straight alpha, written into `data` when given. */
export function rgbaScanlines(pixels: Uint32Array, width: number, height: number, alpha: PixelAlpha = 'premultiplied', data: Uint8Array = new Uint8Array((width * 4 + 1) * height)): Scanlines {
  const straight = toStraightAlpha(alpha);
  const rowBytes = width * 4 + 1;
  let a = 1;
  let b = 0;
  let d = 0;
  let p = 0;
  for (let y = 0; y < height; y++) {
    data[d++] = 0;
    b += a;
    for (let x = 0; x < width; x++) {
      const v = straight(pixels[p++]!);
      for (let shift = 0; shift < 32; shift += 8) {
        const byte = (v >>> shift) & 0xff;
        data[d++] = byte;
        a += byte;
        b += a;
      }
    }
    a %= ADLER_MOD;
    b %= ADLER_MOD;
  }
  return { data, rowBytes, adler: ((b << 16) | a) >>> 0 };
}
