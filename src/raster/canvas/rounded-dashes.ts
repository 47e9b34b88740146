// Uniform dashed and dotted borders with rounded corners, as Blink draws them: the centre line of the
// border stroked once, with the gap stretched so a whole number of dashes (or dots) closes the path.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { insetRRect } from '../display-list/geometry.js';
import { perimeter, roundedBorderDash } from '../display-list/dash-pattern.js';
import type { BorderSide, RRect } from '../display-list/types.js';
import { rrectPath } from './shapes.js';

export { closedDashGap, perimeter } from '../display-list/dash-pattern.js';

/** Strokes a dashed or dotted border of one style, width and colour on every side along its rounded centre line. */
export function roundedBrokenBorder(ctx: SKRSContext2D, outer: RRect, side: BorderSide): void {
  const width = side.width;
  const centre = insetRRect(outer, width / 2, width / 2, width / 2, width / 2);
  const pattern = roundedBorderDash(side, perimeter(centre));
  ctx.save();
  ctx.strokeStyle = side.color;
  ctx.lineWidth = width;
  ctx.lineCap = pattern.cap;
  ctx.setLineDash([...pattern.dash]);
  ctx.stroke(rrectPath(centre));
  ctx.restore();
}
