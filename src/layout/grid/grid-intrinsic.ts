// Intrinsic widths of grid containers: the column tracks sized under a min- and a max-content constraint.
import type { Box, ElementBox } from '../box/types.js';
import { resolveLength } from '../engine/box-model.js';
import type { LayoutContext } from '../engine/context.js';
import type { IntrinsicWidths } from '../text/types.js';
import { columnContribution } from './grid-items.js';
import { setUpGrid, spanSize } from './grid-setup.js';
import { sizeTracks } from './track-sizing.js';

export function gridIntrinsicWidths(box: ElementBox, children: readonly Box[], ctx: LayoutContext): IntrinsicWidths {
  const inFlow = children.filter((child) => !(child.kind === 'element' && child.absolute));
  const columnGap = resolveLength(box.style.columnGap, null);
  const rowGap = resolveLength(box.style.rowGap, null);
  const grid = setUpGrid(box, inFlow, null, null, { column: columnGap, row: rowGap }, null);
  const items = grid.items.map((item) => columnContribution(item.box, item.area, grid.columns, columnGap, ctx));
  const total = (sizes: readonly number[]): number => spanSize(sizes, grid.columns, columnGap, 0, sizes.length);
  return {
    minContent: total(sizeTracks(grid.columns, items, columnGap, { kind: 'min-content' })),
    maxContent: total(sizeTracks(grid.columns, items, columnGap, { kind: 'max-content' })),
  };
}
