// Canvas pixel buffers kept between portable renders (the edge build): a fresh 3 MB zeroed buffer per 1200×630 render costs its allocation, page faults and garbage collection; a kept one is cleared or overwritten instead (paintPortable).
import { registerCache } from '../../runtime/cache-budget.js';

/** At most this many buffers are kept (one per render in flight is enough for most isolates), together at most MAX_KEPT_BYTES. */
export const MAX_KEPT_BUFFERS = 2;
export const MAX_KEPT_BYTES = 16 * 1024 * 1024;

/** Kept buffers, most recently given back last. */
const kept: Uint8ClampedArray[] = [];
const keptBytes = (): number => kept.reduce((sum, buffer) => sum + buffer.byteLength, 0);

registerCache({ name: 'portable_canvas_buffers', maxBytes: MAX_KEPT_BYTES, bytes: keptBytes, entries: () => kept.length });

/**
 * A buffer for a width × height canvas: a kept one of that size, holding what its last render left
 * (paintPortable clears it, or overwrites it whole), or a new one. Give it back
 * (giveBackCanvasBuffer) once nothing reads its pixels any more.
 */
export function takeCanvasBuffer(width: number, height: number): Uint8ClampedArray {
  const length = width * height * 4;
  for (let i = kept.length - 1; i >= 0; i--) if (kept[i]!.length === length) return kept.splice(i, 1)[0]!;
  return new Uint8ClampedArray(length);
}

/** Keeps the buffer for a later render (the oldest kept go first past the bounds); a detached or oversized buffer is dropped. */
export function giveBackCanvasBuffer(buffer: Uint8ClampedArray): void {
  if (buffer.byteLength === 0 || buffer.byteLength > MAX_KEPT_BYTES || kept.includes(buffer)) return;
  kept.push(buffer);
  while (kept.length > MAX_KEPT_BUFFERS || keptBytes() > MAX_KEPT_BYTES) kept.shift();
}

/** Drops every kept buffer (tests). */
export function clearCanvasBuffers(): void {
  kept.length = 0;
}

/** How many buffers are kept and their bytes (tests, reports). */
export const canvasBufferStats = (): { readonly buffers: number; readonly bytes: number } => ({ buffers: kept.length, bytes: keptBytes() });
