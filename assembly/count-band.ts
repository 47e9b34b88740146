// countBand (src/raster/encode/palette/count-band.ts) in AssemblyScript: the same runs, colour ids and counts, run ends found four pixels per step (v128); count-band-wasm.ts copies in the rows it reads.
import { sameWords } from './encoder-shared';

const TABLE_BITS: u32 = 15;
const TABLE_MASK: u32 = (1 << TABLE_BITS) - 1;
const MAX_DISTINCT: i32 = 8192;
const MERGEABLE_MAX_PIXELS: u32 = 64;
const ROW_REPEATS: u8 = 1;
const ROW_SHIFTED: u8 = 2;
/** Returned when the runs would pass the capacity given (the caller gives more and counts again). */
const FULL: i32 = -2;
/** Returned when countingStopped() said so: the caller gave up on this count. */
const STOPPED: i32 = -3;
/** Rows counted between two questions to countingStopped(). */
const STOP_CHECK_ROWS: i32 = 16;

/**
 * Whether the caller has given up on this count (the band worker's, once the encoding thread's band
 * has shown the image holds no palette; docs/encoding.md, photo-wall pass); false elsewhere.
 */
@external("env", "countingStopped") declare function countingStopped(): bool;

/** The colour table (keys u32 and id + 1 as u16, 0 for an empty slot) and the per-id arrays (u32 each), laid out by the caller. */
let keysAt: usize = 0;
let slotIdsAt: usize = 0;
let colorsAt: usize = 0;
let countsAt: usize = 0;
let runsOfIdAt: usize = 0;
let distinct: i32 = 0;

@inline function word(ptr: usize, index: i32): u32 {
  return load<u32>(ptr + (<usize>index << 2));
}

/** The colour's id, a new one (its counters zeroed) on its first appearance; −1 once MAX_DISTINCT colours have ids. */
@inline function idOf(key: u32): i32 {
  let s = (key * 0x9e3779b1) >> (32 - TABLE_BITS);
  while (true) {
    const held = <i32>load<u16>(slotIdsAt + (<usize>s << 1));
    if (held == 0) break;
    if (load<u32>(keysAt + (<usize>s << 2)) == key) return held - 1;
    s = (s + 1) & TABLE_MASK;
  }
  if (distinct == MAX_DISTINCT) return -1;
  const id = distinct++;
  store<u16>(slotIdsAt + (<usize>s << 1), <u16>(id + 1));
  store<u32>(keysAt + (<usize>s << 2), key);
  store<u32>(colorsAt + (<usize>id << 2), key);
  store<u32>(countsAt + (<usize>id << 2), 0);
  store<u32>(runsOfIdAt + (<usize>id << 2), 0);
  return id;
}

/** Adds n pixels to the id's count; true when that makes one colour too many that is too frequent to merge. */
@inline function addPixels(id: i32, n: u32): bool {
  const at = countsAt + (<usize>id << 2);
  const before = load<u32>(at);
  store<u32>(at, before + n);
  return before <= MERGEABLE_MAX_PIXELS && before + n > MERGEABLE_MAX_PIXELS;
}

/** The end of the run of v from x (word x is v), before `end`. */
@inline function runEnd(row: usize, x: i32, v: u32, end: i32): i32 {
  const splat = i32x4.splat(v);
  let n = x + 1;
  while (n + 4 <= end) {
    const mask = i32x4.bitmask(i32x4.eq(v128.load(row + (<usize>n << 2)), splat));
    if (mask != 0xf) return n + ctz(~mask);
    n += 4;
  }
  while (n < end && word(row, n) == v) n++;
  return n;
}

/** The number of colours the last countBand gave ids. */
export function countedColours(): i32 {
  return distinct;
}

/**
 * countBand over rows [fromRow, toRow) of an image `width` wide. `pixels` holds the rows it reads,
 * one after another: the row above the band first when `context` is 1, then the band's first row
 * and every later row whose `repeats` byte (one per row from fromRow) is not 1. `tables` holds the
 * colour table and per-id arrays (TABLE_BITS slots of u32 keys, then of u16 ids, then MAX_DISTINCT
 * u32 colours, counts and runs). Writes rowSources (a byte per row), run ends (absolute pixel
 * indices, u32) and ids (u16) for at most `capacity` runs; returns the run count, −1 where countBand
 * gives null, FULL when the capacity is short, STOPPED when countingStopped() said so.
 */
export function countBand(pixels: usize, width: i32, fromRow: i32, toRow: i32, context: i32, repeats: usize, tables: usize, rowSources: usize, ends: usize, ids: usize, capacity: i32, maxFrequent: i32): i32 {
  keysAt = tables;
  slotIdsAt = tables + (<usize>4 << TABLE_BITS);
  colorsAt = tables + (<usize>6 << TABLE_BITS);
  countsAt = colorsAt + (<usize>MAX_DISTINCT << 2);
  runsOfIdAt = countsAt + (<usize>MAX_DISTINCT << 2);
  memory.fill(slotIdsAt, 0, <usize>2 << TABLE_BITS);
  distinct = 0;
  const rowWords = <usize>width << 2;
  let row = pixels + (context != 0 ? rowWords : 0);
  let count = 0;
  let frequent = 0;
  let previousRowFirstRun = 0;
  for (let y = fromRow; y < toRow; y++) {
    const rowStart = <u32>y * <u32>width;
    const rowEnd = rowStart + <u32>width;
    const firstRun = count;
    const hasAbove = y > fromRow;
    // Whether the row above was copied in (it is the copied row before this one).
    const aboveHeld = hasAbove || context != 0;
    const repeated = hasAbove && load<u8>(repeats + <usize>(y - fromRow)) == 1;
    if (count + width + 1 > capacity) return FULL;
    if ((y - fromRow) % STOP_CHECK_ROWS == STOP_CHECK_ROWS - 1 && countingStopped()) return STOPPED;
    const shiftedLeft = !repeated && hasAbove && width > 1 && sameWords(row, row - rowWords + 4, width - 1);
    store<u8>(rowSources + <usize>(y - fromRow), repeated ? ROW_REPEATS : shiftedLeft ? ROW_SHIFTED : 0);
    if (repeated || shiftedLeft) {
      const shift = repeated ? <u32>width : <u32>width - 1;
      const copiedEnd = repeated ? rowEnd : rowEnd - 1;
      let start = rowStart;
      for (let r = previousRowFirstRun; r < firstRun; r++) {
        const end = min(load<u32>(ends + (<usize>r << 2)) + shift, copiedEnd);
        if (end <= start) continue;
        const id = <i32>load<u16>(ids + (<usize>r << 1));
        if (addPixels(id, end - start) && ++frequent > maxFrequent) return -1;
        store<u32>(ends + (<usize>count << 2), end);
        store<u16>(ids + (<usize>count << 1), <u16>id);
        count++;
        start = end;
      }
      if (shiftedLeft) {
        const id = idOf(word(row, width - 1));
        if (id < 0) return -1;
        const at = countsAt + (<usize>id << 2);
        const before = load<u32>(at);
        store<u32>(at, before + 1);
        if (before == MERGEABLE_MAX_PIXELS && ++frequent > maxFrequent) return -1;
        if (count > firstRun && <i32>load<u16>(ids + (<usize>(count - 1) << 1)) == id) store<u32>(ends + (<usize>(count - 1) << 2), rowEnd);
        else {
          store<u32>(ends + (<usize>count << 2), rowEnd);
          store<u16>(ids + (<usize>count << 1), <u16>id);
          count++;
        }
      }
    } else {
      // The JS reads the row above at y > 0; where it is not held its words are undefined, except that a run starting at the row's last pixel reads its "above right" word from this row's first.
      const above = y > 0;
      const up = row - rowWords;
      for (let x = 0; x < width; ) {
        const key = word(row, x);
        const end = runEnd(row, x, key, width);
        // Every run's colour looked up (the JS remembers the last one): anti-aliased edges make that branch a coin toss.
        const id = idOf(key);
        if (id < 0) return -1;
        if (addPixels(id, <u32>(end - x)) && ++frequent > maxFrequent) return -1;
        store<u32>(ends + (<usize>count << 2), rowStart + <u32>end);
        store<u16>(ids + (<usize>count << 1), <u16>id);
        // A run continuing the same colour just above it (or diagonally) belongs to a band, not an edge (counted without a branch).
        let edge = true;
        if (above) {
          if (aboveHeld) edge = (word(up, x) != key) & (word(up, x + 1) != key) & (x == 0 || word(up, x - 1) != key);
          else edge = x != width - 1 || word(row, 0) != key;
        }
        const at = runsOfIdAt + (<usize>id << 2);
        store<u32>(at, load<u32>(at) + <u32>edge);
        count++;
        x = end;
      }
    }
    // Every row but a repeated one was copied in.
    if (!repeated) row += rowWords;
    previousRowFirstRun = firstRun;
  }
  return count;
}
