// Paint sources: a display-list paint turned into premultiplied RGBA (0–255) per device pixel, for solid colours and gradients.
import type { CssColor, Paint } from '../display-list/types.js';
import { colorAt, premultiplied, repeatedStops, type GradientPaint, type RgbaTuple } from '../display-list/gradient-stops.js';
import { parseColor } from '../../layout/style/color.js';
import { invert, type Matrix } from './matrix.js';

export interface Shader {
  /** Premultiplied RGBA (0–255) when the paint is one colour everywhere, else null. */
  readonly solid: Float32Array | null;
  /** Writes premultiplied RGBA (0–255) of `count` pixels starting at device pixel (x, y) into `out`. */
  row(x: number, y: number, count: number, out: Float32Array): void;
}

/** Premultiplied RGBA (0–255) of a CSS colour. */
export function solidColor(color: CssColor, alpha = 1): Float32Array {
  const c = parseColor(color) ?? { r: 0, g: 0, b: 0, a: 0 };
  const a = c.a * alpha;
  return Float32Array.of(c.r * a, c.g * a, c.b * a, a * 255);
}

export function solidShader(color: Float32Array): Shader {
  return {
    solid: color,
    row(_x, _y, count, out) {
      for (let i = 0; i < count * 4; i += 4) out.set(color, i);
    },
  };
}

/** Entries of a gradient's colour table over the span of its stops. */
const TABLE_SIZE = 1024;

/** The colours between the first and the last stop, premultiplied, 0–255. */
interface Ramp {
  readonly table: Float32Array;
  readonly first: number;
  readonly span: number;
  readonly repeating: boolean;
}

function ramp(paint: GradientPaint, skiaStops: boolean): Ramp {
  // Radial and conic gradients reach Skia with repeating stops expanded and offsets clamped into [0, 1] (canvas/paints.ts).
  const stops = (skiaStops ? repeatedStops(paint).map((s) => ({ offset: Math.max(0, Math.min(1, s.offset)), color: s.color })) : paint.stops).map((s) => ({ offset: s.offset, rgba: premultiplied(s.color) }));
  const repeating = !skiaStops && paint.repeating;
  const first = stops[0]!.offset;
  const span = stops[stops.length - 1]!.offset - first;
  const table = new Float32Array(TABLE_SIZE * 4);
  for (let i = 0; i < TABLE_SIZE; i++) {
    const t = span > 1e-9 ? first + (span * i) / (TABLE_SIZE - 1) : first;
    const [r, g, b, a]: RgbaTuple = colorAt(stops, t, false);
    table[i * 4] = r;
    table[i * 4 + 1] = g;
    table[i * 4 + 2] = b;
    table[i * 4 + 3] = a * 255;
  }
  return { table, first, span, repeating };
}

/** Writes the ramp's colour at gradient position t to out at offset o. */
function lookup(r: Ramp, t: number, out: Float32Array, o: number): void {
  let f = r.span > 1e-9 ? (t - r.first) / r.span : 1;
  if (r.repeating) f -= Math.floor(f);
  const index = f <= 0 ? 0 : f >= 1 ? TABLE_SIZE - 1 : Math.round(f * (TABLE_SIZE - 1));
  const at = index * 4;
  const table = r.table;
  out[o] = table[at]!;
  out[o + 1] = table[at + 1]!;
  out[o + 2] = table[at + 2]!;
  out[o + 3] = table[at + 3]!;
}

/** The shader of a paint drawn under `matrix` (user space to device), or null when the paint draws nothing. */
export function shaderFor(paint: Paint, matrix: Matrix): Shader | null {
  if (paint.kind === 'color') return solidShader(solidColor(paint.color));
  const inverse = invert(matrix);
  if (!inverse || paint.stops.length === 0) return null;
  const [ia, ib, ic, id, ie, iff] = inverse;
  if (paint.kind === 'linear') {
    const dx = paint.x1 - paint.x0;
    const dy = paint.y1 - paint.y0;
    const lengthSquared = dx * dx + dy * dy;
    if (lengthSquared < 1e-12) return null;
    const r = ramp(paint, false);
    // t is affine in device x: t = t0 + x·step along a row.
    const stepX = (ia * dx + ib * dy) / lengthSquared;
    return {
      solid: null,
      row(x, y, count, out) {
        const px = x + 0.5;
        const py = y + 0.5;
        const ux = ia * px + ic * py + ie;
        const uy = ib * px + id * py + iff;
        const t0 = ((ux - paint.x0) * dx + (uy - paint.y0) * dy) / lengthSquared;
        for (let i = 0; i < count; i++) lookup(r, t0 + i * stepX, out, i * 4);
      },
    };
  }
  if (paint.kind === 'radial') {
    if (paint.rx <= 0 || paint.ry <= 0) return null;
    const r = ramp(paint, true);
    const sx = 1 / paint.rx;
    const sy = 1 / paint.ry;
    return {
      solid: null,
      row(x, y, count, out) {
        // The pixel centre in the ellipse's unit space, stepping by the inverse transform's first column.
        let u = (ia * (x + 0.5) + ic * (y + 0.5) + ie - paint.cx) * sx;
        let v = (ib * (x + 0.5) + id * (y + 0.5) + iff - paint.cy) * sy;
        for (let i = 0; i < count; i++, u += ia * sx, v += ib * sy) lookup(r, Math.sqrt(u * u + v * v), out, i * 4);
      },
    };
  }
  const r = ramp(paint, true);
  const start = ((paint.angle - 90) * Math.PI) / 180;
  const turn = 2 * Math.PI;
  return {
    solid: null,
    row(x, y, count, out) {
      let u = ia * (x + 0.5) + ic * (y + 0.5) + ie - paint.cx;
      let v = ib * (x + 0.5) + id * (y + 0.5) + iff - paint.cy;
      for (let i = 0; i < count; i++, u += ia, v += ib) {
        const t = (Math.atan2(v, u) - start) / turn;
        lookup(r, t - Math.floor(t), out, i * 4);
      }
    },
  };
}
