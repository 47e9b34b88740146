// Borders: solid rings (per side in trapezoids), double bands, dashed and dotted sides.
import { Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import { insetRRect as insetShape } from '../display-list/geometry.js';
import type { BorderSide, DisplayCommand, RRect } from '../display-list/types.js';
import { rrectPath } from './shapes.js';
import { roundedBrokenBorder } from './rounded-dashes.js';
import { sideDash } from '../display-list/dash-pattern.js';
import { sameSides, sideCentreLines, sideTrapezoids } from '../display-list/border-sides.js';

export { dashFor } from '../display-list/dash-pattern.js';

type Context = SKRSContext2D;

export function border(ctx: Context, command: Extract<DisplayCommand, { op: 'border' }>): void {
  const { outer, inner, top, right, bottom, left } = command;
  const uniform = sameSides(top, right) && sameSides(top, bottom) && sameSides(top, left);
  if ([top, right, bottom, left].some((side) => side.style === 'dashed' || side.style === 'dotted')) {
    if (uniform && outer.radii && top.width > 0) roundedBrokenBorder(ctx, outer, top);
    else brokenBorder(ctx, command);
    return;
  }
  if ([top, right, bottom, left].every((side) => side.style === 'double' && side.width >= 3)) {
    // Double: two rings of a third of each side's width, with a third left empty between them.
    const third = (side: BorderSide): number => side.width / 3;
    const outerBand = insetShape(outer, third(top), third(right), third(bottom), third(left));
    const innerBand = insetShape(outer, 2 * third(top), 2 * third(right), 2 * third(bottom), 2 * third(left));
    border(ctx, { ...command, inner: outerBand, top: { ...top, style: 'solid' }, right: { ...right, style: 'solid' }, bottom: { ...bottom, style: 'solid' }, left: { ...left, style: 'solid' } });
    border(ctx, { ...command, outer: innerBand, top: { ...top, style: 'solid' }, right: { ...right, style: 'solid' }, bottom: { ...bottom, style: 'solid' }, left: { ...left, style: 'solid' } });
    return;
  }
  const ring = rrectPath(outer);
  ring.addPath(rrectPath(inner));
  if (uniform) {
    ctx.fillStyle = top.color;
    ctx.fill(ring, 'evenodd');
    return;
  }
  // Each side fills the ring inside its trapezoid (corners split on the diagonal).
  for (const [side, points] of sideTrapezoids(command)) {
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

/**
 * Dashed and dotted sides, stroked along the middle of each side with the pattern stretched so that
 * it starts and ends at the corners (dots sit on the corners, as in browsers).
 */
function brokenBorder(ctx: Context, command: Extract<DisplayCommand, { op: 'border' }>): void {
  const { outer } = command;
  ctx.save();
  ctx.clip(rrectPath(outer));
  for (const [side, ax, ay, bx, by] of sideCentreLines(command)) {
    const length = Math.hypot(bx - ax, by - ay);
    ctx.strokeStyle = side.color;
    ctx.lineWidth = side.width;
    const pattern = sideDash(side, length);
    ctx.setLineDash([...pattern.dash]);
    ctx.lineCap = pattern.cap;
    ctx.beginPath();
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
    ctx.stroke();
  }
  ctx.restore();
}
