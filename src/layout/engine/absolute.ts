// Absolute positioning: sizes and places out-of-flow boxes against their containing block's padding box.
import { addEdges, border, clampSize, margin, padding, resolveOrAuto, sizeConstraints } from './box-model.js';
import type { LayoutContext } from './context.js';
import type { PendingAbsolute, PlacedFragment, StaticAlignment } from './fragment.js';
import { layoutBox } from './layout-box.js';

export interface ContainingRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Lays out each pending absolute box against `cb` (relative to the container's border box). */
export function resolveAbsolutes(pending: readonly PendingAbsolute[], cb: ContainingRect, ctx: LayoutContext): PlacedFragment[] {
  return pending.map((item) => placeAbsolute(item, cb, ctx));
}

function placeAbsolute({ box, staticX, staticY, staticArea }: PendingAbsolute, cb: ContainingRect, ctx: LayoutContext): PlacedFragment {
  const { style } = box;
  const left = resolveOrAuto(style.inset.left, cb.width);
  const right = resolveOrAuto(style.inset.right, cb.width);
  const top = resolveOrAuto(style.inset.top, cb.height);
  const bottom = resolveOrAuto(style.inset.bottom, cb.height);
  const m = margin(style, cb.width);
  const pb = addEdges(padding(style, cb.width), border(style));
  const limits = sizeConstraints(style, cb.width, cb.height, pb);
  const stretchesX = limits.width === null && left !== null && right !== null && box.content.kind !== 'replaced';
  const stretchesY = limits.height === null && top !== null && bottom !== null && box.content.kind !== 'replaced';
  const forcedWidth = stretchesX ? clampSize(cb.width - left - right - m.left - m.right, limits.minWidth, limits.maxWidth) : null;
  const forcedHeight = stretchesY ? clampSize(cb.height - top - bottom - m.top - m.bottom, limits.minHeight, limits.maxHeight) : null;
  const fragment = layoutBox(box, {
    cbWidth: cb.width,
    cbHeight: cb.height,
    availableWidth: cb.width - (left ?? 0) - (right ?? 0),
    fill: false,
    forcedWidth,
    forcedHeight,
    forcedHeightDefinite: true,
  }, ctx);
  const alignedX = staticArea ? staticX + aligned(staticArea.alignX, staticArea.width - fragment.width - m.left - m.right) : staticX;
  const alignedY = staticArea ? staticY + aligned(staticArea.alignY, staticArea.height - fragment.height - m.top - m.bottom) : staticY;
  const x = axisPosition(left, right, cb.x, cb.width, fragment.width, m.left, m.right, style.margin.left === 'auto', style.margin.right === 'auto', alignedX);
  const y = axisPosition(top, bottom, cb.y, cb.height, fragment.height, m.top, m.bottom, style.margin.top === 'auto', style.margin.bottom === 'auto', alignedY);
  return { x, y, fragment };
}

function aligned(alignment: StaticAlignment, free: number): number {
  return alignment === 'center' ? free / 2 : alignment === 'end' ? free : 0;
}

/** Border-box start on one axis from the insets, auto margins (centring when both insets are set) or the static position. */
function axisPosition(start: number | null, end: number | null, cbStart: number, cbSize: number, size: number, marginStart: number, marginEnd: number, autoStart: boolean, autoEnd: boolean, staticPos: number): number {
  if (start !== null && end !== null) {
    const free = cbSize - start - end - size - marginStart - marginEnd;
    if (autoStart && autoEnd) return cbStart + start + marginStart + Math.max(0, free) / 2;
    if (autoStart) return cbStart + start + marginStart + free;
    return cbStart + start + marginStart;
  }
  if (start !== null) return cbStart + start + marginStart;
  if (end !== null) return cbStart + cbSize - end - marginEnd - size;
  return staticPos + marginStart;
}
