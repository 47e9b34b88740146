// Glyph outlines from opentype.js as canvas paths in font units (y down), cached per font and glyph.
import { Path2D } from '@napi-rs/canvas';
import type { FontFace } from '../../layout/text/font-face.js';
import { outlineGlyph } from '../../layout/text/variation.js';

const cache = new WeakMap<FontFace, Map<number, Path2D | null>>();

/** The glyph's outline in font units with y pointing down (origin on the baseline), or null when empty. */
export function glyphPath(face: FontFace, glyphId: number): Path2D | null {
  let perFace = cache.get(face);
  if (!perFace) {
    perFace = new Map();
    cache.set(face, perFace);
  }
  const hit = perFace.get(glyphId);
  if (hit !== undefined) return hit;
  const glyph = outlineGlyph(face, glyphId);
  // getPath(x, y, fontSize) flips y; at fontSize = unitsPerEm the coordinates are font units.
  const commands = glyph ? glyph.getPath(0, 0, face.unitsPerEm).commands : [];
  let path: Path2D | null = null;
  if (commands.length > 0) {
    path = new Path2D();
    for (const c of commands) {
      switch (c.type) {
        case 'M':
          path.moveTo(c.x!, c.y!);
          break;
        case 'L':
          path.lineTo(c.x!, c.y!);
          break;
        case 'Q':
          path.quadraticCurveTo(c.x1!, c.y1!, c.x!, c.y!);
          break;
        case 'C':
          path.bezierCurveTo(c.x1!, c.y1!, c.x2!, c.y2!, c.x!, c.y!);
          break;
        case 'Z':
          path.closePath();
          break;
      }
    }
  }
  perFace.set(glyphId, path);
  return path;
}
