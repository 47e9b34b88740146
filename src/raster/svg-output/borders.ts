// Borders in SVG as the canvas draws them: solid rings (per side in trapezoids), double bands, dashed and dotted strokes.
import { perimeter, roundedBorderDash, sideDash, type DashPattern } from '../display-list/dash-pattern.js';
import { insetRRect } from '../display-list/geometry.js';
import { sameSides, sideCentreLines, sideTrapezoids } from '../display-list/border-sides.js';
import type { BorderSide, DisplayCommand } from '../display-list/types.js';
import { polygonData, rrectData } from './path-data.js';
import type { SvgDefs } from './svg-defs.js';
import { colorAttributes, num } from './svg-text.js';

type BorderCommand = Extract<DisplayCommand, { op: 'border' }>;

/** The stroke attributes of a side: colour, width, dashes and cap. */
function strokeAttributes(side: BorderSide, pattern: DashPattern): string {
  const dashes = pattern.dash.length > 0 ? ` stroke-dasharray="${pattern.dash.map((d) => num(d, 4)).join(' ')}"` : '';
  return ` fill="none"${colorAttributes('stroke', side.color)} stroke-width="${num(side.width)}" stroke-linecap="${pattern.cap}"${dashes}`;
}

export function clipPathId(defs: SvgDefs, d: string, evenOdd = false): string {
  return defs.define('c', (id) => `<clipPath id="${id}" clipPathUnits="userSpaceOnUse"><path d="${d}"${evenOdd ? ' clip-rule="evenodd"' : ''}/></clipPath>`);
}

/** Dashed and dotted sides stroked along the middle of each side, clipped to the outer shape. */
function brokenBorder(command: BorderCommand, defs: SvgDefs): string {
  const strokes = sideCentreLines(command).map(([side, ax, ay, bx, by]) => `<path d="M${num(ax)} ${num(ay)}L${num(bx)} ${num(by)}"${strokeAttributes(side, sideDash(side, Math.hypot(bx - ax, by - ay)))}/>`);
  return `<g clip-path="url(#${clipPathId(defs, rrectData(command.outer))})">${strokes.join('')}</g>`;
}

export function border(command: BorderCommand, defs: SvgDefs): string {
  const { outer, inner, top, right, bottom, left } = command;
  const uniform = sameSides(top, right) && sameSides(top, bottom) && sameSides(top, left);
  if ([top, right, bottom, left].some((side) => side.style === 'dashed' || side.style === 'dotted')) {
    if (uniform && outer.radii && top.width > 0) {
      const centre = insetRRect(outer, top.width / 2, top.width / 2, top.width / 2, top.width / 2);
      return `<path d="${rrectData(centre)}"${strokeAttributes(top, roundedBorderDash(top, perimeter(centre)))}/>`;
    }
    return brokenBorder(command, defs);
  }
  const solid = (side: BorderSide): BorderSide => ({ ...side, style: 'solid' });
  if ([top, right, bottom, left].every((side) => side.style === 'double' && side.width >= 3)) {
    // Double: two rings of a third of each side's width, with a third left empty between them.
    const outerBand = insetRRect(outer, top.width / 3, right.width / 3, bottom.width / 3, left.width / 3);
    const innerBand = insetRRect(outer, (2 * top.width) / 3, (2 * right.width) / 3, (2 * bottom.width) / 3, (2 * left.width) / 3);
    const sides = { top: solid(top), right: solid(right), bottom: solid(bottom), left: solid(left) };
    return border({ ...command, ...sides, inner: outerBand }, defs) + border({ ...command, ...sides, outer: innerBand }, defs);
  }
  const ring = `${rrectData(outer)}${rrectData(inner)}`;
  if (uniform) return `<path d="${ring}" fill-rule="evenodd"${colorAttributes('fill', top.color)}/>`;
  // Each side fills the ring inside its trapezoid (corners split on the diagonal).
  return sideTrapezoids(command)
    .map(([side, points]) => `<g clip-path="url(#${clipPathId(defs, polygonData(points))})"><path d="${ring}" fill-rule="evenodd"${colorAttributes('fill', side.color)}/></g>`)
    .join('');
}
