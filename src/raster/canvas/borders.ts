// Borders: solid rings (per side in trapezoids), double bands, dashed and dotted sides.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { Path2D } from './skia.js';
import { brokenSideStrokes, paintBorder, sideTrapezoids, type BorderCommand } from '../display-list/border-plan.js';
import { rrectPath } from './shapes.js';
import { roundedBrokenBorder } from './rounded-dashes.js';

type Context = SKRSContext2D;

export { decorationDash } from '../display-list/border-plan.js';

export function border(ctx: Context, command: BorderCommand): void {
  paintBorder(command, { roundedBroken: (outer, side) => roundedBrokenBorder(ctx, outer, side), broken: (c) => brokenBorder(ctx, c), ring: (c, uniform) => ring(ctx, c, uniform) });
}

function ring(ctx: Context, command: BorderCommand, uniform: boolean): void {
  const ring = rrectPath(command.outer);
  ring.addPath(rrectPath(command.inner));
  if (uniform) {
    ctx.fillStyle = command.top.color;
    ctx.fill(ring, 'evenodd');
    return;
  }
  // Each side fills the ring inside its trapezoid (corners split on the diagonal).
  for (const [side, points] of sideTrapezoids(command)) {
    if (side.width <= 0) continue;
    ctx.save();
    const clip = new Path2D();
    points.forEach(([x, y], index) => (index === 0 ? clip.moveTo(x, y) : clip.lineTo(x, y)));
    clip.closePath();
    ctx.clip(clip);
    ctx.fillStyle = side.color;
    ctx.fill(ring, 'evenodd');
    ctx.restore();
  }
}

/** Dashed and dotted sides, each stroked along its middle (border-plan.ts stretches the patterns). */
function brokenBorder(ctx: Context, command: BorderCommand): void {
  ctx.save();
  ctx.clip(rrectPath(command.outer));
  for (const { side, from, to, dash, cap } of brokenSideStrokes(command)) {
    ctx.strokeStyle = side.color;
    ctx.lineWidth = side.width;
    ctx.setLineDash([...dash]);
    ctx.lineCap = cap;
    ctx.beginPath();
    ctx.moveTo(from[0], from[1]);
    ctx.lineTo(to[0], to[1]);
    ctx.stroke();
  }
  ctx.restore();
}
