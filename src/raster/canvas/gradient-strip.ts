// Linear gradients drawn from a 1-pixel strip stretched along the gradient line: smooth ramps without
// Skia's dithering noise, which would make the pixels incompressible (docs/encoding.md).
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas } from './skia.js';
import type { ColorStop, Paint, Rect, RRect } from '../display-list/types.js';
import { colorAt, premultiplied } from '../display-list/gradient-stops.js';
import { rrectPath } from './shapes.js';
import { CACHED_MIN_PIXELS, cachedFill, isIntegerTranslation } from './fill-cache.js';
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';
import { MASK_OVERHEAD_BYTES } from './glyph-masks.js';

type LinearPaint = Extract<Paint, { kind: 'linear' }>;

const MAX_STRIP = 4096;

/** Strips kept between renders: 4 MiB (pixels, the key, and each small canvas's native overhead). */
export const MAX_STRIP_BYTES = 4 * 1024 * 1024;
const stripCache = boundedCache<string, Canvas>({ name: 'gradient_strips', maxBytes: MAX_STRIP_BYTES, sizeOf: (canvas, key) => canvas.width * 4 + keyBytes(key) + MASK_OVERHEAD_BYTES });

function strip(stops: readonly ColorStop[], repeating: boolean, from: number, to: number, pixels: number): Canvas {
  const key = `${JSON.stringify(stops)}|${repeating}|${from}|${to}|${pixels}`;
  const hit = stripCache.get(key);
  if (hit) return hit;
  const prepared = stops.map((s) => ({ offset: s.offset, rgba: premultiplied(s.color) }));
  const canvas = createCanvas(pixels, 1);
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(pixels, 1);
  for (let i = 0; i < pixels; i++) {
    const [r, g, b, a] = colorAt(prepared, from + ((to - from) * (i + 0.5)) / pixels, repeating);
    image.data[i * 4] = a > 0 ? Math.round(r / a) : 0;
    image.data[i * 4 + 1] = a > 0 ? Math.round(g / a) : 0;
    image.data[i * 4 + 2] = a > 0 ? Math.round(b / a) : 0;
    image.data[i * 4 + 3] = Math.round(a * 255);
  }
  ctx.putImageData(image, 0, 0);
  stripCache.set(key, canvas);
  return canvas;
}

/** Draws the gradient over the whole of `rect` (clipping is the caller's). */
function drawGradient(ctx: SKRSContext2D, rect: Rect, paint: LinearPaint): void {
  const dx = paint.x1 - paint.x0;
  const dy = paint.y1 - paint.y0;
  const length = Math.hypot(dx, dy);
  const ux = dx / length;
  const uy = dy / length;
  // The part of the gradient line the rectangle's corners project onto, and their distance across it.
  const corners = [[rect.x, rect.y], [rect.x + rect.width, rect.y], [rect.x, rect.y + rect.height], [rect.x + rect.width, rect.y + rect.height]] as const;
  const along = corners.map(([x, y]) => ((x - paint.x0) * ux + (y - paint.y0) * uy) / length);
  const across = corners.map(([x, y]) => (x - paint.x0) * -uy + (y - paint.y0) * ux);
  const from = Math.min(...along);
  const to = Math.max(...along);
  const pixels = Math.max(2, Math.min(MAX_STRIP, Math.ceil((to - from) * length)));
  const texture = strip(paint.stops, paint.repeating, from, to, pixels);
  ctx.save();
  ctx.transform(ux, uy, -uy, ux, paint.x0, paint.y0);
  ctx.imageSmoothingEnabled = true;
  const top = Math.min(...across) - 1;
  const bottom = Math.max(...across) + 1;
  ctx.drawImage(texture, 0, 0, pixels, 1, from * length, top, (to - from) * length, bottom - top);
  ctx.restore();
}

/** The gradient relative to the rectangle: the same fill anywhere on the page shares an entry. */
function cachedLinearFill(rect: Rect, paint: LinearPaint): Canvas {
  const local: LinearPaint = { ...paint, x0: paint.x0 - rect.x, y0: paint.y0 - rect.y, x1: paint.x1 - rect.x, y1: paint.y1 - rect.y };
  return cachedFill(JSON.stringify(['linear', rect.width, rect.height, local]), rect.width, rect.height, (fill) => drawGradient(fill.getContext('2d'), { x: 0, y: 0, width: rect.width, height: rect.height }, local));
}

/** Fills `shape` with a linear gradient drawn from a stretched strip. */
export function fillLinearGradient(ctx: SKRSContext2D, shape: RRect, paint: LinearPaint): void {
  const { rect } = shape;
  if (Math.hypot(paint.x1 - paint.x0, paint.y1 - paint.y0) < 1e-6 || rect.width <= 0 || rect.height <= 0) return;
  ctx.save();
  ctx.clip(rrectPath(shape));
  const aligned = [rect.x, rect.y, rect.width, rect.height].every(Number.isInteger);
  if (aligned && rect.width * rect.height >= CACHED_MIN_PIXELS && isIntegerTranslation(ctx)) ctx.drawImage(cachedLinearFill(rect, paint), rect.x, rect.y);
  else drawGradient(ctx, rect, paint);
  ctx.restore();
}
