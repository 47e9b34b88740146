// Glyph mask cache: each glyph pre-rasterised once per (face, glyph, size, colour, subpixel phase), then blitted at whole device pixels.
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas, Path2D } from './skia.js';
import { boundedCache } from '../../runtime/cache-budget.js';
import type { FontFace } from '../../layout/fonts/font-face.js';
import type { DisplayCommand } from '../display-list/types.js';
import { emboldenedGlyphPath } from './glyph-paths.js';
import type { SyntheticStyle } from '../../layout/text/font-synthesis.js';
import { faceId, glyphCell, maskBounds, MAX_MASK_FONT_SIZE, SUBPIXEL_STEPS_X, SUBPIXEL_STEPS_Y } from '../display-list/glyph-grid.js';

export { MAX_MASK_FONT_SIZE, SUBPIXEL_STEPS_X, SUBPIXEL_STEPS_Y } from '../display-list/glyph-grid.js';

type Context = SKRSContext2D;
type GlyphsCommand = Extract<DisplayCommand, { op: 'glyphs' }>;

/**
 * What a mask costs beyond its pixels: each is a small canvas, and 8,192 canvases of 30×40 pixels
 * (4.7 KB of pixels each) added 18.7 KB each to the process's RSS.
 */
export const MASK_OVERHEAD_BYTES = 14 * 1024;
/**
 * The cache's bound: at most MAX_MASKS masks and MAX_MASK_BYTES of memory (RGBA pixels plus
 * MASK_OVERHEAD_BYTES each), whichever is reached first; the least recently used masks go. About
 * 1,700 glyphs of 30 px text, or 2,048 smaller ones: a card uses 150–300. Every thread that renders
 * (the main thread, each render pool worker) has its own cache.
 */
export const MAX_MASKS = 2048;
export const MAX_MASK_BYTES = 32 * 1024 * 1024;

/** A glyph's pre-rasterised image and where its top-left pixel lies from the glyph's whole-pixel origin. */
export interface GlyphMask {
  readonly image: Canvas;
  readonly left: number;
  readonly top: number;
}

const masks = boundedCache<string, GlyphMask>({ name: 'glyph_masks', maxBytes: MAX_MASK_BYTES, maxEntries: MAX_MASKS, sizeOf: (mask) => mask.image.width * mask.image.height * 4 + MASK_OVERHEAD_BYTES });

let hits = 0;
let misses = 0;

/** Where user space sits on the device when the transform is a pure translation. */
export interface Translation {
  readonly x: number;
  readonly y: number;
}

/** The translation under which the run can be blitted from masks (solid paint, no shadow or stroke, moderate size), or null. */
export function glyphMaskTranslation(ctx: Context, command: GlyphsCommand): Translation | null {
  if (command.paint.kind !== 'color' || command.shadow || command.stroke || command.size > MAX_MASK_FONT_SIZE) return null;
  const { a, b, c, d, e, f } = ctx.getTransform();
  return a === 1 && b === 0 && c === 0 && d === 1 ? { x: e, y: f } : null;
}


/** Renders the glyph outline, scaled (and skewed) as the path fill places it, shifted by the phase, onto a small canvas. */
function rasterise(outline: Path2D, scale: number, skewX: number, color: string, phaseX: number, phaseY: number): GlyphMask {
  // A skewed outline's bounds are those of the skewed path, not the skewed bounds.
  const [minX, minY, maxX, maxY] = skewX === 0 ? outline.computeTightBounds() : new Path2D(outline).transform({ a: 1, b: 0, c: skewX, d: 1, e: 0, f: 0 }).computeTightBounds();
  const { left, top, width, height } = maskBounds(phaseX + minX * scale, phaseY + minY * scale, phaseX + maxX * scale, phaseY + maxY * scale);
  const image = createCanvas(width, height);
  const ctx = image.getContext('2d');
  const placed = new Path2D();
  placed.addPath(outline, { a: scale, b: 0, c: skewX * scale, d: scale, e: phaseX - left, f: phaseY - top });
  ctx.fillStyle = color;
  ctx.fill(placed);
  return { image, left, top };
}

/** The cache key's part shared by every glyph of a run (synthetic bold and oblique included). */
const runKey = (face: FontFace, size: number, color: string, synthetic?: SyntheticStyle): string =>
  synthetic ? `${faceId(face)}|${size}|${color}|${synthetic.embolden}|${synthetic.skewX}|` : `${faceId(face)}|${size}|${color}|`;

/** The cached mask of a glyph at subpixel phases (0 ≤ phase < steps), rendered on a miss; null for an empty glyph. */
export function glyphMask(face: FontFace, glyphId: number, size: number, color: string, phaseX: number, phaseY: number, prefix = runKey(face, size, color), synthetic?: SyntheticStyle): GlyphMask | null {
  const key = `${prefix}${glyphId}|${phaseX}|${phaseY}`;
  const hit = masks.get(key);
  if (hit) {
    hits++;
    return hit;
  }
  const scale = size / face.unitsPerEm;
  const outline = emboldenedGlyphPath(face, glyphId, (synthetic?.embolden ?? 0) / scale);
  // An empty glyph (a space) has no mask: nothing is rasterised, so it is no miss either.
  if (!outline) return null;
  misses++;
  const mask = rasterise(outline, scale, synthetic?.skewX ?? 0, color, phaseX / SUBPIXEL_STEPS_X, phaseY / SUBPIXEL_STEPS_Y);
  masks.set(key, mask);
  return mask;
}

type Blit = (this: Context, image: Canvas, dx: number, dy: number) => void;
let blit: Blit | undefined;

/**
 * @napi-rs/canvas keeps its native methods in a stash registered under a global symbol; its public
 * drawImage wraps the native one with argument checks that cost as much as blitting a small glyph
 * (0.26 against 0.16 ms for 200 glyphs). Called with exactly three defined arguments, the native
 * method takes the (image, dx, dy) form. Falls back to the public method when there is no stash.
 */
function blitFor(ctx: Context): Blit {
  if (blit) return blit;
  const stash: unknown = (Object.getPrototypeOf(ctx) as Record<symbol, unknown>)[Symbol.for('@napi-rs/canvas:native-methods')];
  const native: unknown = typeof stash === 'object' && stash !== null ? (stash as { drawImage?: unknown }).drawImage : undefined;
  blit = typeof native === 'function' ? (native as Blit) : (ctx.drawImage as Blit);
  return blit;
}

/**
 * Draws a solid-colour run by blitting each glyph's mask at whole device pixels, under `translation`
 * (glyphMaskTranslation()). A whole-pixel translation is kept (the masks land on whole pixels
 * anyway); any other is set aside for the run.
 */
export function blitGlyphs(ctx: Context, command: GlyphsCommand, face: FontFace, color: string, translation: Translation): void {
  const draw = blitFor(ctx);
  const { x: offsetX, y: offsetY } = translation;
  const whole = Number.isInteger(offsetX) && Number.isInteger(offsetY);
  const prefix = runKey(face, command.size, color, command.synthetic);
  if (!whole) {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
  }
  // Device pixels are drawn at user coordinates shifted back by a whole-pixel translation.
  const backX = whole ? offsetX : 0;
  const backY = whole ? offsetY : 0;
  for (const glyph of command.glyphs) {
    const { pixelX, pixelY, phaseX, phaseY } = glyphCell(glyph.x + offsetX, glyph.y + offsetY);
    const mask = glyphMask(face, glyph.glyphId, command.size, color, phaseX, phaseY, prefix, command.synthetic);
    if (mask) draw.call(ctx, mask.image, pixelX + mask.left - backX, pixelY + mask.top - backY);
  }
  if (!whole) ctx.restore();
}

/** The cache's size now and its lookups of non-empty glyphs since start (or the last clear), for tests and monitoring. */
export function glyphMaskStats(): { readonly masks: number; readonly bytes: number; readonly hits: number; readonly misses: number } {
  return { masks: masks.size, bytes: masks.calculatedSize, hits, misses };
}

/** Empties the cache (tests: a cold render). */
export function clearGlyphMasks(): void {
  masks.clear();
  hits = 0;
  misses = 0;
}
