// Where glyph masks land on the device, for every backend: subpixel phases, whole-pixel origins, a number per face object.
import type { FontFace } from '../../layout/fonts/font-face.js';

/** Horizontal subpixel positions per pixel, as Skia and Chromium quantise them. */
export const SUBPIXEL_STEPS_X = 4;
/**
 * Vertical positions per pixel: 1, the baseline rounds to a whole pixel as in Chromium. Layout
 * baselines are often fractional (261.2); against the 294 browser screenshots whole pixels give a
 * mean absolute error of 0.305/255 per channel, 1/4 px phases 0.312, exact path fills 0.352.
 */
export const SUBPIXEL_STEPS_Y = 1;
/** Transparent pixels kept around the outline's bounds, so anti-aliased edges are never cut. */
export const MASK_MARGIN = 1;
/** Larger text is filled as paths (as Skia does for big glyphs): its masks would be large and rarely reused. */
export const MAX_MASK_FONT_SIZE = 256;

const faceIds = new WeakMap<FontFace, number>();
let nextFaceId = 0;

/** A number naming the face object: two registries may load different fonts under one key. */
export function faceId(face: FontFace): number {
  let id = faceIds.get(face);
  if (id === undefined) {
    id = nextFaceId++;
    faceIds.set(face, id);
  }
  return id;
}

/** A device coordinate in subpixel units: `steps` per pixel, rounded to the nearest. */
const inSubpixels = (position: number, steps: number): number => Math.round(position * steps);

/** A glyph origin (device px) as a whole pixel and subpixel phases (0 ≤ phase < steps). */
export interface GlyphCell {
  readonly pixelX: number;
  readonly pixelY: number;
  readonly phaseX: number;
  readonly phaseY: number;
}

export function glyphCell(deviceX: number, deviceY: number): GlyphCell {
  const x = inSubpixels(deviceX, SUBPIXEL_STEPS_X);
  const y = inSubpixels(deviceY, SUBPIXEL_STEPS_Y);
  const pixelX = Math.floor(x / SUBPIXEL_STEPS_X);
  const pixelY = Math.floor(y / SUBPIXEL_STEPS_Y);
  return { pixelX, pixelY, phaseX: x - pixelX * SUBPIXEL_STEPS_X, phaseY: y - pixelY * SUBPIXEL_STEPS_Y };
}

/** The mask's pixel bounds for an outline whose scaled bounds (at its phase) are minX…maxX, minY…maxY. */
export function maskBounds(minX: number, minY: number, maxX: number, maxY: number): { left: number; top: number; width: number; height: number } {
  const left = Math.floor(minX) - MASK_MARGIN;
  const top = Math.floor(minY) - MASK_MARGIN;
  return { left, top, width: Math.max(1, Math.ceil(maxX) + MASK_MARGIN - left), height: Math.max(1, Math.ceil(maxY) + MASK_MARGIN - top) };
}
