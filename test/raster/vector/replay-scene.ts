// Test helper: replays a vector scene onto an @napi-rs/canvas with Path2D (fills, strokes, gradients, groups, clips, masks, images) to compare it with Skia's own SVG rendering. Not the portable backend.
import { createCanvas, loadImage, Path2D, type Canvas, type CanvasGradient, type Image, type SKRSContext2D } from '@napi-rs/canvas';
import { forEachSegment, PathVerb } from '../../../src/layout/fonts/glyph-outline.js';
import type { Rgba } from '../../../src/layout/style/types.js';
import { multiply } from '../../../src/raster/vector/matrix.js';
import type { Matrix, VectorClip, VectorCommand, VectorMask, VectorPaint, VectorPath, VectorScene } from '../../../src/raster/vector/scene.js';

const rgba = (c: Rgba): string => `rgba(${c.r},${c.g},${c.b},${c.a})`;

export function toPath2D(path: VectorPath): Path2D {
  const out = new Path2D();
  forEachSegment(path, (verb, p, at) => {
    if (verb === PathVerb.Move) out.moveTo(p[at]!, p[at + 1]!);
    else if (verb === PathVerb.Line) out.lineTo(p[at]!, p[at + 1]!);
    else if (verb === PathVerb.Quad) out.quadraticCurveTo(p[at]!, p[at + 1]!, p[at + 2]!, p[at + 3]!);
    else if (verb === PathVerb.Cubic) out.bezierCurveTo(p[at]!, p[at + 1]!, p[at + 2]!, p[at + 3]!, p[at + 4]!, p[at + 5]!);
    else out.closePath();
  });
  return out;
}

function invert([a, b, c, d, e, f]: Matrix): Matrix | null {
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-12) return null;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

const apply = ([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] => [a * x + c * y + e, b * x + d * y + f];

/** A gradient paint as a canvas gradient in gradient space, covering the canvas-space rectangle `cover` (spread emulated by repeating stops). */
function canvasGradient(ctx: SKRSContext2D, paint: Exclude<VectorPaint, { kind: 'solid' }>, toCanvas: Matrix, width: number, height: number): CanvasGradient | null {
  const inverse = invert(toCanvas);
  if (!inverse) return null;
  const corners = [apply(inverse, 0, 0), apply(inverse, width, 0), apply(inverse, 0, height), apply(inverse, width, height)];
  let from = 0;
  let to = 1;
  if (paint.spread !== 'pad') {
    if (paint.kind === 'linear') {
      const dx = paint.x2 - paint.x1;
      const dy = paint.y2 - paint.y1;
      const ts = corners.map(([x, y]) => ((x - paint.x1) * dx + (y - paint.y1) * dy) / (dx * dx + dy * dy));
      from = Math.floor(Math.min(...ts));
      to = Math.ceil(Math.max(...ts));
    } else {
      to = Math.ceil(Math.max(...corners.map(([x, y]) => Math.hypot(x - paint.cx, y - paint.cy))) / paint.r);
    }
  }
  const gradient = paint.kind === 'linear'
    ? ctx.createLinearGradient(paint.x1 + from * (paint.x2 - paint.x1), paint.y1 + from * (paint.y2 - paint.y1), paint.x1 + to * (paint.x2 - paint.x1), paint.y1 + to * (paint.y2 - paint.y1))
    : ctx.createRadialGradient(paint.fx, paint.fy, paint.fr, paint.cx, paint.cy, paint.r * to);
  const span = to - from;
  for (let period = from; period < to; period++) {
    const reflected = paint.spread === 'reflect' && Math.abs(period % 2) === 1;
    const stops = reflected ? [...paint.stops].reverse().map((s) => ({ offset: 1 - s.offset, color: s.color })) : paint.stops;
    for (const stop of stops) gradient.addColorStop(Math.min(1, Math.max(0, (period - from + stop.offset) / span)), rgba(stop.color));
  }
  return gradient;
}

interface Layer {
  readonly canvas: Canvas;
  readonly ctx: SKRSContext2D;
  readonly opacity: number;
  readonly clip: VectorClip | null;
  readonly mask: VectorMask | null;
}

export interface ReplayOptions {
  readonly width: number;
  readonly height: number;
}

/** Replays the scene scaled to width × height. */
export async function replayScene(scene: VectorScene, { width, height }: ReplayOptions): Promise<Canvas> {
  const base: Matrix = [width / scene.width, 0, 0, height / scene.height, 0, 0];
  const images = new Map<Uint8Array, Image>();
  for (const command of scene.commands) if (command.op === 'image') images.set(command.bytes, await loadImage(Buffer.from(command.bytes)));
  const layer = (opacity: number, clip: VectorClip | null, mask: VectorMask | null): Layer => {
    const canvas = createCanvas(width, height);
    return { canvas, ctx: canvas.getContext('2d'), opacity, clip, mask };
  };
  const stack: Layer[] = [];
  const top = (): Layer => stack[stack.length - 1]!;

  const clipMask = (clip: VectorClip): Canvas => {
    const mask = layer(1, null, null);
    for (const shape of clip.shapes) {
      mask.ctx.setTransform(...multiply(base, shape.matrix));
      mask.ctx.fillStyle = '#000';
      mask.ctx.fill(toPath2D(shape.path), shape.rule);
    }
    if (clip.clip) {
      mask.ctx.setTransform(1, 0, 0, 1, 0, 0);
      mask.ctx.globalCompositeOperation = 'destination-in';
      mask.ctx.drawImage(clipMask(clip.clip), 0, 0);
    }
    return mask.canvas;
  };

  const draw = (command: Extract<VectorCommand, { op: 'fill' | 'stroke' }>): void => {
    const toCanvas = multiply(base, command.matrix);
    const path = toPath2D(command.path);
    const shape = (ctx: SKRSContext2D): void => {
      ctx.setTransform(...toCanvas);
      if (command.op === 'fill') ctx.fill(path, command.rule);
      else {
        const s = command.stroke;
        ctx.lineWidth = s.width;
        ctx.lineCap = s.cap;
        ctx.lineJoin = s.join;
        ctx.miterLimit = s.miterLimit;
        ctx.setLineDash([...s.dashes]);
        ctx.lineDashOffset = s.dashOffset;
        ctx.stroke(path);
      }
    };
    const paint = command.paint;
    if (paint.kind === 'solid') {
      const ctx = top().ctx;
      ctx.fillStyle = ctx.strokeStyle = rgba(paint.color);
      shape(ctx);
      return;
    }
    // A gradient: the shape in opaque black on a scratch layer, the gradient drawn into it (source-in), the layer onto the top.
    const scratch = layer(1, null, null);
    scratch.ctx.fillStyle = scratch.ctx.strokeStyle = '#000';
    shape(scratch.ctx);
    const toGradient = multiply(toCanvas, paint.matrix);
    const gradient = canvasGradient(scratch.ctx, paint, toGradient, width, height);
    if (!gradient) return;
    const inverse = invert(toGradient)!;
    const corners = [apply(inverse, 0, 0), apply(inverse, width, 0), apply(inverse, 0, height), apply(inverse, width, height)];
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    scratch.ctx.setTransform(...toGradient);
    scratch.ctx.globalCompositeOperation = 'source-in';
    scratch.ctx.fillStyle = gradient;
    scratch.ctx.fillRect(Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    top().ctx.setTransform(1, 0, 0, 1, 0, 0);
    top().ctx.drawImage(scratch.canvas, 0, 0);
  };

  /** A mask's coverage: its content drawn on a layer, luminance (or alpha) moved into alpha, zero outside its region. */
  const maskCoverage = (mask: VectorMask): Canvas => {
    const content = drawList(mask.commands);
    const ctx = content.getContext('2d');
    const image = ctx.getImageData(0, 0, width, height);
    const data = image.data;
    for (let i = 0; i < data.length; i += 4) {
      const alpha = data[i + 3]! / 255;
      const coverage = mask.type === 'alpha' ? alpha : ((0.2125 * data[i]! + 0.7154 * data[i + 1]! + 0.0721 * data[i + 2]!) / 255) * alpha;
      data[i] = data[i + 1] = data[i + 2] = 0;
      data[i + 3] = Math.round(coverage * 255);
    }
    ctx.putImageData(image, 0, 0);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalCompositeOperation = 'destination-in';
    ctx.drawImage(clipMask(mask.region), 0, 0);
    return content;
  };

  /** Draws a command list on a new layer stack and returns its bottom layer. */
  function drawList(commands: readonly VectorCommand[]): Canvas {
    stack.push(layer(1, null, null));
    const depth = stack.length;
    for (const command of commands) {
      switch (command.op) {
        case 'fill':
        case 'stroke':
          draw(command);
          break;
        case 'pushGroup':
          stack.push(layer(command.opacity, command.clip, command.mask));
          break;
        case 'popGroup': {
          const group = stack.pop()!;
          group.ctx.setTransform(1, 0, 0, 1, 0, 0);
          group.ctx.globalCompositeOperation = 'destination-in';
          if (group.clip) group.ctx.drawImage(clipMask(group.clip), 0, 0);
          if (group.mask) group.ctx.drawImage(maskCoverage(group.mask), 0, 0);
          const ctx = top().ctx;
          ctx.setTransform(1, 0, 0, 1, 0, 0);
          ctx.globalAlpha = group.opacity;
          ctx.drawImage(group.canvas, 0, 0);
          ctx.globalAlpha = 1;
          break;
        }
        case 'image': {
          const ctx = top().ctx;
          ctx.setTransform(...multiply(base, command.matrix));
          ctx.drawImage(images.get(command.bytes)!, command.x, command.y, command.width, command.height);
          break;
        }
      }
    }
    if (stack.length !== depth) throw new Error('unbalanced groups in the scene');
    return stack.pop()!.canvas;
  }

  return drawList(scene.commands);
}
