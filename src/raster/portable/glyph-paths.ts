// Glyph outlines (font units, y down) added to a flattened path, scaled and placed at a glyph origin; synthetic bold and oblique too.
import { forEachSegment, PathVerb, type GlyphOutline } from '../../layout/fonts/glyph-outline.js';
import type { SyntheticStyle } from '../../layout/text/font-synthesis.js';
import { IDENTITY, maxScale } from './matrix.js';
import { Path } from './path.js';
import { strokeOutline } from './stroke.js';

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

/** Skia's default miter limit, which its fake-bold stroke uses. */
const FAKE_BOLD_MITER_LIMIT = 4;

/** Twice the signed area of each contour of a flattened path (its own coordinates). */
function contourAreas(path: Path): number[] {
  const areas: number[] = [];
  for (let c = 0; c < path.starts.length; c++) {
    const start = path.starts[c]!;
    const end = path.starts[c + 1] ?? path.points.length;
    let area = 0;
    for (let i = start; i < end; i += 2) {
      const j = i + 2 < end ? i + 2 : start;
      area += path.points[i]! * path.points[j + 1]! - path.points[j]! * path.points[i + 1]!;
    }
    areas.push(area);
  }
  return areas;
}

/** Adds `source`'s contours (text space) to `path` slanted by `skewX` and placed at (x, y); reversed when `reverse`. */
function addPlaced(path: Path, source: Path, skewX: number, x: number, y: number, reverse: boolean): void {
  const p = source.points;
  for (let c = 0; c < source.starts.length; c++) {
    const start = source.starts[c]!;
    const end = source.starts[c + 1] ?? p.length;
    for (let k = 0; k < end - start; k += 2) {
      const i = reverse ? end - 2 - k : start + k;
      const px = x + p[i]! + skewX * p[i + 1]!;
      const py = y + p[i + 1]!;
      if (k === 0) path.moveTo(px, py);
      else path.lineTo(px, py);
    }
    path.close();
  }
}

/**
 * Adds the outline as Chromium draws a synthetic style: emboldened by a stroke `embolden` px wide
 * (Skia's stroke-and-fill, miter joins) in text space, then slanted by `skewX`, with its origin at
 * (x, y). The stroke's pieces all wind one way (stroke.ts); the outline's contours are turned so its
 * largest (an outer contour) winds that way too, so a nonzero fill gives their union.
 */
export function appendSyntheticOutline(path: Path, outline: GlyphOutline, scale: number, x: number, y: number, synthetic: SyntheticStyle): Path {
  const text = appendOutline(new Path(IDENTITY, maxScale(path.matrix)), outline, scale, 0, 0);
  if (synthetic.embolden > 0) {
    const areas = contourAreas(text);
    let largest = 0;
    for (const area of areas) if (Math.abs(area) > Math.abs(largest)) largest = area;
    addPlaced(path, text, synthetic.skewX, x, y, largest < 0);
    const stroke = strokeOutline(text, { width: synthetic.embolden, cap: 'butt', join: 'miter', dash: [], miterLimit: FAKE_BOLD_MITER_LIMIT }, new Path(), maxScale(path.matrix));
    addPlaced(path, stroke, synthetic.skewX, x, y, false);
  } else addPlaced(path, text, synthetic.skewX, x, y, false);
  return path;
}
