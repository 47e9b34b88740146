// Tight bounding boxes of vector paths (curve extrema included), optionally under a matrix: the objectBoundingBox of SVG.
import { forEachSegment, PathVerb } from '../../layout/fonts/glyph-outline.js';
import type { Matrix, VectorPath } from './scene.js';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A running union of points; empty until the first point. */
export class BoundsAccumulator {
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;

  add(x: number, y: number): void {
    if (x < this.minX) this.minX = x;
    if (x > this.maxX) this.maxX = x;
    if (y < this.minY) this.minY = y;
    if (y > this.maxY) this.maxY = y;
  }

  addBox(box: Box | null): void {
    if (!box) return;
    this.add(box.x, box.y);
    this.add(box.x + box.width, box.y + box.height);
  }

  box(): Box | null {
    return this.minX > this.maxX ? null : { x: this.minX, y: this.minY, width: this.maxX - this.minX, height: this.maxY - this.minY };
  }
}

/** Parameters t in (0, 1) where a 1-D cubic (or quadratic, c3 undefined) has a zero derivative. */
function extrema(p0: number, p1: number, p2: number, p3: number | undefined, out: number[]): void {
  out.length = 0;
  if (p3 === undefined) {
    const denominator = p0 - 2 * p1 + p2;
    if (denominator !== 0) out.push((p0 - p1) / denominator);
  } else {
    const a = -p0 + 3 * p1 - 3 * p2 + p3;
    const b = 2 * (p0 - 2 * p1 + p2);
    const c = p1 - p0;
    if (Math.abs(a) < 1e-12) {
      if (b !== 0) out.push(-c / b);
    } else {
      const discriminant = b * b - 4 * a * c;
      if (discriminant >= 0) {
        const root = Math.sqrt(discriminant);
        out.push((-b + root) / (2 * a), (-b - root) / (2 * a));
      }
    }
  }
  for (let i = out.length - 1; i >= 0; i--) if (!(out[i]! > 0 && out[i]! < 1)) out.splice(i, 1);
}

const bezier = (p: readonly number[], t: number): number => {
  const u = 1 - t;
  return p.length === 3 ? u * u * p[0]! + 2 * u * t * p[1]! + t * t * p[2]! : u * u * u * p[0]! + 3 * u * u * t * p[1]! + 3 * u * t * t * p[2]! + t * t * t * p[3]!;
};

/** The tight bounds of the path with `matrix` applied to it (identity when absent); null for an empty path. */
export function pathBounds(path: VectorPath, matrix?: Matrix): Box | null {
  const [a, b, c, d, e, f] = matrix ?? [1, 0, 0, 1, 0, 0];
  const acc = new BoundsAccumulator();
  const ts: number[] = [];
  let x0 = 0;
  let y0 = 0;
  const tx = (x: number, y: number): number => a * x + c * y + e;
  const ty = (x: number, y: number): number => b * x + d * y + f;
  forEachSegment(path, (verb, p, at) => {
    if (verb === PathVerb.Close) return;
    const n = verb === PathVerb.Cubic ? 3 : verb === PathVerb.Quad ? 2 : 1;
    const xs = [x0];
    const ys = [y0];
    for (let i = 0; i < n; i++) {
      const px = p[at + 2 * i]!;
      const py = p[at + 2 * i + 1]!;
      xs.push(tx(px, py));
      ys.push(ty(px, py));
    }
    const endX = xs[n]!;
    const endY = ys[n]!;
    acc.add(endX, endY);
    if (n > 1) {
      for (const axis of [xs, ys]) {
        extrema(axis[0]!, axis[1]!, axis[2]!, axis[3], ts);
        for (const t of ts) acc.add(bezier(xs, t), bezier(ys, t));
      }
    }
    x0 = endX;
    y0 = endY;
  });
  return acc.box();
}
