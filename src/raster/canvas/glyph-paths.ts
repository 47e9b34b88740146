// Glyph outlines drawn by HarfBuzz (variable-font instances included) as canvas paths in font units (y down), cached per face and glyph.
import { Path2D } from '@napi-rs/canvas';
import type { FontFace } from '../../layout/fonts/font-face.js';
import type * as HarfBuzz from 'harfbuzzjs';
import { harfbuzz, harfbuzzFont, SUBUNITS } from '../../layout/fonts/harfbuzz.js';

const cache = new WeakMap<FontFace, Map<number, Path2D | null>>();

/** The path being drawn (HarfBuzz calls back synchronously inside drawGlyph). */
let target: Path2D | null = null;
let commands = 0;
const K = 1 / SUBUNITS;

let drawFuncs: HarfBuzz.DrawFuncs | null = null;

function draw(): HarfBuzz.DrawFuncs {
  if (drawFuncs) return drawFuncs;
  const funcs = new (harfbuzz().DrawFuncs)();
  funcs.setMoveToFunc((x, y) => {
    target!.moveTo(x * K, -y * K);
    commands++;
  });
  funcs.setLineToFunc((x, y) => target!.lineTo(x * K, -y * K));
  funcs.setQuadraticToFunc((cx, cy, x, y) => target!.quadraticCurveTo(cx * K, -cy * K, x * K, -y * K));
  funcs.setCubicToFunc((c1x, c1y, c2x, c2y, x, y) => target!.bezierCurveTo(c1x * K, -c1y * K, c2x * K, -c2y * K, x * K, -y * K));
  funcs.setClosePathFunc(() => target!.closePath());
  drawFuncs = funcs;
  return funcs;
}

/** The glyph's outline in font units with y pointing down (origin on the baseline), or null when empty. */
export function glyphPath(face: FontFace, glyphId: number): Path2D | null {
  let perFace = cache.get(face);
  if (!perFace) {
    perFace = new Map();
    cache.set(face, perFace);
  }
  const hit = perFace.get(glyphId);
  if (hit !== undefined) return hit;
  target = new Path2D();
  commands = 0;
  harfbuzzFont(face).drawGlyph(glyphId, draw());
  const path = commands > 0 ? target : null;
  target = null;
  perFace.set(glyphId, path);
  return path;
}
