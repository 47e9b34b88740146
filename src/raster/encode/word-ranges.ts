// Equal ranges and run ends of 32-bit pixels: Node's Buffer.compare (a memcmp) where Buffer exists; elsewhere (workerd) two words a step as BigInt64 elements, then word loops.

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
  return portableWordRangesEqual(pixels);
}

/** The comparison without Node's Buffer (workerd, Vercel's edge, browsers); exported for tests. */
export function portableWordRangesEqual(pixels: Uint32Array): WordRangesEqual {
  // Two words at a time as one BigInt64 element where both ranges start on the same parity of an
  // 8-byte aligned array: V8 compares the elements without allocating, 2.2–2.9× faster than the
  // word loop over a card's rows (scanRows on the avatar card in Node 20 and 24: 0.64 → 0.22–0.30 ms;
  // in workerd this loop was 10% of the avatar card's CPU). Comparing two words as one double was
  // slower: light opaque pixels (blue ≥ 240) make NaNs, which never compare equal.
  const pairs = wordPairs(pixels);
  return (a, b, n) => {
    // A few words first: rows compared with a shifted row above mostly differ somewhere far from the start.
    if (n > 16 && (pixels[a + n - 1] !== pixels[b + n - 1] || pixels[a + (n >> 1)] !== pixels[b + (n >> 1)] || pixels[a + (n >> 2)] !== pixels[b + (n >> 2)])) return false;
    let i = 0;
    if (pairs && ((a ^ b) & 1) === 0 && n > 1) {
      if ((a & 1) === 1) {
        if (pixels[a] !== pixels[b]) return false;
        i = 1;
      }
      const fromA = (a + i) >> 1;
      const fromB = (b + i) >> 1;
      const count = (n - i) >> 1;
      for (let k = 0; k < count; k++) if (pairs[fromA + k] !== pairs[fromB + k]) return false;
      i += count << 1;
    }
    // The rest (and ranges of different parity) four words per step.
    for (const end = n - 3; i < end; i += 4) {
      if (pixels[a + i] !== pixels[b + i] || pixels[a + i + 1] !== pixels[b + i + 1] || pixels[a + i + 2] !== pixels[b + i + 2] || pixels[a + i + 3] !== pixels[b + i + 3]) return false;
    }
    for (; i < n; i++) if (pixels[a + i] !== pixels[b + i]) return false;
    return true;
  };
}

/** Pairs of words as BigInt64 elements (null when the array is not 8-byte aligned): runs and ranges compared two words a step. */
export function wordPairs(pixels: Uint32Array): BigInt64Array | null {
  return pixels.byteOffset % 8 === 0 ? new BigInt64Array(pixels.buffer, pixels.byteOffset, pixels.length >> 1) : null;
}

/**
 * The end of the run of `key` that starts at `from` (pixels[from] is key), not passing `limit`:
 * word by word to an even index, then two words a step through `pairs` (wordPairs of the same
 * array) while both are the key, then word by word.
 */
export function runEnd(pixels: Uint32Array, pairs: BigInt64Array | null, from: number, limit: number, key: number): number {
  let end = from + 1;
  if (pairs) {
    if ((end & 1) === 1 && end < limit && pixels[end] === key) end++;
    if (end + 1 < limit && (end & 1) === 0 && pixels[end] === key && pixels[end + 1] === key) {
      const pair = pairs[end >> 1]!;
      const lastPair = limit >> 1;
      let p = (end >> 1) + 1;
      while (p < lastPair && pairs[p] === pair) p++;
      end = p << 1;
    }
  }
  while (end < limit && pixels[end] === key) end++;
  return end;
}
