// Canvas backend: replays a display list onto @napi-rs/canvas (Skia), the only place that draws pixels.
import { createCanvas, loadImage, Path2D, type Canvas, type Image, type SKRSContext2D } from '@napi-rs/canvas';
import { OgsmithError } from '../../errors/catalogue.js';
import type { FontRegistry } from '../../layout/text/font-registry.js';
import type { BorderSide, DisplayCommand, DisplayList, Paint, RRect } from '../display-list/types.js';
import { glyphPath } from './glyph-paths.js';
import { fillLinearGradient } from './gradient-strip.js';
import { rrectPath } from './shapes.js';
import { insetRRect as insetShape } from '../display-list/geometry.js';

type Context = SKRSContext2D;
type CanvasFill = string | CanvasGradient;
type CanvasGradient = ReturnType<Context['createLinearGradient']>;

const FAR = 100_000;

/** Expands repeating-gradient stops over [0, 1]. */
function repeatedStops(paint: Extract<Paint, { stops: unknown }>): readonly { offset: number; color: string }[] {
  if (!paint.repeating) return paint.stops;
  const first = paint.stops[0]!.offset;
  const period = paint.stops[paint.stops.length - 1]!.offset - first;
  if (period <= 1e-6) return paint.stops;
  const out: { offset: number; color: string }[] = [];
  const startK = Math.floor(-first / period) - 1;
  for (let k = startK; first + k * period <= 1; k++) {
    for (const stop of paint.stops) {
      const offset = stop.offset + k * period;
      if (offset >= -period && offset <= 1 + period) out.push({ offset, color: stop.color });
    }
  }
  return out;
}

function fillStyle(ctx: Context, paint: Paint): CanvasFill {
  if (paint.kind === 'color') return paint.color;
  const stops = repeatedStops(paint);
  let gradient: CanvasGradient;
  if (paint.kind === 'linear') gradient = ctx.createLinearGradient(paint.x0, paint.y0, paint.x1, paint.y1);
  else if (paint.kind === 'radial') gradient = ctx.createRadialGradient(paint.cx, paint.cy, 0, paint.cx, paint.cy, paint.rx);
  else gradient = ctx.createConicGradient(((paint.angle - 90) * Math.PI) / 180, paint.cx, paint.cy);
  // Offsets outside [0, 1] (repeating) are folded in by clamping to the ends, keeping order.
  for (const stop of stops) gradient.addColorStop(Math.max(0, Math.min(1, stop.offset)), stop.color);
  return gradient;
}

/** Fills a shape; radial paints with two radii are drawn in a space scaled to make them circular. */
function fillShape(ctx: Context, shape: RRect, paint: Paint): void {
  if (paint.kind === 'linear') {
    fillLinearGradient(ctx, shape, paint);
    return;
  }
  if (paint.kind === 'radial' && Math.abs(paint.rx - paint.ry) > 1e-6) {
    ctx.save();
    const path = rrectPath(shape);
    ctx.clip(path);
    ctx.translate(paint.cx, paint.cy);
    ctx.scale(1, paint.ry / paint.rx);
    ctx.translate(-paint.cx, -paint.cy);
    ctx.fillStyle = fillStyle(ctx, paint);
    const scaleBack = paint.rx / paint.ry;
    ctx.fillRect(shape.rect.x - FAR, paint.cy - (paint.cy - shape.rect.y + FAR) * scaleBack, shape.rect.width + 2 * FAR, (shape.rect.height + 2 * FAR) * scaleBack);
    ctx.restore();
    return;
  }
  ctx.fillStyle = fillStyle(ctx, paint);
  if (!shape.radii) ctx.fillRect(shape.rect.x, shape.rect.y, shape.rect.width, shape.rect.height);
  else ctx.fill(rrectPath(shape));
}

function sameSides(a: BorderSide, b: BorderSide): boolean {
  return a.width === b.width && a.color === b.color && a.style === b.style;
}

function dashFor(style: BorderSide['style'] | 'wavy', width: number): number[] {
  if (style === 'dashed') return [width * 3, width * 3];
  if (style === 'dotted') return [0, width * 2];
  return [];
}

function border(ctx: Context, command: Extract<DisplayCommand, { op: 'border' }>): void {
  const { outer, inner, top, right, bottom, left } = command;
  const uniform = sameSides(top, right) && sameSides(top, bottom) && sameSides(top, left);
  if ([top, right, bottom, left].some((side) => side.style === 'dashed' || side.style === 'dotted')) {
    brokenBorder(ctx, command);
    return;
  }
  if ([top, right, bottom, left].every((side) => side.style === 'double' && side.width >= 3)) {
    // Double: two rings of a third of each side's width, with a third left empty between them.
    const third = (side: BorderSide): number => side.width / 3;
    const outerBand = insetShape(outer, third(top), third(right), third(bottom), third(left));
    const innerBand = insetShape(outer, 2 * third(top), 2 * third(right), 2 * third(bottom), 2 * third(left));
    border(ctx, { ...command, inner: outerBand, top: { ...top, style: 'solid' }, right: { ...right, style: 'solid' }, bottom: { ...bottom, style: 'solid' }, left: { ...left, style: 'solid' } });
    border(ctx, { ...command, outer: innerBand, top: { ...top, style: 'solid' }, right: { ...right, style: 'solid' }, bottom: { ...bottom, style: 'solid' }, left: { ...left, style: 'solid' } });
    return;
  }
  const ring = rrectPath(outer);
  ring.addPath(rrectPath(inner));
  if (uniform) {
    ctx.fillStyle = top.color;
    ctx.fill(ring, 'evenodd');
    return;
  }
  // Each side fills the ring inside its trapezoid (corners split on the diagonal).
  const o = outer.rect;
  const i = inner.rect;
  const sides: [BorderSide, [number, number][]][] = [
    [top, [[o.x, o.y], [o.x + o.width, o.y], [i.x + i.width, i.y], [i.x, i.y]]],
    [right, [[o.x + o.width, o.y], [o.x + o.width, o.y + o.height], [i.x + i.width, i.y + i.height], [i.x + i.width, i.y]]],
    [bottom, [[o.x + o.width, o.y + o.height], [o.x, o.y + o.height], [i.x, i.y + i.height], [i.x + i.width, i.y + i.height]]],
    [left, [[o.x, o.y + o.height], [o.x, o.y], [i.x, i.y], [i.x, i.y + i.height]]],
  ];
  for (const [side, points] of sides) {
    if (side.width <= 0) continue;
    ctx.save();
    const clip = new Path2D();
    points.forEach(([x, y], index) => (index === 0 ? clip.moveTo(x, y) : clip.lineTo(x, y)));
    clip.closePath();
    ctx.clip(clip);
    ctx.fillStyle = side.color;
    ctx.fill(ring, 'evenodd');
    ctx.restore();
  }
}

/**
 * Dashed and dotted sides, stroked along the middle of each side with the pattern stretched so that
 * it starts and ends at the corners (dots sit on the corners, as in browsers).
 */
function brokenBorder(ctx: Context, command: Extract<DisplayCommand, { op: 'border' }>): void {
  const { outer, top, right, bottom, left } = command;
  const o = outer.rect;
  const x0 = o.x + left.width / 2;
  const x1 = o.x + o.width - right.width / 2;
  const y0 = o.y + top.width / 2;
  const y1 = o.y + o.height - bottom.width / 2;
  const sides: [BorderSide, number, number, number, number][] = [
    [top, x0, y0, x1, y0],
    [right, x1, y0, x1, y1],
    [bottom, x1, y1, x0, y1],
    [left, x0, y1, x0, y0],
  ];
  ctx.save();
  ctx.clip(rrectPath(outer));
  for (const [side, ax, ay, bx, by] of sides) {
    if (side.width <= 0) continue;
    const length = Math.hypot(bx - ax, by - ay);
    ctx.strokeStyle = side.color;
    ctx.lineWidth = side.width;
    if (side.style === 'dotted') {
      const intervals = Math.max(1, Math.round(length / (2 * side.width)));
      ctx.setLineDash([0, length / intervals]);
      ctx.lineCap = 'round';
    } else if (side.style === 'dashed') {
      const dash = side.width * 3;
      const count = Math.max(1, Math.round((length + dash) / (2 * dash)));
      const gap = count > 1 ? (length - count * dash) / (count - 1) : 0;
      ctx.setLineDash(count > 1 ? [dash, Math.max(0, gap)] : []);
      ctx.lineCap = 'butt';
    } else {
      ctx.setLineDash([]);
      ctx.lineCap = 'square';
    }
    ctx.beginPath();
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
    ctx.stroke();
  }
  ctx.restore();
}

function shadow(ctx: Context, command: Extract<DisplayCommand, { op: 'shadow' }>): void {
  const { shape, spread, blur, color, offsetX, offsetY, inset } = command;
  ctx.save();
  ctx.shadowColor = color;
  ctx.shadowBlur = blur;
  if (!inset) {
    // Only outside the border box: clip the box out, draw the spread shape far away, cast its shadow back.
    const outside = new Path2D();
    outside.rect(-FAR, -FAR, 3 * FAR, 3 * FAR);
    outside.addPath(rrectPath(shape));
    ctx.clip(outside, 'evenodd');
    const grown = growRRect(shape, spread);
    ctx.shadowOffsetX = offsetX + FAR;
    ctx.shadowOffsetY = offsetY;
    ctx.translate(-FAR, 0);
    ctx.fillStyle = 'black';
    ctx.fill(rrectPath(grown));
  } else {
    ctx.clip(rrectPath(shape));
    const hole = growRRect({ rect: { ...shape.rect, x: shape.rect.x + offsetX, y: shape.rect.y + offsetY }, radii: shape.radii }, -spread);
    const ring = new Path2D();
    ring.rect(shape.rect.x - FAR / 10, shape.rect.y - FAR / 10, shape.rect.width + FAR / 5, shape.rect.height + FAR / 5);
    ring.addPath(rrectPath(hole));
    ctx.shadowOffsetX = FAR;
    ctx.translate(-FAR, 0);
    ctx.fillStyle = 'black';
    ctx.fill(ring, 'evenodd');
  }
  ctx.restore();
}

function growRRect(shape: RRect, by: number): RRect {
  const { rect, radii } = shape;
  const grown = { x: rect.x - by, y: rect.y - by, width: Math.max(0, rect.width + 2 * by), height: Math.max(0, rect.height + 2 * by) };
  return { rect: grown, radii: radii ? (radii.map(([x, y]) => [Math.max(0, x + by), Math.max(0, y + by)] as const) as unknown as RRect['radii']) : null };
}

function glyphs(ctx: Context, command: Extract<DisplayCommand, { op: 'glyphs' }>, fonts: FontRegistry): void {
  const face = fonts.face(command.fontKey);
  if (!face) throw new OgsmithError('INTERNAL', `Unknown font ${command.fontKey}`);
  const scale = command.size / face.unitsPerEm;
  ctx.save();
  ctx.fillStyle = fillStyle(ctx, command.paint);
  if (command.shadow) {
    ctx.shadowColor = command.shadow.color;
    ctx.shadowBlur = command.shadow.blur;
    ctx.shadowOffsetX = command.shadow.offsetX;
    ctx.shadowOffsetY = command.shadow.offsetY;
  }
  if (command.stroke) {
    ctx.strokeStyle = command.stroke.color;
    ctx.lineJoin = 'round';
  }
  // One path per run: every glyph outline placed with its own transform, filled (and stroked) once.
  const run = new Path2D();
  for (const glyph of command.glyphs) {
    const path = glyphPath(face, glyph.glyphId);
    if (path) run.addPath(path, { a: scale, b: 0, c: 0, d: scale, e: glyph.x, f: glyph.y });
  }
  ctx.fill(run);
  if (command.stroke) {
    ctx.lineWidth = command.stroke.width;
    ctx.stroke(run);
  }
  ctx.restore();
}

function line(ctx: Context, command: Extract<DisplayCommand, { op: 'line' }>): void {
  ctx.save();
  ctx.strokeStyle = command.color;
  ctx.lineWidth = command.width;
  ctx.setLineDash(dashFor(command.style, command.width));
  const draw = (dy: number): void => {
    ctx.beginPath();
    if (command.style === 'wavy') {
      const amplitude = command.width * 1.5;
      const wave = command.width * 4;
      ctx.moveTo(command.x0, command.y0 + dy);
      for (let x = command.x0, up = true; x < command.x1; x += wave / 2, up = !up) ctx.quadraticCurveTo(x + wave / 4, command.y0 + dy + (up ? -amplitude : amplitude), Math.min(x + wave / 2, command.x1), command.y0 + dy);
    } else {
      ctx.moveTo(command.x0, command.y0 + dy);
      ctx.lineTo(command.x1, command.y1 + dy);
    }
    ctx.stroke();
  };
  draw(0);
  if (command.style === 'double') draw(command.width * 2);
  ctx.restore();
}

export interface PaintOptions {
  /** false: an image that cannot be decoded leaves its box empty and adds a warning. */
  readonly strict: boolean;
  readonly warnings: string[];
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

/** Decodes the images a display list uses, from bytes only (never a URL or a path). */
async function decodeImages(list: DisplayList, options: PaintOptions): Promise<Map<string, Image>> {
  const decoded = new Map<string, Image>();
  await Promise.all([...list.images].map(async ([key, bytes]) => {
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

/** Replays the display list onto a new canvas of its size. */
export async function paintDisplayList(list: DisplayList, fonts: FontRegistry, options: PaintOptions = { strict: true, warnings: [] }): Promise<Canvas> {
  const images = await decodeImages(list, options);
  const canvas = createCanvas(list.width, list.height);
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
        const layer = createCanvas(list.width, list.height);
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
