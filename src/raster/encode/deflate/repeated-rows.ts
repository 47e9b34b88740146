// Long stretches of PNG rows that repeat the row above, cut out of a band and written as one deflate block of ours: zlib only sees the rows with content.
import { writeDynamicBlock } from './dynamic-block.js';
import { DISTANCE_SYMBOLS, LENGTH_SYMBOL, LITERAL_LENGTH_SYMBOLS, MAX_DISTANCE, MAX_MATCH, MIN_MATCH, distanceCode } from './symbols.js';

/**
 * Rows equal to the row above, at least this many in a row, are one block of ours. zlib at levels 4
 * and up hashes every byte of a match, so a card's blank rows cost it about 40% of its time on the
 * text cards; each cut costs a zlib call (about 0.05 ms) and a block header. 16 rows measured best
 * against 8 and 32 (docs/encoding.md, "Repeated rows as blocks of ours").
 */
export const MIN_REPEATED_ROWS = 16;

/** Rows [fromRow, toRow) of a band: given to deflate, or rows that each repeat the row above. */
export interface RowStretch {
  readonly fromRow: number;
  readonly toRow: number;
  readonly repeated: boolean;
}

/**
 * The band's rows as alternating stretches, in order: a repeated stretch is at least
 * MIN_REPEATED_ROWS rows that each equal the row above (repeatsAbove) and never starts the band (its
 * row above is the band's own); everything else goes to deflate. A function of the rows alone, so every thread that
 * encodes a band cuts it the same way.
 */
export function rowStretches(fromRow: number, toRow: number, repeatsAbove: Uint8Array, rowBytes: number): RowStretch[] {
  const stretches: RowStretch[] = [];
  // A match at the row above's distance must stay inside deflate's window.
  if (rowBytes > MAX_DISTANCE) return [{ fromRow, toRow, repeated: false }];
  let start = fromRow;
  for (let y = fromRow + 1; y < toRow; ) {
    if (repeatsAbove[y] !== 1) {
      y++;
      continue;
    }
    let end = y + 1;
    while (end < toRow && repeatsAbove[end] === 1) end++;
    if (end - y >= MIN_REPEATED_ROWS) {
      if (y > start) stretches.push({ fromRow: start, toRow: y, repeated: false });
      stretches.push({ fromRow: y, toRow: end, repeated: true });
      start = end;
    }
    y = end;
  }
  if (toRow > start) stretches.push({ fromRow: start, toRow, repeated: false });
  return stretches;
}

/**
 * One dynamic block of `rowCount` rows that each repeat `rowAbove` (the stream's bytes just before
 * them): one match at distance 1 when the row above is a single byte value throughout (a blank
 * row of palette entry 0: the filter byte continues it), else at the row's distance, cut into
 * matches of at most 258 bytes. Not the last block: it ends with an empty stored block, as zlib's
 * sync flush does, so the next part starts on a byte.
 */
export function repeatedRowsBlock(rowAbove: Uint8Array, rowCount: number, last: boolean): Uint8Array {
  const rowBytes = rowAbove.length;
  const first = rowAbove[0];
  const blank = rowAbove.every((value) => value === first);
  const distances = [blank ? 1 : rowBytes];
  const literalFrequencies = new Uint32Array(LITERAL_LENGTH_SYMBOLS);
  const distanceFrequencies = new Uint32Array(DISTANCE_SYMBOLS);
  let length = rowCount * rowBytes;
  const tokens = new Uint32Array(Math.ceil(length / MAX_MATCH) + 1);
  const distanceSymbol = distanceCode(distances[0]!).symbol;
  let count = 0;
  while (length > 0) {
    // Never leave a tail shorter than a match can be.
    const part = length > MAX_MATCH ? (length - MAX_MATCH < MIN_MATCH ? length - MIN_MATCH : MAX_MATCH) : length;
    tokens[count++] = part << 8;
    literalFrequencies[LENGTH_SYMBOL[part]!]!++;
    distanceFrequencies[distanceSymbol]!++;
    length -= part;
  }
  return writeDynamicBlock({ tokens, count, distances, literalFrequencies, distanceFrequencies }, last);
}
