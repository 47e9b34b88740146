// Gradient stops as both backends read them: repeating stops expanded, colours premultiplied, the colour at a position.
import type { Paint } from './types.js';
import { parseColor } from '../../layout/style/color.js';

export type GradientPaint = Extract<Paint, { stops: unknown }>;

/** Expands repeating-gradient stops over [0, 1]. */
export function repeatedStops(paint: GradientPaint): readonly { offset: number; color: string }[] {
  if (!paint.repeating) return paint.stops;
  const first = paint.stops[0]!.offset;
  const period = paint.stops[paint.stops.length - 1]!.offset - first;
  if (period <= 1e-6) return paint.stops;
  const out: { offset: number; color: string }[] = [];
  const startK = Math.floor(-first / period) - 1;
  for (let k = startK; first + k * period <= 1; k++) {
    for (const stop of paint.stops) {
      const offset = stop.offset + k * period;
      if (offset >= -period && offset <= 1 + period) out.push({ offset, color: stop.color });
    }
  }
  return out;
}

export type RgbaTuple = [number, number, number, number];

/** Premultiplied RGBA of a stop colour (channels 0–255 times alpha 0–1). */
export function premultiplied(color: string): RgbaTuple {
  const c = parseColor(color) ?? { r: 0, g: 0, b: 0, a: 0 };
  return [c.r * c.a, c.g * c.a, c.b * c.a, c.a];
}

/** Colour at position t (0 = start, 1 = end of the gradient line), interpolated between the stops' tuples. */
export function colorAt(stops: readonly { offset: number; rgba: RgbaTuple }[], t: number, repeating: boolean): RgbaTuple {
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  let position = t;
  if (repeating) {
    const period = last.offset - first.offset;
    if (period > 1e-9) position = first.offset + ((((t - first.offset) % period) + period) % period);
  }
  if (position <= first.offset) return first.rgba;
  if (position >= last.offset) return last.rgba;
  for (let i = 1; i < stops.length; i++) {
    const b = stops[i]!;
    if (position <= b.offset) {
      const a = stops[i - 1]!;
      const span = b.offset - a.offset;
      const f = span <= 1e-9 ? 1 : (position - a.offset) / span;
      return [a.rgba[0] + (b.rgba[0] - a.rgba[0]) * f, a.rgba[1] + (b.rgba[1] - a.rgba[1]) * f, a.rgba[2] + (b.rgba[2] - a.rgba[2]) * f, a.rgba[3] + (b.rgba[3] - a.rgba[3]) * f];
    }
  }
  return last.rgba;
}
