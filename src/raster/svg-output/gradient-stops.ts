// Gradient colour stops over [0, 1] for SVG: repeating gradients unrolled, ends cut at 0 and 1, and premultiplied (CSS) interpolation kept where alpha changes.
import type { Rgba } from '../../layout/style/types.js';
import type { ColorStop } from '../display-list/types.js';
import { rgbaOf } from './svg-text.js';

export interface UnitStop {
  readonly offset: number;
  readonly color: Rgba;
}

/** Samples added between two stops of different alpha: SVG interpolates unpremultiplied, CSS premultiplied. */
const ALPHA_STEPS = 8;

function mix(a: UnitStop, b: UnitStop, f: number): Rgba {
  const alpha = a.color.a + (b.color.a - a.color.a) * f;
  const channel = (ca: number, cb: number): number => (alpha <= 0 ? 0 : (ca * a.color.a + (cb * b.color.a - ca * a.color.a) * f) / alpha);
  return { r: channel(a.color.r, b.color.r), g: channel(a.color.g, b.color.g), b: channel(a.color.b, b.color.b), a: alpha };
}

/**
 * The colour at `t` on stops sorted by offset (ends extended), interpolated premultiplied. Where
 * stops share an offset (a hard edge), `from: 'right'` takes the colour after it, 'left' the one before.
 */
export function colorAt(stops: readonly UnitStop[], t: number, from: 'left' | 'right' = 'right'): Rgba {
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  const before = (offset: number): boolean => (from === 'right' ? t < offset : t <= offset);
  if (before(first.offset)) return first.color;
  if (!before(last.offset)) return last.color;
  for (let i = 1; i < stops.length; i++) {
    const b = stops[i]!;
    if (before(b.offset)) {
      const a = stops[i - 1]!;
      const span = b.offset - a.offset;
      return span <= 1e-9 ? b.color : mix(a, b, (t - a.offset) / span);
    }
  }
  return last.color;
}

/** The stops of a repeating gradient repeated over [0, 1] (one period more on each side). */
function unrolled(stops: readonly UnitStop[]): UnitStop[] {
  const first = stops[0]!.offset;
  const period = stops[stops.length - 1]!.offset - first;
  if (period <= 1e-6) return [...stops];
  const out: UnitStop[] = [];
  for (let k = Math.floor(-first / period) - 1; first + k * period <= 1 + period; k++) {
    for (const stop of stops) out.push({ offset: stop.offset + k * period, color: stop.color });
  }
  return out;
}

/** Stops with offsets in [0, 1] that draw the same gradient as `stops` along the 0–1 line. */
export function unitStops(stops: readonly ColorStop[], repeating: boolean): UnitStop[] {
  const parsed = stops.map((stop) => ({ offset: stop.offset, color: rgbaOf(stop.color) }));
  const line = repeating ? unrolled(parsed) : parsed;
  const inside = line.filter((stop) => stop.offset > 0 && stop.offset < 1);
  const all = [{ offset: 0, color: colorAt(line, 0, 'right') }, ...inside, { offset: 1, color: colorAt(line, 1, 'left') }];
  const out: UnitStop[] = [all[0]!];
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1]!;
    const b = all[i]!;
    if (Math.abs(a.color.a - b.color.a) > 1e-6 && b.offset - a.offset > 1e-6) {
      for (let s = 1; s < ALPHA_STEPS; s++) out.push({ offset: a.offset + ((b.offset - a.offset) * s) / ALPHA_STEPS, color: mix(a, b, s / ALPHA_STEPS) });
    }
    out.push(b);
  }
  return out;
}
