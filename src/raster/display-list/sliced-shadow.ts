// Box shadows of an inline box's line fragments, sliced as Chromium slices them (box-decoration-break: slice).
import type { DisplayCommand, RRect } from './types.js';

export interface ShadowSpec {
  readonly color: string;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly blur: number;
  readonly spread: number;
  readonly inset: boolean;
}

/**
 * The shadow of one fragment. A fragment cut at a line break continues past its cut side: its shadow
 * is cast by the shape stretched past that side, and clipped at the fragment's edge there, so no
 * shadow runs down a cut side and the shadow band reaches the edge (what Chromium paints).
 */
export function fragmentShadow(shape: RRect, edges: { readonly start: boolean; readonly end: boolean }, shadow: ShadowSpec): DisplayCommand[] {
  const command = (s: RRect): DisplayCommand => ({ op: 'shadow', shape: s, color: shadow.color, offsetX: shadow.offsetX, offsetY: shadow.offsetY, blur: shadow.blur, spread: shadow.spread, inset: shadow.inset });
  if (edges.start && edges.end) return [command(shape)];
  const reach = Math.abs(shadow.offsetX) + Math.abs(shadow.offsetY) + 3 * shadow.blur + Math.abs(shadow.spread) + 1;
  const { x, y, width, height } = shape.rect;
  const left = edges.start ? x : x - reach;
  const right = edges.end ? x + width : x + width + reach;
  const stretched: RRect = { ...shape, rect: { x: left, y, width: right - left, height } };
  const clipLeft = edges.start ? x - reach : x;
  const clipRight = edges.end ? x + width + reach : x + width;
  const clip: RRect = { rect: { x: clipLeft, y: y - reach, width: clipRight - clipLeft, height: height + 2 * reach }, radii: null };
  return [{ op: 'save' }, { op: 'clip', shape: clip }, command(stretched), { op: 'restore' }];
}
