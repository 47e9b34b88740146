// Paints of vector scenes as shaders: solid colours, and SVG linear and two-point radial gradients with pad, reflect and repeat spreads.
import type { GradientStop, SpreadMethod, VectorPaint } from '../vector/scene.js';
import { invert, multiply, type Matrix } from './matrix.js';
import { solidShader, type Shader } from './shader.js';

const TABLE_SIZE = 256;

/** Premultiplied RGBA (0–255) of stop colours interpolated unpremultiplied (as Skia's gradients do), TABLE_SIZE entries over 0…1. */
function rampTable(stops: readonly GradientStop[]): Float32Array {
  const table = new Float32Array(TABLE_SIZE * 4);
  for (let i = 0; i < TABLE_SIZE; i++) {
    const t = i / (TABLE_SIZE - 1);
    let j = 0;
    while (j < stops.length - 1 && stops[j + 1]!.offset < t) j++;
    const a = stops[j]!;
    const b = stops[Math.min(j + 1, stops.length - 1)]!;
    const span = b.offset - a.offset;
    const f = t <= a.offset ? 0 : t >= b.offset || span <= 0 ? 1 : (t - a.offset) / span;
    const alpha = a.color.a + (b.color.a - a.color.a) * f;
    table[i * 4] = (a.color.r + (b.color.r - a.color.r) * f) * alpha;
    table[i * 4 + 1] = (a.color.g + (b.color.g - a.color.g) * f) * alpha;
    table[i * 4 + 2] = (a.color.b + (b.color.b - a.color.b) * f) * alpha;
    table[i * 4 + 3] = alpha * 255;
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

function lookup(table: Float32Array, t: number, out: Float32Array, o: number): void {
  const at = Math.round(t * (TABLE_SIZE - 1)) * 4;
  out[o] = table[at]!;
  out[o + 1] = table[at + 1]!;
  out[o + 2] = table[at + 2]!;
  out[o + 3] = table[at + 3]!;
}

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
    if (lengthSquared < 1e-12) return solidShader(table.slice((TABLE_SIZE - 1) * 4));
    const step = (ia * dx + ib * dy) / lengthSquared;
    return {
      solid: null,
      row(x, y, count, out) {
        const ux = ia * (x + 0.5) + ic * (y + 0.5) + ie;
        const uy = ib * (x + 0.5) + id * (y + 0.5) + iff;
        const t0 = ((ux - paint.x1) * dx + (uy - paint.y1) * dy) / lengthSquared;
        for (let i = 0; i < count; i++) lookup(table, spread(t0 + i * step, method), out, i * 4);
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
            out.fill(0, i * 4, i * 4 + 4);
            continue;
          }
          const root = Math.sqrt(disc);
          t = (b + root) / a;
          if (fr + t * dr < 0) t = (b - root) / a;
        }
        if (fr + t * dr < 0) {
          out.fill(0, i * 4, i * 4 + 4);
          continue;
        }
        lookup(table, spread(t, method), out, i * 4);
      }
    },
  };
}
