// Background tiles in SVG: an image or a gradient in one <pattern> tile, repeated along the axes that repeat, clipped to the painting area.
import type { DisplayCommand, Paint, Rect } from '../display-list/types.js';
import { clipPathId } from './borders.js';
import { useImage } from './images.js';
import { conicWedges, fillAttributes } from './paints.js';
import { rrectData } from './path-data.js';
import type { SvgDefs } from './svg-defs.js';
import { num } from './svg-text.js';

type Tiled = Extract<DisplayCommand, { op: 'pattern' | 'paintPattern' }>;

/** The tile's content at the origin: the image stretched over it, or the paint (laid out at the origin) filling it. */
export function gradientTile(paint: Paint, tile: Rect, defs: SvgDefs): string {
  const area = { x: 0, y: 0, width: tile.width, height: tile.height };
  if (paint.kind === 'conic') return conicWedges(paint, area);
  return `<rect width="${num(tile.width)}" height="${num(tile.height)}"${fillAttributes(paint, defs)}/>`;
}

export function imageTile(imageId: string, tile: Rect): string {
  return useImage(imageId, 0, 0, tile.width, tile.height);
}

/** The tile placed and repeated over the command's shape; `content` draws one tile at the origin. */
export function tiled(command: Tiled, content: string, defs: SvgDefs): string {
  const { tile, shape } = command;
  if (!(tile.width > 0 && tile.height > 0)) return '';
  const area = shape.rect;
  // Along an axis that does not repeat, only the tile's own row or column is filled.
  const x0 = command.repeatX ? area.x : tile.x;
  const x1 = command.repeatX ? area.x + area.width : tile.x + tile.width;
  const y0 = command.repeatY ? area.y : tile.y;
  const y1 = command.repeatY ? area.y + area.height : tile.y + tile.height;
  if (x1 <= x0 || y1 <= y0) return '';
  const pattern = defs.define('p', (id) => `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${num(tile.width, 4)}" height="${num(tile.height, 4)}" patternTransform="translate(${num(tile.x, 4)} ${num(tile.y, 4)})">${content}</pattern>`);
  const clip = clipPathId(defs, rrectData(shape));
  return `<g clip-path="url(#${clip})"><rect x="${num(x0)}" y="${num(y0)}" width="${num(x1 - x0)}" height="${num(y1 - y0)}" fill="url(#${pattern})"/></g>`;
}
