// Border geometry both backends share: whether sides are alike, and each side's trapezoid of the ring (corners split on the diagonal).
import type { BorderSide, DisplayCommand, Rect } from './types.js';

type BorderCommand = Extract<DisplayCommand, { op: 'border' }>;

export function sameSides(a: BorderSide, b: BorderSide): boolean {
  return a.width === b.width && a.color === b.color && a.style === b.style;
}

/** Each side with width, and the quadrilateral between the outer and inner rectangles it paints. */
export function sideTrapezoids(command: BorderCommand): [BorderSide, [number, number][]][] {
  const o: Rect = command.outer.rect;
  const i: Rect = command.inner.rect;
  const sides: [BorderSide, [number, number][]][] = [
    [command.top, [[o.x, o.y], [o.x + o.width, o.y], [i.x + i.width, i.y], [i.x, i.y]]],
    [command.right, [[o.x + o.width, o.y], [o.x + o.width, o.y + o.height], [i.x + i.width, i.y + i.height], [i.x + i.width, i.y]]],
    [command.bottom, [[o.x + o.width, o.y + o.height], [o.x, o.y + o.height], [i.x, i.y + i.height], [i.x + i.width, i.y + i.height]]],
    [command.left, [[o.x, o.y + o.height], [o.x, o.y], [i.x, i.y], [i.x, i.y + i.height]]],
  ];
  return sides.filter(([side]) => side.width > 0);
}

/** Each side with width as a line along its middle, corner to corner (where dashed and dotted sides are stroked). */
export function sideCentreLines(command: BorderCommand): [BorderSide, number, number, number, number][] {
  const { top, right, bottom, left } = command;
  const o = command.outer.rect;
  const x0 = o.x + left.width / 2;
  const x1 = o.x + o.width - right.width / 2;
  const y0 = o.y + top.width / 2;
  const y1 = o.y + o.height - bottom.width / 2;
  const sides: [BorderSide, number, number, number, number][] = [[top, x0, y0, x1, y0], [right, x1, y0, x1, y1], [bottom, x1, y1, x0, y1], [left, x0, y1, x0, y0]];
  return sides.filter(([side]) => side.width > 0);
}
