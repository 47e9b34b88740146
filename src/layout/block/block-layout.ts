// Block formatting: stacks block-level children vertically with collapsing sibling margins.
import type { Box } from '../box/types.js';
import { margin } from '../engine/box-model.js';
import type { ContentLayout } from '../engine/content-result.js';
import type { LayoutContext } from '../engine/context.js';
import { shiftPending, type PendingAbsolute, type PlacedFragment } from '../engine/fragment.js';
import { layoutBox, relativeOffset } from '../engine/layout-box.js';

/** Collapses two adjoining margins: the largest positive plus the most negative. */
export function collapseMargins(a: number, b: number): number {
  return Math.max(a, b, 0) + Math.min(a, b, 0);
}

/**
 * Stacks children; with `collapse.top`/`bottom`, the first child's top and the last child's bottom
 * margins escape through this box's edges (returned as escapedTop/escapedBottom).
 */
export function layoutBlockContent(children: readonly Box[], innerWidth: number, innerHeight: number | null, collapse: { readonly top: boolean; readonly bottom: boolean }, ctx: LayoutContext): ContentLayout {
  const placed: PlacedFragment[] = [];
  const absolutes: PendingAbsolute[] = [];
  let cursor = 0;
  let pendingMargin = 0;
  let baseline: number | null = null;
  let lastBaseline: number | null = null;
  let escapedTop = 0;
  let first = true;
  for (const child of children) {
    if (child.kind === 'element' && child.absolute) {
      // In a right-to-left block the static position is at the right edge.
      const staticArea = child.style.direction === 'rtl' && Number.isFinite(innerWidth) ? { width: innerWidth, height: 0, alignX: 'end', alignY: 'start' } as const : undefined;
      absolutes.push({ box: child, staticX: 0, staticY: cursor + pendingMargin, ...(staticArea ? { staticArea } : {}) });
      continue;
    }
    const m = child.kind === 'element' ? margin(child.style, innerWidth) : { top: 0, right: 0, bottom: 0, left: 0 };
    const fragment = layoutBox(child, { cbWidth: innerWidth, cbHeight: innerHeight, availableWidth: innerWidth, fill: true, forcedWidth: null, forcedHeight: null, forcedHeightDefinite: false, blockFlow: true }, ctx);
    const marginTop = collapseMargins(m.top, fragment.escapedTop);
    let y: number;
    if (first && collapse.top) {
      escapedTop = marginTop;
      y = 0;
    } else {
      y = cursor + collapseMargins(pendingMargin, marginTop);
    }
    first = false;
    const x = child.kind === 'element' ? horizontalPosition(child, fragment.width, innerWidth, m.left, m.right) : 0;
    const offset = relativeOffset(child, innerWidth, innerHeight);
    placed.push({ x: x + offset.x, y: y + offset.y, fragment });
    for (const a of fragment.absolutes) absolutes.push(shiftPending(a, x, y));
    if (baseline === null && fragment.baseline !== null) baseline = y + fragment.baseline;
    const childLast = fragment.lastBaseline === undefined ? fragment.baseline : fragment.lastBaseline;
    if (childLast !== null) lastBaseline = y + childLast;
    cursor = y + fragment.height;
    pendingMargin = collapseMargins(m.bottom, fragment.escapedBottom);
  }
  if (collapse.bottom) return { height: cursor, children: placed, baseline, lastBaseline, absolutes, paragraph: null, escapedTop, escapedBottom: pendingMargin };
  return { height: cursor + pendingMargin, children: placed, baseline, lastBaseline, absolutes, paragraph: null, escapedTop, escapedBottom: 0 };
}

/** x of a block child: margin-left, or centred/right-aligned by auto margins when it is narrower than the space. */
function horizontalPosition(child: Box & { kind: 'element' }, width: number, innerWidth: number, marginLeft: number, marginRight: number): number {
  const { margin: specified } = child.style;
  const free = Math.max(0, innerWidth - width - marginLeft - marginRight);
  if (specified.left === 'auto' && specified.right === 'auto') return marginLeft + free / 2;
  if (specified.left === 'auto') return marginLeft + free;
  // Over-constrained in a right-to-left block: margin-left gives way (the box sits at the right).
  if (child.style.direction === 'rtl' && specified.right !== 'auto') return innerWidth - width - marginRight;
  return marginLeft;
}
