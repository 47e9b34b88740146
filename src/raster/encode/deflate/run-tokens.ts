// LZ77 tokens for palette PNG rows straight from the palette counter's runs: no index byte is written or read, each row costs its runs (the edge's deflate for palette images).
import { OgsmithError } from '../../../errors/catalogue.js';
import type { PaletteBand } from '../palette.js';
import type { TokenStream } from './dynamic-block.js';
import { runTokensInWasm } from './run-tokens-wasm.js';
import { DISTANCE_SYMBOLS, LENGTH_SYMBOL, LITERAL_LENGTH_SYMBOLS, MAX_DISTANCE, MAX_MATCH, MIN_MATCH, distanceCode } from './symbols.js';

const ADLER_MOD = 65521;

/** Distance slots: the byte to the left, the byte above, above and one to the right, above and one to the left (diagonal gradients, slanted edges). */
const LEFT = 0;
const UP = 1;
const UP_RIGHT = 2;
const UP_LEFT = 3;

/** The widest index rows whose "above" distance stays inside deflate's 32 KiB window. */
export const MAX_RUN_TOKEN_WIDTH = MAX_DISTANCE - 1;

/** One band's tokens and the adler32 of its index rows alone (adler32Combine joins bands). */
export interface RunTokens extends TokenStream {
  readonly adler: number;
}

/**
 * One row of index bytes as maximal runs, the filter byte (0) first: run k covers bytes
 * [ends[k-1] ?? 0, ends[k]) of value values[k]. `sum` and `weighted` are the row's adler32 terms:
 * Σ byte and Σ (rowBytes − position)·byte.
 */
class RowRuns {
  readonly ends: Int32Array;
  readonly values: Uint8Array;
  count = 0;
  sum = 0;
  weighted = 0;

  constructor(rowBytes: number) {
    this.ends = new Int32Array(rowBytes + 1);
    this.values = new Uint8Array(rowBytes + 1);
  }

  /** Reads row y from the band's runs, starting at run `first`; returns the run after the row's last. */
  read(band: PaletteBand, y: number, width: number, first: number): number {
    const { runEnds, runIds } = band.counts;
    const { indexOfId } = band;
    const { ends, values } = this;
    const rowBytes = width + 1;
    const rowStart = y * width - 1;
    const rowEnd = (y + 1) * width;
    let count = 1;
    ends[0] = 1;
    values[0] = 0;
    // The adler32 terms run by run, the filter byte (0) adding nothing: over a run of n bytes of v starting at p, Σ byte = n·v and Σ (rowBytes − q)·byte = v·n·(2·(rowBytes − p) − n + 1)/2.
    let sum = 0;
    let weighted = 0;
    let start = 1;
    let r = first;
    for (; r < band.counts.count; r++) {
      const end = runEnds[r]!;
      if (end > rowEnd) break;
      const value = indexOfId[runIds[r]!]!;
      const at = end - rowStart;
      const n = at - start;
      sum += value * n;
      weighted += (value * n * (2 * (rowBytes - start) - n + 1)) / 2;
      start = at;
      // Colours merged into one palette entry make neighbouring runs of one index: one run here.
      if (values[count - 1] === value) ends[count - 1] = at;
      else {
        ends[count] = at;
        values[count] = value;
        count++;
      }
      if (end === rowEnd) {
        r++;
        break;
      }
    }
    this.count = count;
    this.sum = sum % ADLER_MOD;
    this.weighted = weighted % ADLER_MOD;
    return r;
  }
}

/**
 * Writes a match of `length` bytes at the slot's distance as tokens of at most 258 bytes (counting
 * their symbols); returns the new token count. A function of its arguments, not a closure: variables
 * a closure captures live on the heap, and the token count is the hottest of them.
 */
function emitMatch(tokens: Uint32Array, count: number, length: number, slot: number, slotSymbols: readonly number[], literal: Uint32Array, distance: Uint32Array): number {
  const symbol = slotSymbols[slot]!;
  while (length > 0) {
    // Never leave a tail shorter than a match can be.
    const part = length > MAX_MATCH ? (length - MAX_MATCH < MIN_MATCH ? length - MIN_MATCH : MAX_MATCH) : length;
    tokens[count++] = (part << 8) | slot;
    literal[LENGTH_SYMBOL[part]!]!++;
    distance[symbol]!++;
    length -= part;
  }
  return count;
}

/**
 * How many bytes from `at` on equal the row above moved by `offset` (byte at + offset of the row
 * above for byte at of this row), found run by run and never reaching past the row above's end:
 * `k` is this row's run holding `at`, `j` the above row's run holding at + offset.
 */
function sameSpan(ends: Int32Array, values: Uint8Array, k: number, aboveEnds: Int32Array, aboveValues: Uint8Array, j: number, at: number, offset: number, rowBytes: number): number {
  const limit = offset > 0 ? rowBytes - offset : rowBytes;
  let reach = at;
  while (reach < limit && values[k] === aboveValues[j]) {
    const aboveEnd = aboveEnds[j]! - offset;
    const end = Math.min(ends[k]!, aboveEnd, limit);
    reach = end;
    if (ends[k] === end) k++;
    if (aboveEnd === end) j++;
  }
  return reach - at;
}

/** Token array kept between calls (grown, never shrunk). */
let scratch = new Uint32Array(1 << 16);

/** A band's tokens so far, and the match held back until a literal or another distance comes (consecutive matches at one distance are one match). */
class TokenSink {
  count = 0;
  pendingLength = 0;
  pendingSlot = LEFT;
  /** The last byte written so far (−1 before the first). */
  previous = -1;
  readonly literal = new Uint32Array(LITERAL_LENGTH_SYMBOLS);
  readonly distance = new Uint32Array(DISTANCE_SYMBOLS);

  constructor(
    readonly tokens: Uint32Array,
    readonly slotSymbols: readonly number[],
  ) {}

  /** Adds a match of `length` at the slot's distance (held back, joined to a held match at the same distance). */
  match(length: number, slot: number): void {
    if (this.pendingLength > 0 && slot !== this.pendingSlot) this.flush();
    this.pendingSlot = slot;
    this.pendingLength += length;
  }

  /** Writes the held match, if any. */
  flush(): void {
    if (this.pendingLength > 0) this.count = emitMatch(this.tokens, this.count, this.pendingLength, this.pendingSlot, this.slotSymbols, this.literal, this.distance);
    this.pendingLength = 0;
  }
}

/**
 * The tokens of one row that is not the row above again, from its runs and the above row's runs
 * (`hasAbove` false for the image's first row): at each byte the longest of the run continuing the
 * byte to the left and the spans equal to the row above (straight, or moved a byte either way), else
 * a literal. A function of its own, called once per row, so V8 optimises it as a whole function
 * rather than as the band loop on stack (which deopted once per band).
 */
function rowTokens(sink: TokenSink, row: RowRuns, above: RowRuns, hasAbove: boolean, rowBytes: number): void {
  const { ends, values } = row;
  const aboveEnds = above.ends;
  const aboveValues = above.values;
  const { tokens, literal, distance, slotSymbols } = sink;
  let count = sink.count;
  let pendingLength = sink.pendingLength;
  let pendingSlot = sink.pendingSlot;
  let previous = sink.previous;
  let k = 0;
  // The run of the row above holding byte `at` (the runs holding at ± 1 are it or a neighbour of it).
  let j = 0;
  for (let at = 0; at < rowBytes; ) {
    const value = values[k]!;
    const left = previous === value ? ends[k]! - at : 0;
    let best = left;
    let slot = LEFT;
    if (hasAbove) {
      while (aboveEnds[j]! <= at) j++;
      // A span must be longer than the best to win, and none passes the row's end: spans that cannot win are not walked.
      const rest = rowBytes - at;
      if (best < rest && aboveValues[j] === value) {
        const up = sameSpan(ends, values, k, aboveEnds, aboveValues, j, at, 0, rowBytes);
        if (up > best) {
          best = up;
          slot = UP;
        }
      }
      if (best < rest - 1) {
        const jRight = aboveEnds[j]! > at + 1 ? j : j + 1;
        if (aboveValues[jRight] === value) {
          const upRight = sameSpan(ends, values, k, aboveEnds, aboveValues, jRight, at, 1, rowBytes);
          if (upRight > best) {
            best = upRight;
            slot = UP_RIGHT;
          }
        }
      }
      if (at > 0 && best < rest) {
        const jLeft = j > 0 && aboveEnds[j - 1]! > at - 1 ? j - 1 : j;
        if (aboveValues[jLeft] === value) {
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
        count = emitMatch(tokens, count, pendingLength, pendingSlot, slotSymbols, literal, distance);
        pendingLength = 0;
      }
      tokens[count++] = value;
      literal[value]!++;
      previous = value;
      at++;
      if (ends[k] === at) k++;
      continue;
    }
    if (pendingLength > 0 && slot !== pendingSlot) {
      count = emitMatch(tokens, count, pendingLength, pendingSlot, slotSymbols, literal, distance);
      pendingLength = 0;
    }
    pendingSlot = slot;
    pendingLength += best;
    at += best;
    while (ends[k]! < at) k++;
    previous = values[k]!;
    if (ends[k] === at) k++;
  }
  sink.count = count;
  sink.pendingLength = pendingLength;
  sink.pendingSlot = pendingSlot;
  sink.previous = previous;
}

/**
 * Tokens of a palette image's index rows (filter None), band by band in stream order (rowTokens); a
 * row equal to the one above (repeatsAbove) is one match. Both are found run by run, so a row costs
 * its runs, not its pixels. Matches of a band may reach the rows of the band before it.
 */
export class PaletteRunTokens {
  private readonly rowBytes: number;
  private above: RowRuns;
  private current: RowRuns;
  /** The last byte written so far (−1 before the first). */
  private previous = -1;
  private y = 0;

  /** `inJs`: never the wasm tokeniser (the reference its tests compare with). */
  constructor(
    private readonly width: number,
    private readonly repeatsAbove: Uint8Array,
    private readonly inJs = false,
  ) {
    this.rowBytes = width + 1;
    this.above = new RowRuns(this.rowBytes);
    this.current = new RowRuns(this.rowBytes);
  }

  /** The next band's tokens (bands in order, each from where the last ended); null when the rows are too wide. */
  band(band: PaletteBand): RunTokens | null {
    const { width, rowBytes, repeatsAbove } = this;
    if (width < 1 || width > MAX_RUN_TOKEN_WIDTH) return null;
    if (band.counts.fromRow !== this.y) throw new OgsmithError('INTERNAL', `Palette bands out of order: row ${band.counts.fromRow} after ${this.y}`);
    const distances = [1, rowBytes, rowBytes - 1, rowBytes + 1];
    const slotSymbols = distances.map((d) => distanceCode(d).symbol);
    const { fromRow, toRow, runEnds } = band.counts;
    // The wasm tokeniser where the runtime was given the encoder's module (run-tokens-wasm.ts), else this file's.
    const inWasm = this.inJs ? undefined : runTokensInWasm(band, width, repeatsAbove, this.above, this.previous, slotSymbols);
    if (inWasm) {
      this.previous = inWasm.previous;
      this.y = toRow;
      const { tokens, count, literalFrequencies, distanceFrequencies, adler } = inWasm;
      return { tokens, count, distances, literalFrequencies, distanceFrequencies, adler };
    }
    const runCount = band.counts.count;
    // At most one token per byte.
    const most = (toRow - fromRow) * rowBytes + 16;
    if (scratch.length < most) scratch = new Uint32Array(most);
    const sink = new TokenSink(scratch, slotSymbols);
    sink.previous = this.previous;
    let a = 1;
    let b = 0;
    let run = 0;
    for (let y = fromRow; y < toRow; y++) {
      const hasAbove = y > 0;
      if (hasAbove && repeatsAbove[y] === 1 && rowBytes >= MIN_MATCH) {
        // The row above again: a blank one continues the byte to the left (distance 1 costs the fewest bits), any other is one match above.
        const { above } = this;
        sink.match(rowBytes, above.count === 1 && sink.previous === above.values[0] ? LEFT : UP);
        const rowEnd = (y + 1) * width;
        while (run < runCount && runEnds[run]! <= rowEnd) run++;
        b = (b + ((rowBytes * a) % ADLER_MOD) + above.weighted) % ADLER_MOD;
        a = (a + above.sum) % ADLER_MOD;
        sink.previous = above.values[above.count - 1]!;
        continue;
      }
      const row = this.current;
      run = row.read(band, y, width, run);
      b = (b + ((rowBytes * a) % ADLER_MOD) + row.weighted) % ADLER_MOD;
      a = (a + row.sum) % ADLER_MOD;
      rowTokens(sink, row, this.above, hasAbove, rowBytes);
      this.current = this.above;
      this.above = row;
    }
    sink.flush();
    this.previous = sink.previous;
    this.y = toRow;
    return { tokens: sink.tokens, count: sink.count, distances, literalFrequencies: sink.literal, distanceFrequencies: sink.distance, adler: ((b << 16) | a) >>> 0 };
  }
}
