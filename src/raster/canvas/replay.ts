// Canvas backend: replays a display list onto @napi-rs/canvas (Skia); canvas/ is the only code that draws pixels.
import type { Canvas, Image, SKRSContext2D } from '@napi-rs/canvas';
import { loadImage } from './skia.js';
import { acquireCanvas, releaseCanvas } from './canvas-pool.js';
import { OgsmithError } from '../../errors/catalogue.js';
import { ImagePixelBudget, type ImagePixelLimits } from '../../layout/element/image-pixel-budget.js';
import type { FontRegistry } from '../../layout/fonts/font-registry.js';
import type { DisplayCommand, DisplayList } from '../display-list/types.js';
import { border } from './borders.js';
import { fillShape } from './paints.js';
import { shadow } from './shadows.js';
import { glyphs, line } from './text.js';
import { paintPattern } from './paint-pattern.js';
import { rrectPath } from './shapes.js';
import { checkSvgWork } from '../svg/svg-work.js';

type Context = SKRSContext2D;

export interface PaintOptions {
  /** false: an image that cannot be decoded leaves its box empty and adds a warning. */
  readonly strict: boolean;
  readonly warnings: string[];
  /** Decoded pixels per image and per render (default 50 MP each), checked from the headers before any image decodes. */
  readonly imageLimits?: Partial<ImagePixelLimits>;
}

const MAX_TILES = 20_000;

/** Draws a background image tile and its repeats over the clip shape. */
function pattern(ctx: Context, command: Extract<DisplayCommand, { op: 'pattern' }>, image: Image): void {
  const { tile, shape } = command;
  if (tile.width <= 0 || tile.height <= 0) return;
  const area = shape.rect;
  const firstX = command.repeatX ? tile.x - Math.ceil((tile.x - area.x) / tile.width) * tile.width : tile.x;
  const firstY = command.repeatY ? tile.y - Math.ceil((tile.y - area.y) / tile.height) * tile.height : tile.y;
  const lastX = command.repeatX ? area.x + area.width : tile.x + 1e-9;
  const lastY = command.repeatY ? area.y + area.height : tile.y + 1e-9;
  if (((lastX - firstX) / tile.width) * ((lastY - firstY) / tile.height) > MAX_TILES) throw new OgsmithError('INVALID_STYLE_VALUE', `A background image tile of ${tile.width}×${tile.height} px would repeat more than ${MAX_TILES} times`);
  ctx.save();
  ctx.clip(rrectPath(shape));
  for (let y = firstY; y < lastY; y += tile.height) {
    for (let x = firstX; x < lastX; x += tile.width) ctx.drawImage(image, x, y, tile.width, tile.height);
  }
  ctx.restore();
}

/**
 * Decodes the images a display list uses, from bytes only (never a URL or a path). Every image is
 * charged to the render's pixel budget first, so an image bomb of any format (img, background,
 * emoji) is refused before any decoder allocates for it.
 */
async function decodeImages(list: DisplayList, options: PaintOptions): Promise<Map<string, Image>> {
  const budget = new ImagePixelBudget(options.imageLimits);
  const readable = new Map<string, Uint8Array>();
  for (const [key, bytes] of list.images) {
    try {
      budget.charge(key, bytes);
      readable.set(key, bytes);
    } catch (error) {
      if (options.strict || !(error instanceof OgsmithError) || error.code !== 'INVALID_IMAGE') throw error;
      options.warnings.push(`${error.code}: ${error.message}`);
    }
  }
  const decoded = new Map<string, Image>();
  await Promise.all([...readable].map(async ([key, bytes]) => {
    try {
      decoded.set(key, await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    } catch (error) {
      const failure = new OgsmithError('INVALID_IMAGE', `An image could not be decoded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      if (options.strict) throw failure;
      options.warnings.push(`${failure.code}: ${failure.message}`);
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
