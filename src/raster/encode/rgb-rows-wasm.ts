// RGB scanlines for deflate filtered None, Sub or per row, in wasm (assembly/rgb-rows.ts, in the encoder module) where the runtime has it, else in JS: the same bytes and adler32 either way.
import type { WasmMemory } from '../../edge/wasm.js';
import { encoderWasmExports } from './deflate/pixel-matcher-wasm.js';
import { ADLER_AT, align16, HEADER_BYTES } from './deflate/wasm-header.js';
import { rgbScanlines, rgbSubScanlines, type Scanlines } from './scanlines.js';
import { rgbAdaptiveScanlines } from './rgb-rows.js';

/** How RGB rows are filtered: None, Sub, or per row the PNG filter leaving the fewest non-zero bytes ('adaptive', smooth images) or the least sum of absolute residuals ('least-sum', photographs). */
export type RgbFilter = 'none' | 'sub' | 'adaptive' | 'least-sum';

/** The filter numbers assembly/rgb-rows.ts takes (PNG's, 5 and 6 for per row). */
const FILTER_CODES: Readonly<Record<RgbFilter, number>> = { none: 0, sub: 1, adaptive: 5, 'least-sum': 6 };

interface RowsExports {
  readonly memory: WasmMemory;
  rgbRows(pixels: number, width: number, rows: number, out: number, scratch: number, filter: number, first: boolean): number;
  ensureMemory(bytes: number): void;
}

/** Pixels copied into wasm memory a call at most (a 1200×630 image goes in 12 calls): wasm memory never shrinks, so it holds a band, not the image. */
const BAND_PIXEL_BYTES = 256 * 1024;
/** Zero bytes before each of the kernel's two raw rows (its PAD). */
const PAD = 16;

/**
 * The rows from the wasm kernel into `data`, band by band; null at a translucent pixel, undefined
 * where the module cannot run (the caller writes them in JS).
 */
export function rgbRowsInWasm(pixels: Uint32Array, width: number, height: number, filter: RgbFilter, data: Uint8Array): Scanlines | null | undefined {
  const wasm = encoderWasmExports() as RowsExports | null;
  if (!wasm || width < 1 || height < 1) return undefined;
  const rowBytes = width * 3 + 1;
  const bandRows = Math.max(1, Math.floor(BAND_PIXEL_BYTES / (width * 4)));
  const pixelsAt = HEADER_BYTES;
  // Each step writes 16 bytes: slack after the rows, and after each raw row (the kernel's stride).
  const outAt = align16(pixelsAt + bandRows * width * 4);
  const scratchAt = align16(outAt + bandRows * rowBytes + 16);
  const stride = (PAD + width * 3 + 31) & ~15;
  wasm.ensureMemory(scratchAt + PAD + 2 * stride + 16);
  for (let y = 0; y < height; y += bandRows) {
    const rows = Math.min(bandRows, height - y);
    const memory = wasm.memory.buffer;
    new Uint32Array(memory, pixelsAt, rows * width).set(pixels.subarray(y * width, (y + rows) * width));
    if (!wasm.rgbRows(pixelsAt, width, rows, outAt, scratchAt, FILTER_CODES[filter], y === 0)) return null;
    data.set(new Uint8Array(memory, outAt, rows * rowBytes), y * rowBytes);
  }
  return { data, rowBytes, adler: new Uint32Array(wasm.memory.buffer, ADLER_AT, 1)[0]! };
}

/** RGB scanlines filtered `filter` into `data` (at least the rows' size), or null when a pixel is not opaque; in wasm where it runs. */
export function filteredRgbRows(pixels: Uint32Array, width: number, height: number, filter: RgbFilter, data: Uint8Array): Scanlines | null {
  const inWasm = rgbRowsInWasm(pixels, width, height, filter, data);
  if (inWasm !== undefined) return inWasm;
  if (filter === 'sub') return rgbSubScanlines(pixels, width, height, data);
  if (filter === 'adaptive') return rgbAdaptiveScanlines(pixels, width, height, data);
  if (filter === 'least-sum') return rgbAdaptiveScanlines(pixels, width, height, data, 'absolute-sum');
  return rgbScanlines(pixels, width, height, data);
}
