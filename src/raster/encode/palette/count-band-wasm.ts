// countBand in wasm (assembly/count-band.ts, in the pixel matcher's module) where the runtime has been given the module: the same runs, ids and counts; only the rows it reads are copied into wasm memory.
import type { WasmMemory } from '../../../edge/wasm.js';
import { encoderWasmExports } from '../deflate/pixel-matcher-wasm.js';
import { align16, HEADER_BYTES } from '../deflate/wasm-header.js';
import type { BandCounts, CountScratch } from './count-band.js';

interface CounterExports {
  readonly memory: WasmMemory;
  countBand(pixels: number, width: number, fromRow: number, toRow: number, context: number, repeats: number, tables: number, rowSources: number, ends: number, ids: number, capacity: number, maxFrequent: number): number;
  countedColours(): number;
  ensureMemory(bytes: number): void;
}

/** Where the counter's data starts, after the module's header; the kernels lay out their data from there per call, and none runs while another's results are in use. */
const TABLES_AT = HEADER_BYTES;
/** The colour table and per-id arrays as assembly/count-band.ts lays them out: 2^15 slots of u32 keys and u16 ids, then 8192 u32 colours, counts and runs. */
const TABLES_BYTES = (1 << 15) * 6 + 8192 * 12;
/** The wasm's answer when the runs would pass the capacity given. */
const FULL = -2;
/** Bands whose copied rows take more than this stay in JS (wasm memory never shrinks). */
const MAX_COPIED_BYTES = 16 * 1024 * 1024;

/** Runs the wasm has room for; doubled when a band needs more (kept for later bands). */
let capacity = 1 << 16;

/** Whether row y of the band is read (copied in): the first always, later ones unless they repeat the row above. */
const readsRow = (y: number, fromRow: number, repeatsAbove: Uint8Array): boolean => y === fromRow || repeatsAbove[y] !== 1;

/**
 * countBand's result from the wasm counter, or undefined when it is not available for this band (the
 * caller counts in JS). Copies in the band's rows that are read (and its row above when held), and
 * copies the runs and counts out into `scratch`, as the JS counter leaves them. Like the JS it
 * trusts `repeatsAbove` (scanRows' answer): a row said to repeat the one above is not copied, so the
 * row above a read row is the last row read.
 */
export function countBandInWasm(pixels: Uint32Array, width: number, fromRow: number, toRow: number, baseRow: number, repeatsAbove: Uint8Array, scratch: CountScratch, maxFrequent: number): BandCounts | null | undefined {
  const context = baseRow < fromRow ? 1 : 0;
  let copiedRows = context;
  for (let y = fromRow; y < toRow; y++) if (readsRow(y, fromRow, repeatsAbove)) copiedRows++;
  const words = copiedRows * width;
  if (width < 1 || toRow <= fromRow || words * 4 > MAX_COPIED_BYTES || pixels.length < (toRow - baseRow) * width) return undefined;
  const wasm = encoderWasmExports() as CounterExports | null;
  if (!wasm) return undefined;
  const rows = toRow - fromRow;
  const repeatsAt = TABLES_AT + TABLES_BYTES;
  const rowSourcesAt = align16(repeatsAt + rows);
  const pixelsAt = align16(rowSourcesAt + rows);
  const endsAt = align16(pixelsAt + words * 4);
  for (;;) {
    const idsAt = endsAt + capacity * 4;
    wasm.ensureMemory(idsAt + capacity * 2);
    const memory = wasm.memory.buffer;
    const repeats = new Uint8Array(memory, repeatsAt, rows);
    const given = repeatsAbove.subarray(fromRow, toRow);
    repeats.set(given);
    repeats.fill(0, given.length);
    copyReadRows(pixels, width, fromRow, toRow, baseRow, repeatsAbove, new Uint32Array(memory, pixelsAt, words));
    const count = wasm.countBand(pixelsAt, width, fromRow, toRow, context, repeatsAt, TABLES_AT, rowSourcesAt, endsAt, idsAt, capacity, maxFrequent);
    if (count === FULL) {
      capacity *= 2;
      continue;
    }
    scratch.begin();
    // −1: no palette fits; −3: the caller stopped the count (stopCountingWhen), its band taken as no palette.
    if (count < 0) return null;
    const distinct = wasm.countedColours();
    scratch.reserve(count, 0);
    if (scratch.rowSources.length < rows) scratch.rowSources = new Uint8Array(rows);
    const { colorOfId, countOfId, runsOfId, rowSources, runEnds, runIds } = scratch;
    const tables = TABLES_AT + (1 << 15) * 6;
    runEnds.set(new Uint32Array(memory, endsAt, count));
    runIds.set(new Uint16Array(memory, idsAt, count));
    colorOfId.set(new Uint32Array(memory, tables, distinct));
    countOfId.set(new Uint32Array(memory, tables + 8192 * 4, distinct));
    runsOfId.set(new Uint32Array(memory, tables + 8192 * 8, distinct));
    rowSources.set(new Uint8Array(memory, rowSourcesAt, rows));
    scratch.distinct = distinct;
    return { fromRow, toRow, count, runEnds, runIds, distinct, colorOfId, countOfId, runsOfId, rowSources };
  }
}

/** The rows countBandInWasm reads, one after another into `into`: the row above the band when held, then the read rows (stretches of them one copy each). */
function copyReadRows(pixels: Uint32Array, width: number, fromRow: number, toRow: number, baseRow: number, repeatsAbove: Uint8Array, into: Uint32Array): void {
  let at = 0;
  let y = baseRow < fromRow ? fromRow - 1 : fromRow;
  while (y < toRow) {
    const first = y;
    y++;
    while (y < toRow && readsRow(y, fromRow, repeatsAbove)) y++;
    const stretch = pixels.subarray((first - baseRow) * width, (y - baseRow) * width);
    into.set(stretch, at);
    at += stretch.length;
    while (y < toRow && !readsRow(y, fromRow, repeatsAbove)) y++;
  }
}
