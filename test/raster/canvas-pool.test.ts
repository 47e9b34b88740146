// The canvas pool keeps idle surfaces for reuse, within a byte bound over all sizes (a request may ask for any size), and resets them between renders.
import { describe, expect, it } from 'vitest';
import { acquireCanvas, releaseCanvas, MAX_IDLE_CANVAS_BYTES } from '../../src/raster/canvas/canvas-pool.js';

describe('canvas pool', () => {
  it('reuses a released canvas of the same size', () => {
    const canvas = acquireCanvas(321, 123);
    releaseCanvas(canvas);
    expect(acquireCanvas(321, 123)).toBe(canvas);
  });

  it('resets a released canvas when the event loop turns, or when it is acquired before that', async () => {
    const paintRed = (canvas: ReturnType<typeof acquireCanvas>): void => {
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = 'red';
      ctx.translate(5, 5);
      ctx.fillRect(0, 0, 10, 10);
    };
    const transparent = (canvas: ReturnType<typeof acquireCanvas>): boolean => canvas.data().every((byte) => byte === 0);
    const canvas = acquireCanvas(64, 32);
    paintRed(canvas);
    releaseCanvas(canvas);
    // Not in the render that released it: the reset waits for the event loop.
    expect(transparent(canvas)).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(transparent(canvas)).toBe(true);
    expect(acquireCanvas(64, 32)).toBe(canvas);
    paintRed(canvas);
    releaseCanvas(canvas);
    const again = acquireCanvas(64, 32);
    expect(again).toBe(canvas);
    expect(transparent(again)).toBe(true);
    expect(again.getContext('2d').getTransform().e).toBe(0);
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
