// Blurred outer box shadows kept between renders: Skia's blur of a large shadow's shape as a mask, tinted with the shadow's colour onto its own canvas, then copied under the same clip (a template's card casts the same shadow on every render; a theme colour per request tints the same mask).
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas } from './skia.js';
import { boundedCache, secondSighting } from '../../runtime/cache-budget.js';
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
/**
 * A shape's blur cast in opaque black (its alpha is the blur's coverage). Every cached layer is its
 * mask tinted, so a layer's pixels never depend on what the caches held. The mask is kept once the
 * same shape has cast a shadow in a second colour (a theme colour per request): a new colour is then
 * one composite instead of a new blur (8–12 ms for the 860×380 box of a 1200×630 card).
 */
const masks = boundedCache<string, Canvas>({ name: 'shadow_masks', maxBytes: 16 * 1024 * 1024, maxEntries: 4, sizeOf: (canvas) => canvas.width * canvas.height * 4 });
/** Shapes that have cast a cached layer: a second colour for one of them makes its mask. */
const castBefore = secondSighting('shadow_shapes', 64 * 1024);

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
 * The layer holding the shadow of `cast` (on a miss, the mask drawn by `draw` onto a fresh canvas
 * under a translation, tinted), and the whole device pixel its top-left corner goes to; null when the
 * layer would be too small or too large to cache. `draw` receives the context and the translation to
 * set, and casts the shadow in opaque black: the shape keeps its fractional position, so the blurred
 * pixels are the ones drawn straight onto the device (within a level or two: test/raster/shadow-layers.test.ts).
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
  const shapeKey = JSON.stringify([width, height, shape.rect.x - x, shape.rect.y - y, shape.rect.width, shape.rect.height, shape.radii, blur, offsetX, offsetY]);
  const key = `${cast.color}|${shapeKey}`;
  let layer = layers.get(key);
  if (!layer) {
    let mask = masks.get(shapeKey);
    if (!mask) {
      mask = createCanvas(width, height);
      draw(mask.getContext('2d'), -x, -y);
      if (castBefore.seenBefore(shapeKey)) masks.set(shapeKey, mask);
    }
    layer = createCanvas(width, height);
    tint(layer.getContext('2d'), mask, cast.color);
    layers.set(key, layer);
  }
  return { layer, x, y };
}

/** The mask's coverage in `color`: the colour (its alpha too) times the mask's alpha, as Skia's shadow in that colour. */
function tint(ctx: SKRSContext2D, mask: Canvas, color: string): void {
  ctx.drawImage(mask, 0, 0);
  ctx.globalCompositeOperation = 'source-in';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, mask.width, mask.height);
}

/** Empties the caches (tests: a cold render). */
export function clearShadowLayers(): void {
  layers.clear();
  masks.clear();
  castBefore.clear();
}
