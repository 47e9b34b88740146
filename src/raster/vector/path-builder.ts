// Builds vector path data (PathVerb + points) with SVG's arc and basic-shape geometry converted to cubics.
import { PathVerb } from '../../layout/fonts/glyph-outline.js';
import type { VectorPath } from './scene.js';

/** A circle quarter as a cubic: control points at this fraction of the radius. */
const KAPPA = 0.5522847498307936;
const FLOAT32_MAX = 3.4028234663852886e38;

export class PathBuilder {
  private readonly verbs: number[] = [];
  private readonly points: number[] = [];
  /** Current point and the start of the current subpath. */
  x = 0;
  y = 0;
  private startX = 0;
  private startY = 0;
  private open = false;
  /** Set when a segment had a point outside the 32-bit float range (it is left out; the path parser stops there). */
  overflowed = false;

  /** True when every value fits the path's Float32 points (else the segment is dropped and `overflowed` set). */
  private fits(...values: number[]): boolean {
    for (const v of values) {
      if (!(Math.abs(v) <= FLOAT32_MAX)) {
        this.overflowed = true;
        return false;
      }
    }
    return true;
  }

  moveTo(x: number, y: number): void {
    if (!this.fits(x, y)) return;
    this.verbs.push(PathVerb.Move);
    this.points.push(x, y);
    this.x = this.startX = x;
    this.y = this.startY = y;
    this.open = true;
  }

  /** A drawing command after a close (or at the start) begins at the current point, as SVG says. */
  private ensureOpen(): void {
    if (!this.open) this.moveTo(this.x, this.y);
  }

  lineTo(x: number, y: number): void {
    if (!this.fits(x, y)) return;
    this.ensureOpen();
    this.verbs.push(PathVerb.Line);
    this.points.push(x, y);
    this.x = x;
    this.y = y;
  }

  quadTo(cx: number, cy: number, x: number, y: number): void {
    if (!this.fits(cx, cy, x, y)) return;
    this.ensureOpen();
    this.verbs.push(PathVerb.Quad);
    this.points.push(cx, cy, x, y);
    this.x = x;
    this.y = y;
  }

  cubicTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    if (!this.fits(c1x, c1y, c2x, c2y, x, y)) return;
    this.ensureOpen();
    this.verbs.push(PathVerb.Cubic);
    this.points.push(c1x, c1y, c2x, c2y, x, y);
    this.x = x;
    this.y = y;
  }

  close(): void {
    if (!this.open) return;
    this.verbs.push(PathVerb.Close);
    this.x = this.startX;
    this.y = this.startY;
    this.open = false;
  }

  /** SVG's elliptical arc from the current point to (x, y) (SVG 2, appendix B.2: out-of-range radii scaled up), as cubics of at most 90° each. */
  arcTo(rxIn: number, ryIn: number, rotation: number, largeArc: boolean, sweep: boolean, x: number, y: number): void {
    const x0 = this.x;
    const y0 = this.y;
    if (x0 === x && y0 === y) return;
    let rx = Math.abs(rxIn);
    let ry = Math.abs(ryIn);
    if (rx === 0 || ry === 0) {
      this.lineTo(x, y);
      return;
    }
    const phi = (rotation * Math.PI) / 180;
    const cos = Math.cos(phi);
    const sin = Math.sin(phi);
    const dx = (x0 - x) / 2;
    const dy = (y0 - y) / 2;
    const x1 = cos * dx + sin * dy;
    const y1 = -sin * dx + cos * dy;
    const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
    if (lambda > 1) {
      rx *= Math.sqrt(lambda);
      ry *= Math.sqrt(lambda);
    }
    const numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
    const denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1;
    let factor = Math.sqrt(Math.max(0, numerator / denominator));
    if (largeArc === sweep) factor = -factor;
    const cxp = (factor * rx * y1) / ry;
    const cyp = (-factor * ry * x1) / rx;
    const cx = cos * cxp - sin * cyp + (x0 + x) / 2;
    const cy = sin * cxp + cos * cyp + (y0 + y) / 2;
    const angle = (ux: number, uy: number, vx: number, vy: number): number => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    const theta1 = angle(1, 0, (x1 - cxp) / rx, (y1 - cyp) / ry);
    let delta = angle((x1 - cxp) / rx, (y1 - cyp) / ry, (-x1 - cxp) / rx, (-y1 - cyp) / ry);
    if (!sweep && delta > 0) delta -= 2 * Math.PI;
    if (sweep && delta < 0) delta += 2 * Math.PI;
    const segments = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
    const step = delta / segments;
    const k = (4 / 3) * Math.tan(step / 4);
    // A point of the unit circle at angle t, mapped onto the rotated ellipse.
    const map = (ux: number, uy: number): [number, number] => [cx + rx * ux * cos - ry * uy * sin, cy + rx * ux * sin + ry * uy * cos];
    let t = theta1;
    for (let i = 0; i < segments; i++) {
      const t2 = t + step;
      const [c1x, c1y] = map(Math.cos(t) - k * Math.sin(t), Math.sin(t) + k * Math.cos(t));
      const [c2x, c2y] = map(Math.cos(t2) + k * Math.sin(t2), Math.sin(t2) - k * Math.cos(t2));
      const [ex, ey] = i === segments - 1 ? [x, y] : map(Math.cos(t2), Math.sin(t2));
      this.cubicTo(c1x, c1y, c2x, c2y, ex, ey);
      t = t2;
    }
  }

  /** An ellipse starting at its rightmost point, going clockwise on screen (SVG 2's circle and ellipse geometry). */
  ellipse(cx: number, cy: number, rx: number, ry: number): void {
    const kx = rx * KAPPA;
    const ky = ry * KAPPA;
    this.moveTo(cx + rx, cy);
    this.cubicTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
    this.cubicTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
    this.cubicTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
    this.cubicTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
    this.close();
  }

  /** A rectangle with corner radii (already clamped to half the sides), starting at the top edge after the first corner. */
  roundedRect(x: number, y: number, w: number, h: number, rx: number, ry: number): void {
    if (rx <= 0 || ry <= 0) {
      this.moveTo(x, y);
      this.lineTo(x + w, y);
      this.lineTo(x + w, y + h);
      this.lineTo(x, y + h);
      this.close();
      return;
    }
    const kx = rx * (1 - KAPPA);
    const ky = ry * (1 - KAPPA);
    const r = x + w;
    const b = y + h;
    this.moveTo(x + rx, y);
    this.lineTo(r - rx, y);
    this.cubicTo(r - kx, y, r, y + ky, r, y + ry);
    this.lineTo(r, b - ry);
    this.cubicTo(r, b - ky, r - kx, b, r - rx, b);
    this.lineTo(x + rx, b);
    this.cubicTo(x + kx, b, x, b - ky, x, b - ry);
    this.lineTo(x, y + ry);
    this.cubicTo(x, y + ky, x + kx, y, x + rx, y);
    this.close();
  }

  get isEmpty(): boolean {
    return this.verbs.length === 0;
  }

  build(): VectorPath {
    return { verbs: Uint8Array.from(this.verbs), points: Float32Array.from(this.points) };
  }
}
