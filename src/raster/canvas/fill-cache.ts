// Rendered gradient fills kept for reuse between renders, and the transform test that makes reuse exact.
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas } from './skia.js';
import { boundedCache, secondSighting } from '../../runtime/cache-budget.js';

/**
 * A template's background gradient is the same on every render, and copying it (about 0.5 ms for
 * 1200×630) beats drawing it again (about 3 ms). Bounded by bytes: 4 fills, 16 MiB in all.
 */
const fills = boundedCache<string, Canvas>({ name: 'gradient_fills', maxBytes: 16 * 1024 * 1024, maxEntries: 4, sizeOf: (canvas) => canvas.width * canvas.height * 4 });

/** Fills smaller than this are drawn each time (cheap, and they would crowd out the large ones). */
export const CACHED_MIN_PIXELS = 256 * 256;

export function isIntegerTranslation(ctx: SKRSContext2D): boolean {
  const m = ctx.getTransform();
  return m.a === 1 && m.b === 0 && m.c === 0 && m.d === 1 && Number.isInteger(m.e) && Number.isInteger(m.f);
}

/** The canvas cached under `key`, or a new width×height canvas drawn by `draw` and cached. */
export function cachedFill(key: string, width: number, height: number, draw: (canvas: Canvas) => void): Canvas {
  let fill = fills.get(key);
  if (!fill) {
    fill = createCanvas(width, height);
    draw(fill);
    fills.set(key, fill);
  }
  return fill;
}

/** Fill keys drawn once: a fill is kept from its second use (a colour per request would otherwise push out the fills that do repeat). */
const drawnOnce = secondSighting('gradient_fill_sightings', 64 * 1024);

/** The fill cached under `key`; on its second use drawn by `draw` onto a new width×height canvas and cached; else (a first use) null. */
export function repeatedFill(key: string, width: number, height: number, draw: (canvas: Canvas) => void): Canvas | null {
  const hit = fills.get(key);
  if (hit) return hit;
  if (!drawnOnce.seenBefore(key)) return null;
  return cachedFill(key, width, height, draw);
}

/** repeatedFill(), with a first use drawn onto a canvas of its own that is not kept (a fill in a colour that may never come again). */
export function fillFromSecondUse(key: string, width: number, height: number, draw: (canvas: Canvas) => void): Canvas {
  const kept = repeatedFill(key, width, height, draw);
  if (kept) return kept;
  const once = createCanvas(width, height);
  draw(once);
  return once;
}
