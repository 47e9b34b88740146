// Canvas fills: colours and gradients (repeating stops expanded; linear gradients from strips).
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Paint, RRect } from '../display-list/types.js';
import { fillLinearGradient } from './gradient-linear.js';
import { fillRadialGradient } from './gradient-radial.js';
import { repeatedStops } from '../display-list/gradient-stops.js';
import { rrectPath } from './shapes.js';

type Context = SKRSContext2D;
type CanvasGradient = ReturnType<Context['createLinearGradient']>;
type CanvasFill = string | CanvasGradient;

/** Far offset used to draw shapes off-canvas while their shadows (or fills) land on it. */
export const FAR = 100_000;

export function fillStyle(ctx: Context, paint: Paint): CanvasFill {
  if (paint.kind === 'color') return paint.color;
  const stops = repeatedStops(paint);
  let gradient: CanvasGradient;
  if (paint.kind === 'linear') gradient = ctx.createLinearGradient(paint.x0, paint.y0, paint.x1, paint.y1);
  else if (paint.kind === 'radial') gradient = ctx.createRadialGradient(paint.cx, paint.cy, 0, paint.cx, paint.cy, paint.rx);
  else gradient = ctx.createConicGradient(((paint.angle - 90) * Math.PI) / 180, paint.cx, paint.cy);
  // Offsets outside [0, 1] (repeating) are folded in by clamping to the ends, keeping order.
  for (const stop of stops) gradient.addColorStop(Math.max(0, Math.min(1, stop.offset)), stop.color);
  return gradient;
}

/** Fills a shape; radial paints are computed (gradient-radial.ts), or when too large drawn by Skia in a space scaled to make them circular. */
export function fillShape(ctx: Context, shape: RRect, paint: Paint): void {
  if (paint.kind === 'linear') {
    fillLinearGradient(ctx, shape, paint);
    return;
  }
  if (paint.kind === 'radial' && fillRadialGradient(ctx, shape, paint)) return;
  if (paint.kind === 'radial' && Math.abs(paint.rx - paint.ry) > 1e-6) {
    ctx.save();
    const path = rrectPath(shape);
    ctx.clip(path);
    ctx.translate(paint.cx, paint.cy);
    ctx.scale(1, paint.ry / paint.rx);
    ctx.translate(-paint.cx, -paint.cy);
    ctx.fillStyle = fillStyle(ctx, paint);
    const scaleBack = paint.rx / paint.ry;
    ctx.fillRect(shape.rect.x - FAR, paint.cy - (paint.cy - shape.rect.y + FAR) * scaleBack, shape.rect.width + 2 * FAR, (shape.rect.height + 2 * FAR) * scaleBack);
    ctx.restore();
    return;
  }
  ctx.fillStyle = fillStyle(ctx, paint);
  if (!shape.radii) ctx.fillRect(shape.rect.x, shape.rect.y, shape.rect.width, shape.rect.height);
  else ctx.fill(rrectPath(shape));
}
