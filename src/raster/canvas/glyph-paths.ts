// Glyph outlines as canvas paths in font units (y down), built from the backend-neutral outlines and cached per face and glyph.
import { Path2D } from './skia.js';
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
