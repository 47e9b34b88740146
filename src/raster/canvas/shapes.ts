// Paths for rounded rectangles with elliptical corners.
import { Path2D } from './skia.js';
import type { RRect } from '../display-list/types.js';

/** A closed path around the shape (clockwise), with elliptical corner arcs. */
export function rrectPath(shape: RRect): Path2D {
  const { rect, radii } = shape;
  const path = new Path2D();
  const { x, y, width: w, height: h } = rect;
  if (!radii) {
    path.rect(x, y, w, h);
    return path;
  }
  const [[tlx, tly], [trx, try_], [brx, bry], [blx, bly]] = radii;
  path.moveTo(x + tlx, y);
  path.lineTo(x + w - trx, y);
  if (trx > 0 && try_ > 0) path.ellipse(x + w - trx, y + try_, trx, try_, 0, -Math.PI / 2, 0);
  path.lineTo(x + w, y + h - bry);
  if (brx > 0 && bry > 0) path.ellipse(x + w - brx, y + h - bry, brx, bry, 0, 0, Math.PI / 2);
  path.lineTo(x + blx, y + h);
  if (blx > 0 && bly > 0) path.ellipse(x + blx, y + h - bly, blx, bly, 0, Math.PI / 2, Math.PI);
  path.lineTo(x, y + tly);
  if (tlx > 0 && tly > 0) path.ellipse(x + tlx, y + tly, tlx, tly, 0, Math.PI, (3 * Math.PI) / 2);
  path.closePath();
  return path;
}
