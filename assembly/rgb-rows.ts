// rgbRows (src/raster/encode/rgb-rows-wasm.ts) in AssemblyScript: opaque RGBA words to PNG's RGB scanlines filtered None, Sub or per row (the filter leaving the fewest non-zero bytes, or the least sum of absolute residuals), and their adler32, 16 bytes a step with v128 (built by scripts/build-wasm.mjs).

import { ADLER_AT, ADLER_MOD } from './encoder-shared';

/** Row filters as PNG numbers them; ADAPTIVE picks one of the five per row by its non-zero bytes, LEAST_SUM by the sum of its residuals as signed bytes. */
const SUB: i32 = 1;
const UP: i32 = 2;
const AVERAGE: i32 = 3;
const PAETH: i32 = 4;
const ADAPTIVE: i32 = 5;
const LEAST_SUM: i32 = 6;

/** Zero bytes before each raw row in the scratch: the left neighbours of a row's first pixel. */
const PAD: usize = 16;

/** The RGB bytes of `width` words at `pixels` into `raw` (16 bytes written a step, so `raw` has 16 of slack); false at a translucent word. */
function rawRow(pixels: usize, width: i32, raw: usize): bool {
  const alpha = i32x4.splat(<i32>0xff000000);
  let x = 0;
  for (; x + 4 <= width; x += 4) {
    const v = v128.load(pixels + (<usize>x << 2));
    if (!i32x4.all_true(i32x4.eq(v128.and(v, alpha), alpha))) return false;
    v128.store(raw + <usize>(x * 3), i8x16.shuffle(v, v, 0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 15, 15, 15));
  }
  for (; x < width; x++) {
    const word = load<u32>(pixels + (<usize>x << 2));
    if (word < 0xff000000) return false;
    store<u16>(raw + <usize>(x * 3), <u16>word);
    store<u8>(raw + <usize>(x * 3) + 2, <u8>(word >> 16));
  }
  return true;
}

/** Paeth's predictor of eight bytes widened to i16 lanes (a left, b up, c up-left), as PNG breaks ties: a, then b, then c. */
@inline function paeth16(a: v128, b: v128, c: v128): v128 {
  const bc = i16x8.sub(b, c);
  const ac = i16x8.sub(a, c);
  const pa = i16x8.abs(bc);
  const pb = i16x8.abs(ac);
  const pc = i16x8.abs(i16x8.add(bc, ac));
  const useA = v128.and(i16x8.le_s(pa, pb), i16x8.le_s(pa, pc));
  return v128.bitselect(a, v128.bitselect(b, c, i16x8.le_s(pb, pc)), useA);
}

/** The 16 residual bytes of `filter` at byte i of the row (x: the row, left: x 3 bytes back, up / upLeft: the row above). */
@inline function residual(filter: i32, x: v128, left: v128, up: v128, upLeft: v128): v128 {
  if (filter == SUB) return i8x16.sub(x, left);
  if (filter == UP) return i8x16.sub(x, up);
  if (filter == AVERAGE) return i8x16.sub(x, i8x16.sub(i8x16.avgr_u(left, up), v128.and(v128.xor(left, up), i8x16.splat(1))));
  if (filter == PAETH) {
    const low = paeth16(i16x8.extend_low_i8x16_u(left), i16x8.extend_low_i8x16_u(up), i16x8.extend_low_i8x16_u(upLeft));
    const high = paeth16(i16x8.extend_high_i8x16_u(left), i16x8.extend_high_i8x16_u(up), i16x8.extend_high_i8x16_u(upLeft));
    return i8x16.sub(x, i8x16.narrow_i16x8_u(low, high));
  }
  return x;
}

/**
 * A step's residual prices added to a block's narrow sums: ADAPTIVE counts non-zero bytes in u8
 * lanes (at most one a step), LEAST_SUM adds absolute values as signed bytes (at most 128) pairwise
 * into u16 lanes; 0 past `valid`'s lanes. Narrow lanes are widened once a block (SCORE_BLOCK_STEPS),
 * not every step: two widenings a step and filter were a third of the scoring's work.
 */
@inline function addPrices(sums: v128, residuals: v128, valid: v128, absolute: bool): v128 {
  if (absolute) return i16x8.add(sums, i16x8.extadd_pairwise_i8x16_u(v128.and(i8x16.abs(residuals), valid)));
  // A non-zero lane is −1: subtracting it counts it.
  return i8x16.sub(sums, v128.and(i8x16.ne(residuals, i8x16.splat(0)), valid));
}

/** A block's narrow sums widened into four u32 lanes. */
@inline function widened(sums: v128, absolute: bool): v128 {
  return i32x4.extadd_pairwise_i16x8_u(absolute ? sums : i16x8.extadd_pairwise_i8x16_u(sums));
}

/** Steps of 16 bytes whose narrow sums cannot overflow: 255 counts of 1 in a u8 lane, 255 pairs of at most 128 in a u16 lane. */
const SCORE_BLOCK_STEPS: i32 = 255;

/** Lane masks of the first 0–16 bytes, 16 bytes each (the last step of a row). */
function validLanes(count: i32): v128 {
  if (count >= 16) return i8x16.splat(-1);
  // Bytes 0 … count − 1 kept: lane index < count.
  return i8x16.lt_u(v128(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), i8x16.splat(<i8>count));
}

/**
 * The filter (0–4) whose residuals over the row's `length` bytes score least, ties to the lower (raw
 * and above are padded rows): the fewest non-zero bytes (smooth images), or with `absolute` the least
 * sum of absolute values as signed bytes (PNG's usual heuristic: photographs deflate smaller by it;
 * docs/encoding.md).
 */
function leastScored(raw: usize, above: usize, length: i32, absolute: bool): i32 {
  let none = i32x4.splat(0);
  let sub = i32x4.splat(0);
  let up = i32x4.splat(0);
  let average = i32x4.splat(0);
  let paeth = i32x4.splat(0);
  for (let block = 0; block < length; block += SCORE_BLOCK_STEPS * 16) {
    const end = min(length, block + SCORE_BLOCK_STEPS * 16);
    let noneBlock = i32x4.splat(0);
    let subBlock = i32x4.splat(0);
    let upBlock = i32x4.splat(0);
    let averageBlock = i32x4.splat(0);
    let paethBlock = i32x4.splat(0);
    for (let i = block; i < end; i += 16) {
      const at = <usize>i;
      const x = v128.load(raw + at);
      const left = v128.load(raw + at - 3);
      const upper = v128.load(above + at);
      const upperLeft = v128.load(above + at - 3);
      // The last step's bytes past the row's end are not the row's.
      const valid = validLanes(length - i);
      noneBlock = addPrices(noneBlock, x, valid, absolute);
      subBlock = addPrices(subBlock, i8x16.sub(x, left), valid, absolute);
      upBlock = addPrices(upBlock, i8x16.sub(x, upper), valid, absolute);
      averageBlock = addPrices(averageBlock, residual(AVERAGE, x, left, upper, upperLeft), valid, absolute);
      paethBlock = addPrices(paethBlock, residual(PAETH, x, left, upper, upperLeft), valid, absolute);
    }
    none = i32x4.add(none, widened(noneBlock, absolute));
    sub = i32x4.add(sub, widened(subBlock, absolute));
    up = i32x4.add(up, widened(upBlock, absolute));
    average = i32x4.add(average, widened(averageBlock, absolute));
    paeth = i32x4.add(paeth, widened(paethBlock, absolute));
  }
  let chosen = 0;
  let least = laneSum(none);
  const subSum = laneSum(sub);
  if (subSum < least) {
    chosen = SUB;
    least = subSum;
  }
  const upSum = laneSum(up);
  if (upSum < least) {
    chosen = UP;
    least = upSum;
  }
  const averageSum = laneSum(average);
  if (averageSum < least) {
    chosen = AVERAGE;
    least = averageSum;
  }
  return laneSum(paeth) < least ? PAETH : chosen;
}

/** The row's residuals of `filter` at `out` (16 bytes written a step: the next row, written after, or the slack after the rows takes the rest). */
function writeRow(filter: i32, raw: usize, above: usize, length: i32, out: usize): void {
  for (let i = 0; i < length; i += 16) {
    const at = <usize>i;
    v128.store(out + at, residual(filter, v128.load(raw + at), v128.load(raw + at - 3), v128.load(above + at), v128.load(above + at - 3)));
  }
}

/** The sum of the four u32 lanes. */
@inline function laneSum(v: v128): i64 {
  return <i64>(<u32>i32x4.extract_lane(v, 0)) + <i64>(<u32>i32x4.extract_lane(v, 1)) + <i64>(<u32>i32x4.extract_lane(v, 2)) + <i64>(<u32>i32x4.extract_lane(v, 3));
}

/** The adler32 `adler` continued over `length` bytes at `at` (zlib's sums, 16 bytes a step within blocks of at most 5,536 bytes). */
function adlerOver(adler: u32, at: usize, length: usize): u32 {
  let a = <i64>(adler & 0xffff);
  let b = <i64>(adler >> 16);
  // Byte j of a step adds (16 − j) times itself to b: weights 16…9 for the first eight bytes, 8…1 for the last.
  const firstWeights = i16x8(16, 15, 14, 13, 12, 11, 10, 9);
  const lastWeights = i16x8(8, 7, 6, 5, 4, 3, 2, 1);
  const end = at + length;
  while (at + 16 <= end) {
    const steps = <i32>min<usize>((end - at) >> 4, 346);
    let sums = i32x4.splat(0);
    let sumsBefore = i32x4.splat(0);
    let weighted = i32x4.splat(0);
    for (let k = 0; k < steps; k++) {
      const v = v128.load(at);
      sumsBefore = i32x4.add(sumsBefore, sums);
      const firstBytes = i16x8.extend_low_i8x16_u(v);
      const lastBytes = i16x8.extend_high_i8x16_u(v);
      sums = i32x4.add(sums, i32x4.extadd_pairwise_i16x8_u(i16x8.add(firstBytes, lastBytes)));
      weighted = i32x4.add(weighted, i32x4.add(i32x4.dot_i16x8_s(firstBytes, firstWeights), i32x4.dot_i16x8_s(lastBytes, lastWeights)));
      at += 16;
    }
    b += <i64>(steps * 16) * a + 16 * laneSum(sumsBefore) + laneSum(weighted);
    a += laneSum(sums);
    a %= ADLER_MOD;
    b %= ADLER_MOD;
  }
  for (; at < end; at++) {
    a += <i64>load<u8>(at);
    b += a;
  }
  return <u32>(((b % ADLER_MOD) << 16) | (a % ADLER_MOD));
}

/**
 * `rows` rows of `width` opaque words at `pixels` as RGB scanlines at `out` (filter byte first), each
 * filtered `filter` (0 None, 1 Sub, 5 per row by non-zero bytes, 6 per row by least sum); `scratch` holds two padded raw rows (the row above
 * is kept there between calls: `first` zeroes it). The adler32 at ADLER_AT is continued (set to 1
 * when `first`). Returns false at the first translucent word (the caller writes RGBA).
 */
export function rgbRows(pixels: usize, width: i32, rows: i32, out: usize, scratch: usize, filter: i32, first: bool): bool {
  const length = width * 3;
  const stride = (PAD + <usize>length + 31) & ~15;
  let above = scratch + PAD;
  let raw = above + stride;
  if (first) {
    memory.fill(scratch, 0, PAD + stride * 2);
    store<u32>(ADLER_AT, 1);
  }
  // The row above was left in the first slot by the previous call (or is zero).
  const rowBytes = <usize>length + 1;
  let adler = load<u32>(ADLER_AT);
  for (let y = 0; y < rows; y++) {
    if (!rawRow(pixels + (<usize>(y * width) << 2), width, raw)) return false;
    const chosen = filter == ADAPTIVE || filter == LEAST_SUM ? leastScored(raw, above, length, filter == LEAST_SUM) : filter;
    const row = out + <usize>y * rowBytes;
    store<u8>(row, <u8>chosen);
    writeRow(chosen, raw, above, length, row + 1);
    adler = adlerOver(adler, row, rowBytes);
    const swap = above;
    above = raw;
    raw = swap;
  }
  // Keep the last row where the next call reads the row above.
  if (above != scratch + PAD) memory.copy(scratch + PAD, above, <usize>length);
  store<u32>(ADLER_AT, adler);
  return true;
}
