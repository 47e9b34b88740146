// Borders: solid rings (per side in trapezoids), double bands, dashed and dotted sides.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { Path2D } from './skia.js';
import { insetRRect as insetShape } from '../display-list/geometry.js';
import type { BorderSide, DisplayCommand, RRect } from '../display-list/types.js';
import { rrectPath } from './shapes.js';
import { roundedBrokenBorder } from './rounded-dashes.js';

type Context = SKRSContext2D;

function sameSides(a: BorderSide, b: BorderSide): boolean {
  return a.width === b.width && a.color === b.color && a.style === b.style;
}

export function dashFor(style: BorderSide['style'] | 'wavy', width: number): number[] {
  if (style === 'dashed') return [width * 3, width * 3];
  if (style === 'dotted') return [0, width * 2];
  return [];
}

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
  const o = outer.rect;
  const i = inner.rect;
  const sides: [BorderSide, [number, number][]][] = [
    [top, [[o.x, o.y], [o.x + o.width, o.y], [i.x + i.width, i.y], [i.x, i.y]]],
    [right, [[o.x + o.width, o.y], [o.x + o.width, o.y + o.height], [i.x + i.width, i.y + i.height], [i.x + i.width, i.y]]],
    [bottom, [[o.x + o.width, o.y + o.height], [o.x, o.y + o.height], [i.x, i.y + i.height], [i.x + i.width, i.y + i.height]]],
    [left, [[o.x, o.y + o.height], [o.x, o.y], [i.x, i.y], [i.x, i.y + i.height]]],
  ];
  for (const [side, points] of sides) {
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

/**
 * Dashed and dotted sides, stroked along the middle of each side with the pattern stretched so that
 * it starts and ends at the corners (dots sit on the corners, as in browsers).
 */
function brokenBorder(ctx: Context, command: Extract<DisplayCommand, { op: 'border' }>): void {
  const { outer, top, right, bottom, left } = command;
  const o = outer.rect;
  const x0 = o.x + left.width / 2;
  const x1 = o.x + o.width - right.width / 2;
  const y0 = o.y + top.width / 2;
  const y1 = o.y + o.height - bottom.width / 2;
  const sides: [BorderSide, number, number, number, number][] = [
    [top, x0, y0, x1, y0],
    [right, x1, y0, x1, y1],
    [bottom, x1, y1, x0, y1],
    [left, x0, y1, x0, y0],
  ];
  ctx.save();
  ctx.clip(rrectPath(outer));
  for (const [side, ax, ay, bx, by] of sides) {
    if (side.width <= 0) continue;
    const length = Math.hypot(bx - ax, by - ay);
    ctx.strokeStyle = side.color;
    ctx.lineWidth = side.width;
    if (side.style === 'dotted') {
      const intervals = Math.max(1, Math.round(length / (2 * side.width)));
      ctx.setLineDash([0, length / intervals]);
      ctx.lineCap = 'round';
    } else if (side.style === 'dashed') {
      const dash = side.width * 3;
      const count = Math.max(1, Math.round((length + dash) / (2 * dash)));
      const gap = count > 1 ? (length - count * dash) / (count - 1) : 0;
      ctx.setLineDash(count > 1 ? [dash, Math.max(0, gap)] : []);
      ctx.lineCap = 'butt';
    } else {
      ctx.setLineDash([]);
      ctx.lineCap = 'square';
    }
    ctx.beginPath();
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
    ctx.stroke();
  }
  ctx.restore();
}
