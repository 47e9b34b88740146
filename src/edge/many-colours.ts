// Whether a display list paints more colours than a PNG palette can hold (large images, wide gradients): the edge encoder then skips its palette attempt, which such cards always fail after counting every pixel.
import type { ColorStop, DisplayCommand, DisplayList, Rect } from '../raster/display-list/types.js';
import { premultiplied } from '../raster/display-list/gradient-stops.js';

/**
 * Images (raster or SVG) drawn over this many pixels in all: a scaled photo or avatar, or a few
 * emoji at card size, bring thousands of colours (the avatar and emoji cards: 2,161 and 3,436,
 * more than 256 entries even with shades merged).
 */
export const MANY_COLOUR_IMAGE_PIXELS = 128 * 128;
/** A gradient over at least this share of the canvas whose stops change by at least GRADIENT_STEP_SPAN levels (summed over channels and stops) has more steps than a palette holds. */
export const GRADIENT_CANVAS_SHARE = 0.25;
export const GRADIENT_STEP_SPAN = 256;

/** The rectangle's area inside the canvas (transforms ignored: a hint, not a bound). */
function visibleArea(rect: Rect, list: DisplayList): number {
  const width = Math.min(rect.x + rect.width, list.width) - Math.max(rect.x, 0);
  const height = Math.min(rect.y + rect.height, list.height) - Math.max(rect.y, 0);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Σ over consecutive stops of the change of each channel (0–255, premultiplied; alpha from 0–1). */
function colourSpan(stops: readonly ColorStop[]): number {
  let span = 0;
  for (let i = 1; i < stops.length; i++) {
    const [r0, g0, b0, a0] = premultiplied(stops[i - 1]!.color);
    const [r1, g1, b1, a1] = premultiplied(stops[i]!.color);
    span += Math.abs(r1 - r0) + Math.abs(g1 - g0) + Math.abs(b1 - b0) + 255 * Math.abs(a1 - a0);
  }
  return span;
}

/** The intersection of two rectangles (empty when they do not overlap). */
function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x), height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y) };
}

/** The image pixels a command draws, and whether it fills a wide gradient over a large box. */
function weigh(command: DisplayCommand, list: DisplayList): { readonly imagePixels: number; readonly wideGradient: boolean } {
  if (command.op === 'image') return { imagePixels: visibleArea(overlap(command.dest, command.shape.rect), list), wideGradient: false };
  if (command.op === 'pattern') return { imagePixels: visibleArea(command.shape.rect, list), wideGradient: false };
  if ((command.op === 'fill' || command.op === 'paintPattern') && command.paint.kind !== 'color') {
    const large = visibleArea(command.shape.rect, list) >= GRADIENT_CANVAS_SHARE * list.width * list.height;
    return { imagePixels: 0, wideGradient: large && colourSpan(command.paint.stops) >= GRADIENT_STEP_SPAN };
  }
  return { imagePixels: 0, wideGradient: false };
}

/**
 * True when the list draws images over MANY_COLOUR_IMAGE_PIXELS or a wide gradient over a large
 * box: the palette attempt (2–5 ms of a warm edge render) would fail, so the encoder writes matched
 * RGB(A) straight away. A hint from the list alone: it only decides which lossless encoding is tried.
 */
export function paintsManyColours(list: DisplayList): boolean {
  let imagePixels = 0;
  for (const command of list.commands) {
    const weight = weigh(command, list);
    if (weight.wideGradient) return true;
    imagePixels += weight.imagePixels;
    if (imagePixels >= MANY_COLOUR_IMAGE_PIXELS) return true;
  }
  return false;
}
