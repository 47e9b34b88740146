// Glyph outlines as canvas paths in font units (y down), built from the backend-neutral outlines and cached per face and glyph.
import { Path2D } from './skia.js';
import type { FontFace } from '../../layout/fonts/font-face.js';
import { forEachSegment, glyphOutline, PathVerb } from '../../layout/fonts/glyph-outline.js';
import { PerFaceCache } from '../../layout/fonts/per-face-cache.js';

const cache = new PerFaceCache<Path2D | null>();

/** The glyph's outline in font units with y pointing down (origin on the baseline), or null when empty. */
export function glyphPath(face: FontFace, glyphId: number): Path2D | null {
  return cache.get(face, glyphId, () => {
    const outline = glyphOutline(face, glyphId);
    if (!outline) return null;
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
  });
}
