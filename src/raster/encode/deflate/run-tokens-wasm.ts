// The palette run tokeniser's band loop in wasm (assembly/run-tokens.ts, in the pixel matcher's module) where the runtime has been given the module: the same tokens, frequencies and adler32; the band's runs are copied into wasm memory.
import type { WasmMemory } from '../../../edge/wasm.js';
import type { PaletteBand } from '../palette.js';
import { encoderWasmExports } from './pixel-matcher-wasm.js';
import { DISTANCE_SYMBOLS, LITERAL_LENGTH_SYMBOLS } from './symbols.js';
import { ADLER_AT, align16, DISTANCES_AT, HEADER_BYTES, LITERALS_AT } from './wasm-header.js';

interface RunTokensExports {
  readonly memory: WasmMemory;
  runTokens(runEnds: number, runIds: number, runCount: number, indexOfId: number, width: number, fromRow: number, toRow: number, repeats: number, rows: number, state: number, symbols: number, tokens: number): number;
  ensureMemory(bytes: number): void;
}

/** The row of runs a band starts from (the last one read before it), as PaletteRunTokens keeps it: run ends and index values, rowBytes + 1 each, the run count and its adler32 terms. */
export interface HeldRow {
  readonly ends: Int32Array;
  readonly values: Uint8Array;
  count: number;
  sum: number;
  weighted: number;
}

/** One band's tokens, frequencies and adler32 (its tokens a view on wasm memory: read them before the next call), and the last byte written. */
export interface WasmRunTokens {
  readonly tokens: Uint32Array;
  readonly count: number;
  readonly literalFrequencies: Uint32Array;
  readonly distanceFrequencies: Uint32Array;
  readonly adler: number;
  readonly previous: number;
}

/** Where the tokeniser's data starts; the matcher and the counter lay theirs out from there too, and none runs while another's results are in use. */
const STATE_AT = HEADER_BYTES;
const STATE_BYTES = 32;
/** Bands whose runs and tokens take more than this are tokenised in JS (wasm memory never shrinks). */
const MAX_WASM_BYTES = 64 * 1024 * 1024;

/**
 * A band's tokens from the wasm tokeniser, starting from `above` (updated to the band's last row
 * read) and the last byte written before the band; undefined when the module is not available (the
 * caller tokenises in JS).
 */
export function runTokensInWasm(band: PaletteBand, width: number, repeatsAbove: Uint8Array, above: HeldRow, previous: number, slotSymbols: readonly number[]): WasmRunTokens | undefined {
  const { fromRow, toRow, runEnds, runIds, count: runCount } = band.counts;
  const { indexOfId } = band;
  const rows = toRow - fromRow;
  const rowBytes = width + 1;
  const rowSize = align16((rowBytes + 1) * 5);
  const rowsAt = STATE_AT + STATE_BYTES;
  const endsAt = align16(rowsAt + 2 * rowSize);
  const idsAt = align16(endsAt + runCount * 4);
  const indexAt = align16(idsAt + runCount * 2);
  const repeatsAt = align16(indexAt + indexOfId.length);
  const tokensAt = align16(repeatsAt + rows);
  // At most one token per byte.
  const end = tokensAt + (rows * rowBytes + 16) * 4;
  if (end > MAX_WASM_BYTES) return undefined;
  const wasm = encoderWasmExports() as RunTokensExports | null;
  if (!wasm) return undefined;
  wasm.ensureMemory(end);
  const memory = wasm.memory.buffer;
  const state = new Int32Array(memory, STATE_AT, 5);
  state.set([above.count, above.sum, above.weighted, previous, 0]);
  new Int32Array(memory, rowsAt, rowBytes + 1).set(above.ends);
  new Uint8Array(memory, rowsAt + (rowBytes + 1) * 4, rowBytes + 1).set(above.values);
  new Uint32Array(memory, endsAt, runCount).set(runEnds.subarray(0, runCount));
  new Uint16Array(memory, idsAt, runCount).set(runIds.subarray(0, runCount));
  new Uint8Array(memory, indexAt, indexOfId.length).set(indexOfId);
  const repeats = new Uint8Array(memory, repeatsAt, rows);
  const given = repeatsAbove.subarray(fromRow, toRow);
  repeats.set(given);
  repeats.fill(0, given.length);
  const symbols = slotSymbols.reduce((packed, symbol, slot) => packed | (symbol << (8 * slot)), 0);
  const count = wasm.runTokens(endsAt, idsAt, runCount, indexAt, width, fromRow, toRow, repeatsAt, rowsAt, STATE_AT, symbols, tokensAt);
  const [aboveCount, aboveSum, aboveWeighted, last, which] = state;
  const heldAt = rowsAt + which! * rowSize;
  above.ends.set(new Int32Array(memory, heldAt, rowBytes + 1));
  above.values.set(new Uint8Array(memory, heldAt + (rowBytes + 1) * 4, rowBytes + 1));
  above.count = aboveCount!;
  above.sum = aboveSum!;
  above.weighted = aboveWeighted!;
  return {
    tokens: new Uint32Array(memory, tokensAt, count),
    count,
    literalFrequencies: new Uint32Array(memory.slice(LITERALS_AT, LITERALS_AT + LITERAL_LENGTH_SYMBOLS * 4)),
    distanceFrequencies: new Uint32Array(memory.slice(DISTANCES_AT, DISTANCES_AT + DISTANCE_SYMBOLS * 4)),
    adler: new Uint32Array(memory, ADLER_AT, 1)[0]!,
    previous: last!,
  };
}
