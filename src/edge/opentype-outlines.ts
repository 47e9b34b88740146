// Glyph outlines from opentype.js for the edge build: HarfBuzz's draw callbacks need wasm compiled at run time, which workerd and Vercel's edge refuse.
import type { FontFace } from '../layout/fonts/font-face.js';
import { PathVerb, type GlyphOutline } from '../layout/fonts/glyph-outline.js';

/** The glyph's outline in font units, y down, from the parsed font (a variable font draws its default instance). */
export function opentypeOutline(face: FontFace, glyphId: number): GlyphOutline | null {
  const glyph = face.font.glyphs.get(glyphId);
  if (!glyph) return null;
  const verbs: number[] = [];
  const points: number[] = [];
  for (const c of glyph.getPath(0, 0, face.unitsPerEm).commands) {
    if (c.type === 'M' || c.type === 'L') (verbs.push(c.type === 'M' ? PathVerb.Move : PathVerb.Line), points.push(c.x!, c.y!));
    else if (c.type === 'Q') (verbs.push(PathVerb.Quad), points.push(c.x1!, c.y1!, c.x!, c.y!));
    else if (c.type === 'C') (verbs.push(PathVerb.Cubic), points.push(c.x1!, c.y1!, c.x2!, c.y2!, c.x!, c.y!));
    else verbs.push(PathVerb.Close);
  }
  return verbs.length > 0 ? { verbs: Uint8Array.from(verbs), points: Float32Array.from(points) } : null;
}
