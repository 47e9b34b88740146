// CSS colours in every syntax (culori parses them), converted to sRGB 0–255 with alpha.
// Only CSS's colour spaces (culori/css on culori/fn): the bundles keep ~60 of the single-file build's ~150 KB and
// register 17 spaces, not 28 (23 -> 9 ms of CPU at a cold start on Node 24). The other spaces parsed only culori's own
// `color(--name ...)` forms, which browsers refuse.
import 'culori/css';
import { converter, parse } from 'culori/fn';
import type { Rgba } from './types.js';
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';

const toRgb = converter('rgb');
/** Colours by their text, 512 KiB (keys come from styles); NOT_A_COLOR stands for text that is none (an LRU holds no null). */
const NOT_A_COLOR = Symbol('not a colour');
const cache = boundedCache<string, Rgba | typeof NOT_A_COLOR>({ name: 'parsed_colors', maxBytes: 512 * 1024, sizeOf: (_, key) => keyBytes(key) + 64 });

export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
export const TRANSPARENT: Rgba = { r: 0, g: 0, b: 0, a: 0 };

const channel = (v: number | undefined): number => Math.round(Math.max(0, Math.min(1, v ?? 0)) * 255 * 1000) / 1000;

/** culori's parse, which throws (instead of returning undefined) on some function-like text such as `foo(1px)` or `rgb(1px)`. */
function parseOrUndefined(text: string): ReturnType<typeof parse> {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

/** Parses a colour, or returns null when the text is not one. `currentColor` is the caller's business. */
export function parseColor(text: string): Rgba | null {
  const key = text.trim().toLowerCase();
  const hit = cache.get(key);
  if (hit !== undefined) return hit === NOT_A_COLOR ? null : hit;
  let result: Rgba | null = null;
  if (key === 'transparent') result = TRANSPARENT;
  else {
    const parsed = key === '' ? undefined : parseOrUndefined(key);
    const rgb = parsed ? toRgb(parsed) : undefined;
    if (rgb) result = { r: channel(rgb.r), g: channel(rgb.g), b: channel(rgb.b), a: Math.max(0, Math.min(1, rgb.alpha ?? 1)) };
  }
  cache.set(key, result ?? NOT_A_COLOR);
  return result;
}

export function isCurrentColor(text: string): boolean {
  return text.trim().toLowerCase() === 'currentcolor';
}
