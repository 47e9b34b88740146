// matchBand (src/raster/encode/deflate/pixel-matcher.ts) in AssemblyScript: the same greedy matches and adler32 terms, spans compared four pixels per step with v128 (built by scripts/build-wasm.mjs).

import { ADLER_AT, ADLER_MOD, DISTANCES, LENGTH_SYMBOL, LITERALS, MAX_MATCH, bump, sameWords } from './encoder-shared';

const SLOT_LEFT: u32 = 0;
const SLOT_UP: u32 = 1;
const SLOT_UP_RIGHT: u32 = 2;
const SLOT_UP_LEFT: u32 = 3;

let tokensAt: usize = 0;
let count: i32 = 0;
let slotSymbols: u32 = 0;

@inline function word(ptr: usize, index: i32): u32 {
  return load<u32>(ptr + (<usize>index << 2));
}

/** Room for `more` tokens after `count` (memory grows; the JS side re-reads its views after a call). */
function reserve(more: i32): void {
  const needed = tokensAt + ((<usize>count + <usize>more) << 2);
  const have = <usize>memory.size() << 16;
  if (needed > have) {
    const pages = <i32>((needed - have + 0xffff) >> 16) + 16;
    if (memory.grow(pages) < 0) unreachable();
  }
}

/** A match of `length` bytes cut into tokens of at most 258 (never a tail below 3). */
function match(length: i32, slot: u32): void {
  const symbol = (slotSymbols >> (slot << 3)) & 0xff;
  while (length > 0) {
    const part = length > MAX_MATCH ? (length - MAX_MATCH < 3 ? length - 3 : MAX_MATCH) : length;
    store<u32>(tokensAt + (<usize>count << 2), (<u32>part << 8) | slot);
    count++;
    bump(LITERALS + ((<usize>load<u16>(LENGTH_SYMBOL + (<usize>part << 1))) << 2));
    bump(DISTANCES + (<usize>symbol << 2));
    length -= part;
  }
}

/** Whether words [a, a + n) and [b, b + n) are equal. */
@inline function same(pixels: usize, a: i32, b: i32, n: i32): bool {
  return sameWords(pixels + (<usize>a << 2), pixels + (<usize>b << 2), n);
}

/** n grown while word i + n equals word j + n, up to `room`. */
@inline function extend(pixels: usize, i: i32, j: i32, n: i32, room: i32): i32 {
  const pa = pixels + (<usize>i << 2);
  const pb = pixels + (<usize>j << 2);
  while (n + 4 <= room) {
    const at = <usize>n << 2;
    const mask = i32x4.bitmask(i32x4.eq(v128.load(pa + at), v128.load(pb + at)));
    if (mask != 0xf) return n + ctz(~mask);
    n += 4;
  }
  while (n < room && load<u32>(pa + (<usize>n << 2)) == load<u32>(pb + (<usize>n << 2))) n++;
  return n;
}

/** n grown while word i + n equals v, up to `room`. */
@inline function extendRun(pixels: usize, i: i32, v: u32, n: i32, room: i32): i32 {
  const pa = pixels + (<usize>i << 2);
  const splat = i32x4.splat(v);
  while (n + 4 <= room) {
    const mask = i32x4.bitmask(i32x4.eq(v128.load(pa + (<usize>n << 2)), splat));
    if (mask != 0xf) return n + ctz(~mask);
    n += 4;
  }
  while (n < room && load<u32>(pa + (<usize>n << 2)) == v) n++;
  return n;
}

@inline function byteSum(value: u32, bpp: i32): i64 {
  const sum = (value & 0xff) + ((value >> 8) & 0xff) + ((value >> 16) & 0xff);
  return <i64>(bpp == 3 ? sum : sum + (value >> 24));
}

@inline function weightedSum(value: u32, x: i32, bpp: i32): i64 {
  const extra = ((value >> 8) & 0xff) + 2 * ((value >> 16) & 0xff) + (bpp == 4 ? 3 * (value >> 24) : 0);
  return <i64>(1 + bpp * x) * byteSum(value, bpp) + <i64>extra;
}

let sumS: i64 = 0;
let sumXs: i64 = 0;

/**
 * Σ bytes and Σ j·byte_j of one row (into sumS, sumXs); false at a translucent pixel when writing RGB.
 * xs = S + bpp·Σ_c c·s_c + Σ(g + 2b + 3a), with s_c a pixel's byte sum (the JS's prefix form, expanded).
 * Four pixels per step: channel sums in u16 lanes and Σ c·byte by i32x4.dot_i16x8_s against column
 * weights, flushed to wider lanes every 64 steps before they could overflow.
 */
function rowSums(values: usize, rowStart: i32, width: i32, bpp: i32): bool {
  let p = values + (<usize>rowStart << 2);
  const blocks = width >> 2;
  const keep = bpp == 4 ? i32x4.splat(-1) : i32x4.splat(0x00ffffff);
  let alphas = i32x4.splat(-1);
  let channels = i32x4.splat(0);
  let weighted = i64x2.splat(0);
  let weightsLo = i16x8(0, 0, 0, 0, 1, 1, 1, 1);
  let weightsHi = i16x8(2, 2, 2, 2, 3, 3, 3, 3);
  const step = i16x8.splat(4);
  for (let done = 0; done < blocks; ) {
    const chunkEnd = min(blocks, done + 64);
    let bytes16 = i16x8.splat(0);
    let dots = i32x4.splat(0);
    for (; done < chunkEnd; done++) {
      const raw = v128.load(p);
      alphas = v128.and(alphas, raw);
      const v = v128.and(raw, keep);
      const lo = i16x8.extend_low_i8x16_u(v);
      const hi = i16x8.extend_high_i8x16_u(v);
      bytes16 = i16x8.add(bytes16, i16x8.add(lo, hi));
      dots = i32x4.add(dots, i32x4.add(i32x4.dot_i16x8_s(lo, weightsLo), i32x4.dot_i16x8_s(hi, weightsHi)));
      weightsLo = i16x8.add(weightsLo, step);
      weightsHi = i16x8.add(weightsHi, step);
      p += 16;
    }
    channels = i32x4.add(channels, i32x4.add(i32x4.extend_low_i16x8_u(bytes16), i32x4.extend_high_i16x8_u(bytes16)));
    weighted = i64x2.add(weighted, i64x2.add(i64x2.extend_low_i32x4_s(dots), i64x2.extend_high_i32x4_s(dots)));
  }
  if (bpp == 3 && (i32x4.extract_lane(alphas, 0) & i32x4.extract_lane(alphas, 1) & i32x4.extract_lane(alphas, 2) & i32x4.extract_lane(alphas, 3)) >>> 24 != 0xff) return false;
  let red = <i64>i32x4.extract_lane(channels, 0);
  let green = <i64>i32x4.extract_lane(channels, 1);
  let blue = <i64>i32x4.extract_lane(channels, 2);
  let alpha = <i64>i32x4.extract_lane(channels, 3);
  let columnSums = i64x2.extract_lane(weighted, 0) + i64x2.extract_lane(weighted, 1);
  for (let c = blocks << 2; c < width; c++) {
    const v = load<u32>(p);
    if (bpp == 3 && v < 0xff000000) return false;
    const r = <i64>(v & 0xff);
    const g = <i64>((v >> 8) & 0xff);
    const b = <i64>((v >> 16) & 0xff);
    const a = bpp == 4 ? <i64>(v >> 24) : 0;
    red += r;
    green += g;
    blue += b;
    alpha += a;
    columnSums += <i64>c * (r + g + b + a);
    p += 4;
  }
  sumS = red + green + blue + alpha;
  sumXs = sumS + <i64>bpp * columnSums + green + 2 * blue + 3 * alpha;
  return true;
}

/**
 * matchBand over pixels at `pixels` (rows from baseRow) with output values at `values` (the same
 * pointer unless un-premultiplied), whether each row of the band repeats the one above at `repeats`
 * (a byte per row from fromRow; 0 for none), the four slots' distance symbols packed a byte each.
 * Tokens go to `tokens` (memory grows for them); returns their count, or -1 where matchBand returns
 * null for a translucent pixel. Frequencies and adler32 are left in the header.
 */
export function matchBand(pixels: usize, values: usize, width: i32, fromRow: i32, toRow: i32, baseRow: i32, bpp: i32, repeats: usize, symbols: u32, tokens: usize): i32 {
  tokensAt = tokens;
  count = 0;
  slotSymbols = symbols;
  memory.fill(LITERALS, 0, 286 * 4);
  memory.fill(DISTANCES, 0, 30 * 4);
  const rowBytes = width * bpp + 1;
  let sumAll: i64 = 0;
  let weighted: i64 = 0;
  let previousS: i64 = 0;
  let previousX: i64 = 0;
  for (let y = fromRow; y < toRow; y++) {
    const rowStart = (y - baseRow) * width;
    const above = y > 0 && y > baseRow;
    const recur = y > fromRow;
    let s: i64 = 0;
    let xs: i64 = 0;
    let summed = false;
    reserve(rowBytes + 8);
    if (above && (repeats != 0 ? load<u8>(repeats + <usize>(y - fromRow)) == 1 : same(pixels, rowStart, rowStart - width, width))) {
      match(rowBytes, SLOT_UP);
      if (recur) {
        s = previousS;
        xs = previousX;
        summed = true;
      }
    } else {
      store<u32>(tokensAt + (<usize>count << 2), 0);
      count++;
      bump(LITERALS);
      let x = 0;
      let end = width;
      let shifted: u32 = 0;
      if (above && width > 1) {
        if (same(pixels, rowStart, rowStart - width + 1, width - 1)) shifted = SLOT_UP_RIGHT;
        else if (same(pixels, rowStart + 1, rowStart - width, width - 1)) shifted = SLOT_UP_LEFT;
      }
      if (shifted == SLOT_UP_RIGHT) {
        match((width - 1) * bpp, SLOT_UP_RIGHT);
        x = width - 1;
        const last = word(values, rowStart + width - 1);
        if (bpp == 3 && last < 0xff000000) return -1;
        if (recur) {
          const first = word(values, rowStart - width);
          const firstS = byteSum(first, bpp);
          s = previousS - firstS + byteSum(last, bpp);
          xs = previousX - weightedSum(first, 0, bpp) - <i64>bpp * (previousS - firstS) + weightedSum(last, width - 1, bpp);
          summed = true;
        }
      } else if (shifted == SLOT_UP_LEFT) {
        end = 1;
        const first = word(values, rowStart);
        if (bpp == 3 && first < 0xff000000) return -1;
        if (recur) {
          const dropped = word(values, rowStart - 1);
          const droppedS = byteSum(dropped, bpp);
          s = previousS - droppedS + byteSum(first, bpp);
          xs = previousX - weightedSum(dropped, width - 1, bpp) + <i64>bpp * (previousS - droppedS) + weightedSum(first, 0, bpp);
          summed = true;
        }
      }
      while (x < end) {
        const i = rowStart + x;
        const v = word(pixels, i);
        let best = 0;
        let slot = SLOT_LEFT;
        const room = end - x;
        if (x > 0 && word(pixels, i - 1) == v) best = extendRun(pixels, i, v, 1, room);
        if (above && best < room) {
          const up = i - width;
          if (word(pixels, up) == v && (best == 0 || word(pixels, i + best) == word(pixels, up + best))) {
            const n = extend(pixels, i, up, 1, room);
            if (n > best) {
              best = n;
              slot = SLOT_UP;
            }
          }
          const diagonalRoom = min(room, width - 1 - x);
          if (best < diagonalRoom && word(pixels, up + 1) == v && (best == 0 || word(pixels, i + best) == word(pixels, up + 1 + best))) {
            const n = extend(pixels, i, up + 1, 1, diagonalRoom);
            if (n > best) {
              best = n;
              slot = SLOT_UP_RIGHT;
            }
          }
          if (x > 0 && best < room && word(pixels, up - 1) == v && (best == 0 || word(pixels, i + best) == word(pixels, up - 1 + best))) {
            const n = extend(pixels, i, up - 1, 1, room);
            if (n > best) {
              best = n;
              slot = SLOT_UP_LEFT;
            }
          }
        }
        if (best > 0) {
          match(best * bpp, slot);
          x += best;
          continue;
        }
        const value = word(values, i);
        const r = value & 0xff;
        const g = (value >> 8) & 0xff;
        const b = (value >> 16) & 0xff;
        const t = tokensAt + (<usize>count << 2);
        store<u32>(t, r);
        store<u32>(t, g, 4);
        store<u32>(t, b, 8);
        bump(LITERALS + (<usize>r << 2));
        bump(LITERALS + (<usize>g << 2));
        bump(LITERALS + (<usize>b << 2));
        if (bpp == 4) {
          const a = value >> 24;
          store<u32>(t, a, 12);
          bump(LITERALS + (<usize>a << 2));
        }
        count += bpp;
        x++;
      }
      if (shifted == SLOT_UP_LEFT) match((width - 1) * bpp, SLOT_UP_LEFT);
    }
    if (!summed) {
      if (!rowSums(values, rowStart, width, bpp)) return -1;
      s = sumS;
      xs = sumXs;
    }
    s %= ADLER_MOD;
    xs %= ADLER_MOD;
    if (s < 0) s += ADLER_MOD;
    if (xs < 0) xs += ADLER_MOD;
    sumAll = (sumAll + s) % ADLER_MOD;
    weighted = (weighted + ((((<i64>(y - fromRow) * <i64>rowBytes) % ADLER_MOD) * s) % ADLER_MOD) + xs) % ADLER_MOD;
    previousS = s;
    previousX = xs;
  }
  const total = (<i64>(toRow - fromRow) * <i64>rowBytes) % ADLER_MOD;
  const a = (1 + sumAll) % ADLER_MOD;
  const b = (((total + total * sumAll - weighted) % ADLER_MOD) + ADLER_MOD) % ADLER_MOD;
  store<u32>(ADLER_AT, <u32>((b << 16) | a));
  return count;
}

/** Grows memory to at least `bytes`. */
export function ensureMemory(bytes: usize): void {
  const have = <usize>memory.size() << 16;
  if (bytes > have && memory.grow(<i32>((bytes - have + 0xffff) >> 16)) < 0) unreachable();
}
