// The geometry of SVG's basic shapes and path element as vector path data in the element's user space.
import { parseLength, parseNumberList, type Viewport } from './lengths.js';
import { PathBuilder } from './path-builder.js';
import { parsePathData } from './path-data.js';
import type { VectorPath } from './scene.js';
import type { SvgElement } from './svg-tree.js';
import { property } from './style.js';

export const SHAPE_ELEMENTS: ReadonlySet<string> = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);

/** Geometry properties may come from the style attribute too (SVG 2), else from the attribute. */
const length = (element: SvgElement, name: string, viewport: Viewport, axis: 'x' | 'y' | 'diagonal'): number | null => parseLength(property(element, name), viewport, axis);

function rect(element: SvgElement, viewport: Viewport, path: PathBuilder): void {
  const x = length(element, 'x', viewport, 'x') ?? 0;
  const y = length(element, 'y', viewport, 'y') ?? 0;
  const w = length(element, 'width', viewport, 'x') ?? 0;
  const h = length(element, 'height', viewport, 'y') ?? 0;
  if (!(w > 0 && h > 0)) return;
  // rx and ry: a missing or `auto` one takes the other's value; each is at most half its side.
  let rx = length(element, 'rx', viewport, 'x');
  let ry = length(element, 'ry', viewport, 'y');
  if (rx !== null && rx < 0) rx = null;
  if (ry !== null && ry < 0) ry = null;
  rx ??= ry ?? 0;
  ry ??= rx;
  path.roundedRect(x, y, w, h, Math.min(rx, w / 2), Math.min(ry, h / 2));
}

function ellipse(element: SvgElement, viewport: Viewport, path: PathBuilder): void {
  const cx = length(element, 'cx', viewport, 'x') ?? 0;
  const cy = length(element, 'cy', viewport, 'y') ?? 0;
  let rx: number | null;
  let ry: number | null;
  if (element.name === 'circle') {
    rx = ry = length(element, 'r', viewport, 'diagonal') ?? 0;
  } else {
    rx = length(element, 'rx', viewport, 'x');
    ry = length(element, 'ry', viewport, 'y');
    rx ??= ry ?? 0;
    ry ??= rx;
  }
  if (rx > 0 && ry > 0) path.ellipse(cx, cy, rx, ry);
}

function points(element: SvgElement, path: PathBuilder, close: boolean): void {
  const values = parseNumberList(element.attributes.points);
  // An odd count or a bad number ends the list where it occurs (the points before it are drawn).
  for (let i = 0; i + 1 < values.length; i += 2) {
    const x = values[i]!;
    const y = values[i + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) break;
    if (i === 0) path.moveTo(x, y);
    else path.lineTo(x, y);
  }
  if (close && !path.isEmpty) path.close();
}

/** The shape's path in its user space (empty when it draws nothing, e.g. a rect of width 0). */
export function shapePath(element: SvgElement, viewport: Viewport): VectorPath {
  if (element.name === 'path') return parsePathData(element.attributes.d ?? '');
  const path = new PathBuilder();
  switch (element.name) {
    case 'rect':
      rect(element, viewport, path);
      break;
    case 'circle':
    case 'ellipse':
      ellipse(element, viewport, path);
      break;
    case 'line':
      path.moveTo(length(element, 'x1', viewport, 'x') ?? 0, length(element, 'y1', viewport, 'y') ?? 0);
      path.lineTo(length(element, 'x2', viewport, 'x') ?? 0, length(element, 'y2', viewport, 'y') ?? 0);
      break;
    case 'polyline':
      points(element, path, false);
      break;
    case 'polygon':
      points(element, path, true);
      break;
  }
  return path.build();
}
