// LZ77 tokens for PNG scanlines (filter None) straight from canvas pixels: matches to the left, above and the two upper diagonals, with the stream's adler32.
import { unpremultiply, type PixelAlpha } from '../scanlines.js';
import { DISTANCE_SYMBOLS, LENGTH_SYMBOL, LITERAL_LENGTH_SYMBOLS, MAX_DISTANCE, MAX_MATCH, distanceCode } from './symbols.js';
import type { TokenStream } from './dynamic-block.js';
import { wordRangesEqual } from '../word-ranges.js';
import { matchBandInWasm } from './pixel-matcher-wasm.js';

/**
 * Cards repeat themselves in a few fixed ways: flat fills repeat the pixel to the left, rows of
 * background repeat the row above, and diagonal gradients repeat the row above shifted by one pixel.
 * Trying just those four neighbours finds nearly every match a general LZ77 search finds on such
 * images, at a fraction of its cost (docs/encoding.md has the measurements).
 */
const enum Slot {
  Left = 0,
  Up = 1,
  UpRight = 2,
  UpLeft = 3,
}

/** Tokens of the scanlines of one image, ready for writeDynamicBlock, and their adler32. */
export interface PixelTokens extends TokenStream {
  /** 3 (RGB, every pixel opaque) or 4 (RGBA, straight alpha). */
  readonly bytesPerPixel: 3 | 4;
  readonly adler: number;
}

const ADLER_MOD = 65521;

/** Token array kept between calls (grown, never shrunk): tokens are per render scratch. */
let scratch = new Uint32Array(1 << 16);

/** The widest image whose diagonal matches stay inside deflate's 32 KiB window. */
export function maxMatchableWidth(bytesPerPixel: 3 | 4): number {
  return Math.floor((MAX_DISTANCE - 1 - bytesPerPixel) / bytesPerPixel);
}

/** Tokens and checksum state while the rows are matched. */
class Tokens {
  tokens = scratch;
  count = 0;
  readonly literalFrequencies = new Uint32Array(LITERAL_LENGTH_SYMBOLS);
  readonly distanceFrequencies = new Uint32Array(DISTANCE_SYMBOLS);
  readonly slotSymbol: Uint8Array;

  constructor(readonly distances: readonly number[]) {
    this.slotSymbol = Uint8Array.from(distances.map((d) => distanceCode(d).symbol));
  }

  /** Room for `more` tokens. */
  reserve(more: number): void {
    if (this.count + more <= this.tokens.length) return;
    const grown = new Uint32Array(Math.max(this.count + more, this.tokens.length * 2));
    grown.set(this.tokens.subarray(0, this.count));
    this.tokens = scratch = grown;
  }

  /** A match of `length` bytes (a multiple of the pixel size, ≥ 3) cut into tokens of at most 258. */
  match(length: number, slot: Slot): void {
    // ⌈length / 258⌉ tokens at most, without a division per match.
    this.reserve((length >>> 8) + 2);
    const symbol = this.slotSymbol[slot]!;
    while (length > 0) {
      // Never leave a tail shorter than a match can be.
      const part = length > MAX_MATCH ? (length - MAX_MATCH < 3 ? length - 3 : MAX_MATCH) : length;
      this.tokens[this.count++] = (part << 8) | slot;
      this.literalFrequencies[LENGTH_SYMBOL[part]!]!++;
      this.distanceFrequencies[symbol]!++;
      length -= part;
    }
  }
}

/** Sum of a pixel's output bytes. */
function byteSum(value: number, bytesPerPixel: 3 | 4): number {
  const sum = (value & 0xff) + ((value >>> 8) & 0xff) + ((value >>> 16) & 0xff);
  return bytesPerPixel === 3 ? sum : sum + (value >>> 24);
}

/** Σ j·byte_j of a pixel's output bytes, for a pixel at column x (j counts from the row's filter byte). */
function weightedSum(value: number, x: number, bytesPerPixel: 3 | 4): number {
  const extra = ((value >>> 8) & 0xff) + 2 * ((value >>> 16) & 0xff) + (bytesPerPixel === 4 ? 3 * (value >>> 24) : 0);
  return (1 + bytesPerPixel * x) * byteSum(value, bytesPerPixel) + extra;
}

/**
 * Σ bytes and Σ j·byte_j (j from the row's filter byte) of one row's output bytes, or null at a
 * translucent pixel when writing RGB. Σ over columns c of c·(pixel byte sum) comes from a running
 * prefix (Σ_c prefix_c = Σ_c sum_c·(width − c)), so a pixel costs additions only; RGB and RGBA have
 * a loop each (this ran for every row not matched whole, a third of the matcher's time).
 */
function rowSums(values: Uint32Array, rowStart: number, width: number, bpp: 3 | 4): { s: number; xs: number } | null {
  let prefix = 0;
  let prefixes = 0;
  let greens = 0;
  let blues = 0;
  let alphas = 0;
  const end = rowStart + width;
  if (bpp === 3) {
    for (let i = rowStart; i < end; i++) {
      const v = values[i]!;
      if (v < 0xff000000) return null;
      const g = (v >>> 8) & 0xff;
      const b = (v >>> 16) & 0xff;
      prefix += (v & 0xff) + g + b;
      prefixes += prefix;
      greens += g;
      blues += b;
    }
  } else {
    for (let i = rowStart; i < end; i++) {
      const v = values[i]!;
      const g = (v >>> 8) & 0xff;
      const b = (v >>> 16) & 0xff;
      const a = v >>> 24;
      prefix += (v & 0xff) + g + b + a;
      prefixes += prefix;
      greens += g;
      blues += b;
      alphas += a;
    }
  }
  // xs = Σ_c (1 + bpp·c)·sum_c + g_c + 2·b_c + 3·a_c, with Σ_c c·sum_c = width·S − Σ_c prefix_c.
  return { s: prefix, xs: prefix + bpp * (width * prefix - prefixes) + greens + 2 * blues + 3 * alphas };
}

/** A band of rows to match: [fromRow, toRow), with `pixels` holding rows from `baseRow` (fromRow − 1 when the row above is given, so matches can reach it). */
export interface PixelBand {
  readonly fromRow: number;
  readonly toRow: number;
  readonly baseRow: number;
  /** Which rows (absolute) equal the row above, when already known (scanRows): no row is compared again (workerd compares word by word). */
  readonly repeatsAbove?: Uint8Array;
}

/**
 * Tokens for the scanlines of a band of pixels (premultiplied canvas pixels, or straight ones with
 * `alpha` 'straight') written as RGB (when every pixel is opaque) or straight-alpha RGBA; null when `bytesPerPixel` is 3 and a pixel is not opaque,
 * or the image is too wide for diagonal matches (the caller then tries RGBA, or another encoder).
 * Matches may reach the row above the band (it precedes the band in the deflate stream); the adler32
 * is of the band's bytes alone (adler32Combine joins bands). The tokens are scratch (in wasm memory
 * when the wasm matcher ran): read them before the next call.
 */
export function matchBand(pixels: Uint32Array, width: number, band: PixelBand, bytesPerPixel: 3 | 4, alpha: PixelAlpha = 'premultiplied'): PixelTokens | null {
  if (!matchable(width, band, bytesPerPixel)) return null;
  // The wasm matcher where the runtime was given it (pixel-matcher-wasm.ts), else this file's.
  const inWasm = matchBandInWasm(pixels, width, band, bytesPerPixel, alpha);
  return inWasm !== undefined ? inWasm : matchBandInJs(pixels, width, band, bytesPerPixel, alpha);
}

/** Whether the band has rows and its rows are narrow enough for diagonal matches (both matchers' precondition). */
const matchable = (width: number, band: PixelBand, bytesPerPixel: 3 | 4): boolean => width >= 1 && width <= maxMatchableWidth(bytesPerPixel) && band.toRow > band.fromRow;

/** matchBand in JS: runtimes without the wasm matcher, and the reference the wasm's tokens are tested against. */
export function matchBandInJs(pixels: Uint32Array, width: number, band: PixelBand, bytesPerPixel: 3 | 4, alpha: PixelAlpha = 'premultiplied'): PixelTokens | null {
  if (!matchable(width, band, bytesPerPixel)) return null;
  const { fromRow, toRow, baseRow, repeatsAbove } = band;
  const bpp = bytesPerPixel;
  const rowBytes = width * bpp + 1;
  const out = new Tokens([bpp, rowBytes, rowBytes - bpp, rowBytes + bpp]);
  const literal = out.literalFrequencies;
  // Output values of pixels: the word itself for RGB and for straight input, un-premultiplied for RGBA.
  const held = (toRow - baseRow) * width;
  const straight = bpp === 3 || alpha === 'straight' ? null : new Uint32Array(held);
  if (straight) for (let i = 0; i < held; i++) straight[i] = unpremultiply(pixels[i]!);
  const values = straight ?? pixels;
  const same = wordRangesEqual(pixels.subarray(0, held));
  let sumAll = 0;
  let weighted = 0;
  let previousS = 0;
  let previousX = 0;
  for (let y = fromRow; y < toRow; y++) {
    const rowStart = (y - baseRow) * width;
    // Matches reach the row above when it is in the stream and in `pixels`; checksums recur within the band only.
    const above = y > 0 && y > baseRow;
    const recur = y > fromRow;
    let s = 0;
    let xs = 0;
    let summed = false;
    if (above && (repeatsAbove ? repeatsAbove[y] === 1 : same(rowStart, rowStart - width, width))) {
      // The row repeats the one above, filter byte included.
      out.match(rowBytes, Slot.Up);
      if (recur) {
        s = previousS;
        xs = previousX;
        summed = true;
      }
    } else {
      out.reserve(width * bpp + 1);
      out.tokens[out.count++] = 0;
      literal[0]!++;
      let x = 0;
      let end = width;
      let shifted: Slot.UpRight | Slot.UpLeft | null = null;
      if (above && width > 1) {
        if (same(rowStart, rowStart - width + 1, width - 1)) shifted = Slot.UpRight;
        else if (same(rowStart + 1, rowStart - width, width - 1)) shifted = Slot.UpLeft;
      }
      if (shifted === Slot.UpRight) {
        // Row above moved one pixel left: one long diagonal match, then the last pixel.
        out.match((width - 1) * bpp, Slot.UpRight);
        x = width - 1;
        const last = values[rowStart + width - 1]!;
        if (bpp === 3 && last < 0xff000000) return null;
        if (recur) {
          const first = values[rowStart - width]!;
          const firstS = byteSum(first, bpp);
          s = previousS - firstS + byteSum(last, bpp);
          xs = previousX - weightedSum(first, 0, bpp) - bpp * (previousS - firstS) + weightedSum(last, width - 1, bpp);
          summed = true;
        }
      } else if (shifted === Slot.UpLeft) {
        // Row above moved one pixel right: the first pixel, then one long diagonal match.
        end = 1;
        const first = values[rowStart]!;
        if (bpp === 3 && first < 0xff000000) return null;
        if (recur) {
          const dropped = values[rowStart - 1]!;
          const droppedS = byteSum(dropped, bpp);
          s = previousS - droppedS + byteSum(first, bpp);
          xs = previousX - weightedSum(dropped, width - 1, bpp) + bpp * (previousS - droppedS) + weightedSum(first, 0, bpp);
          summed = true;
        }
      }
      // Greedy matching over [x, end): the longest of the four neighbours, else a literal pixel.
      while (x < end) {
        const i = rowStart + x;
        const v = pixels[i]!;
        let best = 0;
        let slot = Slot.Left;
        const room = end - x;
        if (x > 0 && pixels[i - 1] === v) {
          let n = 1;
          while (n < room && pixels[i + n] === v) n++;
          best = n;
        }
        if (above && best < room) {
          const up = i - width;
          if (pixels[up] === v && (best === 0 || pixels[i + best] === pixels[up + best])) {
            let n = 1;
            while (n < room && pixels[i + n] === pixels[up + n]) n++;
            if (n > best) {
              best = n;
              slot = Slot.Up;
            }
          }
          const diagonalRoom = Math.min(room, width - 1 - x);
          if (best < diagonalRoom && pixels[up + 1] === v && (best === 0 || pixels[i + best] === pixels[up + 1 + best])) {
            let n = 1;
            while (n < diagonalRoom && pixels[i + n] === pixels[up + 1 + n]) n++;
            if (n > best) {
              best = n;
              slot = Slot.UpRight;
            }
          }
          if (x > 0 && best < room && pixels[up - 1] === v && (best === 0 || pixels[i + best] === pixels[up - 1 + best])) {
            let n = 1;
            while (n < room && pixels[i + n] === pixels[up - 1 + n]) n++;
            if (n > best) {
              best = n;
              slot = Slot.UpLeft;
            }
          }
        }
        if (best > 0) {
          out.match(best * bpp, slot);
          x += best;
          continue;
        }
        const value = values[i]!;
        const t = out.tokens;
        let c = out.count;
        const r = value & 0xff;
        const g = (value >>> 8) & 0xff;
        const b = (value >>> 16) & 0xff;
        t[c++] = r;
        t[c++] = g;
        t[c++] = b;
        literal[r]!++;
        literal[g]!++;
        literal[b]!++;
        if (bpp === 4) {
          const a = value >>> 24;
          t[c++] = a;
          literal[a]!++;
        }
        out.count = c;
        x++;
      }
      if (shifted === Slot.UpLeft) out.match((width - 1) * bpp, Slot.UpLeft);
    }
    if (!summed) {
      const sums = rowSums(values, rowStart, width, bpp);
      if (!sums) return null;
      ({ s, xs } = sums);
    }
    s %= ADLER_MOD;
    xs %= ADLER_MOD;
    if (s < 0) s += ADLER_MOD;
    if (xs < 0) xs += ADLER_MOD;
    sumAll = (sumAll + s) % ADLER_MOD;
    weighted = (weighted + ((((y - fromRow) * rowBytes) % ADLER_MOD) * s) % ADLER_MOD + xs) % ADLER_MOD;
    previousS = s;
    previousX = xs;
  }
  // adler32: a = 1 + Σ bytes; b = Σ over positions of a = N + Σ_q (N − q)·byte_q, with N bytes in all.
  const total = ((toRow - fromRow) * rowBytes) % ADLER_MOD;
  const a = (1 + sumAll) % ADLER_MOD;
  const b = (((total + total * sumAll - weighted) % ADLER_MOD) + ADLER_MOD) % ADLER_MOD;
  return { tokens: out.tokens, count: out.count, distances: out.distances, literalFrequencies: out.literalFrequencies, distanceFrequencies: out.distanceFrequencies, bytesPerPixel, adler: ((b << 16) | a) >>> 0 };
}

/** Tokens for the whole image as one band. */
export function matchPixels(pixels: Uint32Array, width: number, height: number, bytesPerPixel: 3 | 4): PixelTokens | null {
  return matchBand(pixels, width, { fromRow: 0, toRow: height, baseRow: 0 }, bytesPerPixel);
}
