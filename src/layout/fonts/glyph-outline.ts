// Glyph outlines drawn by HarfBuzz (variable instances included) as plain path data in font units (y down), cached per face and glyph: every backend draws from these.
import type * as HarfBuzz from 'harfbuzzjs';
import type { FontFace } from './font-face.js';
import { harfbuzz, harfbuzzFont, SUBUNITS } from './harfbuzz.js';
import { PerFaceCache } from './per-face-cache.js';

/** Path verbs; each takes 1 (move, line), 2 (quad), 3 (cubic) or 0 (close) points from `points`. */
export const PathVerb = { Move: 0, Line: 1, Quad: 2, Cubic: 3, Close: 4 } as const;
export type PathVerb = (typeof PathVerb)[keyof typeof PathVerb];

/** A glyph outline: verbs and their points (x, y pairs) in font units, y pointing down, origin on the baseline. */
export interface GlyphOutline {
  readonly verbs: Uint8Array;
  readonly points: Float32Array;
}

/** Calls `visit` once per verb with the verb's points (already offset into `points`). */
export function forEachSegment(outline: GlyphOutline, visit: (verb: PathVerb, points: Float32Array, at: number) => void): void {
  let at = 0;
  for (const verb of outline.verbs) {
    visit(verb as PathVerb, outline.points, at);
    at += verb === PathVerb.Close ? 0 : verb === PathVerb.Cubic ? 6 : verb === PathVerb.Quad ? 4 : 2;
  }
}

/** Outlines per face and glyph, 8 MiB: a Latin card draws a few dozen glyphs, a CJK one hundreds of a 65,535-glyph font. */
export const MAX_OUTLINE_BYTES = 8 * 1024 * 1024;
const cache = new PerFaceCache<GlyphOutline | null>('glyph_outlines', MAX_OUTLINE_BYTES, (outline) => (outline ? 128 + outline.verbs.byteLength + outline.points.byteLength : 0));
const K = 1 / SUBUNITS;

/** The outline being drawn (HarfBuzz calls back synchronously inside drawGlyph). */
const verbs: number[] = [];
const points: number[] = [];
let drawFuncs: HarfBuzz.DrawFuncs | null = null;

function draw(): HarfBuzz.DrawFuncs {
  if (drawFuncs) return drawFuncs;
  const funcs = new (harfbuzz().DrawFuncs)();
  funcs.setMoveToFunc((x, y) => {
    verbs.push(PathVerb.Move);
    points.push(x * K, -y * K);
  });
  funcs.setLineToFunc((x, y) => {
    verbs.push(PathVerb.Line);
    points.push(x * K, -y * K);
  });
  funcs.setQuadraticToFunc((cx, cy, x, y) => {
    verbs.push(PathVerb.Quad);
    points.push(cx * K, -cy * K, x * K, -y * K);
  });
  funcs.setCubicToFunc((c1x, c1y, c2x, c2y, x, y) => {
    verbs.push(PathVerb.Cubic);
    points.push(c1x * K, -c1y * K, c2x * K, -c2y * K, x * K, -y * K);
  });
  funcs.setClosePathFunc(() => verbs.push(PathVerb.Close));
  drawFuncs = funcs;
  return funcs;
}

/** The glyph's outline in font units with y pointing down (origin on the baseline), or null when it draws nothing. */
export function glyphOutline(face: FontFace, glyphId: number): GlyphOutline | null {
  return cache.get(face, glyphId, () => {
    verbs.length = 0;
    points.length = 0;
    harfbuzzFont(face).drawGlyph(glyphId, draw());
    return verbs.length > 0 ? { verbs: Uint8Array.from(verbs), points: Float32Array.from(points) } : null;
  });
}
