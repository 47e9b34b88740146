// Frees a render's pixel copy once it is encoded (ArrayBuffer.prototype.transfer, Node 21+): otherwise each 3 MB copy waits for a full garbage collection.

type Transfer = (this: ArrayBuffer, length?: number) => ArrayBuffer;
const transfer = (ArrayBuffer.prototype as { transfer?: Transfer }).transfer;

/**
 * Detaches the memory behind `pixels` (canvas.data()'s copy, owned by nobody else) so that it is freed
 * now, not at the next mark-compact; V8 otherwise counts every render's copy against its heap and runs
 * a full collection every few renders (docs/encoding.md). Only a view over the whole of its own
 * ArrayBuffer is released; on runtimes without `transfer` (Node 20) nothing happens. `pixels` is empty after.
 */
export function releasePixels(pixels: Uint8Array | Uint8ClampedArray): boolean {
  const buffer = pixels.buffer;
  if (!transfer || !(buffer instanceof ArrayBuffer) || pixels.byteOffset !== 0 || pixels.byteLength !== buffer.byteLength) return false;
  try {
    transfer.call(buffer, 0);
    return true;
  } catch {
    // A buffer that cannot be detached (held by native code) is left to the collector.
    return false;
  }
}
