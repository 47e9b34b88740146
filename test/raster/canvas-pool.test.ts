// The canvas pool keeps idle surfaces for reuse, within a byte bound over all sizes (a request may ask for any size).
import { describe, expect, it } from 'vitest';
import { acquireCanvas, releaseCanvas, MAX_IDLE_CANVAS_BYTES } from '../../src/raster/canvas/canvas-pool.js';

describe('canvas pool', () => {
  it('reuses a released canvas of the same size', () => {
    const canvas = acquireCanvas(321, 123);
    releaseCanvas(canvas);
    expect(acquireCanvas(321, 123)).toBe(canvas);
  });

  it('keeps at most MAX_IDLE_CANVAS_BYTES of idle canvases however many sizes are asked for', () => {
    const sizes = Array.from({ length: 40 }, (_, i) => [1000 + i, 1000] as const);
    const released = sizes.map(([width, height]) => {
      const canvas = acquireCanvas(width, height);
      releaseCanvas(canvas);
      return canvas;
    });
    const kept = sizes.filter(([width, height], i) => acquireCanvas(width, height) === released[i]).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept * 1000 * 1000 * 4).toBeLessThanOrEqual(MAX_IDLE_CANVAS_BYTES);
  });
});
