// sameBytes: equal and unequal bytes, through aligned words and unaligned views alike, with tails that are not a whole word.
import { describe, expect, it } from 'vitest';
import { sameBytes } from '../../src/runtime/same-bytes.js';

describe('sameBytes', () => {
  const bytes = Uint8Array.from({ length: 1027 }, (_, i) => (i * 31) & 255);

  it('tells equal bytes from bytes that differ anywhere, in the words or the tail', () => {
    expect(sameBytes(bytes, bytes.slice())).toBe(true);
    for (const at of [0, 513, 1023, 1026]) {
      const other = bytes.slice();
      other[at]! ^= 1;
      expect(sameBytes(bytes, other)).toBe(false);
    }
    expect(sameBytes(bytes, bytes.subarray(0, 1026))).toBe(false);
  });

  it('compares an unaligned view byte by byte', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(sameBytes(shifted.subarray(1), bytes)).toBe(true);
    shifted[700]! ^= 1;
    expect(sameBytes(shifted.subarray(1), bytes)).toBe(false);
  });
});
