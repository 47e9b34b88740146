// Equal runs of 32-bit pixels: Node's Buffer.compare (a memcmp) where Buffer exists, a word loop in runtimes without it (workerd).

interface ComparableBytes {
  compare(target: Uint8Array, targetStart: number, targetEnd: number, sourceStart: number, sourceEnd: number): number;
}
interface BufferClass {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): ComparableBytes;
}

/** Read through globalThis, so bundlers for edge runtimes neither polyfill nor refuse it. */
const NodeBuffer = (globalThis as { readonly Buffer?: BufferClass }).Buffer;

/** Whether words [a, a + n) and [b, b + n) of the array are equal. */
export type WordRangesEqual = (a: number, b: number, n: number) => boolean;

/** The comparison for one pixel array (made once per pass over it). */
export function wordRangesEqual(pixels: Uint32Array): WordRangesEqual {
  if (NodeBuffer) {
    const bytes = NodeBuffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
    const view = bytes as unknown as Uint8Array;
    return (a, b, n) => bytes.compare(view, b * 4, (b + n) * 4, a * 4, (a + n) * 4) === 0;
  }
  return (a, b, n) => {
    for (let i = 0; i < n; i++) if (pixels[a + i] !== pixels[b + i]) return false;
    return true;
  };
}
