// Palette index rows deflated by assembly/index-matcher.ts (wasm): matches looked up at run boundaries, dynamic Huffman blocks; zlib level-5 bytes or fewer at about zlib level 2's CPU on the text cards (docs/encoding.md). The caller falls back to zlib where the module cannot run.
import { webAssembly, type WasmMemory } from '../../../edge/wasm.js';
import { concatBytes } from '../png-writer.js';
import { MAX_DISTANCE } from './symbols.js';

/** Candidates tried per run boundary, most recent first (docs/encoding.md has 4 to 16). */
export const INDEX_CHAIN_LENGTH = 8;
/** A candidate reaching this many bytes past its boundary ends the search. */
export const INDEX_NICE_LENGTH = 48;
/** A boundary's hash key covers its runs until they hold this many bytes (at most 3 runs), then the value after them. */
export const INDEX_KEY_BYTES = 5;
/** A run or match this long (blank rows between lines of text, repeated rows) starts a block, so each line of text gets codes of its own. */
export const INDEX_SPLIT_LENGTH = 8192;
/** Tokens per dynamic block: each block's Huffman codes fit its stretch of rows. */
export const INDEX_BLOCK_TOKENS = 2048;
/**
 * The most input bytes (window and bytes) of one call of the wasm: wasm memory never shrinks, and
 * the deflater keeps about 15 bytes per input byte (runs, hash keys, chains, output); a 1200×630
 * card's band with its window is about 410 KB (6 MB of wasm memory). Longer parts are deflated in
 * equal chunks, each primed with the 32 KiB before it and ending in a sync flush.
 */
const MAX_INPUT_BYTES = 1024 * 1024;
const MAX_CHUNK_BYTES = MAX_INPUT_BYTES - MAX_DISTANCE;

interface IndexMatcherExports {
  readonly memory: WasmMemory;
  prepare(total: number, chain: number, block: number, nice: number, keyBytes: number, split: number): number;
  deflate(start: number, total: number, last: number): number;
  output(): number;
}

/** The module's bytes, given once (Node decodes them on first use); undefined until first use, null where it cannot run. */
let source: (() => Uint8Array) | null = null;
let matcher: IndexMatcherExports | null | undefined = null;

/** Makes deflateIndexRowsInWasm run the module whose bytes `bytes` gives (called on first use). */
export function useIndexMatcherWasm(bytes: () => Uint8Array): void {
  source = bytes;
  matcher = undefined;
}

/** The module's instance (shared with the photo deflater, photo-deflate-wasm.ts), or null where it cannot run. */
export function indexMatcherModule(): { readonly exports: unknown } | null {
  const wasm = loadedMatcher();
  return wasm && { exports: wasm };
}

function loadedMatcher(): IndexMatcherExports | null {
  if (matcher !== undefined) return matcher;
  matcher = null;
  try {
    if (source) matcher = new webAssembly.Instance(new webAssembly.Module(source()), {}).exports as unknown as IndexMatcherExports;
  } catch {
    // No SIMD, or compiling refused: zlib stays.
  }
  return matcher;
}

/** Whether deflateIndexRowsInWasm runs (instantiating the module if it was given and not yet used). */
export function indexMatcherInWasm(): boolean {
  return loadedMatcher() !== null;
}

/**
 * Raw deflate of `bytes` (palette index rows, one part of a zlib stream) primed with `history` (the
 * stream before it; its last 32 KiB are used): final when `last`, else ending with a sync flush, as
 * zlib's parts do. Undefined when the module is not available.
 */
export function deflateIndexRowsInWasm(bytes: Uint8Array, history: Uint8Array, last: boolean): Uint8Array | undefined {
  const wasm = loadedMatcher();
  if (!wasm) return undefined;
  return inPrimedChunks(bytes, history, last, MAX_CHUNK_BYTES, (chunk) => deflateChunk(wasm, chunk));
}

/** One chunk of a part: its bytes, the 32 KiB before them (the end of the stream's history, then the part's bytes before the chunk), where it starts in the part, and whether it ends the stream. */
export interface PrimedChunk {
  readonly bytes: Uint8Array;
  readonly fromHistory: Uint8Array;
  readonly fromBytes: Uint8Array;
  readonly start: number;
  readonly last: boolean;
}

/** The number of equal chunks of at most `maxChunkBytes` a part of `length` bytes is cut into (by its length alone, so every thread and run cuts a part the same way). */
export const chunkCount = (length: number, maxChunkBytes: number): number => Math.max(1, Math.ceil(length / maxChunkBytes));

/**
 * A part deflated in equal chunks of at most `maxChunkBytes` (chunkCount), each primed with the 32 KiB
 * before it; the outputs (views into wasm memory, valid until the module's next call) copied out and joined.
 */
export function inPrimedChunks(bytes: Uint8Array, history: Uint8Array, last: boolean, maxChunkBytes: number, deflate: (chunk: PrimedChunk) => Uint8Array): Uint8Array {
  const chunks = chunkCount(bytes.length, maxChunkBytes);
  const size = Math.ceil(bytes.length / chunks);
  const deflated: Uint8Array[] = [];
  for (let start = 0, i = 0; i < chunks; i++, start += size) {
    deflated.push(deflate(primedChunk(bytes, history, start, Math.min(bytes.length, start + size), last && i === chunks - 1)).slice());
  }
  return concatBytes(deflated);
}

/** Bytes [start, end) of a part as a chunk primed with the 32 KiB before them (the end of `history`, then the part's bytes before `start`). */
export function primedChunk(bytes: Uint8Array, history: Uint8Array, start: number, end: number, last: boolean): PrimedChunk {
  const fromHistory = history.subarray(Math.max(0, history.length - Math.max(0, MAX_DISTANCE - start)));
  const fromBytes = bytes.subarray(Math.max(0, start - MAX_DISTANCE), start);
  return { bytes: bytes.subarray(start, end), fromHistory, fromBytes, start, last };
}

function deflateChunk(wasm: IndexMatcherExports, chunk: PrimedChunk): Uint8Array {
  return deflateInWasm(wasm, chunk, (total) => wasm.prepare(total, INDEX_CHAIN_LENGTH, INDEX_BLOCK_TOKENS, INDEX_NICE_LENGTH, INDEX_KEY_BYTES, INDEX_SPLIT_LENGTH), (windowLength, total) => wasm.deflate(windowLength, total, chunk.last ? 1 : 0), () => wasm.output());
}

/**
 * One primed chunk through a deflater of the module: `prepare` lays out `total` input bytes (window
 * and chunk) and returns where they go, `deflate` deflates them past the window and returns the
 * output's length, found at `output()`. The output is a view into wasm memory, valid until the
 * module's next call (the input is in wasm memory before `deflate` runs, so the caller may copy the
 * output over it).
 */
export function deflateInWasm(wasm: { readonly memory: WasmMemory }, chunk: PrimedChunk, prepare: (total: number) => number, deflate: (windowLength: number, total: number) => number, output: () => number): Uint8Array {
  const { fromHistory, fromBytes, bytes } = chunk;
  const windowLength = fromHistory.length + fromBytes.length;
  const total = windowLength + bytes.length;
  const at = prepare(total);
  // Views made after prepare: it may grow the memory, which replaces its buffer.
  const input = new Uint8Array(wasm.memory.buffer, at, total);
  input.set(fromHistory);
  input.set(fromBytes, fromHistory.length);
  input.set(bytes, windowLength);
  const length = deflate(windowLength, total);
  return new Uint8Array(wasm.memory.buffer, output(), length);
}
