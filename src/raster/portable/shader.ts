// Paint sources: a display-list paint turned into premultiplied RGBA (0–255) per device pixel, for solid colours and gradients.
import type { CssColor, Paint } from '../display-list/types.js';
import { colorAt, premultiplied, repeatedStops, type GradientPaint, type RgbaTuple } from '../display-list/gradient-stops.js';
import { parseColor } from '../../layout/style/color.js';
import { invert, type Matrix } from './matrix.js';

export interface Shader {
  /** Premultiplied RGBA (0–255) when the paint is one colour everywhere, else null. */
  readonly solid: Float32Array | null;
  /** True when every pixel it gives is opaque (then a fill that covers the surface leaves it opaque). */
  readonly opaque?: boolean;
  /** Writes `count` pixels starting at device pixel (x, y) into `out` as premultiplied RGBA words (little-endian: r | g << 8 | b << 16 | a << 24). */
  row(x: number, y: number, count: number, out: Uint32Array): void;
  /** Names what the shader draws where it is worth keeping its rows between renders (gradients, images): equal keys give equal words (shader-rows.ts). */
  readonly key?: string;
}

/** Premultiplied channels (0–255) as one RGBA word, rounded. */
export const packRgba = (r: number, g: number, b: number, a: number): number => ((r + 0.5) | 0) | (((g + 0.5) | 0) << 8) | (((b + 0.5) | 0) << 16) | (((a + 0.5) | 0) << 24);

/** Premultiplied RGBA (0–255) of a CSS colour. */
export function solidColor(color: CssColor, alpha = 1): Float32Array {
  const c = parseColor(color) ?? { r: 0, g: 0, b: 0, a: 0 };
  const a = c.a * alpha;
  return Float32Array.of(c.r * a, c.g * a, c.b * a, a * 255);
}

export function solidShader(color: Float32Array): Shader {
  const word = packRgba(color[0]!, color[1]!, color[2]!, color[3]!);
  return {
    solid: color,
    opaque: color[3]! >= 254.5,
    row(_x, _y, count, out) {
      out.fill(word, 0, count);
    },
  };
}

/** Entries of a gradient's colour table over the span of its stops. */
const TABLE_SIZE = 1024;

/** The colours between the first and the last stop, premultiplied, 0–255. */
interface Ramp {
  /** Packed premultiplied words. */
  readonly table: Uint32Array;
  /** True when every colour of the table is opaque. */
  readonly opaque: boolean;
  readonly first: number;
  readonly span: number;
  readonly repeating: boolean;
}

function ramp(paint: GradientPaint, skiaStops: boolean): Ramp {
  // Radial and conic gradients reach Skia with repeating stops expanded and offsets clamped into [0, 1] (canvas/paints.ts).
  const stops = (skiaStops ? repeatedStops(paint).map((s) => ({ offset: Math.max(0, Math.min(1, s.offset)), color: s.color })) : paint.stops).map((s) => ({ offset: s.offset, rgba: premultiplied(s.color) }));
  const repeating = !skiaStops && paint.repeating;
  // All stops at one offset (a hard stop): the first colour before it, the last after, over a sliver.
  const hard = stops[stops.length - 1]!.offset - stops[0]!.offset <= 1e-9;
  const first = hard ? stops[0]!.offset - 1e-6 : stops[0]!.offset;
  const span = hard ? 2e-6 : stops[stops.length - 1]!.offset - first;
  const table = new Uint32Array(TABLE_SIZE);
  let opaque = true;
  for (let i = 0; i < TABLE_SIZE; i++) {
    const t = hard ? (i < TABLE_SIZE / 2 ? first - 1 : first + 1) : first + (span * i) / (TABLE_SIZE - 1);
    const [r, g, b, a]: RgbaTuple = colorAt(stops, t, false);
    table[i] = packRgba(r, g, b, a * 255);
    if (a * 255 < 254.5) opaque = false;
  }
  return { table, opaque, first, span, repeating };
}

/** The ramp's colour word at gradient position t. */
function lookup(r: Ramp, t: number): number {
  let f = r.span > 1e-9 ? (t - r.first) / r.span : 1;
  if (r.repeating) f -= Math.floor(f);
  return r.table[f <= 0 ? 0 : f >= 1 ? TABLE_SIZE - 1 : (f * (TABLE_SIZE - 1) + 0.5) | 0]!;
}

/** The shader of a paint drawn under `matrix` (user space to device), or null when the paint draws nothing. */
export function shaderFor(paint: Paint, matrix: Matrix): Shader | null {
  if (paint.kind === 'color') return solidShader(solidColor(paint.color));
  const inverse = invert(matrix);
  if (!inverse || paint.stops.length === 0) return null;
  const [ia, ib, ic, id, ie, iff] = inverse;
  const key = `${JSON.stringify(paint)}|${matrix.join(',')}`;
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
      opaque: r.opaque,
      key,
      row(x, y, count, out) {
        const px = x + 0.5;
        const py = y + 0.5;
        const ux = ia * px + ic * py + ie;
        const uy = ib * px + id * py + iff;
        const t0 = ((ux - paint.x0) * dx + (uy - paint.y0) * dy) / lengthSquared;
        if (r.repeating || r.span <= 1e-9) {
          for (let i = 0; i < count; i++) out[i] = lookup(r, t0 + i * stepX);
          return;
        }
        // The table index steps by a constant along the row.
        const last = TABLE_SIZE - 1;
        const scale = last / r.span;
        let f = (t0 - r.first) * scale + 0.5;
        const df = stepX * scale;
        const table = r.table;
        for (let i = 0; i < count; i++, f += df) out[i] = table[f <= 0 ? 0 : f >= last ? last : f | 0]!;
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
      opaque: r.opaque,
      key,
      row(x, y, count, out) {
        // The pixel centre in the ellipse's unit space, stepping by the inverse transform's first column.
        let u = (ia * (x + 0.5) + ic * (y + 0.5) + ie - paint.cx) * sx;
        let v = (ib * (x + 0.5) + id * (y + 0.5) + iff - paint.cy) * sy;
        for (let i = 0; i < count; i++, u += ia * sx, v += ib * sy) out[i] = lookup(r, Math.sqrt(u * u + v * v));
      },
    };
  }
  const r = ramp(paint, true);
  const start = ((paint.angle - 90) * Math.PI) / 180;
  const turn = 2 * Math.PI;
  return {
    solid: null,
    opaque: r.opaque,
    key,
    row(x, y, count, out) {
      let u = ia * (x + 0.5) + ic * (y + 0.5) + ie - paint.cx;
      let v = ib * (x + 0.5) + id * (y + 0.5) + iff - paint.cy;
      for (let i = 0; i < count; i++, u += ia, v += ib) {
        const t = (Math.atan2(v, u) - start) / turn;
        out[i] = lookup(r, t - Math.floor(t));
      }
    },
  };
}
