// Text decoration lines (solid, double, dashed, dotted, wavy) and debug outlines, stroked on the portable surface.
import { dashFor, decorationPaths } from '../display-list/border-plan.js';
import type { DisplayCommand } from '../display-list/types.js';
import type { PortableContext } from './context.js';
import { solidColor, solidShader } from './shader.js';

export function line(ctx: PortableContext, command: Extract<DisplayCommand, { op: 'line' }>): void {
  const shader = solidShader(solidColor(command.color));
  const style = { width: command.width, cap: 'butt', join: 'miter', dash: dashFor(command.style, command.width) } as const;
  for (const { start, line: end, quads } of decorationPaths(command)) {
    const path = ctx.userPath().moveTo(start[0], start[1]);
    if (end) path.lineTo(end[0], end[1]);
    for (const [cx, cy, x, y] of quads) path.quadTo(cx, cy, x, y);
    ctx.stroke(path, style, shader);
  }
}

export function outline(ctx: PortableContext, command: Extract<DisplayCommand, { op: 'outline' }>): void {
  const { rect } = command;
  const path = ctx.userPath().rect(rect.x + 0.5, rect.y + 0.5, Math.max(0, rect.width - 1), Math.max(0, rect.height - 1));
  ctx.stroke(path, { width: 1, cap: 'butt', join: 'miter', dash: [] }, solidShader(solidColor(command.color)));
}
