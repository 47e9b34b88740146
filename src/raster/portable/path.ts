// Flattened paths: contours of device-space points, built with a transform; curves and arcs become lines within a tolerance.
import { IDENTITY, maxScale, type Matrix } from './matrix.js';
import type { RRect } from '../display-list/types.js';

/** Largest distance, in device pixels, between a curve and the lines that replace it. */
export const FLATTEN_TOLERANCE = 0.1;
const MAX_CURVE_SEGMENTS = 256;

/** Contours of points (x, y pairs) in device space; `starts[i]` is where contour i begins in `points`. */
export class Path {
  readonly points: number[] = [];
  readonly starts: number[] = [];
  readonly closed: boolean[] = [];
  private readonly tolerance: number;
  private lastX = 0;
  private lastY = 0;
  private startX = 0;
  private startY = 0;

  /** `deviceScale`: how much the points grow on the device later (a user-space path that is stroked, then transformed). */
  constructor(readonly matrix: Matrix = IDENTITY, deviceScale = maxScale(matrix)) {
    this.tolerance = FLATTEN_TOLERANCE / deviceScale;
  }

  private push(x: number, y: number): void {
    const [a, b, c, d, e, f] = this.matrix;
    this.points.push(a * x + c * y + e, b * x + d * y + f);
    this.lastX = x;
    this.lastY = y;
  }

  moveTo(x: number, y: number): this {
    this.starts.push(this.points.length);
    this.closed.push(false);
    this.startX = x;
    this.startY = y;
    this.push(x, y);
    return this;
  }

  lineTo(x: number, y: number): this {
    if (this.starts.length === 0) return this.moveTo(x, y);
    this.push(x, y);
    return this;
  }

  quadTo(cx: number, cy: number, x: number, y: number): this {
    const x0 = this.lastX;
    const y0 = this.lastY;
    const dd = Math.hypot(x0 - 2 * cx + x, y0 - 2 * cy + y);
    const n = Math.min(MAX_CURVE_SEGMENTS, Math.max(1, Math.ceil(Math.sqrt(dd / (4 * this.tolerance)))));
    for (let i = 1; i <= n; i++) {
      const t = i / n;
      const u = 1 - t;
      this.push(u * u * x0 + 2 * u * t * cx + t * t * x, u * u * y0 + 2 * u * t * cy + t * t * y);
    }
    return this;
  }

  cubicTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): this {
    const x0 = this.lastX;
    const y0 = this.lastY;
    const dd = Math.max(Math.hypot(x0 - 2 * c1x + c2x, y0 - 2 * c1y + c2y), Math.hypot(c1x - 2 * c2x + x, c1y - 2 * c2y + y));
    const n = Math.min(MAX_CURVE_SEGMENTS, Math.max(1, Math.ceil(Math.sqrt((dd * 0.75) / this.tolerance))));
    for (let i = 1; i <= n; i++) {
      const t = i / n;
      const u = 1 - t;
      const a = u * u * u;
      const b = 3 * u * u * t;
      const c = 3 * u * t * t;
      const d = t * t * t;
      this.push(a * x0 + b * c1x + c * c2x + d * x, a * y0 + b * c1y + c * c2y + d * y);
    }
    return this;
  }

  /** An elliptical arc from angle `from` to `to` (radians, clockwise in y-down space), joined to the current point by a line. */
  ellipse(cx: number, cy: number, rx: number, ry: number, from: number, to: number): this {
    const r = Math.max(rx, ry);
    const step = r > this.tolerance ? 2 * Math.acos(Math.max(-1, 1 - this.tolerance / r)) : Math.PI / 2;
    const n = Math.min(MAX_CURVE_SEGMENTS, Math.max(2, Math.ceil(Math.abs(to - from) / step)));
    for (let i = 0; i <= n; i++) {
      const angle = from + ((to - from) * i) / n;
      const x = cx + rx * Math.cos(angle);
      const y = cy + ry * Math.sin(angle);
      if (i === 0 && this.starts.length === 0) this.moveTo(x, y);
      else this.lineTo(x, y);
    }
    return this;
  }

  close(): this {
    if (this.starts.length === 0) return this;
    this.closed[this.closed.length - 1] = true;
    this.lastX = this.startX;
    this.lastY = this.startY;
    return this;
  }

  rect(x: number, y: number, width: number, height: number): this {
    return this.moveTo(x, y).lineTo(x + width, y).lineTo(x + width, y + height).lineTo(x, y + height).close();
  }

  /** A rounded rectangle, clockwise, with elliptical corners (as canvas/shapes.ts draws it). */
  rrect(shape: RRect): this {
    const { x, y, width: w, height: h } = shape.rect;
    if (!shape.radii) return this.rect(x, y, w, h);
    const [[tlx, tly], [trx, try_], [brx, bry], [blx, bly]] = shape.radii;
    this.moveTo(x + tlx, y);
    this.lineTo(x + w - trx, y);
    if (trx > 0 && try_ > 0) this.ellipse(x + w - trx, y + try_, trx, try_, -Math.PI / 2, 0);
    this.lineTo(x + w, y + h - bry);
    if (brx > 0 && bry > 0) this.ellipse(x + w - brx, y + h - bry, brx, bry, 0, Math.PI / 2);
    this.lineTo(x + blx, y + h);
    if (blx > 0 && bly > 0) this.ellipse(x + blx, y + h - bly, blx, bly, Math.PI / 2, Math.PI);
    this.lineTo(x, y + tly);
    if (tlx > 0 && tly > 0) this.ellipse(x + tlx, y + tly, tlx, tly, Math.PI, (3 * Math.PI) / 2);
    return this.close();
  }

  /** Appends another path's contours (already in device space). */
  append(other: Path): this {
    const offset = this.points.length;
    for (const start of other.starts) this.starts.push(start + offset);
    this.closed.push(...other.closed);
    for (const value of other.points) this.points.push(value);
    return this;
  }

  /** Device-space bounds [minX, minY, maxX, maxY], or null for an empty path. */
  bounds(): [number, number, number, number] | null {
    const p = this.points;
    if (p.length === 0) return null;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < p.length; i += 2) {
      const x = p[i]!;
      const y = p[i + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    return [minX, minY, maxX, maxY];
  }
}

/** A path of the rounded rectangle under the transform. */
export const rrectPath = (shape: RRect, matrix: Matrix): Path => new Path(matrix).rrect(shape);
