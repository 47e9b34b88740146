// Glyph coverage masks, rasterised once per (face, glyph, size, subpixel phase) and blitted at whole pixels; bounded in entries and bytes.
import { boundedCache } from '../../runtime/cache-budget.js';
import type { FontFace } from '../../layout/fonts/font-face.js';
import { glyphOutline } from '../../layout/fonts/glyph-outline.js';
import { faceId, maskBounds, SUBPIXEL_STEPS_X, SUBPIXEL_STEPS_Y } from '../display-list/glyph-grid.js';
import { appendOutline, appendSyntheticOutline } from './glyph-paths.js';
import type { SyntheticStyle } from '../../layout/text/font-synthesis.js';
import { Path } from './path.js';
import { coverageSpans, rasteriseInto } from './rasterise.js';

/** A glyph's coverage (0–1) and where its top-left pixel lies from the glyph's whole-pixel origin. */
export interface CoverageMask {
  readonly data: Float32Array;
  /** Each row's covered columns (coverageSpans). */
  readonly spans: Uint16Array;
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
}

/** Bytes a mask costs beyond its coverage values (the objects around them). */
export const PORTABLE_MASK_OVERHEAD_BYTES = 256;
/** At most this many masks and bytes (coverage plus overhead), whichever comes first; least recently used go. */
export const MAX_PORTABLE_MASKS = 4096;
export const MAX_PORTABLE_MASK_BYTES = 16 * 1024 * 1024;

const masks = boundedCache<string, CoverageMask>({ name: 'portable_glyph_masks', maxBytes: MAX_PORTABLE_MASK_BYTES, maxEntries: MAX_PORTABLE_MASKS, sizeOf: (mask) => mask.data.byteLength + mask.spans.byteLength + PORTABLE_MASK_OVERHEAD_BYTES });
/** Empty glyphs (spaces) remembered apart, as they cost nothing. */
const EMPTY: CoverageMask = { data: new Float32Array(0), spans: new Uint16Array(0), width: 0, height: 0, left: 0, top: 0 };

function rasteriseGlyph(face: FontFace, glyphId: number, size: number, phaseX: number, phaseY: number, synthetic: SyntheticStyle | undefined): CoverageMask {
  const outline = glyphOutline(face, glyphId);
  if (!outline) return EMPTY;
  const scale = size / face.unitsPerEm;
  const path = synthetic ? appendSyntheticOutline(new Path(), outline, scale, phaseX, phaseY, synthetic) : appendOutline(new Path(), outline, scale, phaseX, phaseY);
  const bounds = path.bounds();
  if (!bounds) return EMPTY;
  const { left, top, width, height } = maskBounds(bounds[0], bounds[1], bounds[2], bounds[3]);
  const data = new Float32Array(width * height);
  rasteriseInto(path, 'nonzero', { x: left, y: top, width, height }, data);
  return { data, spans: coverageSpans(data, width, height), width, height, left, top };
}

/** The run's common key part (synthetic bold and oblique included). */
export const runKey = (face: FontFace, size: number, synthetic?: SyntheticStyle): string =>
  synthetic ? `${faceId(face)}|${size}|${synthetic.embolden}|${synthetic.skewX}|` : `${faceId(face)}|${size}|`;

/** The cached coverage of a glyph at subpixel phases (0 ≤ phase < steps); `EMPTY`-sized (0×0) for a glyph that draws nothing. */
export function coverageMask(face: FontFace, glyphId: number, size: number, phaseX: number, phaseY: number, prefix = runKey(face, size), synthetic?: SyntheticStyle): CoverageMask {
  const key = `${prefix}${glyphId}|${phaseX}|${phaseY}`;
  const hit = masks.get(key);
  if (hit) return hit;
  const mask = rasteriseGlyph(face, glyphId, size, phaseX / SUBPIXEL_STEPS_X, phaseY / SUBPIXEL_STEPS_Y, synthetic);
  if (mask.width > 0) masks.set(key, mask);
  return mask;
}

/** The cache's size now, for tests and monitoring. */
export function portableMaskStats(): { readonly masks: number; readonly bytes: number } {
  return { masks: masks.size, bytes: masks.calculatedSize };
}

export function clearPortableMasks(): void {
  masks.clear();
}
