// Where a background image tile and its repeats land over the shape, for every backend, with a bound on how many.
import { OgsmithError } from '../../errors/catalogue.js';
import type { DisplayCommand } from './types.js';

const MAX_TILES = 20_000;

/** The tiles' top-left corners to draw (each tile.width × tile.height), in order; none for an empty tile. */
export function patternTiles(command: Extract<DisplayCommand, { op: 'pattern' }>): { readonly x: number; readonly y: number }[] {
  const { tile, shape } = command;
  if (tile.width <= 0 || tile.height <= 0) return [];
  const area = shape.rect;
  const firstX = command.repeatX ? tile.x - Math.ceil((tile.x - area.x) / tile.width) * tile.width : tile.x;
  const firstY = command.repeatY ? tile.y - Math.ceil((tile.y - area.y) / tile.height) * tile.height : tile.y;
  const lastX = command.repeatX ? area.x + area.width : tile.x + 1e-9;
  const lastY = command.repeatY ? area.y + area.height : tile.y + 1e-9;
  if (((lastX - firstX) / tile.width) * ((lastY - firstY) / tile.height) > MAX_TILES) throw new OgsmithError('INVALID_STYLE_VALUE', `A background image tile of ${tile.width}×${tile.height} px would repeat more than ${MAX_TILES} times`);
  const corners: { x: number; y: number }[] = [];
  for (let y = firstY; y < lastY; y += tile.height) {
    for (let x = firstX; x < lastX; x += tile.width) corners.push({ x, y });
  }
  return corners;
}
