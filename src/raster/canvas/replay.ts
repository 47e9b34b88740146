// Canvas backend: replays a display list onto @napi-rs/canvas (Skia); canvas/ is the only code that draws pixels.
import type { Canvas, Image, SKRSContext2D } from '@napi-rs/canvas';
import { decodeCached } from './decoded-images.js';
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
import { backdrop, finishGroup, groupMargin } from './effects.js';
import type { MaskLayer, PushGroup } from '../display-list/effect-types.js';
import { patternTiles } from '../display-list/pattern-tiles.js';

type Context = SKRSContext2D;

export type { PaintOptions } from '../paint-options.js';

/** Draws a background image tile and its repeats over the clip shape. */
function pattern(ctx: Context, command: Extract<DisplayCommand, { op: 'pattern' }>, image: Image): void {
  const corners = patternTiles(command);
  if (corners.length === 0) return;
  ctx.save();
  ctx.clip(rrectPath(command.shape));
  if (command.pixelated) ctx.imageSmoothingEnabled = false;
  for (const { x, y } of corners) ctx.drawImage(image, x, y, command.tile.width, command.tile.height);
  ctx.restore();
}

/** Decodes the images a display list uses, or takes them from the decoded-image cache (paint-options.ts charges each to the pixel budget first). */
async function decodeImages(list: DisplayList, options: PaintOptions): Promise<Map<string, Image>> {
  const decoded = new Map<string, Image>();
  await Promise.all([...chargedImages(list, options)].map(async ([key, bytes]) => {
    try {
      decoded.set(key, await decodeCached(bytes));
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
  await checkSvgWork(list);
  const images = await decodeImages(list, options);
  const canvas = acquireCanvas(list.width, list.height);
  /** Opacity layers and effect groups; a group keeps the transform it was pushed with. */
  const stack: { canvas: Canvas; ctx: Context; alpha: number; group?: { command: PushGroup; transform: ReturnType<Context['getTransform']>; margin: number } }[] = [{ canvas, ctx: canvas.getContext('2d'), alpha: 1 }];
  const drawLayer = (target: Context, command: MaskLayer): void => {
    if (command.op === 'fill') fillShape(target, command.shape, command.paint);
    else if (command.op === 'paintPattern') paintPattern(target, command);
    else {
      const image = images.get(command.source);
      if (image) pattern(target, command, image);
    }
  };
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
        // The size of the layer below (an effect group's layer may be larger than the canvas).
        const below = stack[stack.length - 1]!.canvas;
        const layer = acquireCanvas(below.width, below.height);
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
      case 'pushGroup': {
        const below = stack[stack.length - 1]!.canvas;
        const transform = ctx.getTransform();
        const margin = groupMargin(command, transform);
        const layer = acquireCanvas(below.width + 2 * margin, below.height + 2 * margin);
        const layerCtx = layer.getContext('2d');
        layerCtx.setTransform(transform.a, transform.b, transform.c, transform.d, transform.e + margin, transform.f + margin);
        stack.push({ canvas: layer, ctx: layerCtx, alpha: 1, group: { command, transform, margin } });
        ctx = layerCtx;
        break;
      }
      case 'popGroup': {
        const layer = stack.pop();
        const parent = stack[stack.length - 1];
        if (!layer?.group || !parent) throw new OgsmithError('INTERNAL', 'Unbalanced effect groups in the display list');
        ctx = parent.ctx;
        finishGroup(ctx, layer.canvas, layer.group.command, layer.group.transform, layer.group.margin, drawLayer);
        break;
      }
      case 'backdrop': {
        const below = stack[stack.length - 2];
        if (!below) throw new OgsmithError('INTERNAL', 'A backdrop outside an effect group in the display list');
        backdrop(ctx, below.canvas, command, stack[stack.length - 1]!.group?.margin ?? 0);
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
        if (command.pixelated) ctx.imageSmoothingEnabled = false;
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
