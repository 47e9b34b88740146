// Linear gradients without Skia's dithering noise, which would make the pixels incompressible (docs/encoding.md): fills on
// whole device pixels copied from one computed band (gradient-bands.ts; large repeated ones from the fill cache), transformed ones drawn from a 1-pixel strip stretched along the gradient line.
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas } from './skia.js';
import type { ColorStop, Paint, Rect, RRect } from '../display-list/types.js';
import { colorAt, premultiplied } from '../display-list/gradient-stops.js';
import { rrectPath } from './shapes.js';
import { CACHED_MIN_PIXELS, isIntegerTranslation, repeatedFill } from './fill-cache.js';
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';
import { MASK_OVERHEAD_BYTES } from './glyph-masks.js';
import { drawLinearBands } from './gradient-bands.js';

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

/**
 * A fill the same gradient repeats (a template's background on every render) is copied from the
 * fill cache: one copy costs less than the band copies (12.3 against 12.7 ms of CPU for the
 * gradient card); a fill drawn once (a new colour) is drawn from its band.
 */
function drawAlignedFill(ctx: SKRSContext2D, rect: Rect, paint: LinearPaint): void {
  const local: LinearPaint = { ...paint, x0: paint.x0 - rect.x, y0: paint.y0 - rect.y, x1: paint.x1 - rect.x, y1: paint.y1 - rect.y };
  const whole: Rect = { x: 0, y: 0, width: rect.width, height: rect.height };
  const fill = rect.width * rect.height >= CACHED_MIN_PIXELS ? repeatedFill(JSON.stringify(['linear', rect.width, rect.height, local]), rect.width, rect.height, (canvas) => drawLinearBands(canvas.getContext('2d'), whole, local)) : null;
  if (fill) ctx.drawImage(fill, rect.x, rect.y);
  else drawLinearBands(ctx, rect, paint);
}

/** Fills `shape` with a linear gradient: band by band (or from the fill cache) on whole device pixels, else from a stretched strip. */
export function fillLinearGradient(ctx: SKRSContext2D, shape: RRect, paint: LinearPaint): void {
  const { rect } = shape;
  if (Math.hypot(paint.x1 - paint.x0, paint.y1 - paint.y0) < 1e-6 || rect.width <= 0 || rect.height <= 0) return;
  ctx.save();
  ctx.clip(rrectPath(shape));
  const aligned = [rect.x, rect.y, rect.width, rect.height].every(Number.isInteger);
  if (aligned && isIntegerTranslation(ctx)) drawAlignedFill(ctx, rect, paint);
  else drawGradient(ctx, rect, paint);
  ctx.restore();
}
