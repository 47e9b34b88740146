// Uniform dashed and dotted borders with rounded corners, as Blink draws them: the centre line of the
// border stroked once, with the gap stretched so a whole number of dashes (or dots) closes the path.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { insetRRect } from '../display-list/geometry.js';
import type { BorderSide, RRect } from '../display-list/types.js';
import { rrectPath } from './shapes.js';

/** Length of a quarter of an ellipse with radii a and b (Ramanujan's approximation). */
function quarterEllipse(a: number, b: number): number {
  if (a <= 0 || b <= 0) return 0;
  return (Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)))) / 4;
}

export function perimeter(shape: RRect): number {
  const { width, height } = shape.rect;
  if (!shape.radii) return 2 * (width + height);
  const [[tlx, tly], [trx, try_], [brx, bry], [blx, bly]] = shape.radii;
  const straight = width - tlx - trx + (height - try_ - bry) + (width - blx - brx) + (height - bly - tly);
  return straight + quarterEllipse(tlx, tly) + quarterEllipse(trx, try_) + quarterEllipse(brx, bry) + quarterEllipse(blx, bly);
}

/**
 * Blink's gap for `count` dashes on a closed path of `length` (StrokeData::SelectBestDashGap): of
 * the two whole numbers of dashes around length / (dash + gap), the one whose stretched gap is
 * closest to the wanted gap.
 */
export function closedDashGap(length: number, dash: number, gap: number): number {
  const fewer = Math.max(1, Math.floor(length / (dash + gap)));
  const fewerGap = (length - fewer * dash) / fewer;
  const moreGap = (length - (fewer + 1) * dash) / (fewer + 1);
  return moreGap <= 0 || Math.abs(fewerGap - gap) < Math.abs(moreGap - gap) ? fewerGap : moreGap;
}

/** Strokes a dashed or dotted border of one style, width and colour on every side along its rounded centre line. */
export function roundedBrokenBorder(ctx: SKRSContext2D, outer: RRect, side: BorderSide): void {
  const width = side.width;
  const centre = insetRRect(outer, width / 2, width / 2, width / 2, width / 2);
  const length = perimeter(centre);
  ctx.save();
  ctx.strokeStyle = side.color;
  ctx.lineWidth = width;
  if (side.style === 'dotted') {
    // Round-capped dashes of (almost) no length: dots one border-width across, about as far apart.
    ctx.lineCap = 'round';
    const gap = closedDashGap(length, width, width);
    ctx.setLineDash([0.01, gap + width - 0.01]);
  } else {
    // Blink: dashes twice the width with gaps of one width from 3 px up, three and two below.
    const dash = width * (width >= 3 ? 2 : 3);
    ctx.setLineDash(length <= 2 * dash ? [] : [dash, closedDashGap(length, dash, width * (width >= 3 ? 1 : 2))]);
  }
  ctx.stroke(rrectPath(centre));
  ctx.restore();
}
