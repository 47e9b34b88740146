// Font bytes copied once into shared memory, so every render thread reads the same bytes instead of a copy of its own.
import type { FontInput } from '../layout/text/types.js';

/** The fonts with their bytes in SharedArrayBuffers: workerData then hands each thread the same memory. */
export function sharedFonts(fonts: readonly FontInput[]): FontInput[] {
  return fonts.map((font) => ({ ...font, data: sharedCopy(font.data) }));
}

function sharedCopy(data: ArrayBuffer | Uint8Array): Uint8Array {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  return shared;
}
