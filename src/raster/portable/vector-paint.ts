// Paints of vector scenes as shaders: solid colours, and SVG linear and two-point radial gradients with pad, reflect and repeat spreads.
import type { GradientStop, SpreadMethod, VectorPaint } from '../vector/scene.js';
import { invert, multiply, type Matrix } from './matrix.js';
import { packRgba, solidShader, type Shader } from './shader.js';

const TABLE_SIZE = 256;

/** Premultiplied RGBA (0–255) of stop colours interpolated unpremultiplied (as Skia's gradients do), TABLE_SIZE entries over 0…1. */
function rampTable(stops: readonly GradientStop[]): Uint32Array {
  const table = new Uint32Array(TABLE_SIZE);
  for (let i = 0; i < TABLE_SIZE; i++) {
    const t = i / (TABLE_SIZE - 1);
    let j = 0;
    while (j < stops.length - 1 && stops[j + 1]!.offset < t) j++;
    const a = stops[j]!;
    const b = stops[Math.min(j + 1, stops.length - 1)]!;
    const span = b.offset - a.offset;
    const f = t <= a.offset ? 0 : t >= b.offset || span <= 0 ? 1 : (t - a.offset) / span;
    const alpha = a.color.a + (b.color.a - a.color.a) * f;
    table[i] = packRgba((a.color.r + (b.color.r - a.color.r) * f) * alpha, (a.color.g + (b.color.g - a.color.g) * f) * alpha, (a.color.b + (b.color.b - a.color.b) * f) * alpha, alpha * 255);
  }
  return table;
}

/** t folded into 0…1 by the spread method. */
function spread(t: number, method: SpreadMethod): number {
  if (method === 'repeat') return t - Math.floor(t);
  if (method === 'reflect') {
    const m = t - 2 * Math.floor(t / 2);
    return m > 1 ? 2 - m : m;
  }
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

const lookup = (table: Uint32Array, t: number): number => table[(t * (TABLE_SIZE - 1) + 0.5) | 0]!;

/** The shader of a scene paint whose user space maps to the device by `toDevice`; null when it draws nothing. */
export function vectorShader(paint: VectorPaint, toDevice: Matrix): Shader | null {
  if (paint.kind === 'solid') {
    const { r, g, b, a } = paint.color;
    return a > 0 ? solidShader(Float32Array.of(r * a, g * a, b * a, a * 255)) : null;
  }
  if (paint.stops.length === 0) return null;
  const inverse = invert(multiply(toDevice, paint.matrix));
  if (!inverse) return null;
  const [ia, ib, ic, id, ie, iff] = inverse;
  const table = rampTable(paint.stops);
  const method = paint.spread;
  if (paint.kind === 'linear') {
    const dx = paint.x2 - paint.x1;
    const dy = paint.y2 - paint.y1;
    const lengthSquared = dx * dx + dy * dy;
    if (lengthSquared < 1e-12) {
      const last = table[TABLE_SIZE - 1]!;
      return solidShader(Float32Array.of(last & 255, (last >>> 8) & 255, (last >>> 16) & 255, last >>> 24));
    }
    const step = (ia * dx + ib * dy) / lengthSquared;
    return {
      solid: null,
      row(x, y, count, out) {
        const ux = ia * (x + 0.5) + ic * (y + 0.5) + ie;
        const uy = ib * (x + 0.5) + id * (y + 0.5) + iff;
        const t0 = ((ux - paint.x1) * dx + (uy - paint.y1) * dy) / lengthSquared;
        for (let i = 0; i < count; i++) out[i] = lookup(table, spread(t0 + i * step, method));
      },
    };
  }
  // Two-point conical: the largest t with |p − c(t)| = r(t) ≥ 0, c(t) = f + t·(c − f), r(t) = fr + t·(r − fr).
  const { cx, cy, r, fx, fy, fr } = paint;
  const cdx = cx - fx;
  const cdy = cy - fy;
  const dr = r - fr;
  const a = cdx * cdx + cdy * cdy - dr * dr;
  return {
    solid: null,
    row(x, y, count, out) {
      let px = ia * (x + 0.5) + ic * (y + 0.5) + ie - fx;
      let py = ib * (x + 0.5) + id * (y + 0.5) + iff - fy;
      for (let i = 0; i < count; i++, px += ia, py += ib) {
        const b = px * cdx + py * cdy + fr * dr;
        const c = px * px + py * py - fr * fr;
        let t: number;
        if (Math.abs(a) < 1e-9) t = b !== 0 ? c / (2 * b) : 0;
        else {
          const disc = b * b - a * c;
          if (disc < 0) {
            out[i] = 0;
            continue;
          }
          const root = Math.sqrt(disc);
          t = (b + root) / a;
          if (fr + t * dr < 0) t = (b - root) / a;
        }
        out[i] = fr + t * dr < 0 ? 0 : lookup(table, spread(t, method));
      }
    },
  };
}
