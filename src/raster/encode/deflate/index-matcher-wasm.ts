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
  // Chunks cut by the part's length alone, so every thread and run cuts a part the same way.
  const chunks = Math.max(1, Math.ceil(bytes.length / MAX_CHUNK_BYTES));
  const size = Math.ceil(bytes.length / chunks);
  const deflated: Uint8Array[] = [];
  for (let start = 0, i = 0; i < chunks; i++, start += size) {
    const end = Math.min(bytes.length, start + size);
    // The 32 KiB before the chunk: the end of `history`, then the part's bytes before the chunk.
    const fromHistory = history.subarray(Math.max(0, history.length - Math.max(0, MAX_DISTANCE - start)));
    const fromBytes = bytes.subarray(Math.max(0, start - MAX_DISTANCE), start);
    deflated.push(deflateChunk(wasm, fromHistory, fromBytes, bytes.subarray(start, end), last && i === chunks - 1));
  }
  return concatBytes(deflated);
}

function deflateChunk(wasm: IndexMatcherExports, fromHistory: Uint8Array, fromBytes: Uint8Array, chunk: Uint8Array, last: boolean): Uint8Array {
  const windowLength = fromHistory.length + fromBytes.length;
  const total = windowLength + chunk.length;
  const at = wasm.prepare(total, INDEX_CHAIN_LENGTH, INDEX_BLOCK_TOKENS, INDEX_NICE_LENGTH, INDEX_KEY_BYTES, INDEX_SPLIT_LENGTH);
  // Views made after prepare: it may grow the memory, which replaces its buffer.
  const input = new Uint8Array(wasm.memory.buffer, at, total);
  input.set(fromHistory);
  input.set(fromBytes, fromHistory.length);
  input.set(chunk, windowLength);
  const length = wasm.deflate(windowLength, total, last ? 1 : 0);
  return new Uint8Array(wasm.memory.buffer, wasm.output(), length).slice();
}
