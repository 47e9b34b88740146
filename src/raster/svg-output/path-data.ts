// Path data (the d attribute) for rounded rectangles, polygons and glyph outlines.
import { forEachSegment, PathVerb, type GlyphOutline } from '../../layout/fonts/glyph-outline.js';
import type { RRect } from '../display-list/types.js';
import { num } from './svg-text.js';

/**
 * A closed path around the shape, clockwise from the end of the top-left corner, with elliptical
 * corner arcs: the canvas backend's path, so dashes start at the same point.
 */
export function rrectData(shape: RRect): string {
  const { x, y, width: w, height: h } = shape.rect;
  if (!shape.radii) return `M${num(x)} ${num(y)}H${num(x + w)}V${num(y + h)}H${num(x)}Z`;
  const [[tlx, tly], [trx, try_], [brx, bry], [blx, bly]] = shape.radii;
  const arc = (rx: number, ry: number, toX: number, toY: number): string => (rx > 0 && ry > 0 ? `A${num(rx)} ${num(ry)} 0 0 1 ${num(toX)} ${num(toY)}` : '');
  return [
    `M${num(x + tlx)} ${num(y)}`,
    `L${num(x + w - trx)} ${num(y)}`,
    arc(trx, try_, x + w, y + try_),
    `L${num(x + w)} ${num(y + h - bry)}`,
    arc(brx, bry, x + w - brx, y + h),
    `L${num(x + blx)} ${num(y + h)}`,
    arc(blx, bly, x, y + h - bly),
    `L${num(x)} ${num(y + tly)}`,
    arc(tlx, tly, x + tlx, y),
    'Z',
  ].join('');
}

export function polygonData(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${num(px)} ${num(py)}`).join('')}Z`;
}

/** A glyph outline as path data, each point mapped by `scale` then moved by (dx, dy); font units (y down) by default. */
export function glyphData(outline: GlyphOutline, scale = 1, dx = 0, dy = 0, digits = 2): string {
  const parts: string[] = [];
  const p = (points: Float32Array, i: number): string => `${num(points[i]! * scale + dx, digits)} ${num(points[i + 1]! * scale + dy, digits)}`;
  forEachSegment(outline, (verb, points, at) => {
    switch (verb) {
      case PathVerb.Move: return void parts.push(`M${p(points, at)}`);
      case PathVerb.Line: return void parts.push(`L${p(points, at)}`);
      case PathVerb.Quad: return void parts.push(`Q${p(points, at)} ${p(points, at + 2)}`);
      case PathVerb.Cubic: return void parts.push(`C${p(points, at)} ${p(points, at + 2)} ${p(points, at + 4)}`);
      case PathVerb.Close: return void parts.push('Z');
    }
  });
  return parts.join('');
}
