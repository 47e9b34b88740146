// Sized or positioned gradient layers: one tile drawn offscreen at device size, repeated by a canvas pattern.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas } from './skia.js';
import { OgsmithError } from '../../errors/catalogue.js';
import { MAX_DIMENSION } from '../../layout/layout.js';
import type { DisplayCommand } from '../display-list/types.js';
import { fillShape } from './paints.js';
import { rrectPath } from './shapes.js';

type PaintPattern = Extract<DisplayCommand, { op: 'paintPattern' }>;

function repetition(command: PaintPattern): 'repeat' | 'repeat-x' | 'repeat-y' | 'no-repeat' {
  if (command.repeatX && command.repeatY) return 'repeat';
  if (command.repeatX) return 'repeat-x';
  return command.repeatY ? 'repeat-y' : 'no-repeat';
}

export function paintPattern(ctx: SKRSContext2D, command: PaintPattern): void {
  const { tile, shape } = command;
  if (!(tile.width > 0 && tile.height > 0)) return;
  // The tile canvas has whole pixels; the pattern's transform scales it back to the exact tile size.
  const width = Math.ceil(tile.width);
  const height = Math.ceil(tile.height);
  if (width > MAX_DIMENSION || height > MAX_DIMENSION) throw new OgsmithError('INVALID_STYLE_VALUE', `A background tile of ${tile.width}×${tile.height} px is larger than ${MAX_DIMENSION} px`);
  const tileCanvas = createCanvas(width, height);
  const tileCtx = tileCanvas.getContext('2d');
  tileCtx.scale(width / tile.width, height / tile.height);
  fillShape(tileCtx, { rect: { x: 0, y: 0, width: tile.width, height: tile.height }, radii: null }, command.paint);
  const pattern = ctx.createPattern(tileCanvas, repetition(command));
  if (!pattern) return;
  pattern.setTransform({ a: tile.width / width, b: 0, c: 0, d: tile.height / height, e: tile.x, f: tile.y });
  ctx.save();
  ctx.clip(rrectPath(shape));
  ctx.fillStyle = pattern;
  ctx.fillRect(shape.rect.x, shape.rect.y, shape.rect.width, shape.rect.height);
  ctx.restore();
}
