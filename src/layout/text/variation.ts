// Variable fonts: axis coordinates of a face instance, and glyph advances and outlines at those coordinates.
import type { Glyph } from 'opentype.js';
import type { FontSetting } from '../style/font-settings.js';
import type { FontFace } from './font-face.js';

/** Axis tag → user-space value. */
export type VariationCoords = Readonly<Record<string, number>>;

interface Varied {
  readonly advance: number;
  readonly glyph: Glyph;
}

const variedCache = new WeakMap<FontFace, Map<number, Varied | null>>();

/** The font's axes, or an empty list for a static font. */
export function fontAxes(face: FontFace): readonly { readonly tag: string; readonly minValue: number; readonly defaultValue: number; readonly maxValue: number }[] {
  return face.font.tables.fvar?.axes ?? [];
}

/**
 * Coordinates for a request: wght follows the requested weight inside the face's weight range
 * (when it has one), then `font-variation-settings` override any axis; values clamp to the axes.
 * Null when every axis stays at its default (the face itself is used).
 */
export function coordsFor(face: FontFace, weight: number, settings: readonly FontSetting[]): VariationCoords | null {
  const axes = fontAxes(face);
  if (axes.length === 0) return null;
  const wanted = new Map<string, number>();
  if (face.weightMax !== null) wanted.set('wght', Math.min(Math.max(weight, face.weight), face.weightMax));
  for (const { tag, value } of settings) wanted.set(tag, value);
  const coords: Record<string, number> = {};
  let changed = false;
  for (const axis of axes) {
    const value = Math.min(Math.max(wanted.get(axis.tag) ?? axis.defaultValue, axis.minValue), axis.maxValue);
    coords[axis.tag] = value;
    if (value !== axis.defaultValue) changed = true;
  }
  return changed ? coords : null;
}

/** Advance (font units) and outline glyph of `glyphId` at the face's coordinates, cached per face. */
function varied(face: FontFace, glyphId: number): Varied | null {
  let perFace = variedCache.get(face);
  if (!perFace) {
    perFace = new Map();
    variedCache.set(face, perFace);
  }
  const hit = perFace.get(glyphId);
  if (hit !== undefined) return hit;
  const glyph = face.font.glyphs.get(glyphId);
  const variation = face.font.variation;
  let result: Varied | null = null;
  if (glyph && variation && face.variation) {
    // opentype.js writes the varied advance and bearing onto the shared glyph: put them back.
    const mutable = glyph as { advanceWidth: number | undefined; leftSideBearing?: number };
    const [advance, bearing] = [mutable.advanceWidth, mutable.leftSideBearing];
    const transformed = variation.getTransform(glyph, face.variation);
    // The varied outline is built without the font's units per em, which getPath() scales by.
    const path = (transformed as { path?: { unitsPerEm?: number } }).path;
    if (path && !path.unitsPerEm) path.unitsPerEm = face.unitsPerEm;
    result = { advance: transformed.advanceWidth ?? advance ?? 0, glyph: transformed };
    mutable.advanceWidth = advance;
    mutable.leftSideBearing = bearing;
  }
  perFace.set(glyphId, result);
  return result;
}

/** The glyph's advance in font units at the face's coordinates. */
export function glyphAdvance(face: FontFace, glyphId: number): number | undefined {
  if (face.variation) {
    const v = varied(face, glyphId);
    if (v) return v.advance;
  }
  return face.font.glyphs.get(glyphId)?.advanceWidth;
}

/** The glyph to take the outline from at the face's coordinates. */
export function outlineGlyph(face: FontFace, glyphId: number): Glyph | undefined {
  if (face.variation) {
    const v = varied(face, glyphId);
    if (v) return v.glyph;
  }
  return face.font.glyphs.get(glyphId);
}
