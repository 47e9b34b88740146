// Fills in SVG: colours, linear and radial gradients as <defs>, conic gradients approximated by one-degree wedges.
import type { Paint, Rect } from '../display-list/types.js';
import { colorAt, unitStops } from './gradient-stops.js';
import { polygonData } from './path-data.js';
import type { SvgDefs } from './svg-defs.js';
import { colorAttributes, num } from './svg-text.js';

type GradientPaint = Exclude<Paint, { kind: 'color' | 'conic' }>;

/** Wedges a conic gradient is drawn with (one per degree), each a little wider than its step so no seam shows between them. */
export const CONIC_WEDGES = 360;
const WEDGE_OVERLAP = 0.35;

function stopsMarkup(paint: GradientPaint): string {
  return unitStops(paint.stops, paint.repeating).map((stop) => `<stop offset="${num(stop.offset, 5)}"${colorAttributes('stop-color', stop.color)}/>`).join('');
}

function gradientId(paint: GradientPaint, defs: SvgDefs): string {
  if (paint.kind === 'linear') {
    return defs.define('lg', (id) => `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${num(paint.x0)}" y1="${num(paint.y0)}" x2="${num(paint.x1)}" y2="${num(paint.y1)}">${stopsMarkup(paint)}</linearGradient>`);
  }
  // An ellipse: a circle of radius rx in a space scaled vertically about the centre, as the canvas draws it.
  const squash = Math.abs(paint.rx - paint.ry) > 1e-6 ? ` gradientTransform="translate(${num(paint.cx)} ${num(paint.cy)}) scale(1 ${num(paint.ry / paint.rx, 6)}) translate(${num(-paint.cx)} ${num(-paint.cy)})"` : '';
  return defs.define('rg', (id) => `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${num(paint.cx)}" cy="${num(paint.cy)}" r="${num(paint.rx)}" fx="${num(paint.cx)}" fy="${num(paint.cy)}"${squash}>${stopsMarkup(paint)}</radialGradient>`);
}

/** The fill attribute(s) of a colour or linear/radial paint. */
export function fillAttributes(paint: Exclude<Paint, { kind: 'conic' }>, defs: SvgDefs): string {
  return paint.kind === 'color' ? colorAttributes('fill', paint.color) : ` fill="url(#${gradientId(paint, defs)})"`;
}

/**
 * A conic gradient over `bounds` (clipping is the caller's): one wedge per degree in the colour at its
 * middle, wedges of one colour merged. SVG has no conic gradient; at one degree per wedge the steps
 * are below what a 1200 px card shows (docs/svg-output.md).
 */
export function conicWedges(paint: Extract<Paint, { kind: 'conic' }>, bounds: Rect): string {
  const stops = unitStops(paint.stops, paint.repeating);
  const radius = Math.max(...[[bounds.x, bounds.y], [bounds.x + bounds.width, bounds.y], [bounds.x, bounds.y + bounds.height], [bounds.x + bounds.width, bounds.y + bounds.height]].map(([x, y]) => Math.hypot(x! - paint.cx, y! - paint.cy))) + 2;
  const start = ((paint.angle - 90) * Math.PI) / 180;
  const step = (2 * Math.PI) / CONIC_WEDGES;
  const at = (angle: number): [number, number] => [paint.cx + radius * Math.cos(angle), paint.cy + radius * Math.sin(angle)];
  const out: string[] = [];
  let from = 0;
  while (from < CONIC_WEDGES) {
    const color = colorAt(stops, (from + 0.5) / CONIC_WEDGES);
    let to = from + 1;
    const key = colorAttributes('fill', color);
    while (to < CONIC_WEDGES && colorAttributes('fill', colorAt(stops, (to + 0.5) / CONIC_WEDGES)) === key) to++;
    const points: [number, number][] = [[paint.cx, paint.cy]];
    const last = Math.min(CONIC_WEDGES, to + WEDGE_OVERLAP);
    for (let k = from; k < last; k++) points.push(at(start + k * step));
    points.push(at(start + last * step));
    out.push(`<path d="${polygonData(points)}"${key}/>`);
    from = to;
  }
  // Without anti-aliasing between wedges: their edges would show as fine seams (moiré) where neighbours differ by a degree.
  return `<g shape-rendering="crispEdges">${out.join('')}</g>`;
}
