// The encoder's wasm module (pixel matcher, palette counter, run tokeniser) for the raster tests: its committed bytes, given and compiled as Node's first use does, and canvas bytes as 32-bit words.
import { expect } from 'vitest';
import { pixelMatcherInWasm, usePixelMatcherWasm } from '../../src/raster/encode/deflate/pixel-matcher-wasm.js';
import { PIXEL_MATCHER_WASM_BASE64 } from '../../src/raster/encode/deflate/pixel-matcher-wasm-bytes.js';

export const wasmBytes = Buffer.from(PIXEL_MATCHER_WASM_BASE64, 'base64');

/** Given as Node gives it (bytes), and compiled at once (as the first palette or matched image compiles it). */
export function useCompiledWasm(): void {
  usePixelMatcherWasm(() => wasmBytes);
  expect(pixelMatcherInWasm()).toBe(true);
}

export const words = (rgba: Uint8Array): Uint32Array => new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4);
