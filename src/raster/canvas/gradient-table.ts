// A gradient's colours at even steps along its line, as straight-alpha RGBA words: the table computed gradient fills look their pixels up in.
import type { ColorStop } from '../display-list/types.js';
import { premultiplied } from '../display-list/gradient-stops.js';

/**
 * `entries` (≥ 2) colours at even steps of t over [from, to] (t = 0 at the first stop's 0, 1 at the
 * last's), little-endian 0xAABBGGRR words as ImageData lays them out. Each is colorAt()'s
 * premultiplied interpolation made straight again; the stops are walked once instead of searched
 * per entry (a 1200×630 card's table has ~20,000 entries, and a new colour builds a new one).
 */
export function colourTable(stops: readonly ColorStop[], repeating: boolean, from: number, to: number, entries: number): Uint32Array {
  const count = stops.length;
  const offsets = new Float64Array(count);
  const channels = new Float64Array(count * 4);
  for (let i = 0; i < count; i++) {
    const stop = stops[i]!;
    offsets[i] = stop.offset;
    channels.set(premultiplied(stop.color), i * 4);
  }
  const first = offsets[0]!;
  const last = offsets[count - 1]!;
  const period = last - first;
  const wraps = repeating && period > 1e-9;
  const table = new Uint32Array(entries);
  // The stop that ends the current segment: the first one at or after the position (positions only grow between wraps).
  let end = 1;
  let previous = -Infinity;
  for (let k = 0; k < entries; k++) {
    let position = from + (k * (to - from)) / (entries - 1);
    if (wraps) position = first + ((((position - first) % period) + period) % period);
    if (position < previous) end = 1;
    previous = position;
    let at: number;
    let f = 0;
    if (position <= first) at = 0;
    else if (position >= last) at = count - 1;
    else {
      while (end < count - 1 && offsets[end]! < position) end++;
      const span = offsets[end]! - offsets[end - 1]!;
      f = span <= 1e-9 ? 1 : (position - offsets[end - 1]!) / span;
      at = end - 1;
    }
    table[k] = f === 0 ? straightWord(channels, at * 4, channels, at * 4, 0) : straightWord(channels, at * 4, channels, at * 4 + 4, f);
  }
  return table;
}

/** The straight-alpha word of the premultiplied colour a + (b − a) × f. */
function straightWord(a: Float64Array, ai: number, b: Float64Array, bi: number, f: number): number {
  const alpha = a[ai + 3]! + (b[bi + 3]! - a[ai + 3]!) * f;
  if (!(alpha > 0)) return 0;
  const r = Math.min(255, Math.round((a[ai]! + (b[bi]! - a[ai]!) * f) / alpha));
  const g = Math.min(255, Math.round((a[ai + 1]! + (b[bi + 1]! - a[ai + 1]!) * f) / alpha));
  const bl = Math.min(255, Math.round((a[ai + 2]! + (b[bi + 2]! - a[ai + 2]!) * f) / alpha));
  return (r | (g << 8) | (bl << 16) | (Math.round(alpha * 255) << 24)) >>> 0;
}
