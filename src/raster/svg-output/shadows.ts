// Box shadows in SVG: the (spread) shape filled in the shadow colour, blurred by a Gaussian of sigma blur / 2 as the canvas's shadowBlur, clipped outside (or inside) the box.
import { growRRect } from '../display-list/geometry.js';
import type { DisplayCommand, Rect, RRect } from '../display-list/types.js';
import { clipPathId } from './borders.js';
import { rrectData } from './path-data.js';
import type { SvgDefs } from './svg-defs.js';
import { colorAttributes, num } from './svg-text.js';

/** The canvas's shadowBlur is twice the Gaussian's standard deviation (HTML canvas spec). */
export const sigmaOf = (blur: number): number => blur / 2;

const grow = (rect: Rect, by: number): Rect => ({ x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by });

/** ` filter="url(#…)"` blurring by `blur` over `region` (user space), or nothing when blur is 0. */
export function blurAttribute(blur: number, region: Rect, defs: SvgDefs): string {
  if (blur <= 0) return '';
  const sigma = sigmaOf(blur);
  const r = grow(region, 3 * sigma + 2);
  const id = defs.define('f', (fid) => `<filter id="${fid}" filterUnits="userSpaceOnUse" x="${num(r.x)}" y="${num(r.y)}" width="${num(r.width)}" height="${num(r.height)}" color-interpolation-filters="sRGB"><feGaussianBlur stdDeviation="${num(sigma, 4)}"/></filter>`);
  return ` filter="url(#${id})"`;
}

const moved = (shape: RRect, dx: number, dy: number): RRect => ({ rect: { ...shape.rect, x: shape.rect.x + dx, y: shape.rect.y + dy }, radii: shape.radii });

export function shadow(command: Extract<DisplayCommand, { op: 'shadow' }>, defs: SvgDefs): string {
  const { shape, spread, blur, color, offsetX, offsetY, inset } = command;
  const reach = 3 * sigmaOf(blur) + Math.abs(spread) + Math.abs(offsetX) + Math.abs(offsetY) + 4;
  const around = grow(shape.rect, reach);
  const frame = `M${num(around.x)} ${num(around.y)}H${num(around.x + around.width)}V${num(around.y + around.height)}H${num(around.x)}Z`;
  if (!inset) {
    // Only outside the border box: the spread shape, moved by the offset, blurred, with the box cut out.
    const cast = moved(growRRect(shape, spread), offsetX, offsetY);
    const clip = clipPathId(defs, `${frame}${rrectData(shape)}`, true);
    return `<g clip-path="url(#${clip})"><path d="${rrectData(cast)}"${colorAttributes('fill', color)}${blurAttribute(blur, cast.rect, defs)}/></g>`;
  }
  // Inside the padding box: a frame around a hole (the box moved by the offset, shrunk by the spread), blurred.
  const hole = growRRect(moved(shape, offsetX, offsetY), -spread);
  const clip = clipPathId(defs, rrectData(shape));
  return `<g clip-path="url(#${clip})"><path d="${frame}${rrectData(hole)}" fill-rule="evenodd"${colorAttributes('fill', color)}${blurAttribute(blur, around, defs)}/></g>`;
}
