// Uniform dashed and dotted borders with rounded corners, as Blink draws them: the centre line of the
// border stroked once, with the gap stretched so a whole number of dashes (or dots) closes the path.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { roundedBrokenStroke } from '../display-list/border-plan.js';
import type { BorderSide, RRect } from '../display-list/types.js';
import { rrectPath } from './shapes.js';

export { closedDashGap, perimeter } from '../display-list/border-plan.js';

/** Strokes a dashed or dotted border of one style, width and colour on every side along its rounded centre line. */
export function roundedBrokenBorder(ctx: SKRSContext2D, outer: RRect, side: BorderSide): void {
  const { centre, dash, cap } = roundedBrokenStroke(outer, side);
  ctx.save();
  ctx.strokeStyle = side.color;
  ctx.lineWidth = side.width;
  ctx.lineCap = cap;
  ctx.setLineDash([...dash]);
  ctx.stroke(rrectPath(centre));
  ctx.restore();
}
