// Intrinsic (min-content and max-content) border-box widths of boxes, memoised per layout call.
import type { Box, ElementBox } from '../box/types.js';
import { inlineIntrinsicWidths } from '../block/inline-layout.js';
import { replacedIntrinsicWidth } from '../block/replaced.js';
import { flexIntrinsicWidths } from '../flex/flex-intrinsic.js';
import { gridIntrinsicWidths } from '../grid/grid-intrinsic.js';
import type { IntrinsicWidths } from '../text/types.js';
import { addEdges, border, clampSize, horizontal, margin, padding, sizeConstraints } from './box-model.js';
import type { LayoutContext } from './context.js';

/** Min- and max-content border-box widths (percentages count as auto, as in intrinsic sizing). */
export function intrinsicWidths(box: Box, ctx: LayoutContext): IntrinsicWidths {
  const hit = ctx.intrinsic.get(box);
  if (hit) return hit;
  const sizes = box.kind === 'anonymous' ? inlineIntrinsicWidths(box.inline, box.style, ctx) : elementIntrinsic(box, ctx);
  ctx.intrinsic.set(box, sizes);
  return sizes;
}

/** Outer (margin-box) contribution of a box to its parent's intrinsic widths. */
export function outerIntrinsicWidths(box: Box, ctx: LayoutContext): IntrinsicWidths {
  const sizes = intrinsicWidths(box, ctx);
  if (box.kind === 'anonymous') return sizes;
  const m = horizontal(margin(box.style, null));
  return { minContent: sizes.minContent + m, maxContent: sizes.maxContent + m };
}

/**
 * Min- and max-content border-box widths of the box's content alone: width, min-width and
 * max-width ignored (what flex base sizes and the automatic minimum size start from).
 */
export function contentIntrinsicWidths(box: Box, ctx: LayoutContext): IntrinsicWidths {
  if (box.kind === 'anonymous') return intrinsicWidths(box, ctx);
  const hit = ctx.contentIntrinsic.get(box);
  if (hit) return hit;
  const sizes = elementIntrinsic(box, ctx, false);
  ctx.contentIntrinsic.set(box, sizes);
  return sizes;
}

function elementIntrinsic(box: ElementBox, ctx: LayoutContext, constrained = true): IntrinsicWidths {
  const { style } = box;
  const pb = addEdges(padding(style, null), border(style));
  const limits = sizeConstraints(style, null, null, pb);
  const clampWidth = (w: number): number => (constrained ? clampSize(w, limits.minWidth, limits.maxWidth) : w);
  if (limits.width !== null && (constrained || box.content.kind === 'replaced')) {
    const w = clampWidth(limits.width);
    return { minContent: w, maxContent: w };
  }
  if (constrained && style.aspectRatio !== 'auto' && limits.height !== null && box.content.kind !== 'replaced') {
    const h = clampSize(limits.height, limits.minHeight, limits.maxHeight);
    const w = clampWidth(style.boxSizing === 'border-box' ? h * style.aspectRatio : (h - (pb.top + pb.bottom)) * style.aspectRatio + horizontal(pb));
    return { minContent: w, maxContent: w };
  }
  let content: IntrinsicWidths;
  switch (box.content.kind) {
    case 'flex':
      content = flexIntrinsicWidths(box, box.content.children, ctx);
      break;
    case 'grid':
      content = gridIntrinsicWidths(box, box.content.children, ctx);
      break;
    case 'block': {
      let min = 0;
      let max = 0;
      for (const child of box.content.children) {
        if (child.kind === 'element' && child.absolute) continue;
        const outer = outerIntrinsicWidths(child, ctx);
        min = Math.max(min, outer.minContent);
        max = Math.max(max, outer.maxContent);
      }
      content = { minContent: min, maxContent: max };
      break;
    }
    case 'inline':
      content = inlineIntrinsicWidths(box.content.inline, style, ctx);
      break;
    case 'replaced': {
      const w = replacedIntrinsicWidth(box, box.content.image, limits, pb);
      return { minContent: w, maxContent: w };
    }
  }
  return { minContent: clampWidth(content.minContent + horizontal(pb)), maxContent: clampWidth(content.maxContent + horizontal(pb)) };
}
