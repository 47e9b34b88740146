// Images on the portable surface: an image stretched over its destination, and background image tiles repeated over a shape.
import { patternTiles } from '../display-list/pattern-tiles.js';
import type { DisplayCommand, Rect } from '../display-list/types.js';
import type { PortableContext } from './context.js';
import type { PixelImage } from './decode-image.js';
import { imageShader } from './image-shader.js';
import { rrectPath } from './path.js';

/** Draws the image stretched over `dest` (user space), with anti-aliased edges, through the clip; nearest-neighbour when pixelated. */
export function drawImage(ctx: PortableContext, image: PixelImage, dest: Rect, pixelated = false): void {
  if (!(dest.width > 0 && dest.height > 0)) return;
  const shader = imageShader(image, ctx.matrix, [dest.width / image.width, 0, 0, dest.height / image.height, dest.x, dest.y], 'clamp', 'clamp', pixelated);
  if (shader) ctx.fill(ctx.path().rect(dest.x, dest.y, dest.width, dest.height), shader);
}

export function image(ctx: PortableContext, command: Extract<DisplayCommand, { op: 'image' }>, pixels: PixelImage): void {
  ctx.save();
  ctx.clipTo(rrectPath(command.shape, ctx.matrix));
  drawImage(ctx, pixels, command.dest, command.pixelated);
  ctx.restore();
}

/** Draws a background image tile and its repeats over the clip shape. */
export function pattern(ctx: PortableContext, command: Extract<DisplayCommand, { op: 'pattern' }>, pixels: PixelImage): void {
  const corners = patternTiles(command);
  if (corners.length === 0) return;
  ctx.save();
  ctx.clipTo(rrectPath(command.shape, ctx.matrix));
  for (const { x, y } of corners) drawImage(ctx, pixels, { x, y, width: command.tile.width, height: command.tile.height }, command.pixelated);
  ctx.restore();
}
