// Blurred outer box shadows kept between renders: Skia's blur of a large shadow drawn once onto its own canvas, then copied under the same clip (a template's card casts the same shadow on every render).
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas } from './skia.js';
import { boundedCache } from '../../runtime/cache-budget.js';
import type { RRect } from '../display-list/types.js';

/**
 * Skia blurs a canvas shadow at sigma = shadowBlur / 2 and stops at 3 sigma; the layer keeps this
 * much more on every side (whole pixels, plus one for the shape's fractional position).
 */
const marginOf = (blur: number): number => Math.ceil(1.5 * blur) + 2;

/** Shadows whose layer has fewer pixels than this are drawn each time (cheap; they would crowd the cache). */
export const CACHED_SHADOW_MIN_PIXELS = 256 * 256;
/** Larger layers are drawn each time too (a 4096² layer is 64 MB). */
export const CACHED_SHADOW_MAX_PIXELS = 2048 * 2048;
/** The cache's bound: 8 layers and 24 MiB in all (a 1200×630 card's 860×380 box with a 120 px blur: a 3.6 MB layer). */
const layers = boundedCache<string, Canvas>({ name: 'shadow_layers', maxBytes: 24 * 1024 * 1024, maxEntries: 8, sizeOf: (canvas) => canvas.width * canvas.height * 4 });

/** What casts the shadow: the (spread) shape in device space under an integer translation, its colour, blur and offset. */
export interface CastShadow {
  readonly shape: RRect;
  readonly color: string;
  readonly blur: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** Where a cached layer lies on the device, and the layer. */
export interface PlacedLayer {
  readonly layer: Canvas;
  readonly x: number;
  readonly y: number;
}

/**
 * The layer holding the shadow of `cast` (drawn by `draw` onto a fresh canvas under a translation,
 * on a miss), and the whole device pixel its top-left corner goes to; null when the layer would be
 * too small or too large to cache. `draw` receives the context and the translation to set: the
 * shape keeps its fractional position, so the blurred pixels are the ones drawn straight onto the
 * device.
 */
export function cachedShadowLayer(cast: CastShadow, draw: (ctx: SKRSContext2D, e: number, f: number) => void): PlacedLayer | null {
  const { shape, blur, offsetX, offsetY } = cast;
  const margin = marginOf(blur);
  const left = shape.rect.x + offsetX;
  const top = shape.rect.y + offsetY;
  const x = Math.floor(left) - margin;
  const y = Math.floor(top) - margin;
  const width = Math.ceil(left + shape.rect.width) + margin - x;
  const height = Math.ceil(top + shape.rect.height) + margin - y;
  if (width * height < CACHED_SHADOW_MIN_PIXELS || width * height > CACHED_SHADOW_MAX_PIXELS) return null;
  // The layer is the same for every position with the same fractional part: the key holds the shape moved to the layer's origin.
  const key = JSON.stringify([width, height, shape.rect.x - x, shape.rect.y - y, shape.rect.width, shape.rect.height, shape.radii, cast.color, blur, offsetX, offsetY]);
  let layer = layers.get(key);
  if (!layer) {
    layer = createCanvas(width, height);
    draw(layer.getContext('2d'), -x, -y);
    layers.set(key, layer);
  }
  return { layer, x, y };
}

/** Empties the cache (tests: a cold render). */
export function clearShadowLayers(): void {
  layers.clear();
}
