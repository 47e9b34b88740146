// Reusable canvases by size: a fresh 1200×630 surface costs page faults and zeroing on every render.
import { createCanvas, type Canvas } from '@napi-rs/canvas';

/** Idle canvases kept per size; more concurrent renders than this simply allocate. */
const MAX_IDLE_PER_SIZE = 4;
const idle = new Map<string, Canvas[]>();

const sizeKey = (width: number, height: number): string => `${width}x${height}`;

/** A cleared canvas of the size with a reset 2D state, from the pool or new. */
export function acquireCanvas(width: number, height: number): Canvas {
  const canvas = idle.get(sizeKey(width, height))?.pop();
  if (!canvas) return createCanvas(width, height);
  // reset() clears to transparent black and restores the default drawing state, as in browsers.
  canvas.getContext('2d').reset();
  return canvas;
}

/** Gives a canvas back once nothing reads it any more (after its pixels were copied or encoded). */
export function releaseCanvas(canvas: Canvas): void {
  const key = sizeKey(canvas.width, canvas.height);
  const list = idle.get(key) ?? [];
  if (list.length < MAX_IDLE_PER_SIZE && !list.includes(canvas)) list.push(canvas);
  idle.set(key, list);
}
