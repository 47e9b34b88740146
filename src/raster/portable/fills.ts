// Shape fills: a rounded rectangle filled with a colour or a gradient under the current transform.
import type { Paint, RRect } from '../display-list/types.js';
import type { PortableContext } from './context.js';
import { rrectPath } from './path.js';
import { shaderFor } from './shader.js';

export function fillShape(ctx: PortableContext, shape: RRect, paint: Paint): void {
  if (!(shape.rect.width > 0 && shape.rect.height > 0)) return;
  const shader = shaderFor(paint, ctx.matrix);
  if (shader) ctx.fill(rrectPath(shape, ctx.matrix), shader);
}
