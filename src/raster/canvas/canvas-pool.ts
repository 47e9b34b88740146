// Reusable canvases by size: a fresh 1200×630 surface costs page faults and zeroing on every render.
import type { Canvas } from '@napi-rs/canvas';
import { createCanvas } from './skia.js';
import { boundedCache } from '../../runtime/cache-budget.js';

/** Idle canvases kept per size; more concurrent renders than this simply allocate. */
const MAX_IDLE_PER_SIZE = 4;
/**
 * Bytes of idle canvases kept per thread, over all sizes (least recently used sizes go first): without it, every
 * new width×height a request asks for would keep up to four surfaces (up to 23 MB each at 2400²) for ever.
 */
export const MAX_IDLE_CANVAS_BYTES = 32 * 1024 * 1024;
const surfaceBytes = (canvas: Canvas): number => canvas.width * canvas.height * 4;
const idle = boundedCache<string, Canvas[]>({ name: 'idle_canvases', maxBytes: MAX_IDLE_CANVAS_BYTES, sizeOf: (list) => list.reduce((sum, canvas) => sum + surfaceBytes(canvas), 0) });

const sizeKey = (width: number, height: number): string => `${width}x${height}`;

/**
 * Released canvases not reset yet. reset() (clearing to transparent black, the default drawing state,
 * and the drawing @napi-rs/canvas records until then) costs 0.3–0.45 ms for 1200×630: it runs once the
 * event loop turns after the release, off the render that released it and before the next one that
 * acquires it (which resets it itself if it comes first).
 */
const unreset = new Set<Canvas>();

function reset(canvas: Canvas): void {
  if (!unreset.delete(canvas)) return;
  // reset() clears to transparent black and restores the default drawing state, as in browsers.
  canvas.getContext('2d').reset();
}

/** A cleared canvas of the size with a reset 2D state, from the pool or new. */
export function acquireCanvas(width: number, height: number): Canvas {
  const key = sizeKey(width, height);
  const list = idle.get(key);
  const canvas = list?.pop();
  if (list && list.length === 0) idle.delete(key);
  else if (list) idle.set(key, list);
  if (!canvas) return createCanvas(width, height);
  reset(canvas);
  return canvas;
}

/** Gives a canvas back once nothing reads it any more (after its pixels were copied or encoded); it is reset when the event loop next turns. */
export function releaseCanvas(canvas: Canvas): void {
  const key = sizeKey(canvas.width, canvas.height);
  const list = idle.get(key) ?? [];
  if (list.length >= MAX_IDLE_PER_SIZE || list.includes(canvas) || surfaceBytes(canvas) > MAX_IDLE_CANVAS_BYTES) return;
  idle.set(key, [...list, canvas]);
  unreset.add(canvas);
  setImmediate(() => reset(canvas)).unref();
}

/** Bytes of pixels held by idle canvases (tests and memory accounting). */
export function idleCanvasBytes(): number {
  return idle.calculatedSize;
}
