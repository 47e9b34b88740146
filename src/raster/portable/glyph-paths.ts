// Glyph outlines (font units, y down) added to a flattened path, scaled and placed at a glyph origin.
import { forEachSegment, PathVerb, type GlyphOutline } from '../../layout/fonts/glyph-outline.js';
import type { Path } from './path.js';

/** Adds the outline scaled by `scale` with its origin at (x, y) of the path's space. */
export function appendOutline(path: Path, outline: GlyphOutline, scale: number, x: number, y: number): Path {
  forEachSegment(outline, (verb, p, i) => {
    switch (verb) {
      case PathVerb.Move:
        path.moveTo(x + p[i]! * scale, y + p[i + 1]! * scale);
        return;
      case PathVerb.Line:
        path.lineTo(x + p[i]! * scale, y + p[i + 1]! * scale);
        return;
      case PathVerb.Quad:
        path.quadTo(x + p[i]! * scale, y + p[i + 1]! * scale, x + p[i + 2]! * scale, y + p[i + 3]! * scale);
        return;
      case PathVerb.Cubic:
        path.cubicTo(x + p[i]! * scale, y + p[i + 1]! * scale, x + p[i + 2]! * scale, y + p[i + 3]! * scale, x + p[i + 4]! * scale, y + p[i + 5]! * scale);
        return;
      case PathVerb.Close:
        path.close();
        return;
    }
  });
  return path;
}
