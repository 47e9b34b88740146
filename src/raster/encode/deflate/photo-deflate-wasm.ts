// Photographs' filtered RGB rows deflated by assembly/photo-deflate.ts (wasm, in the index matcher's module): matches at pixel boundaries from one hash candidate, taken when priced below their literals; on real photographs 11–14% smaller than zlib level 4 on Sub rows, at about half its CPU (docs/encoding.md). The caller falls back to zlib where the module cannot run.
import type { WasmMemory } from '../../../edge/wasm.js';
import { chunkCount, deflateInWasm, indexMatcherModule, inPrimedChunks, primedChunk, type PrimedChunk } from './index-matcher-wasm.js';
import { MAX_DISTANCE } from './symbols.js';

/**
 * The most input bytes (window and bytes) of one call: wasm memory never shrinks; the deflater keeps
 * about 3 bytes per input byte (input, room for the output), so a 1200×630 photo's half (1.1 MB, one
 * call: each call starts its prices and codes afresh) takes about 3.7 MB.
 */
const MAX_INPUT_BYTES = 2 * 1024 * 1024;
const MAX_CHUNK_BYTES = MAX_INPUT_BYTES - MAX_DISTANCE;

interface PhotoDeflateExports {
  readonly memory: WasmMemory;
  preparePhoto(total: number, rowBytes: number, column: number): number;
  deflatePhoto(start: number, total: number, last: number): number;
  photoOutput(): number;
}

/** Whether deflatePhotoRowsInWasm runs (instantiating the module if it was given and not yet used). */
export const photoDeflateInWasm = (): boolean => indexMatcherModule() !== null;

/** The module's exports, or undefined where it is not available. */
const photoDeflater = (): PhotoDeflateExports | undefined => indexMatcherModule()?.exports as PhotoDeflateExports | undefined;

/** One primed chunk of RGB rows through the photo deflater: a view into wasm memory (deflateInWasm). */
function deflatePhotoChunk(wasm: PhotoDeflateExports, chunk: PrimedChunk, rowBytes: number): Uint8Array {
  return deflateInWasm(
    wasm,
    chunk,
    // The column of the input's first byte (the part starts a row).
    (total) => wasm.preparePhoto(total, rowBytes, (((chunk.start - (total - chunk.bytes.length)) % rowBytes) + rowBytes) % rowBytes),
    (windowLength, total) => wasm.deflatePhoto(windowLength, total, chunk.last ? 1 : 0),
    () => wasm.photoOutput(),
  );
}

/**
 * Raw deflate of `bytes` (RGB rows of `rowBytes` bytes, filter byte first, from a row's start; one
 * part of a zlib stream) primed with `history` (the stream before it, ending at a row's end; its last
 * 32 KiB are used): final when `last`, else ending with a sync flush, as zlib's parts do. Undefined
 * when the module is not available.
 */
export function deflatePhotoRowsInWasm(bytes: Uint8Array, history: Uint8Array, last: boolean, rowBytes: number): Uint8Array | undefined {
  const wasm = photoDeflater();
  if (!wasm) return undefined;
  return inPrimedChunks(bytes, history, last, MAX_CHUNK_BYTES, (chunk) => deflatePhotoChunk(wasm, chunk, rowBytes));
}

/**
 * deflatePhotoRowsInWasm's bytes written into `target` instead of a new buffer (the band worker's
 * shared memory: a buffer made per photograph was garbage its rare collections left in its malloc
 * arena). `target` may hold `bytes`: a part of one call is copied into wasm memory before its output
 * is written; a part of several calls is deflated apart first. The output's length, −1 when it does
 * not fit `target`; undefined when the module is not available.
 */
export function deflatePhotoRowsInto(bytes: Uint8Array, history: Uint8Array, last: boolean, rowBytes: number, target: Uint8Array): number | undefined {
  const wasm = photoDeflater();
  if (!wasm) return undefined;
  const part = chunkCount(bytes.length, MAX_CHUNK_BYTES) === 1 ? deflatePhotoChunk(wasm, primedChunk(bytes, history, 0, bytes.length, last), rowBytes) : inPrimedChunks(bytes, history, last, MAX_CHUNK_BYTES, (chunk) => deflatePhotoChunk(wasm, chunk, rowBytes));
  if (part.length > target.length) return -1;
  target.set(part);
  return part.length;
}
