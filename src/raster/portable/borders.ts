// Borders on the portable surface: rings (whole, or one side per trapezoid), double bands, dashed and dotted strokes (display-list/border-plan.ts decides which).
import { brokenSideStrokes, paintBorder, roundedBrokenStroke, sideTrapezoids, type BorderCommand } from '../display-list/border-plan.js';
import type { BorderSide, RRect } from '../display-list/types.js';
import type { PortableContext } from './context.js';
import { rrectPath } from './path.js';
import { solidColor, solidShader } from './shader.js';

export function border(ctx: PortableContext, command: BorderCommand): void {
  paintBorder(command, { roundedBroken: (outer, side) => roundedBroken(ctx, outer, side), broken: (c) => brokenBorder(ctx, c), ring: (c, uniform) => ring(ctx, c, uniform) });
}

function roundedBroken(ctx: PortableContext, outer: RRect, side: BorderSide): void {
  const { centre, dash, cap } = roundedBrokenStroke(outer, side);
  ctx.stroke(ctx.userPath().rrect(centre), { width: side.width, cap, join: 'miter', dash }, solidShader(solidColor(side.color)));
}

function ring(ctx: PortableContext, command: BorderCommand, uniform: boolean): void {
  const shape = rrectPath(command.outer, ctx.matrix).append(rrectPath(command.inner, ctx.matrix));
  if (uniform) {
    ctx.fill(shape, solidShader(solidColor(command.top.color)), 'evenodd');
    return;
  }
  for (const [side, points] of sideTrapezoids(command)) {
    if (side.width <= 0) continue;
    ctx.save();
    const clip = ctx.path();
    for (const [x, y] of points) clip.lineTo(x, y);
    ctx.clipTo(clip.close());
    ctx.fill(shape, solidShader(solidColor(side.color)), 'evenodd');
    ctx.restore();
  }
}

function brokenBorder(ctx: PortableContext, command: BorderCommand): void {
  ctx.save();
  ctx.clipTo(rrectPath(command.outer, ctx.matrix));
  for (const { side, from, to, dash, cap } of brokenSideStrokes(command)) {
    ctx.stroke(ctx.userPath().moveTo(from[0], from[1]).lineTo(to[0], to[1]), { width: side.width, cap, join: 'miter', dash }, solidShader(solidColor(side.color)));
  }
  ctx.restore();
}
