// The palette run tokeniser's band loop (src/raster/encode/deflate/run-tokens.ts) in AssemblyScript: the same rows read from the counter's runs, the same tokens, frequencies and adler32; run-tokens-wasm.ts copies the runs in.

import { ADLER_AT, ADLER_MOD, DISTANCES, LENGTH_SYMBOL, LITERALS, MAX_MATCH, bump } from './encoder-shared';

const MIN_MATCH: i32 = 3;

const LEFT: i32 = 0;
const UP: i32 = 1;
const UP_RIGHT: i32 = 2;
const UP_LEFT: i32 = 3;

/** Where the tokens go, how many so far, and the four slots' distance symbols a byte each. */
let tokensAt: usize = 0;
let count: i32 = 0;
let slotSymbols: u32 = 0;
/** The match held back until a literal or another distance comes, and the last byte written (−1 before the first). */
let pendingLength: i32 = 0;
let pendingSlot: i32 = LEFT;
let previous: i32 = -1;
/** The row read last (rowRead): its run count and adler32 terms. */
let rowCount: i32 = 0;
let rowSum: i64 = 0;
let rowWeighted: i64 = 0;

/** A row's runs: `ends` (i32) then `values` (u8) at ends + 4·(rowBytes + 1); the row takes 5·(rowBytes + 1) bytes rounded up to 16. */
@inline function endAt(ends: usize, k: i32): i32 {
  return load<i32>(ends + (<usize>k << 2));
}

@inline function valueAt(values: usize, k: i32): i32 {
  return <i32>load<u8>(values + <usize>k);
}

/** Writes a match of `length` bytes at the slot's distance as tokens of at most 258 (never a tail below 3). */
function emitMatch(length: i32, slot: i32): void {
  const symbol = (slotSymbols >> (<u32>slot << 3)) & 0xff;
  while (length > 0) {
    const part = length > MAX_MATCH ? (length - MAX_MATCH < MIN_MATCH ? length - MIN_MATCH : MAX_MATCH) : length;
    store<u32>(tokensAt + (<usize>count << 2), (<u32>part << 8) | <u32>slot);
    count++;
    bump(LITERALS + ((<usize>load<u16>(LENGTH_SYMBOL + (<usize>part << 1))) << 2));
    bump(DISTANCES + (<usize>symbol << 2));
    length -= part;
  }
}

/** Holds a match back, writing the held one first when its distance differs. */
@inline function holdMatch(length: i32, slot: i32): void {
  if (pendingLength > 0 && slot != pendingSlot) {
    emitMatch(pendingLength, pendingSlot);
    pendingLength = 0;
  }
  pendingSlot = slot;
  pendingLength += length;
}

/**
 * Reads row y from the band's runs (run ends u32, ids u16, palette index of each id u8) from run
 * `first` into the row at `ends`; returns the run after the row's last (RowRuns.read).
 */
function rowRead(runEnds: usize, runIds: usize, runCount: i32, indexOfId: usize, y: i32, width: i32, first: i32, ends: usize, values: usize): i32 {
  const rowBytes = width + 1;
  const rowStart = <u32>y * <u32>width - 1;
  const rowEnd = <u32>(y + 1) * <u32>width;
  let n = 1;
  store<i32>(ends, 1);
  store<u8>(values, 0);
  let sum: i64 = 0;
  let weighted: i64 = 0;
  let start = 1;
  let r = first;
  for (; r < runCount; r++) {
    const end = load<u32>(runEnds + (<usize>r << 2));
    if (end > rowEnd) break;
    const value = <i32>load<u8>(indexOfId + <usize>load<u16>(runIds + (<usize>r << 1)));
    const at = <i32>(end - rowStart);
    const length = at - start;
    sum += <i64>(value * length);
    weighted += (<i64>value * <i64>length * <i64>(2 * (rowBytes - start) - length + 1)) >> 1;
    start = at;
    if (valueAt(values, n - 1) == value) store<i32>(ends + (<usize>(n - 1) << 2), at);
    else {
      store<i32>(ends + (<usize>n << 2), at);
      store<u8>(values + <usize>n, <u8>value);
      n++;
    }
    if (end == rowEnd) {
      r++;
      break;
    }
  }
  rowCount = n;
  rowSum = sum % ADLER_MOD;
  rowWeighted = weighted % ADLER_MOD;
  return r;
}

/** How many bytes from `at` on equal the row above moved by `offset`, run by run, never past the row above's end (sameSpan). */
@inline function sameSpan(ends: usize, values: usize, k: i32, aboveEnds: usize, aboveValues: usize, j: i32, at: i32, offset: i32, rowBytes: i32): i32 {
  const limit = offset > 0 ? rowBytes - offset : rowBytes;
  let reach = at;
  while (reach < limit && valueAt(values, k) == valueAt(aboveValues, j)) {
    const aboveEnd = endAt(aboveEnds, j) - offset;
    const end = min(min(endAt(ends, k), aboveEnd), limit);
    reach = end;
    if (endAt(ends, k) == end) k++;
    if (aboveEnd == end) j++;
  }
  return reach - at;
}

/** The tokens of one row that is not the row above again (rowTokens). */
function rowTokens(ends: usize, values: usize, aboveEnds: usize, aboveValues: usize, hasAbove: bool, rowBytes: i32): void {
  let k = 0;
  let j = 0;
  for (let at = 0; at < rowBytes; ) {
    const value = valueAt(values, k);
    const left = previous == value ? endAt(ends, k) - at : 0;
    let best = left;
    let slot = LEFT;
    if (hasAbove) {
      while (endAt(aboveEnds, j) <= at) j++;
      const rest = rowBytes - at;
      if (best < rest && valueAt(aboveValues, j) == value) {
        const up = sameSpan(ends, values, k, aboveEnds, aboveValues, j, at, 0, rowBytes);
        if (up > best) {
          best = up;
          slot = UP;
        }
      }
      if (best < rest - 1) {
        const jRight = endAt(aboveEnds, j) > at + 1 ? j : j + 1;
        if (valueAt(aboveValues, jRight) == value) {
          const upRight = sameSpan(ends, values, k, aboveEnds, aboveValues, jRight, at, 1, rowBytes);
          if (upRight > best) {
            best = upRight;
            slot = UP_RIGHT;
          }
        }
      }
      if (at > 0 && best < rest) {
        const jLeft = j > 0 && endAt(aboveEnds, j - 1) > at - 1 ? j - 1 : j;
        if (valueAt(aboveValues, jLeft) == value) {
          const upLeft = sameSpan(ends, values, k, aboveEnds, aboveValues, jLeft, at, -1, rowBytes);
          if (upLeft > best) {
            best = upLeft;
            slot = UP_LEFT;
          }
        }
      }
    }
    if (best < MIN_MATCH) {
      if (pendingLength > 0) {
        emitMatch(pendingLength, pendingSlot);
        pendingLength = 0;
      }
      store<u32>(tokensAt + (<usize>count << 2), <u32>value);
      count++;
      bump(LITERALS + (<usize>value << 2));
      previous = value;
      at++;
      if (endAt(ends, k) == at) k++;
      continue;
    }
    holdMatch(best, slot);
    at += best;
    while (endAt(ends, k) < at) k++;
    previous = valueAt(values, k);
    if (endAt(ends, k) == at) k++;
  }
}

/**
 * One band's tokens (PaletteRunTokens.band) from its runs. `rows` holds two rows of runs, each
 * 5·(rowBytes + 1) bytes rounded up to 16 (ends, then values): the row above the band in the first (its run count,
 * Σ and weighted Σ, and the last byte written before the band in `state`, four i32), the other for
 * reading. Writes tokens at `tokens` (room for one per byte), frequencies and the band's adler32 in
 * the header, and leaves in `state` the same four values for the next band, plus which of the two
 * rows is now the row above (0 or 1). Returns the token count.
 */
export function runTokens(runEnds: usize, runIds: usize, runCount: i32, indexOfId: usize, width: i32, fromRow: i32, toRow: i32, repeats: usize, rows: usize, state: usize, symbols: u32, tokens: usize): i32 {
  tokensAt = tokens;
  count = 0;
  slotSymbols = symbols;
  pendingLength = 0;
  pendingSlot = LEFT;
  memory.fill(LITERALS, 0, 286 * 4);
  memory.fill(DISTANCES, 0, 30 * 4);
  const rowBytes = width + 1;
  const rowSize = (<usize>(rowBytes + 1) * 5 + 15) & ~15;
  let above = rows;
  let current = rows + rowSize;
  let aboveCount = load<i32>(state);
  let aboveSum = <i64>load<i32>(state, 4);
  let aboveWeighted = <i64>load<i32>(state, 8);
  previous = load<i32>(state, 12);
  let a: i64 = 1;
  let b: i64 = 0;
  let run = 0;
  for (let y = fromRow; y < toRow; y++) {
    const hasAbove = y > 0;
    const aboveValues = above + (<usize>(rowBytes + 1) << 2);
    if (hasAbove && load<u8>(repeats + <usize>(y - fromRow)) == 1 && rowBytes >= MIN_MATCH) {
      // The row above again: a blank one continues the byte to the left, any other is one match above.
      holdMatch(rowBytes, aboveCount == 1 && previous == valueAt(aboveValues, 0) ? LEFT : UP);
      const rowEnd = <u32>(y + 1) * <u32>width;
      while (run < runCount && load<u32>(runEnds + (<usize>run << 2)) <= rowEnd) run++;
      b = (b + ((<i64>rowBytes * a) % ADLER_MOD) + aboveWeighted) % ADLER_MOD;
      a = (a + aboveSum) % ADLER_MOD;
      previous = valueAt(aboveValues, aboveCount - 1);
      continue;
    }
    const currentValues = current + (<usize>(rowBytes + 1) << 2);
    run = rowRead(runEnds, runIds, runCount, indexOfId, y, width, run, current, currentValues);
    b = (b + ((<i64>rowBytes * a) % ADLER_MOD) + rowWeighted) % ADLER_MOD;
    a = (a + rowSum) % ADLER_MOD;
    rowTokens(current, currentValues, above, aboveValues, hasAbove, rowBytes);
    const swap = above;
    above = current;
    current = swap;
    aboveCount = rowCount;
    aboveSum = rowSum;
    aboveWeighted = rowWeighted;
  }
  if (pendingLength > 0) emitMatch(pendingLength, pendingSlot);
  pendingLength = 0;
  store<i32>(state, aboveCount);
  store<i32>(state, <i32>aboveSum, 4);
  store<i32>(state, <i32>aboveWeighted, 8);
  store<i32>(state, previous, 12);
  store<i32>(state, above == rows ? 0 : 1, 16);
  store<u32>(ADLER_AT, <u32>((b << 16) | a));
  return count;
}
