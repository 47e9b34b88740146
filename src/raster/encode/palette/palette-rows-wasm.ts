// writePaletteRows in wasm (assembly/palette-rows.ts, in the encoder's module) where the runtime has been given the module: the same index rows and adler32; the band's runs are copied in and its rows out.
import type { WasmMemory } from '../../../edge/wasm.js';
import type { PaletteBand } from '../palette.js';
import { encoderWasmExports } from '../deflate/pixel-matcher-wasm.js';
import { align16, HEADER_BYTES } from '../deflate/wasm-header.js';

interface PaletteRowsExports {
  readonly memory: WasmMemory;
  paletteRows(ends: number, ids: number, indexOfId: number, rowSources: number, width: number, fromRow: number, toRow: number, out: number): number;
  ensureMemory(bytes: number): void;
}

/** Bands whose runs and rows take more than this are written in JS (wasm memory never shrinks). */
const MAX_WASM_BYTES = 64 * 1024 * 1024;

/**
 * writePaletteRows' adler32 from the wasm, the band's rows written into `data` (rows from
 * `rowOffset`), or undefined when the module is not available (the caller writes them in JS).
 */
export function writePaletteRowsInWasm(band: PaletteBand, width: number, data: Uint8Array, rowOffset: number): number | undefined {
  const { fromRow, toRow, runEnds, runIds, count, rowSources } = band.counts;
  const { indexOfId } = band;
  const rows = toRow - fromRow;
  const rowBytes = width + 1;
  const endsAt = HEADER_BYTES;
  const idsAt = align16(endsAt + count * 4);
  const indexAt = align16(idsAt + count * 2);
  const sourcesAt = align16(indexAt + indexOfId.length);
  const outAt = align16(sourcesAt + rows);
  // A short run is written as 16 bytes (assembly/palette-rows.ts): room for the last row's.
  const end = outAt + rows * rowBytes + 16;
  if (rows < 1 || end > MAX_WASM_BYTES) return undefined;
  const wasm = encoderWasmExports() as PaletteRowsExports | null;
  if (!wasm) return undefined;
  wasm.ensureMemory(end);
  const memory = wasm.memory.buffer;
  new Uint32Array(memory, endsAt, count).set(runEnds.subarray(0, count));
  new Uint16Array(memory, idsAt, count).set(runIds.subarray(0, count));
  new Uint8Array(memory, indexAt, indexOfId.length).set(indexOfId);
  new Uint8Array(memory, sourcesAt, rows).set(rowSources.subarray(0, rows));
  const adler = wasm.paletteRows(endsAt, idsAt, indexAt, sourcesAt, width, fromRow, toRow, outAt) >>> 0;
  data.set(new Uint8Array(memory, outAt, rows * rowBytes), (fromRow - rowOffset) * rowBytes);
  return adler;
}
