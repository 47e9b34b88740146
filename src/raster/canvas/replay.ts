// Canvas backend: replays a display list onto @napi-rs/canvas (Skia); canvas/ is the only code that draws pixels.
import type { Canvas, Image, SKRSContext2D } from '@napi-rs/canvas';
import { loadImage } from './skia.js';
import { acquireCanvas, releaseCanvas } from './canvas-pool.js';
import { OgsmithError } from '../../errors/catalogue.js';
import { chargedImages, reportImageFailure, type PaintOptions } from '../paint-options.js';
import type { FontRegistry } from '../../layout/fonts/font-registry.js';
import type { DisplayCommand, DisplayList } from '../display-list/types.js';
import { border } from './borders.js';
import { fillShape } from './paints.js';
import { shadow } from './shadows.js';
import { glyphs, line } from './text.js';
import { paintPattern } from './paint-pattern.js';
import { rrectPath } from './shapes.js';
import { checkSvgWork } from '../svg/svg-work.js';
import { patternTiles } from '../display-list/pattern-tiles.js';

type Context = SKRSContext2D;

export type { PaintOptions } from '../paint-options.js';

/** Draws a background image tile and its repeats over the clip shape. */
function pattern(ctx: Context, command: Extract<DisplayCommand, { op: 'pattern' }>, image: Image): void {
  const corners = patternTiles(command);
  if (corners.length === 0) return;
  ctx.save();
  ctx.clip(rrectPath(command.shape));
  for (const { x, y } of corners) ctx.drawImage(image, x, y, command.tile.width, command.tile.height);
  ctx.restore();
}

/** Decodes the images a display list uses (paint-options.ts charges each to the pixel budget first). */
async function decodeImages(list: DisplayList, options: PaintOptions): Promise<Map<string, Image>> {
  const decoded = new Map<string, Image>();
  await Promise.all([...chargedImages(list, options)].map(async ([key, bytes]) => {
    try {
      decoded.set(key, await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    } catch (error) {
      reportImageFailure(options, new OgsmithError('INVALID_IMAGE', `An image could not be decoded: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
    }
  }));
  return decoded;
}

/**
 * Replays the display list onto a canvas of its size: a pooled one, which the caller gives back
 * with releaseCanvas() once it has read the pixels, or keeps (then it is simply never reused).
 */
export async function paintDisplayList(list: DisplayList, fonts: FontRegistry, options: PaintOptions = { strict: true, warnings: [] }): Promise<Canvas> {
  checkSvgWork(list);
  const images = await decodeImages(list, options);
  const canvas = acquireCanvas(list.width, list.height);
  const stack: { canvas: Canvas; ctx: Context; alpha: number }[] = [{ canvas, ctx: canvas.getContext('2d'), alpha: 1 }];
  let ctx = stack[0]!.ctx;
  for (const command of list.commands) {
    switch (command.op) {
      case 'save':
        ctx.save();
        break;
      case 'restore':
        ctx.restore();
        break;
      case 'clip':
        ctx.clip(rrectPath(command.shape));
        break;
      case 'transform': {
        const [a, b, c, d, e, f] = command.matrix;
        ctx.transform(a, b, c, d, e, f);
        break;
      }
      case 'pushLayer': {
        const layer = acquireCanvas(list.width, list.height);
        const layerCtx = layer.getContext('2d');
        layerCtx.setTransform(ctx.getTransform());
        stack.push({ canvas: layer, ctx: layerCtx, alpha: command.alpha });
        ctx = layerCtx;
        break;
      }
      case 'popLayer': {
        const layer = stack.pop();
        const parent = stack[stack.length - 1];
        if (!layer || !parent) throw new OgsmithError('INTERNAL', 'Unbalanced opacity layers in the display list');
        ctx = parent.ctx;
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.globalAlpha = layer.alpha;
        ctx.drawImage(layer.canvas, 0, 0);
        ctx.restore();
        releaseCanvas(layer.canvas);
        break;
      }
      case 'fill':
        fillShape(ctx, command.shape, command.paint);
        break;
      case 'border':
        border(ctx, command);
        break;
      case 'shadow':
        shadow(ctx, command);
        break;
      case 'image': {
        const image = images.get(command.source);
        if (!image) break;
        ctx.save();
        ctx.clip(rrectPath(command.shape));
        ctx.drawImage(image, command.dest.x, command.dest.y, command.dest.width, command.dest.height);
        ctx.restore();
        break;
      }
      case 'pattern': {
        const image = images.get(command.source);
        if (image) pattern(ctx, command, image);
        break;
      }
      case 'paintPattern':
        paintPattern(ctx, command);
        break;
      case 'glyphs':
        glyphs(ctx, command, fonts);
        break;
      case 'line':
        line(ctx, command);
        break;
      case 'outline':
        ctx.save();
        ctx.strokeStyle = command.color;
        ctx.lineWidth = 1;
        ctx.strokeRect(command.rect.x + 0.5, command.rect.y + 0.5, Math.max(0, command.rect.width - 1), Math.max(0, command.rect.height - 1));
        ctx.restore();
        break;
    }
  }
  return canvas;
}
