// Sized or positioned gradient layers: one tile rendered at whole-pixel size, then sampled (repeated or not) over the shape.
import { OgsmithError } from '../../errors/catalogue.js';
import { MAX_DIMENSION } from '../../layout/layout.js';
import type { DisplayCommand } from '../display-list/types.js';
import { PortableContext } from './context.js';
import { fillShape } from './fills.js';
import { imageShader } from './image-shader.js';
import { rrectPath } from './path.js';
import { Surface } from './surface.js';

export function paintPattern(ctx: PortableContext, command: Extract<DisplayCommand, { op: 'paintPattern' }>): void {
  const { tile, shape } = command;
  if (!(tile.width > 0 && tile.height > 0)) return;
  const width = Math.ceil(tile.width);
  const height = Math.ceil(tile.height);
  if (width > MAX_DIMENSION || height > MAX_DIMENSION) throw new OgsmithError('INVALID_STYLE_VALUE', `A background tile of ${tile.width}×${tile.height} px is larger than ${MAX_DIMENSION} px`);
  const tileSurface = new Surface(width, height);
  fillShape(new PortableContext(tileSurface, [width / tile.width, 0, 0, height / tile.height, 0, 0]), { rect: { x: 0, y: 0, width: tile.width, height: tile.height }, radii: null }, command.paint);
  const shader = imageShader(tileSurface, ctx.matrix, [tile.width / width, 0, 0, tile.height / height, tile.x, tile.y], command.repeatX ? 'repeat' : 'none', command.repeatY ? 'repeat' : 'none');
  if (!shader) return;
  ctx.save();
  ctx.clipTo(rrectPath(shape, ctx.matrix));
  ctx.fill(ctx.path().rect(shape.rect.x, shape.rect.y, shape.rect.width, shape.rect.height), shader);
  ctx.restore();
}
