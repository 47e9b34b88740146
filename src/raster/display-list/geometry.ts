// Box geometry for painting: corner radii with CSS overlap scaling, and inset padding/content boxes.
import { resolveLength } from '../../layout/engine/box-model.js';
import type { ComputedStyle } from '../../layout/style/types.js';
import type { Radii, Rect, RRect } from './types.js';

/** Used corner radii of the border box, scaled down together when adjacent radii overlap (CSS Backgrounds §5.5). */
export function borderRadii(style: ComputedStyle, rect: Rect): Radii | null {
  const r = style.borderRadius;
  const corner = (c: typeof r.topLeft): [number, number] => [Math.max(0, resolveLength(c.x, rect.width)), Math.max(0, resolveLength(c.y, rect.height))];
  const tl = corner(r.topLeft);
  const tr = corner(r.topRight);
  const br = corner(r.bottomRight);
  const bl = corner(r.bottomLeft);
  if (tl[0] + tl[1] + tr[0] + tr[1] + br[0] + br[1] + bl[0] + bl[1] === 0) return null;
  const factor = Math.min(1, rect.width / (tl[0] + tr[0] || 1), rect.width / (bl[0] + br[0] || 1), rect.height / (tl[1] + bl[1] || 1), rect.height / (tr[1] + br[1] || 1));
  const scale = (c: [number, number]): readonly [number, number] => [c[0] * factor, c[1] * factor];
  return [scale(tl), scale(tr), scale(br), scale(bl)];
}

/** The shape shrunk by per-side amounts; radii shrink by the adjacent amounts (never below 0). */
export function insetRRect(shape: RRect, top: number, right: number, bottom: number, left: number): RRect {
  const { rect, radii } = shape;
  const inner: Rect = { x: rect.x + left, y: rect.y + top, width: Math.max(0, rect.width - left - right), height: Math.max(0, rect.height - top - bottom) };
  if (!radii) return { rect: inner, radii: null };
  const [tl, tr, br, bl] = radii;
  const shrink = (c: readonly [number, number], dx: number, dy: number): readonly [number, number] => [Math.max(0, c[0] - dx), Math.max(0, c[1] - dy)];
  return { rect: inner, radii: [shrink(tl, left, top), shrink(tr, right, top), shrink(br, right, bottom), shrink(bl, left, bottom)] };
}

/** The shape grown (or shrunk, for a negative amount) on every side; radii grow with it, never below 0. */
export function growRRect(shape: RRect, by: number): RRect {
  const { rect, radii } = shape;
  const grown = { x: rect.x - by, y: rect.y - by, width: Math.max(0, rect.width + 2 * by), height: Math.max(0, rect.height + 2 * by) };
  return { rect: grown, radii: radii ? (radii.map(([x, y]) => [Math.max(0, x + by), Math.max(0, y + by)] as const) as unknown as RRect['radii']) : null };
}

export function paddingRect(style: ComputedStyle, rect: Rect): Rect {
  const b = style.border;
  return { x: rect.x + b.left.width, y: rect.y + b.top.width, width: Math.max(0, rect.width - b.left.width - b.right.width), height: Math.max(0, rect.height - b.top.width - b.bottom.width) };
}

export function contentRect(style: ComputedStyle, rect: Rect): Rect {
  const padding = paddingRect(style, rect);
  const p = style.padding;
  const top = resolveLength(p.top, rect.width);
  const right = resolveLength(p.right, rect.width);
  const bottom = resolveLength(p.bottom, rect.width);
  const left = resolveLength(p.left, rect.width);
  return { x: padding.x + left, y: padding.y + top, width: Math.max(0, padding.width - left - right), height: Math.max(0, padding.height - top - bottom) };
}

/** The rect snapped to whole device pixels the way browsers paint boxes (edges rounded, not the size). */
export function snapRect(rect: Rect): Rect {
  const x = Math.round(rect.x);
  const y = Math.round(rect.y);
  return { x, y, width: Math.round(rect.x + rect.width) - x, height: Math.round(rect.y + rect.height) - y };
}
