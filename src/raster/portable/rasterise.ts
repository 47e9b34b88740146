// Anti-aliased scanline fill: each edge adds its exact signed area to an accumulation buffer (the font-rs method), a running sum per row gives coverage.
import type { Path } from './path.js';

export type FillRule = 'nonzero' | 'evenodd';

/** A whole-pixel rectangle of the device. */
export interface PixelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Coverage (0–1) of each pixel of `box`, row by row. */
export interface Coverage {
  readonly box: PixelBox;
  readonly data: Float32Array;
  /** Where known, each row's covered columns (coverageSpans): row r's pixels outside [spans[2r], spans[2r + 1]) have coverage 0. */
  readonly spans?: Uint16Array;
}

/**
 * Each row's first column with coverage above 0 and the column after its last (both 0 for an empty row), for a
 * width × height coverage: a glyph's mask is empty around its outline in most rows, and blending can skip that part.
 */
export function coverageSpans(data: Float32Array, width: number, height: number): Uint16Array {
  const spans = new Uint16Array(2 * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let first = 0;
    while (first < width && !(data[row + first]! > 0)) first++;
    if (first === width) continue;
    let end = width;
    while (!(data[row + end - 1]! > 0)) end--;
    spans[2 * y] = first;
    spans[2 * y + 1] = end;
  }
  return spans;
}

let accumulator = new Float32Array(0);

/** A zeroed accumulation buffer for `size` cells, reused between fills. */
function scratch(size: number): Float32Array {
  if (accumulator.length < size) accumulator = new Float32Array(Math.max(size, accumulator.length * 2));
  else accumulator.fill(0, 0, size);
  return accumulator;
}

/** Adds one edge (box-local, y already within [0, height], x ≥ 0) to the accumulator of row stride `stride`. */
function accumulate(acc: Float32Array, stride: number, ax: number, ay: number, bx: number, by: number): void {
  if (ay === by) return;
  let dir = 1;
  let x0 = ax;
  let y0 = ay;
  let x1 = bx;
  let y1 = by;
  if (ay > by) {
    dir = -1;
    x0 = bx;
    y0 = by;
    x1 = ax;
    y1 = ay;
  }
  const dxdy = (x1 - x0) / (y1 - y0);
  let x = x0;
  const rowEnd = Math.ceil(y1);
  for (let y = Math.floor(y0); y < rowEnd; y++) {
    const line = y * stride;
    const dy = Math.min(y + 1, y1) - Math.max(y, y0);
    const xNext = x + dxdy * dy;
    const d = dy * dir;
    const left = x < xNext ? x : xNext;
    const right = x < xNext ? xNext : x;
    const leftFloor = Math.floor(left);
    const leftIndex = leftFloor;
    const rightCeil = Math.ceil(right);
    if (rightCeil <= leftIndex + 1) {
      const middle = 0.5 * (x + xNext) - leftFloor;
      acc[line + leftIndex] = acc[line + leftIndex]! + d - d * middle;
      acc[line + leftIndex + 1] = acc[line + leftIndex + 1]! + d * middle;
    } else {
      const s = 1 / (right - left);
      const leftFraction = left - leftFloor;
      const a0 = 0.5 * s * (1 - leftFraction) * (1 - leftFraction);
      const rightFraction = right - rightCeil + 1;
      const am = 0.5 * s * rightFraction * rightFraction;
      acc[line + leftIndex] = acc[line + leftIndex]! + d * a0;
      if (rightCeil === leftIndex + 2) {
        acc[line + leftIndex + 1] = acc[line + leftIndex + 1]! + d * (1 - a0 - am);
      } else {
        const a1 = s * (1.5 - leftFraction);
        acc[line + leftIndex + 1] = acc[line + leftIndex + 1]! + d * (a1 - a0);
        for (let xi = leftIndex + 2; xi < rightCeil - 1; xi++) acc[line + xi] = acc[line + xi]! + d * s;
        const a2 = a1 + (rightCeil - leftIndex - 3) * s;
        acc[line + rightCeil - 1] = acc[line + rightCeil - 1]! + d * (1 - a2 - am);
      }
      acc[line + rightCeil] = acc[line + rightCeil]! + d * am;
    }
    x = xNext;
  }
}

/** Adds an edge clipped to the box: rows outside are dropped, parts left of it become vertical at x = 0, parts right of it add nothing visible. */
function addEdge(acc: Float32Array, stride: number, width: number, height: number, ax: number, ay: number, bx: number, by: number): void {
  if (ay === by) return;
  // Vertical clip.
  if (ay < by ? by <= 0 || ay >= height : ay <= 0 || by >= height) return;
  if (ay < 0 || ay > height || by < 0 || by > height) {
    const dxdy = (bx - ax) / (by - ay);
    const clampY = (y: number): number => (y < 0 ? 0 : y > height ? height : y);
    const ny0 = clampY(ay);
    const ny1 = clampY(by);
    ax += (ny0 - ay) * dxdy;
    bx += (ny1 - by) * dxdy;
    ay = ny0;
    by = ny1;
    if (ay === by) return;
  }
  // Horizontal: anything at x ≥ width only adds to cells past the last pixel.
  if (ax >= width && bx >= width) return;
  if (ax > width || bx > width) {
    const t = (width - ax) / (bx - ax);
    const cy = ay + (by - ay) * t;
    if (ax > width) {
      ax = width;
      ay = cy;
    } else {
      bx = width;
      by = cy;
    }
  }
  if (ax >= 0 && bx >= 0) {
    accumulate(acc, stride, ax, ay, bx, by);
    return;
  }
  if (ax <= 0 && bx <= 0) {
    accumulate(acc, stride, 0, ay, 0, by);
    return;
  }
  const t = (0 - ax) / (bx - ax);
  const cy = ay + (by - ay) * t;
  if (ax < 0) {
    accumulate(acc, stride, 0, ay, 0, cy);
    accumulate(acc, stride, 0, cy, bx, by);
  } else {
    accumulate(acc, stride, ax, ay, 0, cy);
    accumulate(acc, stride, 0, cy, 0, by);
  }
}

/** Edge ends snap to quarter pixels vertically, as Skia's analytic anti-aliasing snaps them (rects excepted: Skia fills those exactly). */
const Y_STEPS = 4;

/** True for a path that is one axis-aligned rectangle (Skia draws those as rects, without snapping). */
export function isAxisRect(path: Path): boolean {
  const p = path.points;
  if (path.starts.length !== 1 || (p.length !== 8 && p.length !== 10)) return false;
  for (let i = 0; i < 8; i += 2) {
    const j = (i + 2) % 8;
    if (p[i] !== p[j] && p[i + 1] !== p[j + 1]) return false;
  }
  return true;
}

/**
 * Rasterises the path (contours closed implicitly) over `box` into `out` (box.width × box.height
 * coverage values). Nonzero clamps the summed winding area to 1; even-odd folds it to a triangle wave.
 */
export function rasteriseInto(path: Path, rule: FillRule, box: PixelBox, out: Float32Array): void {
  const { width, height } = box;
  const stride = width + 2;
  const acc = scratch(stride * height + 2);
  const p = path.points;
  const starts = path.starts;
  const snap = isAxisRect(path) ? 1 : Y_STEPS;
  for (let contour = 0; contour < starts.length; contour++) {
    const start = starts[contour]!;
    const end = contour + 1 < starts.length ? starts[contour + 1]! : p.length;
    if (end - start < 4) continue;
    let px = p[end - 2]! - box.x;
    let py = (snap === 1 ? p[end - 1]! : Math.round(p[end - 1]! * snap) / snap) - box.y;
    for (let i = start; i < end; i += 2) {
      const x = p[i]! - box.x;
      const y = (snap === 1 ? p[i + 1]! : Math.round(p[i + 1]! * snap) / snap) - box.y;
      addEdge(acc, stride, width, height, px, py, x, y);
      px = x;
      py = y;
    }
  }
  const evenOdd = rule === 'evenodd';
  for (let y = 0; y < height; y++) {
    let sum = 0;
    const line = y * stride;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      sum += acc[line + x]!;
      let c = sum < 0 ? -sum : sum;
      if (evenOdd) {
        c %= 2;
        if (c > 1) c = 2 - c;
      } else if (c > 1) c = 1;
      out[row + x] = c < 1e-4 ? 0 : c;
    }
  }
}

/** The whole pixels the path touches, within `limit`, or null when none. */
export function pathBox(path: Path, limit: PixelBox): PixelBox | null {
  const bounds = path.bounds();
  if (!bounds) return null;
  const x0 = Math.max(limit.x, Math.floor(bounds[0]));
  const y0 = Math.max(limit.y, Math.floor(bounds[1]));
  const x1 = Math.min(limit.x + limit.width, Math.ceil(bounds[2]));
  const y1 = Math.min(limit.y + limit.height, Math.ceil(bounds[3]));
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/** Rasterises the path over its own box within `limit` into a new coverage, or null when it covers nothing there. */
export function rasterise(path: Path, rule: FillRule, limit: PixelBox): Coverage | null {
  const box = pathBox(path, limit);
  if (!box) return null;
  const data = new Float32Array(box.width * box.height);
  rasteriseInto(path, rule, box, data);
  return { box, data };
}
