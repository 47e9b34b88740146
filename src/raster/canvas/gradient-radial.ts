// Radial gradients computed pixel by pixel: smooth rings without Skia's dithering noise, which makes the pixels incompressible (docs/encoding.md).
import type { Canvas, ImageData, SKRSContext2D } from '@napi-rs/canvas';
import type { Paint, RRect } from '../display-list/types.js';
import { colourTable } from './gradient-table.js';
import { rrectPath } from './shapes.js';
import { CACHED_MIN_PIXELS, fillFromSecondUse, isIntegerTranslation } from './fill-cache.js';

type RadialPaint = Extract<Paint, { kind: 'radial' }>;

/** Colour table entries per pixel of radius: finer than 8-bit steps need. */
const LUT_PER_PIXEL = 16;
const MAX_LUT = 32768;
/** Larger fills (in device pixels) are left to Skia. */
export const MAX_COMPUTED_PIXELS = 4096 * 4096;
/** Finest sampling under a scaling transform. */
const MAX_SCALE = 4;

/**
 * Kept for the next fill of the same size once fills are drawn again and again (a theme colour per
 * request): a fresh 1200×630 ImageData per new gradient is 3 MB of garbage that V8 counts as
 * external memory, and its mark-compacts cost more than drawing the rings. A template's one radial
 * background (drawn once, then copied from the fill cache) keeps no 3 MB for it.
 */
let scratch: ImageData | null = null;
let fillsDrawn = 0;

function scratchImage(ctx: SKRSContext2D, width: number, height: number): ImageData {
  fillsDrawn++;
  if (scratch?.width === width && scratch.height === height) return scratch;
  const image = ctx.createImageData(width, height);
  if (fillsDrawn > 1) scratch = image;
  return image;
}

/** The pixels of the gradient over a width×height grid whose pixel (0, 0) has its top-left corner at (ox, oy), `scale` grid pixels per unit. */
function drawRings(fill: Canvas, paint: RadialPaint, ox: number, oy: number, scale: number): void {
  const { width, height } = fill;
  const ctx = fill.getContext('2d');
  const image = scratchImage(ctx, width, height);
  const words = new Uint32Array(image.data.buffer, image.data.byteOffset, width * height);
  const columnTerm = new Float64Array(width);
  for (let i = 0; i < width; i++) columnTerm[i] = ((ox + (i + 0.5) / scale - paint.cx) / paint.rx) ** 2;
  const rowTerm = (j: number): number => ((oy + (j + 0.5) / scale - paint.cy) / paint.ry) ** 2;
  const farthest = Math.sqrt(Math.max(columnTerm[0]!, columnTerm[width - 1]!) + Math.max(rowTerm(0), rowTerm(height - 1)));
  const entries = Math.max(2, Math.min(MAX_LUT, Math.ceil(farthest * Math.max(paint.rx, paint.ry) * scale * LUT_PER_PIXEL)));
  const lut = colourTable(paint.stops, paint.repeating, 0, farthest, entries);
  const last = entries - 1;
  const perUnit = last / Math.max(farthest, 1e-9);
  // Rows as far above the centre as others are below it are the same row: copied, not computed again.
  const rowWithTerm = new Map<number, number>();
  for (let j = 0; j < height; j++) {
    const dy2 = rowTerm(j);
    const start = j * width;
    const same = rowWithTerm.get(dy2);
    if (same !== undefined) {
      words.copyWithin(start, same, same + width);
      continue;
    }
    rowWithTerm.set(dy2, start);
    for (let i = 0; i < width; i++) {
      const k = (Math.sqrt(columnTerm[i]! + dy2) * perUnit + 0.5) | 0;
      words[start + i] = lut[k < last ? k : last]!;
    }
  }
  ctx.putImageData(image, 0, 0);
}

/** Fills `shape` with a radial gradient computed in JavaScript; false (nothing drawn) when the fill is small, too large or degenerate, for Skia to draw. */
export function fillRadialGradient(ctx: SKRSContext2D, shape: RRect, paint: RadialPaint): boolean {
  const { rect } = shape;
  if (!(paint.rx > 0 && paint.ry > 0) || rect.width <= 0 || rect.height <= 0) return false;
  const m = ctx.getTransform();
  const exact = isIntegerTranslation(ctx);
  const scale = exact ? 1 : Math.min(MAX_SCALE, Math.max(1, Math.hypot(m.a, m.b), Math.hypot(m.c, m.d)));
  // Whole pixels around the rectangle; under an integer translation they are device pixels.
  const ox = Math.floor(rect.x);
  const oy = Math.floor(rect.y);
  const width = Math.ceil((Math.ceil(rect.x + rect.width) - ox) * scale);
  const height = Math.ceil((Math.ceil(rect.y + rect.height) - oy) * scale);
  // Small fills (tiles, masks, dots) stay Skia's: their dither costs few bytes, and the portable and SVG backends match Skia there.
  if (width * height > MAX_COMPUTED_PIXELS || width * height < CACHED_MIN_PIXELS) return false;
  const local: RadialPaint = { ...paint, cx: paint.cx - ox, cy: paint.cy - oy };
  const fill = fillFromSecondUse(JSON.stringify(['radial', width, height, scale, local]), width, height, (canvas) => drawRings(canvas, local, 0, 0, scale));
  ctx.save();
  ctx.clip(rrectPath(shape));
  ctx.imageSmoothingEnabled = !exact;
  ctx.drawImage(fill, 0, 0, width, height, ox, oy, width / scale, height / scale);
  ctx.restore();
  return true;
}
