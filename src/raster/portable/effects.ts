// Effect groups on the portable surface, as canvas/effects.ts draws them: a layer the size of what can land below (grown by the filters' reach), then filters, mask, clip, alpha and blend mode; backdrop filters.
import { filterReach, MAX_GROUP_MARGIN } from '../css/filter.js';
import type { Backdrop, ClipShape, MaskLayer, PushGroup } from '../display-list/effect-types.js';
import { parsePathData } from '../vector/path-data.js';
import { compositeBlended } from './blend.js';
import { composite } from './composite.js';
import { PortableContext } from './context.js';
import { applyFilters, type FilterSpace } from './filters.js';
import { appendOutline } from './glyph-paths.js';
import { surfaceShader } from './layers.js';
import type { Matrix } from './matrix.js';
import { Path, rrectPath } from './path.js';
import { pathBox, rasterise, type FillRule, type PixelBox } from './rasterise.js';
import { intersectBoxes, surfaceOver, type Surface } from './surface.js';

/** An open group: its layer's context and what it was pushed with. */
export interface OpenGroup {
  readonly ctx: PortableContext;
  readonly command: PushGroup;
  /** The transform current at pushGroup (the group's space to the device). */
  readonly matrix: Matrix;
}

/** Draws one mask layer (a background-like fill, pattern or gradient tile) on a context. */
export type MaskDrawer = (ctx: PortableContext, command: MaskLayer) => void;

const lengthScale = (m: Matrix): number => Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) || 1;

const grow = (box: PixelBox, by: number): PixelBox => ({ x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by });

/** Opens a group over `below`: its layer covers what can land below, grown by how far its filters reach. */
export function openGroup(below: PortableContext, command: PushGroup): OpenGroup {
  const margin = command.filters.length === 0 ? 0 : Math.min(MAX_GROUP_MARGIN, filterReach(command.filters, lengthScale(below.matrix)));
  const box = intersectBoxes(grow(below.limit, margin), grow(below.surface.box, margin)) ?? { x: below.limit.x, y: below.limit.y, width: 0, height: 0 };
  return { ctx: new PortableContext(surfaceOver(box), below.matrix), command, matrix: below.matrix };
}

/** The clip shape as a device path and its fill rule. */
function clipPath(clip: ClipShape, m: Matrix): { path: Path; rule: FillRule } {
  switch (clip.kind) {
    case 'rrect':
      return { path: rrectPath(clip.shape, m), rule: 'nonzero' };
    case 'ellipse':
      return { path: new Path(m).ellipse(clip.cx, clip.cy, Math.max(0, clip.rx), Math.max(0, clip.ry), 0, 2 * Math.PI).close(), rule: 'nonzero' };
    case 'polygon': {
      const path = new Path(m);
      clip.points.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
      return { path: path.close(), rule: clip.fillRule };
    }
    case 'svg-path':
      return { path: appendOutline(new Path(m), parsePathData(clip.d), 1, clip.x, clip.y), rule: clip.fillRule };
  }
}

/** Keeps the layer's pixels in proportion to the alpha of the mask layers drawn over it. */
function applyMask(layer: Surface, mask: readonly MaskLayer[], m: Matrix, drawMask: MaskDrawer): void {
  const maskSurface = surfaceOver(layer.box);
  const ctx = new PortableContext(maskSurface, m);
  for (const command of mask) drawMask(ctx, command);
  const data = layer.data;
  const alpha = maskSurface.data;
  for (let o = 0; o < data.length; o += 4) {
    const k = alpha[o + 3]! / 255;
    if (k === 1) continue;
    data[o] = data[o]! * k;
    data[o + 1] = data[o + 1]! * k;
    data[o + 2] = data[o + 2]! * k;
    data[o + 3] = data[o + 3]! * k;
  }
}

/** Composites a finished group onto the context below (see PushGroup: filters, mask, clip, alpha, blend mode). */
export function closeGroup(below: PortableContext, group: OpenGroup, drawMask: MaskDrawer): void {
  const { command, matrix } = group;
  const layer = group.ctx.surface;
  if (layer.width === 0 || layer.height === 0) return;
  if (command.filters.length > 0) applyFilters(layer, command.filters, { scale: lengthScale(matrix), matrix });
  if (command.mask) applyMask(layer, command.mask, matrix, drawMask);
  let coverage = null;
  if (command.clip) {
    const { path, rule } = clipPath(command.clip, matrix);
    coverage = rasterise(path, rule, layer.box);
    if (!coverage) return;
  }
  if (command.blend === 'normal') composite(below.surface, layer.box, coverage, below.clip, surfaceShader(layer), command.alpha);
  else compositeBlended(below.surface, layer, coverage, below.clip, command.alpha, command.blend);
}

/** `index` reflected into 0…size−1 past either end (the edge pixel repeated once, then the row backwards). */
function mirror(index: number, size: number): number {
  let i = index;
  for (let k = 0; k < 4 && (i < 0 || i >= size); k++) i = i < 0 ? -i - 1 : 2 * size - i - 1;
  return Math.min(size - 1, Math.max(0, i));
}

/** Draws the filtered backdrop (the pixels of `below` under the shape's box, edges mirrored outward) into the group's layer, cut to the shape. */
export function drawBackdrop(group: PortableContext, below: Surface, command: Backdrop): void {
  const m = group.matrix;
  const shape = rrectPath(command.shape, m);
  const box = pathBox(new Path(m).rect(command.shape.rect.x, command.shape.rect.y, command.shape.rect.width, command.shape.rect.height), below.box);
  if (!box) return;
  const pad = Math.min(filterReach(command.filters, lengthScale(m)), Math.max(box.width, box.height));
  const work = surfaceOver(grow(box, pad));
  const words = work.words;
  for (let y = 0; y < work.height; y++) {
    const sy = box.y + mirror(y - pad, box.height);
    for (let x = 0; x < work.width; x++) words[y * work.width + x] = below.words[below.index(box.x + mirror(x - pad, box.width), sy)]!;
  }
  const space: FilterSpace = { scale: lengthScale(m), matrix: m };
  applyFilters(work, command.filters, space);
  const coverage = rasterise(shape, 'nonzero', box);
  if (coverage) composite(group.surface, box, coverage, group.clip, surfaceShader(work), 1);
}
