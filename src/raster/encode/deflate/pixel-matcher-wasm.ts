// matchBand in wasm (assembly/pixel-matcher.ts, SIMD) where the runtime has been given the module: the same tokens and adler32 as the JS matcher in about half its CPU; the band's pixels are copied into wasm memory.
import { webAssembly, type WasmMemory, type WasmModule } from '../../../edge/wasm.js';
import { unpremultiply, type PixelAlpha } from '../scanlines.js';
import type { PixelBand, PixelTokens } from './pixel-matcher.js';
import { DISTANCE_SYMBOLS, LENGTH_SYMBOL, LITERAL_LENGTH_SYMBOLS, distanceCode } from './symbols.js';
import { ADLER_AT, align16, DISTANCES_AT, HEADER_BYTES, LENGTH_SYMBOL_AT, LITERALS_AT } from './wasm-header.js';

/** What a runtime gives: a compiled module (workerd, `?module` on Vercel), or bytes where compiling is allowed (Node, browsers). */
export type PixelMatcherWasm = WasmModule | ArrayBuffer | Uint8Array;

/**
 * Bands whose pixels (with their un-premultiplied copy) take more than this stay in JS: wasm
 * memory never shrinks, and a 1200×630 card's band copies 1.5–3 MB.
 */
const MAX_COPIED_BYTES = 16 * 1024 * 1024;

interface MatcherExports {
  readonly memory: WasmMemory;
  matchBand(pixels: number, values: number, width: number, fromRow: number, toRow: number, baseRow: number, bpp: number, repeats: number, symbols: number, tokens: number): number;
  ensureMemory(bytes: number): void;
}

/** How the module comes: given, bytes made on first use (Node decodes its base64 then), or a promise (browsers fetch it). */
type Source = PixelMatcherWasm | (() => PixelMatcherWasm);

let source: Source | null = null;
/** The instance's exports; undefined until first use, null when the runtime cannot run the module (the JS matcher then runs). */
let matcher: MatcherExports | null | undefined = null;
/** Bumped per usePixelMatcherWasm, so a promise settling after a newer call is ignored. */
let generation = 0;

const isBytes = (wasm: PixelMatcherWasm): wasm is ArrayBuffer | Uint8Array => wasm instanceof ArrayBuffer || wasm instanceof Uint8Array;

/** What the palette counter asks every 16 rows (assembly/count-band.ts imports it): whether its caller gave up on the count. */
let countingStopped = (): boolean => false;

/** Makes the wasm palette counter stop (countBand gives null) once `check` says so: the band worker's, whose count the encoding thread may give up on (parallel/). */
export function stopCountingWhen(check: () => boolean): void {
  countingStopped = check;
}

const IMPORTS = { env: { countingStopped: (): boolean => countingStopped() } };

/**
 * Makes matchBand run in wasm. The module is instantiated on the first match (a promise: once it
 * settles; until then, and wherever compiling or instantiating fails, as in an engine without wasm
 * SIMD, the JS matcher runs).
 */
export function usePixelMatcherWasm(given: Source | Promise<PixelMatcherWasm>): void {
  const current = ++generation;
  source = null;
  matcher = null;
  if (!(given instanceof Promise)) {
    source = given;
    matcher = undefined;
    return;
  }
  given
    .then((wasm) => (isBytes(wasm) ? webAssembly.compile(wasm) : wasm))
    .then(
      (module) => {
        if (current !== generation) return;
        source = module;
        matcher = undefined;
      },
      () => undefined,
    );
}

/** The matcher's exports, instantiated on first use; null where the runtime cannot run it. */
function loadedMatcher(): MatcherExports | null {
  if (matcher !== undefined) return matcher;
  matcher = null;
  try {
    const wasm = typeof source === 'function' ? source() : source;
    if (wasm === null) return null;
    const module = isBytes(wasm) ? new webAssembly.Module(wasm) : wasm;
    const exports = new webAssembly.Instance(module, IMPORTS).exports as unknown as MatcherExports;
    new Uint16Array(exports.memory.buffer, LENGTH_SYMBOL_AT, LENGTH_SYMBOL.length).set(LENGTH_SYMBOL);
    matcher = exports;
  } catch {
    // No SIMD, or compiling refused: the JS matcher stays.
  }
  return matcher;
}

/**
 * The module's exports for the other kernels it holds (the palette counter and run tokeniser:
 * palette/count-band-wasm.ts, run-tokens-wasm.ts, which type them); null where it cannot run. On
 * Node the first palette image compiles it from bytes (7 KB, about 1 ms), as the index matcher's
 * module is compiled there anyway: the counter then runs in wasm, warm and on a process's first
 * render, where the JS counter runs interpreted over every pixel (test/package/lazy-modules.test.ts).
 */
export function encoderWasmExports(): object | null {
  return loadedMatcher();
}

/** Whether matchBand runs in wasm now (instantiating it if it was given and not yet used). */
export function pixelMatcherInWasm(): boolean {
  return loadedMatcher() !== null;
}

/**
 * matchBand's result from the wasm matcher, or undefined when it is not available for this band
 * (the caller runs the JS matcher). `width` and the band are already checked. The tokens are a
 * view on wasm memory: read them before the next match.
 */
export function matchBandInWasm(pixels: Uint32Array, width: number, band: PixelBand, bytesPerPixel: 3 | 4, alpha: PixelAlpha): PixelTokens | null | undefined {
  const { fromRow, toRow, baseRow, repeatsAbove } = band;
  // Only the band and the row above it are read: that is what is copied, with the copy's first row as the wasm's baseRow.
  const firstRow = Math.max(baseRow, fromRow - 1);
  const offset = (firstRow - baseRow) * width;
  const words = (toRow - firstRow) * width;
  const unpremultiplied = bytesPerPixel === 4 && alpha === 'premultiplied';
  const copied = words * 4 * (unpremultiplied ? 2 : 1);
  if (copied > MAX_COPIED_BYTES || pixels.length < offset + words) return undefined;
  const wasm = loadedMatcher();
  if (!wasm) return undefined;
  const rows = toRow - fromRow;
  const repeatsAt = HEADER_BYTES;
  const pixelsAt = align16(repeatsAt + rows);
  const valuesAt = unpremultiplied ? pixelsAt + words * 4 : pixelsAt;
  const tokensAt = align16(pixelsAt + copied);
  wasm.ensureMemory(tokensAt);
  const memory = wasm.memory.buffer;
  const held = pixels.subarray(offset, offset + words);
  new Uint32Array(memory, pixelsAt, words).set(held);
  if (unpremultiplied) {
    const values = new Uint32Array(memory, valuesAt, words);
    for (let i = 0; i < words; i++) values[i] = unpremultiply(held[i]!);
  }
  if (repeatsAbove) {
    const repeats = new Uint8Array(memory, repeatsAt, rows);
    const given = repeatsAbove.subarray(fromRow, toRow);
    repeats.set(given);
    repeats.fill(0, given.length);
  }
  const rowBytes = width * bytesPerPixel + 1;
  const distances = [bytesPerPixel, rowBytes, rowBytes - bytesPerPixel, rowBytes + bytesPerPixel];
  const symbols = distances.reduce((packed, distance, slot) => packed | (distanceCode(distance).symbol << (8 * slot)), 0);
  const count = wasm.matchBand(pixelsAt, valuesAt, width, fromRow, toRow, firstRow, bytesPerPixel, repeatsAbove ? repeatsAt : 0, symbols, tokensAt);
  if (count < 0) return null;
  // Read after the call: memory grows for the tokens, which replaces its buffer.
  const after = wasm.memory.buffer;
  return {
    tokens: new Uint32Array(after, tokensAt, count),
    count,
    distances,
    literalFrequencies: new Uint32Array(after.slice(LITERALS_AT, LITERALS_AT + LITERAL_LENGTH_SYMBOLS * 4)),
    distanceFrequencies: new Uint32Array(after.slice(DISTANCES_AT, DISTANCES_AT + DISTANCE_SYMBOLS * 4)),
    bytesPerPixel,
    adler: new Uint32Array(after, ADLER_AT, 1)[0]!,
  };
}
