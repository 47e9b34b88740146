// Vector scenes (SVG images parsed by raster/vector) replayed on a portable surface: fills, strokes, gradients, groups with opacity, clips and masks, embedded images.
import type { PixelImage } from './decode-image.js';
import type { Matrix as SceneMatrix, VectorClip, VectorCommand, VectorMask, VectorPath, VectorScene } from '../vector/scene.js';
import { composite } from './composite.js';
import { PortableContext } from './context.js';
import { appendOutline } from './glyph-paths.js';
import { imageShader } from './image-shader.js';
import { surfaceShader } from './layers.js';
import { multiply, type Matrix } from './matrix.js';
import { Path } from './path.js';
import { rasteriseInto, type Coverage, type PixelBox } from './rasterise.js';
import { surfaceOver, type Surface } from './surface.js';
import { vectorShader } from './vector-paint.js';

/** Decodes an embedded image's bytes (raster or SVG), or null when it cannot be drawn. */
export type EmbeddedDecoder = (bytes: Uint8Array) => PixelImage | null;

const devicePath = (path: VectorPath, matrix: Matrix): Path => appendOutline(new Path(matrix), path, 1, 0, 0);

/** Coverage of a clip region over `box`: the union of its shapes (coverages summed, at most 1), times its own clip. */
function clipCoverage(clip: VectorClip, toDevice: Matrix, box: PixelBox): Float32Array {
  const out = new Float32Array(box.width * box.height);
  const shape = new Float32Array(out.length);
  for (const { path, matrix, rule } of clip.shapes) {
    shape.fill(0);
    rasteriseInto(devicePath(path, multiply(toDevice, matrix)), rule, box, shape);
    for (let i = 0; i < out.length; i++) out[i] = Math.min(1, out[i]! + shape[i]!);
  }
  if (clip.clip) {
    const inner = clipCoverage(clip.clip, toDevice, box);
    for (let i = 0; i < out.length; i++) out[i] = out[i]! * inner[i]!;
  }
  return out;
}

/** A mask's coverage over `box`: its content's luminance × alpha (or alpha), inside its region. */
function maskCoverage(mask: VectorMask, toDevice: Matrix, box: PixelBox, decode: EmbeddedDecoder): Float32Array {
  const content = surfaceOver(box);
  replay(new PortableContext(content), mask.commands, toDevice, decode);
  const out = clipCoverage(mask.region, toDevice, box);
  const data = content.data;
  for (let i = 0; i < out.length; i++) {
    const o = i * 4;
    // Premultiplied channels: luminance of the straight colour × alpha is the same sum on premultiplied values.
    const value = mask.type === 'alpha' ? data[o + 3]! / 255 : (0.2125 * data[o]! + 0.7154 * data[o + 1]! + 0.0721 * data[o + 2]!) / 255;
    out[i] = out[i]! * value;
  }
  return out;
}

interface Group {
  readonly ctx: PortableContext;
  readonly opacity: number;
  readonly clip: VectorClip | null;
  readonly mask: VectorMask | null;
}

function draw(ctx: PortableContext, command: Extract<VectorCommand, { op: 'fill' | 'stroke' }>, toDevice: Matrix): void {
  const matrix = multiply(toDevice, command.matrix as SceneMatrix);
  const shader = vectorShader(command.paint, matrix);
  if (!shader) return;
  if (command.op === 'fill') {
    ctx.fill(devicePath(command.path, matrix), shader, command.rule);
    return;
  }
  const s = command.stroke;
  const saved = ctx.matrix;
  ctx.matrix = matrix;
  ctx.stroke(appendOutline(ctx.userPath(), command.path, 1, 0, 0), { width: s.width, cap: s.cap, join: s.join, dash: s.dashes, miterLimit: s.miterLimit, dashOffset: s.dashOffset }, shader);
  ctx.matrix = saved;
}

function drawImage(ctx: PortableContext, command: Extract<VectorCommand, { op: 'image' }>, toDevice: Matrix, decode: EmbeddedDecoder): void {
  const pixels = decode(command.bytes);
  if (!pixels || !(command.width > 0 && command.height > 0)) return;
  const matrix = multiply(toDevice, command.matrix);
  const shader = imageShader(pixels, matrix, [command.width / pixels.width, 0, 0, command.height / pixels.height, command.x, command.y], 'clamp', 'clamp');
  if (shader) ctx.fill(new Path(matrix).rect(command.x, command.y, command.width, command.height), shader);
}

/** Composites a finished group onto the context below: cut to its clip and mask, with its opacity. */
function finish(below: PortableContext, group: Group, toDevice: Matrix, decode: EmbeddedDecoder): void {
  const layer: Surface = group.ctx.surface;
  const box = layer.box;
  let coverage: Coverage | null = null;
  if (group.clip || group.mask) {
    const data = group.clip ? clipCoverage(group.clip, toDevice, box) : new Float32Array(box.width * box.height).fill(1);
    if (group.mask) {
      const mask = maskCoverage(group.mask, toDevice, box, decode);
      for (let i = 0; i < data.length; i++) data[i] = data[i]! * mask[i]!;
    }
    coverage = { box, data };
  }
  composite(below.surface, box, coverage, below.clip, surfaceShader(layer), group.opacity);
}

function replay(ctx: PortableContext, commands: readonly VectorCommand[], toDevice: Matrix, decode: EmbeddedDecoder): void {
  const stack: Group[] = [{ ctx, opacity: 1, clip: null, mask: null }];
  const top = (): PortableContext => stack[stack.length - 1]!.ctx;
  for (const command of commands) {
    switch (command.op) {
      case 'fill':
      case 'stroke':
        draw(top(), command, toDevice);
        break;
      case 'image':
        drawImage(top(), command, toDevice, decode);
        break;
      case 'pushGroup': {
        const below = top();
        stack.push({ ctx: new PortableContext(surfaceOver(below.limit)), opacity: command.opacity, clip: command.clip, mask: command.mask });
        break;
      }
      case 'popGroup': {
        if (stack.length < 2) break;
        const group = stack.pop()!;
        finish(top(), group, toDevice, decode);
        break;
      }
    }
  }
  while (stack.length > 1) finish(stack[stack.length - 2]!.ctx, stack.pop()!, toDevice, decode);
}

/** Draws the scene with its user space (scene px) mapped to the device by `toDevice`, through the context's clip. */
export function drawScene(ctx: PortableContext, scene: VectorScene, toDevice: Matrix, decode: EmbeddedDecoder): void {
  replay(ctx, scene.commands, toDevice, decode);
}
