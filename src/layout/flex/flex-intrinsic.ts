// Intrinsic widths of flex containers: sums along a row, maxima down a column.
import type { Box, ElementBox } from '../box/types.js';
import { resolveLength } from '../engine/box-model.js';
import type { LayoutContext } from '../engine/context.js';
import { outerIntrinsicWidths } from '../engine/intrinsic.js';
import type { IntrinsicWidths } from '../text/types.js';

export function flexIntrinsicWidths(box: ElementBox, children: readonly Box[], ctx: LayoutContext): IntrinsicWidths {
  const style = box.style;
  const isRow = style.flexDirection === 'row' || style.flexDirection === 'row-reverse';
  const items = children.filter((child) => !(child.kind === 'element' && child.absolute));
  const contributions = items.map((child) => outerIntrinsicWidths(child, ctx));
  if (!isRow) {
    return {
      minContent: Math.max(0, ...contributions.map((c) => c.minContent)),
      maxContent: Math.max(0, ...contributions.map((c) => c.maxContent)),
    };
  }
  const gap = resolveLength(style.columnGap, null) * Math.max(0, items.length - 1);
  const sumMax = contributions.reduce((sum, c) => sum + c.maxContent, 0) + gap;
  if (style.flexWrap === 'nowrap') {
    return { minContent: contributions.reduce((sum, c) => sum + c.minContent, 0) + gap, maxContent: sumMax };
  }
  return { minContent: Math.max(0, ...contributions.map((c) => c.minContent)), maxContent: sumMax };
}
