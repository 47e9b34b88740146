// Affine transforms [a, b, c, d, e, f] as the canvas uses them: x' = a·x + c·y + e, y' = b·x + d·y + f.

export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The transform that applies `inner` first, then `outer` (canvas `transform()` multiplies on the right). */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

/** The inverse transform, or null when it is singular. */
export function invert(m: Matrix): Matrix | null {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-12) return null;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/** How much the transform scales lengths at most (for flattening tolerances and line widths). */
export function maxScale(m: Matrix): number {
  const [a, b, c, d] = m;
  return Math.max(Math.hypot(a, b), Math.hypot(c, d), 1e-9);
}

/** True when the transform only translates (and perhaps scales) along the axes. */
export function isAxisAligned(m: Matrix): boolean {
  return m[1] === 0 && m[2] === 0;
}

export const translation = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];
export const scaling = (x: number, y: number): Matrix => [x, 0, 0, y, 0, 0];
