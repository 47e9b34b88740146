// Glyph outlines as canvas paths in font units (y down), built from the backend-neutral outlines and cached per face and glyph.
import { Path2D, PathOp, StrokeJoin } from './skia.js';
import type { FontFace } from '../../layout/fonts/font-face.js';
import { forEachSegment, glyphOutline, PathVerb, type GlyphOutline } from '../../layout/fonts/glyph-outline.js';
import { PerFaceCache } from '../../layout/fonts/per-face-cache.js';

/** Skia paths per face and glyph, 8 MiB (each counted as its outline's points at 8 bytes, its verbs, and a native object). */
export const MAX_GLYPH_PATH_BYTES = 8 * 1024 * 1024;
interface SizedPath {
  readonly path: Path2D;
  readonly bytes: number;
}
const cache = new PerFaceCache<SizedPath | null>('glyph_paths', MAX_GLYPH_PATH_BYTES, (sized) => sized?.bytes ?? 0);

/** The glyph's outline in font units with y pointing down (origin on the baseline), or null when empty. */
export function glyphPath(face: FontFace, glyphId: number): Path2D | null {
  return cache.get(face, glyphId, () => {
    const outline = glyphOutline(face, glyphId);
    return outline ? { path: skiaPath(outline), bytes: 512 + outline.verbs.byteLength + 2 * outline.points.byteLength } : null;
  })?.path ?? null;
}

/** Emboldened outlines (fake bold) per face, glyph and stroke width, 4 MiB. */
const emboldenedCache = new PerFaceCache<SizedPath | null>('glyph_paths_bold', MAX_GLYPH_PATH_BYTES / 2, (sized) => sized?.bytes ?? 0);

/**
 * The glyph's outline as Skia's fake bold draws it (a stroke-and-fill: the outline united with its
 * stroke `width` font units wide, miter joins at Skia's default limit 4), or the plain outline when
 * width is 0; null when empty.
 */
export function emboldenedGlyphPath(face: FontFace, glyphId: number, width: number): Path2D | null {
  const plain = glyphPath(face, glyphId);
  if (!plain || !(width > 0)) return plain;
  // Widths are keyed to 1/64 font unit, with the glyph id in the low 16 bits.
  return emboldenedCache.get(face, Math.round(width * 64) * 65536 + glyphId, () => {
    const stroked = new Path2D(plain).stroke({ width, join: StrokeJoin.Miter, miterLimit: 4 });
    // The union comes back even-odd; the canvas fills paths nonzero.
    const path = new Path2D(plain).op(stroked, PathOp.Union).asWinding();
    // Stroking about triples an outline's points: counted as three plain paths.
    return { path, bytes: 3 * 2048 };
  })?.path ?? null;
}

/** The outline as a Skia path. */
function skiaPath(outline: GlyphOutline): Path2D {
  const target = new Path2D();
  forEachSegment(outline, (verb, p, i) => {
    switch (verb) {
      case PathVerb.Move: return target.moveTo(p[i]!, p[i + 1]!);
      case PathVerb.Line: return target.lineTo(p[i]!, p[i + 1]!);
      case PathVerb.Quad: return target.quadraticCurveTo(p[i]!, p[i + 1]!, p[i + 2]!, p[i + 3]!);
      case PathVerb.Cubic: return target.bezierCurveTo(p[i]!, p[i + 1]!, p[i + 2]!, p[i + 3]!, p[i + 4]!, p[i + 5]!);
      case PathVerb.Close: return target.closePath();
    }
  });
  return target;
}
