// Box shadows: outer ones drawn outside the border box only, inset ones inside the padding box.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { Path2D } from './skia.js';
import type { DisplayCommand, RRect } from '../display-list/types.js';
import { cachedShadowLayer } from './shadow-layers.js';
import { isIntegerTranslation } from './fill-cache.js';
import { growRRect } from '../display-list/geometry.js';
import { FAR } from './paints.js';
import { rrectPath } from './shapes.js';

type Context = SKRSContext2D;

/** Draws a box shadow; `ringMargin` (inset shadows: how far the ring casting it reaches past the box) is insetRingMargin's unless a test gives it. */
export function shadow(ctx: Context, command: Extract<DisplayCommand, { op: 'shadow' }>, ringMargin?: number): void {
  const { shape, spread, blur, color, offsetX, offsetY, inset } = command;
  ctx.save();
  ctx.shadowColor = color;
  ctx.shadowBlur = blur;
  if (!inset) {
    // Only outside the border box: clip the box out, draw the spread shape far away, cast its shadow back.
    const outside = new Path2D();
    outside.rect(-FAR, -FAR, 3 * FAR, 3 * FAR);
    outside.addPath(rrectPath(shape));
    ctx.clip(outside, 'evenodd');
    const grown = growRRect(shape, spread);
    if (drawCachedShadow(ctx, grown, command)) {
      ctx.restore();
      return;
    }
    ctx.shadowOffsetX = offsetX + FAR;
    ctx.shadowOffsetY = offsetY;
    moveFarLeft(ctx);
    ctx.fillStyle = 'black';
    ctx.fill(rrectPath(grown));
  } else {
    ctx.clip(rrectPath(shape));
    const hole = growRRect({ rect: { ...shape.rect, x: shape.rect.x + offsetX, y: shape.rect.y + offsetY }, radii: shape.radii }, -spread);
    const ring = new Path2D();
    const margin = ringMargin ?? insetRingMargin(ctx, command);
    ring.rect(shape.rect.x - margin, shape.rect.y - margin, shape.rect.width + 2 * margin, shape.rect.height + 2 * margin);
    ring.addPath(rrectPath(hole));
    ctx.shadowOffsetX = FAR;
    moveFarLeft(ctx);
    ctx.fillStyle = 'black';
    ctx.fill(ring, 'evenodd');
  }
  ctx.restore();
}

/**
 * How far (user space) the ring whose shadow is an inset shadow reaches past the padding box: far
 * enough that its outer edge's blur (Skia's kernel ends at 3σ = 1.5 × shadowBlur device pixels)
 * never reaches the box, whatever the offset, spread and transform. Skia blurs the whole ring's
 * mask: a ring of ±10,000 px took 40–50 s for one 8 px inset shadow, a ring of 100 px 0.6 ms, with
 * the same pixels (test/raster/inset-shadow.test.ts).
 */
/** Device pixels past the blur's reach: under rotations a ring 20–40 px past it moved a few pixels by one level (Skia's edges), 100 px none. */
const RING_SLACK = 100;

export function insetRingMargin(ctx: Context, command: Extract<DisplayCommand, { op: 'shadow' }>): number {
  const { a, b, c, d } = ctx.getTransform();
  // The transform's smallest stretch (its smaller singular value): a device length of L is at most L / that in user space.
  const p = a * a + b * b + c * c + d * d;
  const q = Math.abs(a * d - b * c);
  const smallest = Math.sqrt(Math.max(0, (p - Math.sqrt(Math.max(0, p * p - 4 * q * q))) / 2));
  const margin = Math.abs(command.offsetX) + Math.abs(command.offsetY) + Math.abs(command.spread) + (2 * command.blur + RING_SLACK) / Math.max(smallest, 1e-6);
  return Math.min(margin, FAR / 10);
}

/**
 * Under an integer translation, copies the shadow of `grown` from a cached layer (shadow-layers.ts)
 * through the clip already set; false (nothing drawn) when the layer is not cached for its size or
 * the transform is not an integer translation. The layer is Skia's blur of the same shape at the
 * same fractional position, so the pixels are those of drawing it straight onto the canvas.
 */
function drawCachedShadow(ctx: Context, grown: RRect, command: Extract<DisplayCommand, { op: 'shadow' }>): boolean {
  if (!isIntegerTranslation(ctx)) return false;
  const { e, f } = ctx.getTransform();
  const device: RRect = { rect: { ...grown.rect, x: grown.rect.x + e, y: grown.rect.y + f }, radii: grown.radii };
  const placed = cachedShadowLayer({ shape: device, color: command.color, blur: command.blur, offsetX: command.offsetX, offsetY: command.offsetY }, (layer, layerE, layerF) => {
    // The mask: tinted with the command's colour by cachedShadowLayer.
    layer.shadowColor = 'black';
    layer.shadowBlur = command.blur;
    layer.shadowOffsetX = command.offsetX + FAR;
    layer.shadowOffsetY = command.offsetY;
    layer.setTransform(1, 0, 0, 1, layerE - FAR, layerF);
    layer.fillStyle = 'black';
    layer.fill(rrectPath(device));
  });
  if (!placed) return false;
  // The layer is the shadow: copied without casting one of its own.
  ctx.shadowColor = 'transparent';
  ctx.shadowBlur = 0;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(placed.layer, placed.x, placed.y);
  return true;
}

/**
 * Moves what is drawn next FAR device pixels to the left, where the shadow offset (a device-space length) brings
 * its shadow back: a user-space translate would go elsewhere under a rotated transform, and the shadow would be lost.
 */
export function moveFarLeft(ctx: Context): void {
  const m = ctx.getTransform();
  ctx.setTransform(m.a, m.b, m.c, m.d, m.e - FAR, m.f);
}
