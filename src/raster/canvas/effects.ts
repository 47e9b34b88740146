// Effect groups on the canvas: filters as Skia filter strings, masks, clip paths and blend modes; backdrop filters.
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { Path2D } from './skia.js';
import type { Backdrop, ClipShape, FillRule, FilterFunction, MaskLayer, PushGroup } from '../display-list/effect-types.js';
import { acquireCanvas, releaseCanvas } from './canvas-pool.js';
import { filterReach, MAX_GROUP_MARGIN } from '../css/filter.js';
import { rrectPath } from './shapes.js';

type Context = SKRSContext2D;
type Matrix = ReturnType<Context['getTransform']>;

/** The transform's area scale: how much a length of the group's space grows on the canvas. */
function lengthScale(m: Matrix): number {
  return Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) || 1;
}

/** The filter list as a canvas `filter` string, its lengths taken from the group's space to the canvas's. */
export function filterText(filters: readonly FilterFunction[], m: Matrix): string {
  const s = lengthScale(m);
  return filters.map((f) => {
    switch (f.kind) {
      case 'blur':
        return `blur(${f.stdDeviation * s}px)`;
      case 'hue-rotate':
        return `hue-rotate(${f.degrees}deg)`;
      case 'drop-shadow':
        return `drop-shadow(${m.a * f.offsetX + m.c * f.offsetY}px ${m.b * f.offsetX + m.d * f.offsetY}px ${f.stdDeviation * s}px ${f.color})`;
      default:
        return `${f.kind}(${f.amount})`;
    }
  }).join(' ');
}

/** The clip shape as a path and its fill rule. */
export function clipPath(clip: ClipShape): { path: Path2D; fillRule: FillRule } {
  switch (clip.kind) {
    case 'rrect':
      return { path: rrectPath(clip.shape), fillRule: 'nonzero' };
    case 'ellipse': {
      const path = new Path2D();
      path.ellipse(clip.cx, clip.cy, Math.max(0, clip.rx), Math.max(0, clip.ry), 0, 0, 2 * Math.PI);
      return { path, fillRule: 'nonzero' };
    }
    case 'polygon': {
      const path = new Path2D();
      clip.points.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
      path.closePath();
      return { path, fillRule: clip.fillRule };
    }
    case 'svg-path': {
      const path = new Path2D();
      path.addPath(new Path2D(clip.d), { a: 1, b: 0, c: 0, d: 1, e: clip.x, f: clip.y });
      return { path, fillRule: clip.fillRule };
    }
  }
}

/** A layer filtered by the list (a new pooled canvas the caller releases). */
function filtered(source: Canvas, filters: readonly FilterFunction[], m: Matrix): Canvas {
  const out = acquireCanvas(source.width, source.height);
  const ctx = out.getContext('2d');
  ctx.filter = filterText(filters, m);
  ctx.drawImage(source, 0, 0);
  return out;
}

/**
 * How far a filtered group's layer extends past the layer below on every side: what is painted just
 * off the canvas still blurs (or casts a drop shadow) into it, as in Chromium, whose filter input
 * is the whole element.
 */
export function groupMargin(group: PushGroup, m: Matrix): number {
  return group.filters.length === 0 ? 0 : Math.min(MAX_GROUP_MARGIN, filterReach(group.filters, lengthScale(m)));
}

/** `m` with its translation moved by (dx, dy) on the canvas. */
function shifted(ctx: Context, m: Matrix, dx: number, dy: number): void {
  ctx.setTransform(m.a, m.b, m.c, m.d, m.e + dx, m.f + dy);
}

/** Keeps the layer's pixels in proportion to the mask layers' alpha. */
function applyMask(layer: Canvas, mask: readonly MaskLayer[], m: Matrix, margin: number, drawLayer: (ctx: Context, command: MaskLayer) => void): void {
  const maskCanvas = acquireCanvas(layer.width, layer.height);
  const maskCtx = maskCanvas.getContext('2d');
  shifted(maskCtx, m, margin, margin);
  for (const command of mask) drawLayer(maskCtx, command);
  const ctx = layer.getContext('2d');
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = 'destination-in';
  ctx.drawImage(maskCanvas, 0, 0);
  ctx.restore();
  releaseCanvas(maskCanvas);
}

/**
 * Composites a finished group onto the layer below: filters, mask, clip, alpha, blend mode (see
 * PushGroup). `m` is the transform current when the group was pushed; the group's layer extends
 * `margin` px past the layer below on every side (groupMargin). Releases the group's layer.
 */
export function finishGroup(below: Context, layer: Canvas, group: PushGroup, m: Matrix, margin: number, drawLayer: (ctx: Context, command: MaskLayer) => void): void {
  const source = group.filters.length > 0 ? filtered(layer, group.filters, m) : layer;
  if (source !== layer) releaseCanvas(layer);
  if (group.mask) applyMask(source, group.mask, m, margin, drawLayer);
  below.save();
  if (group.clip) {
    const { path, fillRule } = clipPath(group.clip);
    below.setTransform(m);
    below.clip(path, fillRule);
  }
  below.setTransform(1, 0, 0, 1, 0, 0);
  below.globalAlpha = group.alpha;
  // The canvas has no plus-lighter; its `lighter` is the same sum, clamped.
  below.globalCompositeOperation = group.blend === 'normal' ? 'source-over' : group.blend === 'plus-lighter' ? 'lighter' : group.blend;
  below.drawImage(source, -margin, -margin);
  below.restore();
  releaseCanvas(source);
}

/** Device-space bounds of a rect under a transform, rounded out and cut to the canvas. */
function deviceBounds(rect: { x: number; y: number; width: number; height: number }, m: Matrix, canvas: Canvas): { x: number; y: number; width: number; height: number } {
  const corners = [[rect.x, rect.y], [rect.x + rect.width, rect.y], [rect.x, rect.y + rect.height], [rect.x + rect.width, rect.y + rect.height]].map(([x, y]) => [m.a * x! + m.c * y! + m.e, m.b * x! + m.d * y! + m.f] as const);
  const x0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c[0]))));
  const y0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c[1]))));
  const x1 = Math.min(canvas.width, Math.ceil(Math.max(...corners.map((c) => c[0]))));
  const y1 = Math.min(canvas.height, Math.ceil(Math.max(...corners.map((c) => c[1]))));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/**
 * Draws the filtered backdrop into the group's layer (see Backdrop): `below` is the layer the group
 * composites onto, `margin` how far the group's layer extends past it.
 */
export function backdrop(group: Context, below: Canvas, command: Backdrop, margin: number): void {
  const m = group.getTransform();
  const box = deviceBounds(command.shape.rect, { a: m.a, b: m.b, c: m.c, d: m.d, e: m.e - margin, f: m.f - margin } as Matrix, below);
  if (box.width === 0 || box.height === 0) return;
  const pad = Math.min(filterReach(command.filters, lengthScale(m)), Math.max(box.width, box.height));
  const work = acquireCanvas(box.width + 2 * pad, box.height + 2 * pad);
  const workCtx = work.getContext('2d');
  // The box's pixels in the middle, mirrored copies around them: the blur reads mirrored edges, not what lies outside.
  for (const i of [-1, 0, 1]) {
    for (const j of [-1, 0, 1]) {
      if ((i !== 0 && pad === 0) || (j !== 0 && pad === 0)) continue;
      workCtx.setTransform(i === 0 ? 1 : -1, 0, 0, j === 0 ? 1 : -1, pad + i * box.width + (i === 0 ? 0 : box.width), pad + j * box.height + (j === 0 ? 0 : box.height));
      workCtx.drawImage(below, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height);
    }
  }
  const result = filtered(work, command.filters, m);
  releaseCanvas(work);
  group.save();
  group.clip(rrectPath(command.shape));
  group.setTransform(1, 0, 0, 1, 0, 0);
  group.drawImage(result, pad, pad, box.width, box.height, box.x + margin, box.y + margin, box.width, box.height);
  group.restore();
  releaseCanvas(result);
}
