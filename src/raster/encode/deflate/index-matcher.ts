// LZ77 tokens for palette index rows (filter None) by neighbour matching: the edge's deflate for palette PNGs, where the runtime's deflate is slower (docs/edge.md).
import type { TokenStream } from './dynamic-block.js';
import { DISTANCE_SYMBOLS, LENGTH_SYMBOL, LITERAL_LENGTH_SYMBOLS, MAX_DISTANCE, MAX_MATCH, MIN_MATCH, distanceCode } from './symbols.js';

/** Token array kept between calls (grown, never shrunk). */
let scratch = new Uint32Array(1 << 16);

/** The widest index rows whose diagonal matches stay inside deflate's 32 KiB window. */
export const MAX_MATCHABLE_INDEX_WIDTH = MAX_DISTANCE - 2;

/**
 * Tokens for index rows [fromRow, toRow) of `rows` (the whole image's rows, each its filter byte 0
 * then `width` indexes): at each byte the longest match among the byte to the left, above, and above
 * on either diagonal, else a literal; a row that `repeatsAbove` marks as equal to the row above is
 * one match of the whole row. Matches may reach rows before `fromRow` (they precede the band in the
 * stream). These are the places a card's index bytes repeat (flat fills, background rows, stems of
 * letters, diagonal gradients): on the sample cards the result is within 5–20% of zlib level 6's size
 * at a fraction of its time, and the same bytes in every runtime.
 */
export function matchIndexRows(rows: Uint8Array, width: number, fromRow: number, toRow: number, repeatsAbove: Uint8Array): TokenStream | null {
  if (width < 1 || width > MAX_MATCHABLE_INDEX_WIDTH) return null;
  const rowBytes = width + 1;
  const distances = [1, rowBytes, rowBytes - 1, rowBytes + 1];
  const distanceSymbol = distances.map((d) => distanceCode(d).symbol);
  const literal = new Uint32Array(LITERAL_LENGTH_SYMBOLS);
  const distance = new Uint32Array(DISTANCE_SYMBOLS);
  const end = toRow * rowBytes;
  if (scratch.length < end - fromRow * rowBytes + 16) scratch = new Uint32Array(end - fromRow * rowBytes + 16);
  const tokens = scratch;
  let count = 0;
  // Consecutive matches at one distance are one match: held here until a literal or another distance comes.
  let pendingLength = 0;
  let pendingSlot = 0;
  const flush = (): void => {
    const symbol = distanceSymbol[pendingSlot]!;
    let length = pendingLength;
    while (length > 0) {
      // Never leave a tail shorter than a match can be.
      const part = length > MAX_MATCH ? (length - MAX_MATCH < MIN_MATCH ? length - MIN_MATCH : MAX_MATCH) : length;
      tokens[count++] = (part << 8) | pendingSlot;
      literal[LENGTH_SYMBOL[part]!]!++;
      distance[symbol]!++;
      length -= part;
    }
    pendingLength = 0;
  };
  /** A match of `length` ≥ MIN_MATCH bytes at distances[slot]. */
  const match = (length: number, slot: number): void => {
    if (pendingLength > 0 && slot !== pendingSlot) flush();
    pendingSlot = slot;
    pendingLength += length;
  };
  /** Whether row y is all zeros, filter byte included (a blank row when the background is entry 0, as the most frequent colour is). */
  const zeroRow = (y: number): boolean => {
    for (let i = y * rowBytes, rowEnd = i + rowBytes; i < rowEnd; i++) if (rows[i] !== 0) return false;
    return true;
  };
  let aboveZero = fromRow > 0 && zeroRow(fromRow - 1);
  for (let y = fromRow; y < toRow; y++) {
    const rowStart = y * rowBytes;
    if (y > 0 && repeatsAbove[y] === 1 && rowBytes >= MIN_MATCH) {
      // The row above again: a blank one continues the run of zeros (distance 1 costs the fewest bits), any other is one match above.
      match(rowBytes, aboveZero ? 0 : 1);
      continue;
    }
    const rowEnd = rowStart + rowBytes;
    // Matches stop at the row's end, so a run of background never scans the rows the line above covers at once.
    for (let i = rowStart; i < rowEnd; ) {
      const v = rows[i]!;
      const room = rowEnd - i;
      let best = 0;
      let slot = 0;
      // Left first (its distance costs the fewest bits), then above and the diagonals, each only scanned
      // when it agrees at the byte where the best match so far ends, and taken only when longer.
      if (i > 0 && rows[i - 1] === v) {
        let n = 1;
        while (n < room && rows[i + n] === v) n++;
        best = n;
      }
      const above = i - rowBytes;
      if (best < room && above >= 0 && rows[above] === v && rows[i + best] === rows[above + best]) {
        let n = 1;
        while (n < room && rows[i + n] === rows[above + n]) n++;
        if (n > best) {
          best = n;
          slot = 1;
        }
      }
      for (let s = 2; s < 4 && best < room; s++) {
        const from = i - distances[s]!;
        if (from < 0 || rows[from] !== v || rows[i + best] !== rows[from + best]) continue;
        let n = 1;
        while (n < room && rows[i + n] === rows[from + n]) n++;
        if (n > best) {
          best = n;
          slot = s;
        }
      }
      if (best >= MIN_MATCH) {
        match(best, slot);
        i += best;
        continue;
      }
      if (pendingLength > 0) flush();
      tokens[count++] = v;
      literal[v]!++;
      i++;
    }
    aboveZero = zeroRow(y);
  }
  if (pendingLength > 0) flush();
  return { tokens, count, distances, literalFrequencies: literal, distanceFrequencies: distance };
}
