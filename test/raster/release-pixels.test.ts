// releasePixels: a render's pixel copy is detached after encoding where the runtime can (Node 21+), and only a buffer it owns whole.
import { describe, expect, it } from 'vitest';
import { releasePixels } from '../../src/raster/encode/release-pixels.js';

const canTransfer = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer === 'function';

describe('releasePixels', () => {
  it(canTransfer ? 'detaches a buffer it owns whole: its memory is gone' : 'leaves the buffer as it is on a runtime without ArrayBuffer transfer', () => {
    const pixels = new Uint8Array(1200 * 630 * 4).fill(7);
    expect(releasePixels(pixels)).toBe(canTransfer);
    expect(pixels.byteLength).toBe(canTransfer ? 0 : 1200 * 630 * 4);
  });

  it('never detaches a view into a larger buffer (a pooled Buffer slab, a subarray)', () => {
    const slab = new ArrayBuffer(64);
    const view = new Uint8Array(slab, 8, 16);
    expect(releasePixels(view)).toBe(false);
    expect(view.byteLength).toBe(16);
    expect(releasePixels(Buffer.from('small'))).toBe(false);
  });

  it('leaves a SharedArrayBuffer alone', () => {
    const shared = new Uint8Array(new SharedArrayBuffer(16));
    expect(releasePixels(shared)).toBe(false);
    expect(shared.byteLength).toBe(16);
  });
});
