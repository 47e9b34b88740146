// The encoder's wasm module (pixel matcher and palette kernels) for the raster tests: its committed bytes, given and compiled as Node's first use does, or bytes that do not compile (for the index matcher's module too), and canvas bytes as 32-bit words.
import { expect } from 'vitest';
import { pixelMatcherInWasm, usePixelMatcherWasm } from '../../src/raster/encode/deflate/pixel-matcher-wasm.js';
import { PIXEL_MATCHER_WASM_BASE64 } from '../../src/raster/encode/deflate/pixel-matcher-wasm-bytes.js';
import { useIndexMatcherWasm } from '../../src/raster/encode/deflate/index-matcher-wasm.js';
import { INDEX_MATCHER_WASM_BASE64 } from '../../src/raster/encode/deflate/index-matcher-wasm-bytes.js';

export const wasmBytes = Buffer.from(PIXEL_MATCHER_WASM_BASE64, 'base64');

/** Given as Node gives it (bytes), and compiled at once (as the first palette or matched image compiles it). */
export function useCompiledWasm(): void {
  usePixelMatcherWasm(() => wasmBytes);
  expect(pixelMatcherInWasm()).toBe(true);
}

/** Runs `run` with the module given bytes that do not compile (as where wasm cannot run: the JS paths), then gives the committed module back. */
export function withoutEncoderWasm<T>(run: () => T): T {
  usePixelMatcherWasm(() => Uint8Array.of(0, 0x61, 0x73, 0x6d, 9, 9));
  try {
    return run();
  } finally {
    useCompiledWasm();
  }
}

export const words = (rgba: Uint8Array): Uint32Array => new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4);

/** Runs `run` (awaited) with the index matcher's module (index rows and photographs' rows: photo-deflate-wasm.ts) given bytes that do not compile, as where wasm cannot run: zlib's paths; then gives the committed module back. */
export async function withoutIndexMatcherWasm<T>(run: () => T | Promise<T>): Promise<T> {
  useIndexMatcherWasm(() => Uint8Array.of(0, 0x61, 0x73, 0x6d, 9, 9));
  try {
    return await run();
  } finally {
    useIndexMatcherWasm(() => Buffer.from(INDEX_MATCHER_WASM_BASE64, 'base64'));
  }
}
